/// Filtering and sorting of list rows, shared by the overview and market screens.
enum RowOrdering {
    /// The indices of the rows `matches` keeps, sorted by `compare` (nil: natural order).
    /// Ties keep their natural order, so sorting is stable and deterministic.
    static func visible<Row>(
        _ rows: [Row], matches: (Row) -> Bool, compare: ((Row, Row) -> Bool?)?, ascending: Bool
    ) -> [Int] {
        let kept = rows.indices.filter { matches(rows[$0]) }
        guard let compare else { return kept }
        return kept.sorted { left, right in
            guard let inOrder = compare(rows[left], rows[right]) else { return left < right }
            return inOrder == ascending
        }
    }
}
