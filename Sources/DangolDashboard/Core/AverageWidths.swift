import DangolKit
import TerminalText

/// How many of the overview's markets show each width of average friends and messages, so the
/// widest is known without a scan of every market on every frame: a save changes one market's
/// count by one, in or out (`OverviewTotals`). Widths are of `NumberText.decimal`, as drawn.
public struct AverageWidths: Sendable, Equatable {
    /// Markets by the width of their average friends, and of their average messages; index: width.
    private var friends: [Int] = []
    private var messages: [Int] = []

    /// The widest average friends of the markets counted, in columns (that of 0.0 for none).
    public var widestFriends: Int {
        AverageWidths.widest(friends)
    }

    /// The widest average messages of the markets counted.
    public var widestMessages: Int {
        AverageWidths.widest(messages)
    }

    /// Counts `figures`' averages in (`sign` 1) or out (-1).
    mutating func add(_ figures: MarketFigures, sign: Int) {
        AverageWidths.add(NumberText.decimal(figures.averageFriends).count, sign: sign, to: &friends)
        AverageWidths.add(NumberText.decimal(figures.averageMessages).count, sign: sign, to: &messages)
    }

    private static func add(_ width: Int, sign: Int, to counts: inout [Int]) {
        if counts.count <= width { counts += Array(repeating: 0, count: width + 1 - counts.count) }
        counts[width] += sign
        // No trailing zeros, so equal counts compare equal however they were reached.
        while counts.last == 0 { counts.removeLast() }
    }

    private static func widest(_ counts: [Int]) -> Int {
        counts.lastIndex { $0 > 0 } ?? NumberText.decimal(0).count
    }
}
