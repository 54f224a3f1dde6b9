import DangolKit
import TerminalText

/// Weekly charts in place of a screen's table: cumulative channels, friends and messages, and
/// the share of opened channels still active, one line each, then a week-by-week table.
enum ChartsView {
    /// Draws from row `top` down to (not including) row `bottom`.
    static func draw(_ weeks: [WeekFigures], state: DashboardState, into grid: inout CellGrid, top: Int, bottom: Int) {
        let language = state.options.language
        let symbols = state.options.symbols
        guard !weeks.isEmpty else { return }
        grid.put(" " + AwardText.charts(language), x: 0, y: top, style: .heading)
        let labelWidth = 12
        // As many weeks as the width allows, the latest ones.
        let room = max(1, grid.width - labelWidth - 24)
        let shown = Array(weeks.suffix(room))
        let series: [(Localized, [Int], (Int) -> String)] = [
            (AwardText.opened, shown.map(\.figures.channelsOpened), NumberText.count),
            (AwardText.friends, shown.map(\.figures.friends), NumberText.count),
            (AwardText.messages, shown.map(\.figures.messagesSent), NumberText.count),
            (AwardText.staying, shown.map { Int(($0.figures.activeRate * 1000).rounded()) }, { NumberText.decimal(Double($0) / 10) + "%" }),
        ]
        for (offset, (label, values, format)) in series.enumerated() where top + 1 + offset < bottom {
            let y = top + 1 + offset
            var x = grid.put(" " + grid.measure.fit(label(language), to: labelWidth - 1), x: 0, y: y)
            x = grid.put(Glyphs.sparkline(values, symbols: symbols), x: x, y: y, style: CellStyle(color: .good))
            grid.put("  \(format(values.first ?? 0)) \(symbols.arrow) \(format(values.last ?? 0))", x: x, y: y)
        }
        let range = " \(UIText.weekLabel(shown.first!.week)(language)) \(symbols.arrow) \(UIText.weekLabel(shown.last!.week)(language))"
        if top + 5 < bottom { grid.put(String(repeating: " ", count: labelWidth) + range.dropFirst(), x: 0, y: top + 5, style: .muted) }
        drawTable(weeks, state: state, into: &grid, top: top + 7, bottom: bottom)
    }

    /// The weeks as rows, the latest that fit.
    private static func drawTable(_ weeks: [WeekFigures], state: DashboardState, into grid: inout CellGrid, top: Int, bottom: Int) {
        guard bottom - top >= 3 else { return }
        let language = state.options.language
        let columns: [TableColumn<WeekFigures>] = [
            TableColumn(title: AwardText.week(language), width: 3, priority: 0) { .text(String($0.week)) },
            TableColumn(title: UIText.opened(language), width: 5, priority: 0) { .text(NumberText.count($0.figures.channelsOpened)) },
            TableColumn(title: UIText.friends(language), width: 7, priority: 0) { .text(NumberText.count($0.figures.friends)) },
            TableColumn(title: UIText.messages(language), width: 6, priority: 1) { .text(NumberText.count($0.figures.messagesSent)) },
            TableColumn(title: AwardText.staying(language), width: 8, priority: 2) { .text(NumberText.percent($0.figures.activeRate)) },
        ]
        let table = TableView(columns: columns, width: min(grid.width, 48), options: state.options)
        table.drawHeader(into: &grid, y: top)
        for (offset, week) in weeks.suffix(bottom - top - 1).enumerated() {
            table.drawRow(week, into: &grid, y: top + 1 + offset, selected: false)
        }
    }
}
