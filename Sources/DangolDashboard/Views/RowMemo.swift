import Glibc

/// Table rows as they were last drawn, by place and by what they showed: a frame copies every
/// row that shows at its place what it last showed there, instead of drawing it again. After
/// another session's save, the overview draws only the rows whose figures changed (the
/// market's, its round's, the totals). A scrolled list draws its rows again, once, on the key
/// that scrolled it.
struct RowMemo<Row: Equatable> {
    /// What a drawn row looks like besides its content: the table's columns and the options.
    struct Layout: Equatable {
        var width: Int
        var columns: [Int]
        var options: DisplayOptions
    }

    private struct Drawn {
        var row: Row
        var selected: Bool
        var style: CellStyle
        var cells: [CellGrid.Cell]
    }

    private var layout: Layout?
    /// What each grid row last showed, by grid row: at most one screen of rows. A row the
    /// current frame does not draw keeps its entry, which still says exactly what it drew.
    private var drawn: [Drawn?] = []

    /// Starts a frame drawn with `layout`: rows remembered in another layout are dropped.
    mutating func startFrame(_ layout: Layout) {
        guard layout != self.layout else { return }
        self.layout = layout
        drawn = []
    }

    /// Row `y` of `grid` as it showed `row`: copied from the memo when it last drew the same
    /// there, else drawn by `draw` and remembered.
    mutating func draw(_ row: Row, selected: Bool, style: CellStyle, into grid: inout CellGrid, y: Int,
                       by draw: (inout CellGrid) -> Void) {
        guard y >= 0 else { return draw(&grid) }
        if drawn.count <= y { drawn.append(contentsOf: repeatElement(nil, count: y + 1 - drawn.count)) }
        if let last = drawn[y], last.selected == selected, last.style == style, last.row == row {
            grid.setRow(y, to: last.cells)
            return
        }
        draw(&grid)
        // A copy of the row, not a slice: a slice would keep the whole grid's cells, and the
        // next cell written would copy all of them.
        drawn[y] = Drawn(row: row, selected: selected, style: style, cells: Array(grid.row(y)))
    }
}

extension RowMemo {
    /// One line drawn from `key` alone (besides the grid's width, the options and the table
    /// columns it follows, if any), whole across the grid: copied when it was last drawn from
    /// the same key there in the same columns.
    mutating func drawLine(_ key: Row, y: Int, width: Int, columns: [Int] = [], options: DisplayOptions, into grid: inout CellGrid,
                           by draw: (inout CellGrid) -> Void) {
        startFrame(Layout(width: width, columns: columns, options: options))
        self.draw(key, selected: false, style: .plain, into: &grid, y: y, by: draw)
    }
}

/// What the renderer remembers from one frame to the next (`RowMemo`).
struct RenderMemo {
    var overview = OverviewView.Memo()
    var status = RowMemo<Frame.HintsKey>()
}

extension String {
    /// Whether both strings hold the same UTF-8 bytes: the test of whether a remembered line
    /// draws the same cells. One `memcmp`, where `utf8.elementsEqual` walked the bytes one by
    /// one and String's `==` would normalise Hangul first.
    func hasSameUTF8(as other: String) -> Bool {
        var mine = self
        var theirs = other
        return mine.withUTF8 { lhs in
            theirs.withUTF8 { rhs in
                lhs.count == rhs.count && (lhs.isEmpty || memcmp(lhs.baseAddress!, rhs.baseAddress!, lhs.count) == 0)
            }
        }
    }
}
