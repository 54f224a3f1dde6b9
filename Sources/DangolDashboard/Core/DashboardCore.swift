import DangolKit
import Foundation

/// The dashboard's behaviour as one update function: `update(_:)` takes the state and an
/// input (a key, the clock, an effect's result) to the next state and the effects to carry out.
///
/// No terminal, no file and no clock here: the runner (`EffectRunner`, driven by `Dashboard`)
/// does the file work and feeds the results back; tests do the same with literal keys and
/// compare the rendered lines. Each screen's keys are in its own file under Screens/.
public struct DashboardCore: Sendable {
    /// What the runner read for the first frame.
    public struct Start: Sendable {
        public var program: Program
        /// The digests that could be read, in programme order.
        public var digests: [MarketDigest]
        public var problems: [Localized]
        public var calendar: RoundCalendar
        public var rights: Rights
    }

    public internal(set) var state: DashboardState

    /// The dashboard on the programme's overview.
    /// - Parameters:
    ///   - today, now: the day and the moment the session starts; `Input.clock` moves them on.
    ///   - followsClock: whether today rolls over with the clock at local midnight (false when
    ///     the day was pinned, as `DANGOL_TODAY` does).
    ///   - asOf: the requested day, else each round's own (`RoundCalendar`).
    ///   - round: the round to narrow the overview to, if any.
    public init(
        start: Start, options: DisplayOptions, width: Int, height: Int, today: CalendarDate, now: Date,
        followsClock: Bool = false, asOf: CalendarDate?, round: String? = nil, author: String = "", readOnly: Bool = false
    ) {
        state = DashboardState(
            width: width, height: height, options: options,
            session: DashboardState.Session(author: author, readOnly: readOnly, today: today, now: now, followsClock: followsClock,
                                            dayEnds: followsClock ? DashboardCore.endOfDay(containing: now) : .distantFuture,
                                            rights: start.rights),
            programName: start.program.name, calendar: start.calendar,
            requestedAsOf: asOf, round: round, overviewRows: [], problems: [])
        state.awardTiers = start.program.awardTiers
        state.rounds = start.program.rounds
        showOverview(of: start.digests, problems: start.problems.map { $0(options.language) }, keeping: nil)
    }

    /// Applies one input. - Returns: the effects to carry out, in order; the last may read
    /// the changes the screen now in front shows (`PendingReads`).
    public mutating func update(_ input: Input) -> [Effect] {
        let effects: [Effect]
        switch input {
        case .event(let event): effects = handle(event)
        case .clock(let now): effects = advanceClock(to: now)
        case .filesChanged(let files):
            state.pendingReads.note(files)
            effects = []
        default: effects = apply(result: input)
        }
        guard let files = state.pendingReads.take(shown: state.shownMarkets, at: state.session.now) else { return effects }
        return effects + [.readChanges(files)]
    }

    /// Shows `notice` in the status line until the next key.
    public mutating func show(notice: String) {
        state.notice = notice
    }

    private mutating func handle(_ event: Event) -> [Effect] {
        state.notice = nil
        switch event {
        case .resize(let width, let height):
            state.width = width
            state.height = height
            relayout()
            return []
        case .repaint:
            return []
        case .key(let key):
            if state.undoQuestion != nil { return answerUndo(key) }
            if state.form != nil { return fillForm(key) }
            if state.isEditingFilter {
                editFilter(key)
                return []
            }
            if state.screen == .search, typeSearch(key) { return [] }
            guard let action = KeyBindings.action(for: key, on: state.screen) else { return [] }
            return perform(action)
        }
    }

    /// Moves the session's clock to `now`. Journal entries are stamped with it, and past local
    /// midnight (unless the day is pinned) today moves on: running rounds are read as of the new day.
    private mutating func advanceClock(to now: Date) -> [Effect] {
        state.session.now = now
        // Most wakes are well inside the day: one comparison, no calendar arithmetic.
        guard state.session.followsClock, now >= state.session.dayEnds else { return [] }
        state.session.dayEnds = DashboardCore.endOfDay(containing: now)
        let day = CalendarDate.today(now: now)
        guard day != state.session.today else { return [] }
        state.session.today = day
        return [resolveCalendar(of: state.overviewRows.map(\.digest), problems: state.problems)]
    }

    /// The local midnight that ends the day `now` falls on.
    static func endOfDay(containing now: Date) -> Date {
        let calendar = Calendar.current
        return calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) ?? now.addingTimeInterval(86_400)
    }

    /// The effect that reads `digests` as of their rounds' days, for the overview.
    func resolveCalendar(of digests: [MarketDigest], problems: [String]) -> Effect {
        .resolveCalendar(CalendarRequest(digests: digests, problems: problems, rounds: state.rounds,
                                         today: state.session.today, requested: state.requestedAsOf))
    }

    // MARK: Actions

    /// Actions that work the same on every screen here; the rest go to the screen in front.
    private mutating func perform(_ action: Action) -> [Effect] {
        switch action {
        case .quit: return [.quit]
        case .help: toggleHelp()
        case .filter: state.isEditingFilter = true
        case .edit(let kind): openForm(kind)
        case .open where state.screen == .store: correctPickedRecord()
        case .undo: return undo()
        case .worklist: return openWorklist()
        case .awards: return openAwards()
        case .search: openSearch()
        default: return updateFront(action)
        }
        return []
    }

    /// Hands `action` to the screen in front's update function, taken off the stack while it
    /// runs (so changing it copies nothing) and put back unless it closed.
    mutating func updateFront(_ action: Action) -> [Effect] {
        guard let front = state.stack.popLast() else { return updateOverview(action) }
        var step: ScreenStep
        switch front {
        case .market(var screen):
            step = updateMarket(action, &screen)
            if step.keeps { state.stack.append(.market(screen)) }
        case .store(var screen):
            step = updateStore(action, &screen)
            if step.keeps { state.stack.append(.store(screen)) }
        case .worklist(var screen):
            step = updateWorklist(action, &screen)
            if step.keeps { state.stack.append(.worklist(screen)) }
        case .awards(var screen):
            step = updateAwards(action, &screen)
            if step.keeps { state.stack.append(.awards(screen)) }
        case .search(var screen):
            step = updateSearch(action, &screen)
            if step.keeps { state.stack.append(.search(screen)) }
        case .help(var scroll):
            step = updateHelp(action, &scroll)
            if step.keeps { state.stack.append(.help(scroll: scroll)) }
        case .form:
            state.stack.append(front)
            return []
        }
        state.stack += step.opens
        return step.effects
    }

    private mutating func toggleHelp() {
        if state.screen == .help {
            state.stack.removeLast()
        } else {
            state.stack.append(.help(scroll: 0))
        }
    }

    /// Opens the search over every store of the overview's markets.
    private mutating func openSearch() {
        state.stack.append(.search(DashboardState.SearchScreen(markets: state.overviewRows.map(\.digest))))
    }

    /// What the overview covers: every market, or the narrowed round's name.
    var overviewTitle: String {
        state.narrowedRound.map { RoundText.name(of: $0)(state.options.language) } ?? UIText.all(state.options.language)
    }

    /// Keeps every list's cursor on screen and every store page laid out at the new size.
    private mutating func relayout() {
        state.overview.clamp(count: state.overviewVisible.count, page: ScreenLayout.page(.overview, state))
        var market: DashboardState.MarketScreen?
        for index in state.stack.indices {
            switch state.stack[index] {
            case .market(var screen):
                screen.list.clamp(count: screen.visible.count, page: ScreenLayout.page(.market, state))
                state.stack[index] = .market(screen)
                market = screen
            case .store(var screen):
                if screen.page.width != StorePage.width(ofScreen: state.width) {
                    screen.page = storePage(screen.row, history: screen.history, in: market)
                }
                screen.scroll = min(screen.scroll, max(0, screen.page.lines.count - ScreenLayout.page(.store, state)))
                state.stack[index] = .store(screen)
            case .worklist(var screen):
                screen.list.clamp(count: screen.items.count, page: ScreenLayout.page(.worklist, state))
                state.stack[index] = .worklist(screen)
            case .awards(var screen):
                screen.list.clamp(count: screen.entries.count, page: ScreenLayout.page(.awards, state))
                state.stack[index] = .awards(screen)
            case .search(var screen):
                screen.list.clamp(count: screen.visible.count, page: ScreenLayout.page(.search, state))
                state.stack[index] = .search(screen)
            case .help(let scroll):
                let lines = HelpPage.lines(for: state.screenUnderHelp, options: state.options).count
                state.stack[index] = .help(scroll: min(scroll, max(0, lines - ScreenLayout.page(.help, state))))
            case .form:
                break
            }
        }
    }
}

/// What a screen's update function did besides changing its screen: whether the screen stays,
/// the screens it opens over itself, and the effects to carry out.
struct ScreenStep {
    var keeps = true
    var opens: [Screen] = []
    var effects: [Effect] = []

    static let stays = ScreenStep()
    static let closes = ScreenStep(keeps: false)
}
