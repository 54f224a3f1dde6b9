import DangolKit
import TerminalText

/// The best-store ranking: every row shows its three figures and what each adds to the score.
enum AwardsView {
    static func columns(_ options: DisplayOptions, acrossMarkets: Bool) -> [TableColumn<AwardRanking.Entry>] {
        let language = options.language
        var columns: [TableColumn<AwardRanking.Entry>] = [
            TableColumn(title: AwardText.rank(language), width: 3, priority: 0) { .text(String($0.rank)) },
            TableColumn(title: UIText.store(language), width: 10, alignment: .left, priority: 0, flexible: true, maximumWidth: 20) {
                .text($0.store.name)
            },
        ]
        if acrossMarkets {
            // Across markets two stores can share a name and a tier: the market tells them apart.
            columns.append(TableColumn(title: UIText.market(language), width: 10, alignment: .left, priority: 0) { .text($0.marketName) })
        }
        columns += [
            TableColumn(title: AwardText.tier(language), width: 6, alignment: .left, priority: 1) { entry in
                entry.tier.map { .text($0, .heading) } ?? .text("")
            },
            TableColumn(title: UIText.friends(language), width: 6, priority: 2) { .text(NumberText.count($0.figures.friends)) },
            TableColumn(title: UIText.messages(language), width: 6, priority: 2) { .text(NumberText.count($0.figures.messagesSent)) },
            TableColumn(title: UIText.posts(language), width: 6, priority: 4) { .text(NumberText.count($0.figures.posts)) },
            TableColumn(title: AwardText.parts(language), width: 14, priority: 5) {
                .text("\($0.friendPoints)+\($0.messagePoints)+\($0.postPoints)", .muted)
            },
            TableColumn(title: AwardText.score(language), width: 6, priority: 0) { .text(NumberText.count($0.score), .heading) },
        ]
        return columns
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let screen = state.awards, let area = ScreenLayout(state).listArea(.awards) else { return }
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.all(language), "\(AwardText.title(language)): \(screen.title)"],
                     right: UIText.asOf(screen.asOf)(language), state: state)
        grid.put(" " + grid.measure.truncate(AwardText.rule(language), to: grid.width - 2, ellipsis: state.options.symbols.ellipsis),
                 x: 0, y: area.above.row(0), style: .muted)
        let table = TableView(columns: columns(state.options, acrossMarkets: screen.acrossMarkets), width: grid.width, options: state.options)
        table.drawHeader(into: &grid, y: area.titles)
        table.drawRows(count: screen.entries.count, list: screen.list, into: &grid, top: area.list.top, height: area.list.height) {
            screen.entries[$0]
        }
    }
}
