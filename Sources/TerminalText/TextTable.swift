/// Rows of text laid out in columns measured in terminal columns, for plain-text output.
public struct TextTable: Sendable {
    public struct Column: Sendable {
        public var title: String
        public var alignment: Alignment

        public init(_ title: String, _ alignment: Alignment = .right) {
            self.title = title
            self.alignment = alignment
        }
    }

    public var columns: [Column]
    public var rows: [[String]] = []

    public init(columns: [Column]) {
        self.columns = columns
    }

    /// Appends a row: one cell per column.
    public mutating func append(_ row: [String]) {
        precondition(row.count == columns.count, "a row needs one cell per column")
        rows.append(row)
    }

    /// The title line and every row, each column as wide as its widest cell, two spaces apart,
    /// with no trailing spaces.
    public func lines(measuredBy width: TerminalWidth = TerminalWidth()) -> [String] {
        let all = [columns.map(\.title)] + rows
        let widths = columns.indices.map { column in all.map { width.columns(of: $0[column]) }.max() ?? 0 }
        return all.map { cells in
            let padded = cells.indices.map { column in
                width.fit(cells[column], to: widths[column], alignment: columns[column].alignment)
            }
            return String(padded.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
    }
}
