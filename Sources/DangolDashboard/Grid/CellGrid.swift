import TerminalText

/// A screen's worth of cells: what the views draw into and what a backend copies to a terminal.
///
/// A character two columns wide fills its cell and marks the next one as its continuation, so
/// columns in the grid are terminal columns and nothing ever overlaps half a syllable.
public struct CellGrid: Equatable, Sendable {
    /// One terminal column. `character` is nil for the right half of a wide character.
    public struct Cell: Equatable, Sendable {
        public var character: Character?
        public var style: CellStyle

        public static let blank = Cell(character: " ", style: .plain)
    }

    public let width: Int
    public let height: Int
    public let measure: TerminalWidth
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, measure: TerminalWidth = TerminalWidth()) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.measure = measure
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` of row `y`, stopping before column `limit` (default: the
    /// right edge). A wide character that would cross the limit is replaced by a space.
    /// - Returns: the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: CellStyle = .plain, limit: Int? = nil) -> Int {
        let end = min(limit ?? width, width)
        guard (0..<height).contains(y) else { return x }
        var column = x
        if TerminalWidth.isOneScalarPerCharacter(text) {
            for scalar in text.unicodeScalars {
                guard place(Character(scalar), columns: measure.columns(of: scalar), at: &column, y: y, end: end, style: style) else { break }
            }
        } else {
            for character in text {
                guard place(character, columns: measure.columns(of: character), at: &column, y: y, end: end, style: style) else { break }
            }
        }
        return column
    }

    /// Puts one character of `columns` columns at `column` and moves past it. - Returns: false
    /// when it would cross `end` (a space then fills what room is left, and `column` is `end`).
    private mutating func place(_ character: Character, columns: Int, at column: inout Int, y: Int, end: Int, style: CellStyle) -> Bool {
        guard columns > 0 else { return true }
        if column + columns > end {
            if column < end { set(x: column, y: y, Cell(character: " ", style: style)) }
            column = end
            return false
        }
        if column >= 0 {
            set(x: column, y: y, Cell(character: character, style: style), isWide: columns == 2)
            if columns == 2 { cells[y * width + column + 1] = Cell(character: nil, style: style) }
        }
        column += columns
        return true
    }

    /// The cells of row `y`.
    func row(_ y: Int) -> ArraySlice<Cell> {
        cells[(y * width)..<((y + 1) * width)]
    }

    /// Replaces row `y` with `row`, cells taken from another grid of this width.
    mutating func setRow(_ y: Int, to row: [Cell]) {
        guard (0..<height).contains(y), row.count == width else { return }
        cells.replaceSubrange((y * width)..<((y + 1) * width), with: row)
    }

    /// Paints `count` cells of row `y` from column `x` with spaces in `style`.
    public mutating func fill(x: Int = 0, y: Int, count: Int? = nil, style: CellStyle) {
        guard (0..<height).contains(y) else { return }
        let end = min(width, x + (count ?? width))
        for column in max(0, x)..<max(max(0, x), end) {
            set(x: column, y: y, Cell(character: " ", style: style))
        }
    }

    /// Row `y` as text (continuation cells omitted), for tests and plain-text export.
    public func text(ofRow y: Int) -> String {
        String((0..<width).compactMap { self[$0, y].character })
    }

    /// Every row as text, trailing spaces removed: the form view tests compare with literals.
    public var lines: [String] {
        (0..<height).map { row in
            String(text(ofRow: row).reversed().drop { $0 == " " }.reversed())
        }
    }

    /// Whether row `y` is the same in both grids (same size assumed).
    public func rowEquals(_ other: CellGrid, row y: Int) -> Bool {
        cells[(y * width)..<((y + 1) * width)] == other.cells[(y * width)..<((y + 1) * width)]
    }

    private mutating func set(x: Int, y: Int, _ cell: Cell, isWide: Bool = false) {
        guard (0..<width).contains(x) else { return }
        breakWideCharacter(at: x, y: y)
        if isWide { breakWideCharacter(at: x + 1, y: y) }
        cells[y * width + x] = cell
    }

    /// Blanks the other half of a wide character occupying column `x`, so no half is left torn.
    private mutating func breakWideCharacter(at x: Int, y: Int) {
        guard (0..<width).contains(x) else { return }
        let index = y * width + x
        if cells[index].character == nil, x > 0 {
            cells[index - 1].character = " "
        } else if x + 1 < width, cells[index + 1].character == nil {
            cells[index + 1].character = " "
        }
    }
}
