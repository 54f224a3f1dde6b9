import DangolKit

/// Channels opened by the end of each programme week over the overview's markets, for its
/// sparkline: `ProgramWeeks`, the programme's one weekly definition, kept as counts and
/// patched market by market when one changes.
public struct WeeklyOpenings: Sendable, Equatable {
    public private(set) var counts: [Int] = []

    init() {}

    init(_ rows: [OverviewRow], calendar: RoundCalendar) {
        counts = ProgramWeeks.weekly(rows.map(\.digest), calendar: calendar).map(\.figures.channelsOpened)
    }

    /// Puts `new`'s part in place of `old`'s, when the market keeps its number of weeks.
    /// - Returns: false when it does not (the counts are then worked out again from every market).
    mutating func replace(_ old: MarketDigest, with new: MarketDigest, calendar: RoundCalendar) -> Bool {
        let weeks = ProgramWeeks.weekCount(of: new, calendar: calendar)
        guard weeks == ProgramWeeks.weekCount(of: old, calendar: calendar), weeks <= counts.count else { return false }
        let before = ProgramWeeks.share(of: old, calendar: calendar, weeks: counts.count)
        let after = ProgramWeeks.share(of: new, calendar: calendar, weeks: counts.count)
        for week in counts.indices {
            counts[week] += after[week].channelsOpened - before[week].channelsOpened
        }
        return true
    }
}
