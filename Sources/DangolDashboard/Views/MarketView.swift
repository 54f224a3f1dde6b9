import DangolKit
import TerminalText

/// A market's screen: its figures on top, then its stores, sortable and filterable.
enum MarketView {
    static func columns(_ options: DisplayOptions) -> [TableColumn<StoreRow>] {
        let language = options.language
        typealias Column = StoreRow.Column
        let none = options.symbols.none
        return [
            TableColumn(Column.name, language: language, width: 10, alignment: .left, priority: 0, flexible: true) {
                .text($0.store.name)
            },
            TableColumn(Column.category, language: language, width: 6, alignment: .left, priority: 5) {
                .text($0.store.category ?? "")
            },
            TableColumn(Column.channel, language: language, width: 10, alignment: .left, priority: 1) { row in
                guard row.store.eligible else { return .text(UIText.notEligibleShort(language), .muted) }
                return row.store.channelOpenedOn.map { .text($0.description) } ?? .text(UIText.notOpened(language), .warning)
            },
            TableColumn(Column.friends, language: language, width: 6, priority: 2) {
                .text(NumberText.count($0.figures.friends))
            },
            TableColumn(Column.messages, language: language, width: 6, priority: 3) {
                .text(NumberText.count($0.figures.messagesSent))
            },
            TableColumn(Column.posts, language: language, width: 6, priority: 6) {
                .text(NumberText.count($0.figures.posts))
            },
            TableColumn(Column.lastActivity, language: language, width: 10, alignment: .left, priority: 4) {
                .text($0.figures.lastActivity?.description ?? none)
            },
            TableColumn(Column.tutor, language: language, width: 6, alignment: .left, priority: 7) {
                .text($0.store.tutor ?? "")
            },
        ]
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        let layout = ScreenLayout(state)
        guard let screen = state.market, let area = layout.listArea(.market) else { return }
        let options = state.options
        let language = options.language
        let market = screen.market
        let place = [market.region, market.district].compactMap { $0 }.joined(separator: " ")
        let week = market.schedule.map { UIText.week($0.week(of: screen.asOf), of: $0.weeks)(language) }
        Frame.header(into: &grid, crumbs: [UIText.all(language), "\(market.name) (\(place))"],
                     right: week ?? UIText.asOf(screen.asOf)(language), state: state)
        drawFigures(screen.figures, into: &grid, y: area.above.row(0), options: options)
        Frame.filterLine(into: &grid, y: area.above.row(1), filter: screen.list.filter, editing: state.isEditingFilter,
                         shown: screen.visible.count, total: screen.rows.count, options: options)
        if screen.showCharts {
            ChartsView.draw(screen.weeks, state: state, into: &grid, top: area.titles, bottom: layout.status)
            return
        }
        let table = TableView(columns: columns(options), width: grid.width, options: options,
                              sortedBy: screen.list.sortColumn, ascending: screen.list.ascending)
        table.drawHeader(into: &grid, y: area.titles)
        table.drawRows(count: screen.visible.count, list: screen.list, into: &grid, top: area.list.top, height: area.list.height,
                       row: { screen.rows[screen.visible[$0]] }, style: { $0.store.eligible ? .plain : .muted })
    }

    /// `개설 62/70 ████▋ 88.6%  친구 4,040 (평균 65.2)  메시지 361  활성 9`, as much as fits.
    private static func drawFigures(_ figures: MarketFigures, into grid: inout CellGrid, y: Int, options: DisplayOptions) {
        let language = options.language
        let barStart = grid.put(" \(UIText.opened(language)) \(figures.channelsOpened)/\(figures.eligibleStores) ", x: 0, y: y, style: .heading)
        let barWidth = 10
        grid.put(Glyphs.bar(figures.participationRate, width: barWidth, symbols: options.symbols), x: barStart, y: y,
                 style: CellStyle(color: .good), limit: barStart + barWidth)
        var x = barStart + barWidth
        let rest = [
            NumberText.percent(figures.participationRate),
            "\(UIText.friends(language)) \(NumberText.count(figures.friends)) (\(UIText.average(language)) \(NumberText.decimal(figures.averageFriends)))",
            "\(UIText.messages(language)) \(NumberText.count(figures.messagesSent))",
            "\(UIText.active(language)) \(NumberText.count(figures.activeStores))",
        ]
        for item in rest {
            let text = " " + item + " "
            guard x + grid.measure.columns(of: text) <= grid.width else { break }
            x = grid.put(text, x: x, y: y)
        }
    }
}
