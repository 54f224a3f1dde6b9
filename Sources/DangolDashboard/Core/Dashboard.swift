import DangolKit

/// The dashboard's behaviour: state plus the one function that changes it, `handle(_:)`.
///
/// No terminal here: a backend feeds events in and draws `render()`; tests do the same with
/// literal keys and compare the rendered lines.
public struct Dashboard {
    public private(set) var state: DashboardState
    private let data: DashboardData

    /// Opens the dashboard on the programme's overview.
    /// - Parameter asOf: the requested day, else today clamped to the latest recorded day.
    public init(data: DashboardData, options: DisplayOptions, width: Int, height: Int, today: CalendarDate, asOf: CalendarDate?) throws {
        self.data = data
        let (digests, problems) = data.readableDigests()
        let day = AsOfDate.resolve(requested: asOf, today: today, latestRecorded: digests.compactMap(\.latestRecordedDate).max())
        state = DashboardState(
            width: width, height: height, options: options, programName: try data.programName(), asOf: day,
            overviewRows: digests.map { OverviewRow(digest: $0, figures: $0.figures(asOf: day)) }, problems: problems)
        refreshOverview()
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
        case .key(let key):
            if state.isEditingFilter {
                editFilter(key)
                return true
            }
            guard let action = KeyBindings.action(for: key, on: state.screen) else { return true }
            return perform(action)
        }
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
            var list = ListState(cursor: state.store!.scroll, offset: state.store!.scroll)
            list.scroll(action, contentHeight: StoreView.contentHeight(state), page: StoreView.pageHeight(state))
            state.store!.scroll = list.offset
        case .market:
            state.market!.list.move(action, count: state.market!.visible.count, page: MarketView.listHeight(state))
        case .overview:
            state.overview.move(action, count: state.overviewVisible.count, page: OverviewView.listHeight(state))
        }
    }

    private mutating func back() -> Bool {
        switch state.screen {
        case .help: state.helpScroll = nil
        case .store: state.store = nil
        case .market:
            if state.market!.list.filter.isEmpty {
                state.market = nil
            } else {
                setFilter("")
            }
        case .overview:
            guard !state.overview.filter.isEmpty else { return false }
            setFilter("")
        }
        return true
    }

    private mutating func open() {
        switch state.screen {
        case .overview:
            guard let index = state.overviewVisible[safe: state.overview.cursor] else { return }
            let digest = state.overviewRows[index].digest
            do {
                let market = try data.market(digest.id)
                let rows = market.stores.map { StoreRow(store: $0, figures: $0.figures(asOf: state.asOf)) }
                state.market = DashboardState.MarketScreen(market: market, figures: market.figures(asOf: state.asOf), rows: rows)
                refreshMarket()
            } catch {
                state.notice = "\(error)"
            }
        case .market:
            let screen = state.market!
            guard let index = screen.visible[safe: screen.list.cursor] else { return }
            state.store = DashboardState.StoreScreen(row: screen.rows[index])
        case .store, .help:
            return
        }
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

    private mutating func refreshCurrentList() {
        if state.screen == .market { refreshMarket() } else { refreshOverview() }
    }

    /// Re-filters and re-sorts the overview, keeping the cursor on the same market.
    private mutating func refreshOverview() {
        let selected = state.overviewVisible[safe: state.overview.cursor]
        let list = state.overview
        state.overviewVisible = RowOrdering.visible(
            state.overviewRows,
            matches: { HangulSearch.matches(list.filter, in: $0.digest.name) || HangulSearch.matches(list.filter, in: $0.digest.region) },
            compare: list.sortColumn.flatMap(OverviewRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        state.overview.cursor = selected.flatMap { state.overviewVisible.firstIndex(of: $0) } ?? 0
        state.overview.clamp(count: state.overviewVisible.count, page: OverviewView.listHeight(state))
    }

    /// Re-filters and re-sorts the market's stores, keeping the cursor on the same store.
    private mutating func refreshMarket() {
        guard var screen = state.market else { return }
        let selected = screen.visible[safe: screen.list.cursor]
        let list = screen.list
        screen.visible = RowOrdering.visible(
            screen.rows,
            matches: { HangulSearch.matches(list.filter, in: $0.store.name) },
            compare: list.sortColumn.flatMap(StoreRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        screen.list.cursor = selected.flatMap { screen.visible.firstIndex(of: $0) } ?? 0
        state.market = screen
        state.market!.list.clamp(count: screen.visible.count, page: MarketView.listHeight(state))
    }

    private mutating func clampAll() {
        state.overview.clamp(count: state.overviewVisible.count, page: OverviewView.listHeight(state))
        if state.market != nil {
            state.market!.list.clamp(count: state.market!.visible.count, page: MarketView.listHeight(state))
        }
        if state.store != nil {
            state.store!.scroll = min(state.store!.scroll, max(0, StoreView.contentHeight(state) - StoreView.pageHeight(state)))
        }
        if let scroll = state.helpScroll {
            state.helpScroll = min(scroll, max(0, HelpView.contentHeight(state) - HelpView.pageHeight(state)))
        }
    }
}

extension Array {
    /// The element at `index`, or nil when the array has none there.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
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
