import DangolKit

/// The frame split into the rows each part is drawn in, worked out from the terminal's size
/// as ratatui's Layout splits a Rect: the header, the body and the status line, and within a
/// list screen's body its lines above the table, the column titles and the list. Views draw in
/// the rows they are given; the core pages by the same list heights.
struct ScreenLayout {
    /// A band of rows.
    struct Rows: Equatable {
        var top: Int
        var height: Int

        /// Row `index` of the band.
        func row(_ index: Int) -> Int {
            top + index
        }
    }

    /// A list screen's body: lines above the table, the column titles, then the list.
    struct ListArea: Equatable {
        var above: Rows
        var titles: Int
        var list: Rows
    }

    /// Row 0: the header bar.
    let header = 0
    /// Everything between the header and the status line.
    let body: Rows
    /// The last row: the status line.
    let status: Int

    init(_ state: DashboardState) {
        body = Rows(top: 1, height: max(1, state.height - 2))
        status = state.height - 1
        overviewEntries = state.overviewVisible.count
    }

    /// How many entries the overview lists, which decides whether its sparkline fits.
    private let overviewEntries: Int

    /// Rows the overview gives its weekly sparkline (a blank and the chart) when a list of its
    /// entries still fits beside it.
    var overviewChartRows: Int {
        body.height - 4 - 2 >= min(5, overviewEntries) ? 2 : 0
    }

    /// The list area of screen `kind`: the lines it writes above its table (a notice, figures,
    /// the filter or the query) and the rows it keeps under the list (the overview's totals and
    /// sparkline); nil for the screens that are not a table.
    func listArea(_ kind: ScreenKind) -> ListArea? {
        let above: Int
        var below = 0
        switch kind {
        case .overview:
            above = 1
            below = 2 + overviewChartRows
        case .market, .awards, .search: above = 2
        case .worklist: above = 1
        case .store, .help, .form: return nil
        }
        let titles = body.row(above)
        return ListArea(above: Rows(top: body.top, height: above), titles: titles,
                        list: Rows(top: titles + 1, height: max(1, body.height - above - 1 - below)))
    }

    /// The rows of the list or page that screen `kind` shows at `state`'s size.
    static func page(_ kind: ScreenKind, _ state: DashboardState) -> Int {
        let layout = ScreenLayout(state)
        switch kind {
        case .store, .help: return layout.body.height
        case .form: return 0
        default: return layout.listArea(kind)?.list.height ?? layout.body.height
        }
    }
}
