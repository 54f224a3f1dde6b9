import DangolKit

/// How the frame's rows are shared out at the terminal's size: the rows each screen's list or
/// page gets, the one place both the core (for paging and keeping the cursor in view) and the
/// views (for drawing) take them from.
enum PageLayout {
    /// The overview's header, notice line, column titles, rule, totals and status line.
    static let overviewFixedRows = 6
    /// The market screen's header, figures, filter line, column titles and status line.
    static let marketFixedRows = 5

    /// Rows given to the overview's weekly sparkline (a blank and the chart) when a list of
    /// `entries` rows still fits beside it.
    static func overviewChartRows(height: Int, entries: Int) -> Int {
        height - overviewFixedRows - 2 >= min(5, entries) ? 2 : 0
    }

    /// The rows of the list or page that screen `kind` shows at `state`'s size.
    static func page(_ kind: ScreenKind, _ state: DashboardState) -> Int {
        let height = state.height
        switch kind {
        case .overview:
            return max(1, height - overviewFixedRows - overviewChartRows(height: height, entries: state.overviewVisible.count))
        case .market: return max(1, height - marketFixedRows)
        case .worklist: return max(1, height - 4)
        case .awards, .search: return max(1, height - 5)
        case .store, .help: return max(1, height - 2)
        case .form: return 0
        }
    }
}
