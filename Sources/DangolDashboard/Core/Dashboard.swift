import DangolKit
import Foundation

/// The dashboard's behaviour: state plus the functions that change it, `handle(_:)` for
/// events and `refresh()` for changes made elsewhere.
///
/// No terminal here: a backend feeds events in and draws `render()`; tests do the same with
/// literal keys and compare the rendered lines.
public struct Dashboard {
    public private(set) var state: DashboardState
    private let data: DashboardData

    /// Opens the dashboard on the programme's overview.
    /// - Parameters:
    ///   - today, now: the day and the moment the session starts; the core reads no clock, the
    ///     runner moves it on with `advanceClock(to:)`.
    ///   - followsClock: whether today rolls over with the clock at local midnight (false when
    ///     the day was pinned, as `DANGOL_TODAY` does).
    ///   - asOf: the requested day, else each round's own (`RoundCalendar`).
    ///   - round: the round to narrow the overview to, if any.
    public init(
        data: DashboardData, options: DisplayOptions, width: Int, height: Int, today: CalendarDate, now: Date,
        followsClock: Bool = false, asOf: CalendarDate?, round: String? = nil, author: String = "", readOnly: Bool = false
    ) throws {
        self.data = data
        let (digests, problems) = data.readableDigests()
        let program = try data.program()
        state = DashboardState(
            width: width, height: height, options: options,
            session: DashboardState.Session(author: author, readOnly: readOnly, today: today, now: now, followsClock: followsClock,
                                            dayEnds: followsClock ? Dashboard.endOfDay(containing: now) : .distantFuture,
                                            member: data.rights.member),
            programName: program.name, calendar: RoundCalendar(rounds: [], digests: [], today: today, requested: asOf),
            requestedAsOf: asOf, round: round, overviewRows: [], problems: [])
        state.awardTiers = program.awardTiers
        state.rounds = program.rounds
        state.knownStamps = data.marketStamps()
        showOverview(of: digests, problems: problems.map { $0(options.language) }, keeping: nil)
    }

    /// The screen as it should look now.
    public func render() -> CellGrid {
        ScreenRenderer.render(state)
    }

    /// Applies one event. - Returns: false when the user quit.
    public mutating func handle(_ event: Event) -> Bool {
        state.notice = nil
        switch event {
        case .resize(let width, let height):
            state.width = width
            state.height = height
            clampAll()
            return true
        case .repaint:
            return true
        case .key(let key):
            if state.form != nil {
                fillForm(key)
                return true
            }
            if state.isEditingFilter {
                editFilter(key)
                return true
            }
            if state.screen == .search, typeSearch(key) { return true }
            guard let action = KeyBindings.action(for: key, on: state.screen) else { return true }
            return perform(action)
        }
    }

    /// Moves the session's clock to `now`, as the runner reads it at each wake. Journal entries
    /// are stamped with it, and past local midnight (unless the day is pinned) today moves on:
    /// running rounds are read as of the new day. - Returns: whether the screen may have changed.
    public mutating func advanceClock(to now: Date) -> Bool {
        state.session.now = now
        // Most wakes are well inside the day: one comparison, no calendar arithmetic.
        guard state.session.followsClock, now >= state.session.dayEnds else { return false }
        state.session.dayEnds = Dashboard.endOfDay(containing: now)
        let day = CalendarDate.today(now: now)
        guard day != state.session.today else { return false }
        state.session.today = day
        showOverview(of: state.overviewRows.map(\.digest), problems: state.problems, keeping: state.selectedOverviewMarket)
        if let market = state.market?.market.id { reloadMarket(market) }
        return true
    }

    /// The local midnight that ends the day `now` falls on.
    static func endOfDay(containing now: Date) -> Date {
        let calendar = Calendar.current
        return calendar.date(byAdding: .day, value: 1, to: calendar.startOfDay(for: now)) ?? now.addingTimeInterval(86_400)
    }

    /// Shows `notice` in the status line until the next key.
    public mutating func show(notice: String) {
        state.notice = notice
    }

    /// Picks up changes other sessions saved: one stat per market file (only of `markets`, when
    /// the kernel said which files changed), and work only for the markets whose files changed.
    /// The cursor stays on the same market and store.
    /// - Returns: whether anything on screen may have changed (so a redraw is due).
    public mutating func refresh(markets: Set<String>? = nil) -> Bool {
        // A full refresh follows a change of team.json (or of the folder): rights as they are now.
        if markets == nil, applyRights() { return true }
        let stamps: [String: FileStamp]
        let changed: Set<String>
        if let markets {
            let fresh = data.marketStamps(of: markets)
            changed = markets.filter { fresh[$0] != state.knownStamps[$0] }
            var updated = state.knownStamps
            for id in changed { updated[id] = fresh[id] }
            stamps = updated
        } else {
            stamps = data.marketStamps()
            changed = Set(stamps.keys).union(state.knownStamps.keys).filter { stamps[$0] != state.knownStamps[$0] }
        }
        guard !changed.isEmpty else { return false }
        state.knownStamps = stamps
        reloadOverviewRows(changed: changed)
        if let market = state.market?.market.id, changed.contains(market) {
            reloadMarket(market)
        }
        return true
    }

    /// Follows the member's rights as team.json now gives them: a removed member's session ends,
    /// and a market they may no longer read closes. - Returns: whether the session ended.
    private mutating func applyRights() -> Bool {
        let rights = data.rights
        if let removal = rights.removal {
            state.ended = removal.message(state.options.language)
            return true
        }
        state.session.member = rights.member
        if let market = state.market?.market.id, !rights.mayRead(market: market) {
            (state.form, state.store, state.worklist, state.awards, state.search, state.market) = (nil, nil, nil, nil, nil, nil)
            state.notice = rights.refusal(reading: market).message(state.options.language)
        }
        return false
    }

    // MARK: Actions

    private mutating func perform(_ action: Action) -> Bool {
        switch action {
        case .quit: return false
        case .help: state.helpScroll = state.helpScroll == nil ? 0 : nil
        case .back: return back()
        case .open: open()
        case .filter: state.isEditingFilter = true
        case .sortNext: changeSort(reverse: false)
        case .sortReverse: changeSort(reverse: true)
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom: move(action)
        case .edit(let kind): openForm(kind)
        case .undo: undo()
        case .worklist: openWorklist()
        case .awards: openAwards()
        case .charts: toggleCharts()
        case .round: nextRound()
        case .search: openSearch()
        case .nextField, .previousField, .save, .cancel: break
        }
        return true
    }

    private mutating func move(_ action: Action) {
        switch state.screen {
        case .help:
            var list = ListState(cursor: state.helpScroll ?? 0, offset: state.helpScroll ?? 0)
            list.scroll(action, contentHeight: HelpView.contentHeight(state), page: HelpView.pageHeight(state))
            state.helpScroll = list.offset
        case .store:
            moveOnStore(action)
        case .worklist:
            state.worklist!.list.move(action, count: state.worklist!.items.count, page: WorklistView.listHeight(state))
        case .awards:
            state.awards!.list.move(action, count: state.awards!.entries.count, page: AwardsView.listHeight(state))
        case .search:
            state.search!.list.move(action, count: state.search!.visible.count, page: SearchView.listHeight(state))
        case .market:
            state.market!.list.move(action, count: state.market!.visible.count, page: MarketView.listHeight(state))
        case .overview:
            state.overview.move(action, count: state.overviewVisible.count, page: OverviewView.listHeight(state))
        case .form:
            return
        }
    }

    /// Leaves the innermost mode first (a filter, the charts, a narrowed round), then the
    /// screen; quits only from the plain overview.
    private mutating func back() -> Bool {
        switch state.screen {
        case .help: state.helpScroll = nil
        case .store: state.store = nil
        case .worklist: state.market = state.worklist!.marketUnderneath; state.worklist = nil
        case .awards: state.market = state.awards!.marketUnderneath; state.awards = nil
        case .search: state.market = state.search!.marketUnderneath; state.search = nil
        case .market:
            if !state.market!.list.filter.isEmpty {
                setFilter("")
            } else if state.market!.showCharts {
                state.market!.showCharts = false
            } else {
                state.market = nil
            }
        case .overview:
            if !state.overview.filter.isEmpty {
                setFilter("")
            } else if state.showCharts {
                state.showCharts = false
            } else if state.round != nil {
                narrow(to: nil)
            } else {
                return false
            }
        case .form: state.form = nil
        }
        return true
    }

    private mutating func toggleCharts() {
        if state.screen == .market {
            state.market!.showCharts.toggle()
        } else {
            state.showCharts.toggle()
        }
    }

    /// Narrows the overview to the next round, and after the last back to every round.
    private mutating func nextRound() {
        let ids = state.calendar.readings.map(\.id)
        guard ids.count > 1 else {
            state.notice = UIText.oneRound(state.options.language)
            return
        }
        let next = state.round.flatMap { ids.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
        narrow(to: ids[safe: next])
    }

    private mutating func narrow(to round: String?) {
        state.round = round
        state.overviewWeeklyOpenings = OverviewView.weeklyOpenings(state)
        refreshOverview(keeping: state.selectedOverviewMarket)
    }

    private mutating func open() {
        switch state.screen {
        case .overview:
            switch state.overviewVisible[safe: state.overview.cursor] {
            case .round(let index)?: narrow(to: state.calendar.readings[index].id)
            case .market(let index)?: openMarket(state.overviewRows[index].digest.id)
            case nil: return
            }
        case .market:
            let screen = state.market!
            guard let index = screen.visible[safe: screen.list.cursor] else { return }
            openStore(screen.rows[index])
        case .worklist:
            guard let item = state.worklist!.items[safe: state.worklist!.list.cursor] else { return }
            jump(toStore: item.store.id, in: item.marketID)
        case .awards:
            guard let entry = state.awards!.entries[safe: state.awards!.list.cursor] else { return }
            jump(toStore: entry.store.id, in: entry.marketID)
        case .search:
            let search = state.search!
            guard let index = search.visible[safe: search.list.cursor] else { return }
            let entry = search.entry(index)
            jump(toStore: entry.store.id, in: entry.marketID)
        case .store:
            guard let record = state.store?.selectedRecord else {
                state.notice = UIText.pickRecord(state.options.language)
                return
            }
            openForm(Form.kind(correcting: record), replacing: record)
        case .help, .form:
            return
        }
    }

    /// ↑ and ↓ pick the previous or next record; the page follows the pick. Paging scrolls, and
    /// a store with no records scrolls line by line.
    private mutating func moveOnStore(_ action: Action) {
        let count = StoreRecord.all(of: state.store!.row.store).count
        let page = StoreView.pageHeight(state)
        var list = ListState(cursor: state.store!.scroll, offset: state.store!.scroll)
        switch action {
        case .moveUp where count > 0: state.store!.selected = max(0, (state.store!.selected ?? count) - 1)
        case .moveDown where count > 0: state.store!.selected = min(count - 1, (state.store!.selected ?? -1) + 1)
        case .top where count > 0: state.store!.selected = 0; list.scroll(.top, contentHeight: StoreView.contentHeight(state), page: page)
        case .bottom where count > 0:
            state.store!.selected = count - 1
            list.scroll(.bottom, contentHeight: StoreView.contentHeight(state), page: page)
        default: list.scroll(action, contentHeight: StoreView.contentHeight(state), page: page)
        }
        state.store!.scroll = list.offset
        if [.moveUp, .moveDown].contains(action), let line = StoreView.selectedLine(state) {
            state.store!.scroll = min(max(state.store!.scroll, line - page + 1), line)
        }
    }

    /// Opens a store's screen, opening its market first when another one is open.
    private mutating func jump(toStore storeID: String, in marketID: String) {
        if state.market?.market.id != marketID { openMarket(marketID) }
        if let row = state.market?.rows.first(where: { $0.store.id == storeID }) { openStore(row) }
    }

    private mutating func openAwards() {
        do {
            if let screen = state.market {
                state.awards = DashboardState.AwardsScreen(
                    title: screen.market.name, acrossMarkets: false, asOf: screen.asOf,
                    entries: AwardRanking.rank(screen.market, tiers: state.awardTiers, asOf: screen.asOf), marketUnderneath: screen)
            } else {
                let markets = try state.overviewMarkets.map { try data.market($0.digest.id) }
                state.awards = DashboardState.AwardsScreen(
                    title: overviewTitle, acrossMarkets: true, asOf: state.overviewCalendar.commonAsOf,
                    entries: AwardRanking.rankProgramme(markets, tiers: state.awardTiers, calendar: state.calendar))
            }
        } catch {
            state.notice = error.message(state.options.language)
        }
    }

    /// What the overview covers: every market, or the narrowed round's name.
    private var overviewTitle: String {
        state.narrowedRound.map { RoundText.name(of: $0)(state.options.language) }
            ?? UIText.all(state.options.language)
    }

    private mutating func openSearch() {
        var search = DashboardState.SearchScreen(markets: state.overviewRows.map(\.digest))
        search.marketUnderneath = state.market
        state.search = search
    }

    /// Edits the search query; - Returns: false for keys the search screen dispatches itself.
    ///
    /// A longer query can only match stores the shorter one matched, so typing narrows the
    /// previous matches and Backspace restores them instead of searching everything again.
    private mutating func typeSearch(_ key: Key) -> Bool {
        guard var search = state.search else { return false }
        switch key {
        case .character(let character):
            search.earlierMatches.append((search.query, search.visible))
            search.query.append(character)
            search.visible = search.matches(among: search.visible)
        case .backspace:
            guard !search.query.isEmpty else { return true }
            search.query.removeLast()
            search.visible = search.matchesAfterBackspace()
        default:
            return false
        }
        search.list = ListState()
        state.search = search
        return true
    }

    private mutating func openMarket(_ id: String) {
        do {
            let market = try data.market(id)
            let asOf = state.calendar.asOf(ofMarket: id)
            state.market = DashboardState.MarketScreen(
                market: market, asOf: asOf, figures: market.figures(asOf: asOf),
                weeks: MarketDigest(market: market).weekly(asOf: asOf), rows: rows(of: market, asOf: asOf),
                showCharts: state.showCharts)
            refreshMarket(keeping: nil)
        } catch {
            state.notice = error.message(state.options.language)
        }
    }

    private mutating func openStore(_ row: StoreRow) {
        state.store = DashboardState.StoreScreen(row: row, history: history(of: row.store.id))
    }

    private mutating func changeSort(reverse: Bool) {
        let columns = state.screen == .market ? StoreRow.Column.allCases.count : OverviewRow.Column.allCases.count
        var list = state.screen == .market ? state.market!.list : state.overview
        if reverse {
            if list.sortColumn == nil { list.sortColumn = 0 }
            list.ascending.toggle()
        } else {
            let next = (list.sortColumn ?? -1) + 1
            list.sortColumn = next < columns ? next : nil
            list.ascending = state.screen == .market
                ? StoreRow.Column(rawValue: next)?.startsAscending ?? true
                : OverviewRow.Column(rawValue: next)?.startsAscending ?? true
        }
        if state.screen == .market { state.market!.list = list } else { state.overview = list }
        refreshCurrentList()
    }

    // MARK: Editing

    /// The store an edit on the current screen is about: the store screen's, else the cursor's.
    private var selectedStore: Store? {
        if let store = state.store?.row.store { return store }
        guard let screen = state.market, let index = screen.visible[safe: screen.list.cursor] else { return nil }
        return screen.rows[index].store
    }

    /// Opens a form of `kind`. `o` on a store whose channel is open corrects the opening day;
    /// `x` deletes the record picked on the store's screen.
    private mutating func openForm(_ kind: Form.Kind, replacing record: StoreRecord? = nil) {
        guard !state.session.readOnly else {
            state.notice = FormText.readOnly(state.options.language)
            return
        }
        guard let market = state.market?.market else { return }
        // Say why before a form is filled in that could never be saved.
        guard data.rights.mayWrite(market: market.id) else {
            state.notice = data.rights.refusal(writing: market.id).message(state.options.language)
            return
        }
        let store = kind == .addStore ? nil : selectedStore
        guard kind == .addStore || store != nil else { return }
        var record = record
        if kind == .channel, let opened = store?.channelOpenedOn { record = .channelOpened(opened) }
        if kind == .deleteRecord {
            guard let picked = state.store?.selectedRecord else {
                state.notice = UIText.pickRecord(state.options.language)
                return
            }
            record = picked
        }
        var form = Form(kind: kind, market: market, store: store, today: state.session.today, author: state.session.author,
                        language: state.options.language, replacing: record)
        form.validate(market: market, today: state.session.today)
        state.form = form
    }

    private mutating func fillForm(_ key: Key) {
        guard var form = state.form, let market = state.market?.market else { return }
        switch KeyBindings.action(for: key, on: .form) {
        case .nextField?: form.focus = form.fields.isEmpty ? 0 : (form.focus + 1) % form.fields.count
        case .previousField?: form.focus = form.fields.isEmpty ? 0 : (form.focus + form.fields.count - 1) % form.fields.count
        case .cancel?:
            state.form = nil
            return
        case .save?:
            state.form = form
            save()
            return
        default:
            guard form.fields.indices.contains(form.focus), form.fields[form.focus].input.edit(key) else { return }
            form.confirmed = false
            form.failure = nil
        }
        form.validate(market: market, today: state.session.today)
        state.form = form
    }

    /// Saves the form through the store, or keeps it open with the reason it could not be.
    private mutating func save() {
        guard let marketID = state.form?.marketID else { return }
        // Another session's save to this market shows before the form is checked against it.
        _ = refresh(markets: [marketID])
        guard var form = state.form, let market = state.market?.market else { return }
        if form.isStale(against: market) {
            showConflict(&form, current: market.stores.first { $0.id == form.storeID })
            return
        }
        form.validate(market: market, today: state.session.today)
        guard form.isValid else {
            state.form = form
            return
        }
        form.conflict = nil
        if form.warning != nil && !form.confirmed {
            form.confirmed = true
            state.form = form
            return
        }
        let session = state.session
        do {
            let entry = try data.editStore(in: form.marketID, author: session.author, at: session.now, action: form.action) { market in
                try form.apply(to: &market, author: session.author, today: session.today)
            }
            state.form = nil
            if entry.removesStore { state.store = nil }
            reloadAfterOwnChange(form.marketID)
            let language = state.options.language
            state.notice = "\(FormText.saved(language)): \(JournalText.line(entry, language: language))"
            // A record after the day its round is read as of is kept, but counts in no figure: say so.
            if let day = form.day, let asOf = state.market?.asOf, day > asOf {
                state.notice! += " " + FormText.afterAsOf(asOf)(language)
            }
        } catch let changed as Form.StoreChanged {
            reloadAfterOwnChange(form.marketID)
            showConflict(&form, current: changed.current)
        } catch {
            form.failure = error.localizedMessage
            state.form = form
        }
    }

    /// Shows what changed and by whom, checks the form against the store as it is now, and
    /// lets the next Enter save over it.
    private mutating func showConflict(_ form: inout Form, current: Store?) {
        let storeID = form.storeID
        let latest = (try? data.journal(of: form.marketID, latest: 1) { $0.storeID == storeID })?.last
        form.base = current
        form.conflict = FormText.changedMeanwhile(by: latest, removed: current == nil)
        form.confirmed = false
        form.failure = nil
        if let market = state.market?.market { form.validate(market: market, today: state.session.today) }
        state.form = form
    }

    private mutating func undo() {
        guard !state.session.readOnly else {
            state.notice = FormText.readOnly(state.options.language)
            return
        }
        guard let marketID = state.market?.market.id else { return }
        guard data.rights.mayWrite(market: marketID) else {
            state.notice = data.rights.refusal(writing: marketID).message(state.options.language)
            return
        }
        do {
            let entry = try data.undoLastEdit(in: marketID, author: state.session.author, at: state.session.now)
            if entry.removesStore, state.store?.row.store.id == entry.storeID { state.store = nil }
            reloadAfterOwnChange(marketID)
            state.notice = "\(FormText.undone(state.options.language)): \(entry.storeName)"
        } catch {
            state.notice = error.message(state.options.language)
        }
    }

    private mutating func openWorklist() {
        do {
            if let screen = state.market {
                state.worklist = DashboardState.WorklistScreen(
                    title: screen.market.name, asOf: screen.asOf,
                    items: WorklistRules.items(in: [screen.market], tutor: nil, calendar: state.calendar), marketUnderneath: screen)
            } else {
                let markets = try state.overviewMarkets.map { try data.market($0.digest.id) }
                let tutor = state.session.author
                state.worklist = DashboardState.WorklistScreen(
                    title: tutor, asOf: state.overviewCalendar.commonAsOf,
                    items: WorklistRules.items(in: markets, tutor: tutor, calendar: state.calendar))
            }
        } catch {
            state.notice = error.message(state.options.language)
        }
    }

    // MARK: Filter

    private mutating func editFilter(_ key: Key) {
        let current = state.screen == .market ? state.market!.list.filter : state.overview.filter
        switch key {
        case .character(let character): setFilter(current + String(character))
        case .backspace: setFilter(String(current.dropLast()))
        case .enter: state.isEditingFilter = false
        case .escape:
            state.isEditingFilter = false
            setFilter("")
        case .up, .down, .pageUp, .pageDown: move(KeyBindings.action(for: key, on: state.screen) ?? .moveDown)
        default: break
        }
    }

    private mutating func setFilter(_ text: String) {
        if state.screen == .market { state.market!.list.filter = text } else { state.overview.filter = text }
        refreshCurrentList()
    }

    // MARK: Keeping lists consistent

    private func rows(of market: Market, asOf: CalendarDate) -> [StoreRow] {
        market.stores.map { StoreRow(store: $0, figures: $0.figures(asOf: asOf)) }
    }

    private func history(of storeID: String) -> [JournalEntry] {
        guard let marketID = state.market?.market.id else { return [] }
        return (try? data.journal(of: marketID, latest: Bounds.historyEntries) { $0.storeID == storeID }) ?? []
    }

    /// After this session saved: the market, the overview row and the known stamps are current.
    private mutating func reloadAfterOwnChange(_ marketID: String) {
        state.knownStamps = data.marketStamps()
        reloadOverviewRows(changed: [marketID])
        reloadMarket(marketID)
    }

    /// Re-reads the digests of the markets in `changed` (all when nil) and of any market that
    /// could not be read before; the others keep theirs. Then recomputes the overview.
    private mutating func reloadOverviewRows(changed: Set<String>? = nil) {
        let selected = state.selectedOverviewMarket
        if let changed, state.problems.isEmpty, let replacements = rereading(changed) {
            if replacements.allSatisfy(keepsItsRoundsDay) {
                // The round calendar stays: only the changed rows are worked out again.
                let narrowed = state.narrowedReading
                for (index, digest) in replacements {
                    let old = state.overviewRows[index]
                    state.overviewRows[index] = OverviewRow(digest: digest, calendar: state.calendar)
                    if state.round == nil || old.reading == narrowed {
                        state.overviewWeeklyOpenings = OverviewView.weeklyOpenings(
                            state.overviewWeeklyOpenings, replacing: old, with: state.overviewRows[index])
                    }
                }
                refreshOverview(keeping: selected)
            } else {
                var digests = state.overviewRows.map(\.digest)
                for (index, digest) in replacements { digests[index] = digest }
                showOverview(of: digests, problems: [], keeping: selected)
            }
            return
        }
        var digests = state.overviewRows.map(\.digest).filter { state.knownStamps[$0.id] != nil && changed?.contains($0.id) == false }
        let kept = Set(digests.map(\.id))
        var problems: [String] = []
        for id in state.knownStamps.keys.sorted() where !kept.contains(id) {
            do {
                digests.append(try data.digest(of: id))
            } catch {
                problems.append(error.message(state.options.language))
            }
        }
        digests.sort(by: MarketDigest.programmeOrder)
        showOverview(of: digests, problems: problems, keeping: selected)
    }

    /// The digests of `changed` read again, each with its row's index, when every one of them is
    /// a market already shown whose place in programme order stays; nil otherwise (a market
    /// added, removed or unreadable, or a start date moved), for the full reload.
    ///
    /// A save by another session changes one market: this keeps the other 1,399 as they are
    /// instead of hashing and sorting every id on each save.
    private func rereading(_ changed: Set<String>) -> [(index: Int, digest: MarketDigest)]? {
        var replacements: [(index: Int, digest: MarketDigest)] = []
        for id in changed {
            guard state.knownStamps[id] != nil, let index = state.overviewRows.firstIndex(where: { $0.digest.id == id }),
                  let digest = try? data.digest(of: id), digest.schedule?.starts == state.overviewRows[index].digest.schedule?.starts
            else { return nil }
            replacements.append((index, digest))
        }
        return replacements
    }

    /// Whether a market's new digest leaves its round's as-of day where it was: the same
    /// schedule, and, for a round without one, the same latest record (`RoundCalendar`).
    private func keepsItsRoundsDay(_ replacement: (index: Int, digest: MarketDigest)) -> Bool {
        let old = state.overviewRows[replacement.index].digest
        let new = replacement.digest
        guard new.schedule == old.schedule else { return false }
        return state.calendar.reading(ofMarket: new.id)?.ends != nil || new.latestRecordedDate == old.latestRecordedDate
    }

    /// The overview of `digests` (in programme order), each round on its own day.
    private mutating func showOverview(of digests: [MarketDigest], problems: [String], keeping selected: String?) {
        state.calendar = (try? data.roundCalendar(readable: digests, today: state.session.today, requested: state.requestedAsOf))
            ?? RoundCalendar(rounds: state.rounds, digests: digests, today: state.session.today, requested: state.requestedAsOf)
        if let round = state.round, !state.calendar.contains(round: round) { state.round = nil }
        state.overviewRows = digests.map { OverviewRow(digest: $0, calendar: state.calendar) }
        state.overviewWeeklyOpenings = OverviewView.weeklyOpenings(state)
        state.problems = problems
        refreshOverview(keeping: selected)
    }

    /// Re-reads the open market, keeping the cursor and the store screen on the same store.
    private mutating func reloadMarket(_ id: String) {
        guard var screen = state.market, screen.market.id == id else { return }
        let selected = screen.visible[safe: screen.list.cursor].map { screen.rows[$0].store.id }
        guard let market = try? data.market(id) else {
            state.notice = UIText.cannotReread(id)(state.options.language)
            return
        }
        screen.market = market
        screen.asOf = state.calendar.asOf(ofMarket: id)
        screen.figures = market.figures(asOf: screen.asOf)
        screen.weeks = MarketDigest(market: market).weekly(asOf: screen.asOf)
        screen.rows = rows(of: market, asOf: screen.asOf)
        state.market = screen
        refreshMarket(keeping: selected)
        if let open = state.store {
            if let row = screen.rows.first(where: { $0.store.id == open.row.store.id }) {
                state.store!.row = row
                state.store!.history = history(of: row.store.id)
            } else {
                state.store = nil
            }
        }
    }

    private mutating func refreshCurrentList() {
        if state.screen == .market {
            refreshMarket(keeping: state.market!.visible[safe: state.market!.list.cursor].map { state.market!.rows[$0].store.id })
        } else {
            refreshOverview(keeping: state.selectedOverviewMarket)
        }
    }

    /// Re-filters and re-sorts the overview, keeping the cursor on market `id`. With more than
    /// one round each round's heading comes first and its markets, sorted, under it.
    private mutating func refreshOverview(keeping id: String?) {
        let list = state.overview
        let narrowed = state.narrowedReading
        let markets = RowOrdering.visible(
            state.overviewRows,
            matches: { row in
                (state.round == nil || row.reading == narrowed)
                    && (list.filter.isEmpty || HangulSearch.matches(list.filter, in: row.digest.name)
                        || HangulSearch.matches(list.filter, in: row.digest.region))
            },
            compare: list.sortColumn.flatMap(OverviewRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        if state.groupsByRound {
            var members = [[Int]](repeating: [], count: state.calendar.readings.count)
            for market in markets {
                if let reading = state.overviewRows[market].reading { members[reading].append(market) }
            }
            state.overviewVisible = members.indices.flatMap { index -> [OverviewEntry] in
                members[index].isEmpty ? [] : [.round(index)] + members[index].map(OverviewEntry.market)
            }
        } else {
            state.overviewVisible = markets.map(OverviewEntry.market)
        }
        state.overview.cursor = id.flatMap { id in state.overviewVisible.firstIndex { state.overviewRow($0)?.digest.id == id } }
            ?? state.overviewVisible.firstIndex { state.overviewRow($0) != nil } ?? 0
        state.overview.clamp(count: state.overviewVisible.count, page: OverviewView.listHeight(state))
    }

    /// Re-filters and re-sorts the market's stores, keeping the cursor on store `id`.
    private mutating func refreshMarket(keeping id: String?) {
        guard var screen = state.market else { return }
        let list = screen.list
        screen.visible = RowOrdering.visible(
            screen.rows,
            matches: { HangulSearch.matches(list.filter, in: $0.store.name) },
            compare: list.sortColumn.flatMap(StoreRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        let rows = screen.rows
        screen.list.cursor = id.flatMap { id in screen.visible.firstIndex { rows[$0].store.id == id } } ?? 0
        state.market = screen
        state.market!.list.clamp(count: screen.visible.count, page: MarketView.listHeight(state))
    }

    private mutating func clampAll() {
        state.overview.clamp(count: state.overviewVisible.count, page: OverviewView.listHeight(state))
        if state.market != nil {
            state.market!.list.clamp(count: state.market!.visible.count, page: MarketView.listHeight(state))
        }
        if state.worklist != nil {
            state.worklist!.list.clamp(count: state.worklist!.items.count, page: WorklistView.listHeight(state))
        }
        if state.awards != nil {
            state.awards!.list.clamp(count: state.awards!.entries.count, page: AwardsView.listHeight(state))
        }
        if state.search != nil {
            state.search!.list.clamp(count: state.search!.visible.count, page: SearchView.listHeight(state))
        }
        if state.store != nil {
            state.store!.scroll = min(state.store!.scroll, max(0, StoreView.contentHeight(state) - StoreView.pageHeight(state)))
        }
        if let scroll = state.helpScroll {
            state.helpScroll = min(scroll, max(0, HelpView.contentHeight(state) - HelpView.pageHeight(state)))
        }
    }
}

extension ListState {
    /// Scrolls a block of `contentHeight` lines of which `page` are visible: the offset moves.
    mutating func scroll(_ action: Action, contentHeight: Int, page: Int) {
        let last = max(0, contentHeight - page)
        switch action {
        case .moveUp: offset -= 1
        case .moveDown: offset += 1
        case .pageUp: offset -= max(1, page)
        case .pageDown: offset += max(1, page)
        case .top: offset = 0
        case .bottom: offset = last
        default: break
        }
        offset = max(0, min(offset, last))
    }
}
