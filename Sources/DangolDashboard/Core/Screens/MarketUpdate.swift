import DangolKit

/// A market screen's keys: its list of stores, filter, sort and charts.
extension DashboardCore {
    mutating func updateMarket(_ action: Action, _ screen: inout DashboardState.MarketScreen) -> ScreenStep {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            screen.list.move(action, count: screen.visible.count, page: ScreenLayout.page(.market, state))
        case .open:
            guard let row = screen.selectedRow else { break }
            return ScreenStep(opens: [.store(storeScreen(row, in: screen))], effects: [.loadHistory(market: screen.market.id, store: row.store.id)])
        case .back:
            // The innermost mode first: a filter, then the charts, then the screen.
            if !screen.list.filter.isEmpty {
                screen.list.filter = ""
                refreshList(of: &screen, keeping: screen.selectedRow?.store.id)
            } else if screen.showCharts {
                screen.showCharts = false
            } else {
                return .closes
            }
        case .sortNext, .sortReverse:
            let selected = screen.selectedRow?.store.id
            screen.list.changeSort(reverse: action == .sortReverse, columns: StoreRow.Column.allCases.count) {
                StoreRow.Column(rawValue: $0)?.startsAscending ?? true
            }
            refreshList(of: &screen, keeping: selected)
        case .charts: screen.showCharts.toggle()
        default: break
        }
        return .stays
    }

    /// The screen of market `market`, as of its round's day, its list in file order.
    func marketScreen(_ market: Market) -> DashboardState.MarketScreen {
        var screen = DashboardState.MarketScreen(market: market, asOf: state.calendar.asOf(ofMarket: market.id), showCharts: state.showCharts)
        refreshList(of: &screen, keeping: nil)
        return screen
    }

    /// Re-filters and re-sorts a market's stores, keeping the cursor on store `id`.
    func refreshList(of screen: inout DashboardState.MarketScreen, keeping id: String?) {
        let list = screen.list
        screen.visible = RowOrdering.visible(
            screen.rows,
            matches: { HangulSearch.matches(list.filter, in: $0.store.name) },
            compare: list.sortColumn.flatMap(StoreRow.Column.init(rawValue:)).map { $0.ascending },
            ascending: list.ascending)
        let rows = screen.rows
        screen.list.cursor = id.flatMap { id in screen.visible.firstIndex { rows[$0].store.id == id } } ?? 0
        screen.list.clamp(count: screen.visible.count, page: ScreenLayout.page(.market, state))
    }

    /// A store's screen over `market`'s, its history still to be read.
    func storeScreen(_ row: StoreRow, in market: DashboardState.MarketScreen?, openedWithMarket: Bool = false) -> DashboardState.StoreScreen {
        DashboardState.StoreScreen(row: row, page: storePage(row, history: [], in: market), openedWithMarket: openedWithMarket)
    }

    /// `row`'s page laid out at the screen's width, as of `market`'s day.
    func storePage(_ row: StoreRow, history: [JournalEntry], in market: DashboardState.MarketScreen?) -> StorePage {
        StorePage(row: row, history: history, schedule: market?.market.schedule, asOf: market?.asOf ?? state.session.today,
                  width: StorePage.width(ofScreen: state.width), options: state.options)
    }
}
