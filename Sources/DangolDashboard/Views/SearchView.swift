import DangolKit
import TerminalText

/// Program-wide store search: the query on top, matching stores of every market below.
enum SearchView {
    typealias Hit = DashboardState.SearchScreen.Entry

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let search = state.search, let area = ScreenLayout(state).listArea(.search) else { return }
        let queryRow = area.above.row(0)
        let options = state.options
        let language = options.language
        Frame.header(into: &grid, crumbs: [UIText.all(language), AwardText.search(language)],
                     right: "\(search.visible.count)/\(search.storeCount)", state: state)
        var x = grid.put(" : \(search.query)", x: 0, y: queryRow, style: .heading)
        x = grid.put(" ", x: x, y: queryRow, style: .cursor)
        if search.query.isEmpty { grid.put("  " + AwardText.searchPrompt(language), x: x, y: queryRow, style: .muted) }
        let columns: [TableColumn<Hit>] = [
            TableColumn(title: UIText.store(language), width: 12, alignment: .left, priority: 0, flexible: true) { .text($0.store.name) },
            TableColumn(title: UIText.market(language), width: 14, alignment: .left, priority: 1) { .text($0.marketName) },
            TableColumn(title: UIText.category(language), width: 6, alignment: .left, priority: 2) { .text($0.store.category ?? "") },
            TableColumn(title: UIText.channel(language), width: 10, alignment: .left, priority: 3) { hit in
                .text(hit.store.channelOpenedOn?.description ?? UIText.notOpened(language))
            },
        ]
        let table = TableView(columns: columns, width: grid.width, options: options)
        table.drawHeader(into: &grid, y: area.titles)
        table.drawRows(count: search.visible.count, list: search.list, into: &grid, top: area.list.top, height: area.list.height) {
            search.entry(search.visible[$0])
        }
    }
}
