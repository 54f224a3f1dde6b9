import DangolKit
import TerminalText

/// The day's worklist: each store needing a visit, with every reason.
enum WorklistView {
    static func columns(_ options: DisplayOptions, acrossMarkets: Bool) -> [TableColumn<WorkItem>] {
        let language = options.language
        var columns: [TableColumn<WorkItem>] = [
            TableColumn(title: UIText.store(language), width: 16, alignment: .left, priority: 0) { .text($0.store.name) },
        ]
        if acrossMarkets {
            columns.append(TableColumn(title: UIText.market(language), width: 10, alignment: .left, priority: 2) { .text($0.marketName) })
        }
        columns.append(TableColumn(title: Localized("이유", "Why")(language), width: 20, alignment: .left, priority: 0, flexible: true,
                                   maximumWidth: 200) { item in
            .text(item.reasons.map { $0(language) }.joined(separator: ", "))
        })
        return columns
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let screen = state.worklist, let area = ScreenLayout(state).listArea(.worklist) else { return }
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.all(language), "\(WorkText.title(language)): \(screen.title)"],
                     right: UIText.asOf(screen.asOf)(language), state: state)
        guard !screen.items.isEmpty else {
            grid.put(" " + WorkText.nothingToDo(language), x: 0, y: area.titles, style: .muted)
            return
        }
        let table = TableView(columns: columns(state.options, acrossMarkets: screen.acrossMarkets), width: grid.width, options: state.options)
        table.drawHeader(into: &grid, y: area.titles)
        table.drawRows(count: screen.items.count, list: screen.list, into: &grid, top: area.list.top, height: area.list.height) {
            screen.items[$0]
        }
    }
}
