import Glibc
import TerminalText

/// A screen's worth of cells: what the views draw into and what a backend copies to a terminal.
///
/// A character two columns wide fills its cell and marks the next one as its continuation, so
/// columns in the grid are terminal columns and nothing ever overlaps half a syllable.
public struct CellGrid: Equatable, Sendable {
    /// One terminal column. `character` is nil for the right half of a wide character.
    ///
    /// The character is kept as a 32-bit code (a scalar's value, or a `GraphemeTable` entry
    /// for a character of several scalars) and the style as 32 bits of flags, so a cell is
    /// eight bytes with no reference and no padding: a frame's 2,000 cells are made, copied and
    /// compared as plain memory (`rowEquals` is one `memcmp`), without reference counting.
    public struct Cell: Equatable, Sendable {
        private var code: UInt32
        private var styleBits: UInt32

        /// The code of the right half of a wide character.
        private static let continuation = UInt32.max

        public init(character: Character?, style: CellStyle) {
            self.code = character.map(Cell.code(of:)) ?? Cell.continuation
            self.styleBits = style.bits
        }

        /// A cell of one scalar, the common case, which needs no look at character boundaries.
        init(scalar: Unicode.Scalar, style: CellStyle) {
            self.code = scalar.value
            self.styleBits = style.bits
        }

        public var style: CellStyle {
            get { CellStyle(bits: styleBits) }
            set { styleBits = newValue.bits }
        }

        public var character: Character? {
            get {
                if code == Cell.continuation { return nil }
                if code < GraphemeTable.firstCode { return Character(Unicode.Scalar(code)!) }
                return GraphemeTable.character(of: code)
            }
            set {
                code = newValue.map(Cell.code(of:)) ?? Cell.continuation
            }
        }

        /// Calls `body` with the value of each scalar of the cell's character, none for the
        /// right half of a wide one: what a backend writes, without making a `Character`.
        public func forEachScalarValue(_ body: (UInt32) -> Void) {
            if code == Cell.continuation { return }
            if code < GraphemeTable.firstCode { return body(code) }
            GraphemeTable.character(of: code).unicodeScalars.forEach { body($0.value) }
        }

        /// Whether this is the right half of a wide character.
        var isContinuation: Bool {
            code == Cell.continuation
        }

        private static func code(of character: Character) -> UInt32 {
            let scalars = character.unicodeScalars
            if let only = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return only.value }
            return GraphemeTable.code(of: character)
        }

        public static let blank = Cell(scalar: " ", style: .plain)
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
                guard place(Cell(scalar: scalar, style: style), columns: measure.columns(of: scalar), at: &column, y: y, end: end)
                else { break }
            }
        } else {
            for character in text {
                guard place(Cell(character: character, style: style), columns: measure.columns(of: character), at: &column, y: y, end: end)
                else { break }
            }
        }
        return column
    }

    /// Writes `text` fitted to the `width` columns from `x` of row `y`, as
    /// `put(measure.fit(text, to: width, …), limit: x + width)` would: cut with `ellipsis`
    /// when too wide, else padded on the side `alignment` leaves free.
    ///
    /// Text that fits, nearly every table cell, goes straight into the cells: building the
    /// padded string first was most of what redrawing an overview row cost.
    public mutating func put(_ text: String, x: Int, y: Int, fittedTo width: Int, alignment: Alignment,
                             ellipsis: String, style: CellStyle) {
        let columns = measure.columns(of: text)
        guard columns <= width else {
            put(measure.fit(text, to: width, alignment: alignment, ellipsis: ellipsis), x: x, y: y, style: style, limit: x + width)
            return
        }
        let padding = width - columns
        switch alignment {
        case .left:
            put(text, x: x, y: y, style: style, limit: x + width)
            fill(x: x + columns, y: y, count: padding, style: style)
        case .right:
            fill(x: x, y: y, count: padding, style: style)
            put(text, x: x + padding, y: y, style: style, limit: x + width)
        }
    }

    /// Puts `cell`, a character of `columns` columns, at `column` and moves past it.
    /// - Returns: false when it would cross `end` (a space then fills what room is left, and
    ///   `column` is `end`).
    private mutating func place(_ cell: Cell, columns: Int, at column: inout Int, y: Int, end: Int) -> Bool {
        guard columns > 0 else { return true }
        if column + columns > end {
            if column < end { set(x: column, y: y, Cell(scalar: " ", style: cell.style)) }
            column = end
            return false
        }
        if column >= 0 {
            set(x: column, y: y, cell, isWide: columns == 2)
            if columns == 2 { cells[y * width + column + 1] = Cell(character: nil, style: cell.style) }
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
            set(x: column, y: y, Cell(scalar: " ", style: style))
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

    /// Whether row `y` is the same in both grids (same size assumed), compared as bytes: a
    /// cell is two 32-bit values, so equal bytes are equal cells.
    public func rowEquals(_ other: CellGrid, row y: Int) -> Bool {
        let start = y * width
        guard width > 0, start + width <= cells.count, start + width <= other.cells.count else { return width == 0 }
        return cells.withUnsafeBufferPointer { mine in
            other.cells.withUnsafeBufferPointer { theirs in
                memcmp(mine.baseAddress! + start, theirs.baseAddress! + start, width * MemoryLayout<Cell>.stride) == 0
            }
        }
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
        if cells[index].isContinuation, x > 0 {
            cells[index - 1].character = " "
        } else if x + 1 < width, cells[index + 1].isContinuation {
            cells[index + 1].character = " "
        }
    }
}
