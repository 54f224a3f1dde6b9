import DangolKit

/// The overview's totals and each round's subtotal, kept by difference as rows change: a save
/// in one market costs a subtraction and an addition, not a sum over every row on every frame.
/// The widths of the markets' averages, which size the overview's columns, are kept the same way.
public struct OverviewTotals: Sendable, Equatable {
    /// Every market's figures together.
    public private(set) var all = MarketFigures()
    /// Each round's markets together, by index in the calendar's readings.
    public private(set) var rounds: [MarketFigures] = []
    /// The widths of every market's averages, and of each round's markets'.
    private(set) var allAverages = AverageWidths()
    private(set) var roundAverages: [AverageWidths] = []

    public init() {}

    /// The sums of `rows`, over `readings` rounds.
    init(_ rows: [OverviewRow], readings: Int) {
        rounds = Array(repeating: MarketFigures(), count: readings)
        roundAverages = Array(repeating: AverageWidths(), count: readings)
        for row in rows { add(row, sign: 1) }
    }

    /// The sums with `old` replaced by `new` (a market's row after a save).
    mutating func replace(_ old: OverviewRow, with new: OverviewRow) {
        add(old, sign: -1)
        add(new, sign: 1)
    }

    private mutating func add(_ row: OverviewRow, sign: Int) {
        all = all.adding(row.figures, sign: sign)
        allAverages.add(row.figures, sign: sign)
        if let reading = row.reading, rounds.indices.contains(reading) {
            rounds[reading] = rounds[reading].adding(row.figures, sign: sign)
            roundAverages[reading].add(row.figures, sign: sign)
        }
    }
}
