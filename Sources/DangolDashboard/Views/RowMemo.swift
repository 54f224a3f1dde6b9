/// Table rows as the last frame drew them, by what they showed: the next frame copies every
/// row that shows the same instead of drawing it again. After another session's save, the
/// overview draws only the rows whose figures changed (the market's, its round's, the totals).
struct RowMemo<Row: Hashable> {
    /// What a drawn row looks like besides its content: the table's columns and the options.
    struct Layout: Equatable {
        var width: Int
        var columns: [Int]
        var options: DisplayOptions
    }

    private struct Key: Hashable {
        var row: Row
        var selected: Bool
        var style: CellStyle
    }

    private var layout: Layout?
    private var previous: [Key: [CellGrid.Cell]] = [:]
    private var current: [Key: [CellGrid.Cell]] = [:]

    /// Starts a frame drawn with `layout`: the rows of the frame before are kept, the rows of
    /// frames before that dropped, so the memo holds at most two screens of rows.
    mutating func startFrame(_ layout: Layout) {
        if layout != self.layout {
            self.layout = layout
            previous = [:]
        } else {
            previous = current
        }
        current = [:]
    }

    /// Row `y` of `grid` as it showed `row`: copied from the memo when an earlier frame drew
    /// the same, else drawn by `draw` and remembered.
    mutating func draw(_ row: Row, selected: Bool, style: CellStyle, into grid: inout CellGrid, y: Int,
                       by draw: (inout CellGrid) -> Void) {
        let key = Key(row: row, selected: selected, style: style)
        if let cells = current[key] ?? previous[key] {
            grid.setRow(y, to: cells)
        } else {
            draw(&grid)
        }
        // A copy of the row, not a slice: a slice would keep the whole grid's cells, and the
        // next cell written would copy all of them.
        current[key] = Array(grid.row(y))
    }
}

/// What the renderer remembers from one frame to the next (`RowMemo`).
struct RenderMemo {
    var overview = RowMemo<OverviewView.Line>()
}
