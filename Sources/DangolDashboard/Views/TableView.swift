import DangolKit
import TerminalText

/// What one cell of a table shows.
enum CellContent {
    case text(String, CellStyle = .plain)
    /// A participation bar, filled to a fraction of the column.
    case bar(Double)
}

/// A column of a table: a title, a width in terminal columns and what each row shows.
struct TableColumn<Row> {
    var title: String
    var width: Int
    var alignment: Alignment = .right
    /// 0 for columns that must always show; larger numbers are dropped first when space runs out.
    var priority: Int
    /// The one column that takes the width left over (its `width` is then the minimum)...
    var flexible = false
    /// ...up to this many columns, so wide terminals do not stretch names across the screen.
    var maximumWidth = 28
    /// The sort column this table column shows, for the ▲/▼ indicator.
    var sortKey: Int?
    var content: (Row) -> CellContent

    init(title: String, width: Int, alignment: Alignment = .right, priority: Int, flexible: Bool = false,
         maximumWidth: Int = 28, sortKey: Int? = nil, content: @escaping (Row) -> CellContent) {
        self.title = title
        self.width = width
        self.alignment = alignment
        self.priority = priority
        self.flexible = flexible
        self.maximumWidth = maximumWidth
        self.sortKey = sortKey
        self.content = content
    }
}

/// The columns a list can be sorted by: what the header calls each one, and the key `s` cycles through.
protocol SortColumn: RawRepresentable<Int> {
    var title: Localized { get }
}

extension TableColumn {
    /// A sortable column, titled and keyed by `column`.
    init(_ column: some SortColumn, language: Language, width: Int, alignment: Alignment = .right, priority: Int,
         flexible: Bool = false, content: @escaping (Row) -> CellContent) {
        self.init(title: column.title(language), width: width, alignment: alignment, priority: priority,
                  flexible: flexible, sortKey: column.rawValue, content: content)
    }
}

/// Lays rows out in columns that fit the screen: least important columns go first when narrow.
struct TableView<Row> {
    /// A column placed on screen.
    struct Placed {
        var column: TableColumn<Row>
        var x: Int
        var width: Int
    }

    let placed: [Placed]
    let options: DisplayOptions

    /// Where each column sits and how wide it is, flattened: what a remembered line of this table
    /// (its rows, its titles, its totals) must be drawn again for when it changes. Worked out
    /// once with the layout, as every memoised line of every frame asks for it.
    let columnPlaces: [Int]
    /// `options.symbols`, looked up once rather than for every cell.
    let symbols: Symbols
    /// The sort key of the column the list is sorted by, which the header marks with an arrow.
    let sortedBy: Int?
    let ascending: Bool

    /// Fits `columns` into `width` terminal columns, after a one-column cursor marker.
    init(columns: [TableColumn<Row>], width: Int, options: DisplayOptions, sortedBy: Int? = nil, ascending: Bool = true) {
        self.options = options
        symbols = options.symbols
        self.sortedBy = sortedBy
        self.ascending = ascending
        // A column is never narrower than its title, and the sorted one leaves room beside its
        // title for the arrow, so the arrow never covers a letter.
        let arrow = options.measure.columns(of: String(symbols.ascending))
        let columns = columns.map { column in
            var widened = column
            let sorted = sortedBy != nil && column.sortKey == sortedBy
            widened.width = max(column.width, options.measure.columns(of: column.title) + (sorted ? arrow : 0))
            return widened
        }
        var kept = Array(columns.indices)
        func needed(_ indices: [Int]) -> Int {
            1 + indices.reduce(0) { $0 + columns[$1].width } + max(0, indices.count - 1)
        }
        while needed(kept) > width, let drop = kept.filter({ columns[$0].priority > 0 }).max(by: { columns[$0].priority < columns[$1].priority }) {
            kept.removeAll { $0 == drop }
        }
        let spare = max(0, width - needed(kept))
        var x = 1
        var placed: [Placed] = []
        for index in kept {
            let column = columns[index]
            let columnWidth = column.flexible ? max(column.width, min(column.maximumWidth, column.width + spare)) : column.width
            placed.append(Placed(column: column, x: x, width: columnWidth))
            x += columnWidth + 1
        }
        self.placed = placed
        columnPlaces = placed.flatMap { [$0.x, $0.width] }
    }

    /// Draws the column titles on row `y`, with an arrow on the sorted column.
    func drawHeader(into grid: inout CellGrid, y: Int) {
        grid.fill(y: y, style: .heading)
        for place in placed {
            var title = place.column.title
            if let sortedBy, place.column.sortKey == sortedBy {
                let arrow = String(ascending ? symbols.ascending : symbols.descending)
                let room = place.width - grid.measure.columns(of: arrow)
                title = String(grid.measure.prefix(of: title, fitting: room)) + arrow
            }
            grid.put(title, x: place.x, y: y, fittedTo: place.width, alignment: place.column.alignment,
                     ellipsis: symbols.ellipsis, style: .heading)
        }
    }

    /// Draws one row on row `y`; the selected row is drawn reversed with the cursor marker.
    func drawRow(_ row: Row, into grid: inout CellGrid, y: Int, selected: Bool, style: CellStyle = .plain) {
        let rowStyle = selected ? CellStyle.cursor : style
        grid.fill(y: y, style: rowStyle)
        if selected { grid.put(String(symbols.cursor), x: 0, y: y, style: rowStyle) }
        for place in placed {
            switch place.column.content(row) {
            case .text(let text, let cellStyle):
                // A row drawn in a style of its own (a muted, non-eligible store) keeps it in every plain cell.
                let shown = selected ? rowStyle : (cellStyle == .plain ? style : cellStyle)
                grid.put(text, x: place.x, y: y, fittedTo: place.width, alignment: place.column.alignment,
                         ellipsis: symbols.ellipsis, style: shown)
            case .bar(let fraction):
                let bar = Glyphs.bar(fraction, width: place.width, symbols: symbols)
                grid.put(bar, x: place.x, y: y, style: selected ? rowStyle : (style == .plain ? CellStyle(color: .good) : style),
                         limit: place.x + place.width)
            }
        }
    }

    /// Draws the rows `list` has scrolled into view, from row `top`, at most `height` of them,
    /// the cursor's row selected. `row(i)` is the i-th row of the whole list; only the visible
    /// ones are asked for. - Returns: how many rows were drawn.
    @discardableResult
    func drawRows(count: Int, list: ListState, into grid: inout CellGrid, top: Int, height: Int,
                  row: (Int) -> Row, style: (Row) -> CellStyle = { _ in .plain }) -> Int {
        forEachShown(count: count, list: list, top: top, height: height, row: row, style: style) { item, y, selected, rowStyle in
            drawRow(item, into: &grid, y: y, selected: selected, style: rowStyle)
        }
    }

    /// Calls `body` with each entry the `height` rows from `top` show (from `list.offset`), its
    /// grid row, whether the cursor is on it, and its style. - Returns: how many it showed.
    fileprivate func forEachShown(count: Int, list: ListState, top: Int, height: Int, row: (Int) -> Row, style: (Row) -> CellStyle,
                                  _ body: (Row, Int, Bool, CellStyle) -> Void) -> Int {
        let shown = list.offset..<max(list.offset, min(count, list.offset + max(0, height)))
        for (line, index) in shown.enumerated() {
            let item = row(index)
            body(item, top + line, index == list.cursor, style(item))
        }
        return shown.count
    }

    /// Draws a rule across the table on row `y`.
    func drawRule(into grid: inout CellGrid, y: Int) {
        let width = grid.measure.columns(of: String(symbols.horizontalRule))
        grid.put(String(repeating: symbols.horizontalRule, count: max(0, (grid.width - 2) / width)), x: 1, y: y, style: .muted)
    }
}

extension TableView where Row: Equatable {
    /// What a row looks like besides its content, for a `RowMemo`.
    func memoLayout(width: Int) -> RowMemo<Row>.Layout {
        RowMemo.Layout(width: width, columns: columnPlaces, options: options)
    }

    /// `drawRows`, copying from `memo` every row last drawn the same at its place.
    @discardableResult
    func drawRows(count: Int, list: ListState, into grid: inout CellGrid, top: Int, height: Int, memo: inout RowMemo<Row>,
                  row: (Int) -> Row, style: (Row) -> CellStyle = { _ in .plain }) -> Int {
        memo.startFrame(memoLayout(width: grid.width))
        return forEachShown(count: count, list: list, top: top, height: height, row: row, style: style) { item, y, selected, rowStyle in
            memo.draw(item, selected: selected, style: rowStyle, into: &grid, y: y) { grid in
                drawRow(item, into: &grid, y: y, selected: selected, style: rowStyle)
            }
        }
    }
}
