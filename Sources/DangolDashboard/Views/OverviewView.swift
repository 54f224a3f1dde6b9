import DangolKit
import TerminalText

/// The programme overview: one row per market, the totals, and weekly channel openings.
enum OverviewView {
    /// A row of the market table: a market, or the totals.
    struct Line: Equatable {
        var name: String
        var region: String
        var figures: MarketFigures
        /// A round's name or the totals' label, written across the name and region columns.
        var label: String?

        /// The same text byte for byte and the same figures: what draws the same cells.
        /// (String's own `==` normalises Hangul first, which the memo need not pay for.)
        static func == (lhs: Line, rhs: Line) -> Bool {
            lhs.figures == rhs.figures && lhs.name.hasSameUTF8(as: rhs.name) && lhs.region.hasSameUTF8(as: rhs.region)
                && (lhs.label.map { rhs.label?.hasSameUTF8(as: $0) ?? false } ?? (rhs.label == nil))
        }
    }

    /// The overview's columns, each figure column as wide as the widest figure it shows
    /// (`widest`), so a figure is never cut: a column that does not fit is dropped instead.
    static func columns(_ options: DisplayOptions, widest: FigureWidths = FigureWidths()) -> [TableColumn<Line>] {
        let language = options.language
        typealias Column = OverviewRow.Column
        return [
            TableColumn(Column.name, language: language, width: 10, alignment: .left, priority: 0, flexible: true) {
                .text($0.name)
            },
            TableColumn(Column.region, language: language, width: 4, alignment: .left, priority: 7) {
                .text($0.region)
            },
            TableColumn(Column.eligible, language: language, width: max(5, widest.eligible), priority: 5) {
                .text(NumberText.count($0.figures.eligibleStores))
            },
            TableColumn(Column.opened, language: language, width: max(5, widest.opened), priority: 3) {
                .text(NumberText.count($0.figures.channelsOpened))
            },
            TableColumn(title: "", width: 8, alignment: .left, priority: 9) { .bar($0.figures.participationRate) },
            TableColumn(Column.participation, language: language, width: 6, priority: 0) {
                .text(NumberText.percent($0.figures.participationRate))
            },
            TableColumn(Column.friends, language: language, width: max(7, widest.friends), priority: 1) {
                .text(NumberText.count($0.figures.friends))
            },
            TableColumn(Column.averageFriends, language: language, width: max(5, widest.averageFriends), priority: 4) {
                .text(NumberText.decimal($0.figures.averageFriends))
            },
            TableColumn(Column.messages, language: language, width: max(6, widest.messages), priority: 2) {
                .text(NumberText.count($0.figures.messagesSent))
            },
            TableColumn(Column.averageMessages, language: language, width: max(4, widest.averageMessages), priority: 8) {
                .text(NumberText.decimal($0.figures.averageMessages))
            },
            TableColumn(Column.active, language: language, width: max(5, widest.active), priority: 6) {
                .text(NumberText.count($0.figures.activeStores))
            },
            TableColumn(Column.activeRate, language: language, width: 6, priority: 10) {
                .text(NumberText.percent($0.figures.activeRate))
            },
        ]
    }

    /// How wide the figures of the overview's lines are, in terminal columns.
    struct FigureWidths: Equatable {
        var eligible = 0, opened = 0, friends = 0, averageFriends = 0, messages = 0, averageMessages = 0, active = 0

        /// The widest of each figure among `state`'s overview lines. A sum is widest on the totals
        /// line, which no market or round exceeds; an average can be widest on any market's, so
        /// their widths are counted as rows change (`AverageWidths`).
        init(_ state: DashboardState) {
            let totals = state.totals
            eligible = NumberText.count(totals.eligibleStores).count
            opened = NumberText.count(totals.channelsOpened).count
            friends = NumberText.count(totals.friends).count
            messages = NumberText.count(totals.messagesSent).count
            active = NumberText.count(totals.activeStores).count
            let averages = state.overviewAverageWidths
            averageFriends = averages.widestFriends
            averageMessages = averages.widestMessages
        }

        init() {}
    }

    /// What the overview remembers from one frame to the next: each of its lines, keyed by
    /// what it is drawn from.
    struct Memo {
        var rows = RowMemo<Line>()
        var header = RowMemo<Frame.HeaderLine>()
        var titles = RowMemo<[Int?]>()
        var rule = RowMemo<Bool>()
        var totals = RowMemo<Line>()
        var chart = RowMemo<[Int]>()
        /// The table's columns as last laid out, and what they were laid out for.
        var table: (key: TableKey, view: TableView<Line>)?

        /// What the columns' layout depends on.
        struct TableKey: Equatable {
            var width: Int
            var options: DisplayOptions
            var sortColumn: Int?
            var ascending: Bool
            var widest: FigureWidths
        }

        /// The table laid out for `key`, laid out anew only when `key` changed.
        mutating func table(for key: TableKey) -> TableView<Line> {
            if let table, table.key == key { return table.view }
            let view = TableView(columns: OverviewView.columns(key.options, widest: key.widest), width: key.width, options: key.options,
                                 sortedBy: key.sortColumn, ascending: key.ascending)
            table = (key, view)
            return view
        }
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid, memo: inout Memo) {
        let layout = ScreenLayout(state)
        guard let area = layout.listArea(.overview) else { return }
        let noticeRow = area.above.row(0)
        let options = state.options
        let language = options.language
        Frame.header(into: &grid, crumbs: [state.programName, state.narrowedRound.map { RoundText.name(of: $0)(language) } ?? UIText.all(language)],
                     right: UIText.asOf(state.overviewCalendar.commonAsOf)(language), state: state, memo: &memo.header)
        if state.isEditingFilter || !state.overview.filter.isEmpty {
            Frame.filterLine(into: &grid, y: noticeRow, filter: state.overview.filter, editing: state.isEditingFilter,
                             shown: state.overviewVisible.count { state.overviewRow($0) != nil }, total: state.overviewMarkets.count,
                             options: options)
        } else if !state.problems.isEmpty {
            grid.put(" \(UIText.unreadable(language)): \(state.problems.count)  (dangol check)", x: 0, y: noticeRow, style: .warning)
        } else if state.overviewCalendar.commonAsOf == nil {
            let days = latestFirst(state.overviewCalendar.readings).map { RoundText.dated($0)(language) }.joined(separator: ", ")
            grid.put(" " + grid.measure.truncate("\(UIText.asOf(language)) \(days)", to: grid.width - 2, ellipsis: options.symbols.ellipsis),
                     x: 0, y: noticeRow, style: .muted)
        }
        if state.showCharts {
            let markets = state.overviewVisible.compactMap { state.overviewRow($0)?.digest }
            ChartsView.draw(ProgramWeeks.weekly(markets, calendar: state.calendar), state: state, into: &grid,
                            top: area.titles, bottom: layout.status)
            return
        }
        let table = memo.table(for: Memo.TableKey(width: grid.width, options: options, sortColumn: state.overview.sortColumn,
                                                  ascending: state.overview.ascending, widest: FigureWidths(state)))
        let sort = [state.overview.sortColumn, state.overview.ascending ? 1 : 0]
        memo.titles.drawLine(sort, y: area.titles, width: grid.width, columns: table.columnPlaces, options: options, into: &grid) { grid in
            table.drawHeader(into: &grid, y: area.titles)
        }
        let shown = table.drawRows(count: state.overviewVisible.count, list: state.overview, into: &grid, top: area.list.top,
                                   height: area.list.height, memo: &memo.rows, row: { line(state.overviewVisible[$0], state: state) },
                                   style: { $0.label == nil ? .plain : .heading })
        for offset in 0..<shown {
            let index = state.overview.offset + offset
            guard case .round(let round) = state.overviewVisible[index] else { continue }
            drawLabel(roundLabel(round, state: state), table: table, into: &grid, y: area.list.row(offset),
                      style: index == state.overview.cursor ? .cursor : .heading)
        }
        let ruleY = area.list.row(shown)
        memo.rule.drawLine(true, y: ruleY, width: grid.width, columns: table.columnPlaces, options: options, into: &grid) { grid in
            table.drawRule(into: &grid, y: ruleY)
        }
        let totals = Line(name: "", region: "", figures: state.totals, label: UIText.total(markets: state.overviewMarkets.count)(language))
        memo.totals.drawLine(totals, y: ruleY + 1, width: grid.width, columns: table.columnPlaces, options: options, into: &grid) { grid in
            table.drawRow(totals, into: &grid, y: ruleY + 1, selected: false, style: .heading)
            drawLabel(totals.label!, table: table, into: &grid, y: ruleY + 1, style: .heading)
        }
        if layout.overviewChartRows > 0 {
            let y = ruleY + 3
            memo.chart.drawLine(state.overviewWeeklyOpenings.counts, y: y, width: grid.width, options: options, into: &grid) { grid in
                drawWeeklyChart(state, into: &grid, y: y)
            }
        }
    }

    /// The rounds in the order the line of their days names them: those running first, then the
    /// others latest first, so the day a tutor works on survives when the line is cut.
    static func latestFirst(_ readings: [RoundCalendar.Reading]) -> [RoundCalendar.Reading] {
        readings.filter(\.isRunning) + readings.filter { !$0.isRunning }.reversed()
    }

    /// The table line of a list entry: a market, or a round's heading with its subtotal.
    private static func line(_ entry: OverviewEntry, state: DashboardState) -> Line {
        switch entry {
        case .market(let index):
            let row = state.overviewRows[index]
            return Line(name: row.name, region: row.region, figures: row.figures)
        case .round(let index):
            let subtotal = state.overviewSums.rounds[index]
            return Line(name: "", region: "", figures: subtotal, label: roundLabel(index, state: state))
        }
    }

    /// The heading of the round at `index` in the calendar's readings.
    private static func roundLabel(_ index: Int, state: DashboardState) -> String {
        RoundText.name(of: state.calendar.readings[index])(state.options.language)
    }

    /// Writes `label` across the name and region columns of row `y`, which are empty there.
    private static func drawLabel(_ label: String, table: TableView<Line>, into grid: inout CellGrid, y: Int, style: CellStyle) {
        let labelColumns = table.placed.filter { $0.column.sortKey == OverviewRow.Column.name.rawValue || $0.column.sortKey == OverviewRow.Column.region.rawValue }
        guard let first = labelColumns.first, let last = labelColumns.last else { return }
        grid.put(grid.measure.truncate(label, to: last.x + last.width - first.x, ellipsis: table.symbols.ellipsis),
                 x: first.x, y: y, style: style, limit: last.x + last.width)
    }

    private static func drawWeeklyChart(_ state: DashboardState, into grid: inout CellGrid, y: Int) {
        let values = state.overviewWeeklyOpenings.counts
        guard let first = values.first, let last = values.last else { return }
        let language = state.options.language
        let symbols = state.options.symbols
        var x = grid.put(" \(UIText.weeklyOpenings(language))  ", x: 0, y: y, style: .heading)
        x = grid.put(Glyphs.sparkline(values, symbols: symbols), x: x, y: y, style: CellStyle(color: .good))
        let range = "  \(UIText.weekLabel(1)(language)) \(NumberText.count(first)) \(symbols.arrow) "
            + "\(UIText.weekLabel(values.count)(language)) \(NumberText.count(last))"
        grid.put(range, x: x, y: y)
    }
}
