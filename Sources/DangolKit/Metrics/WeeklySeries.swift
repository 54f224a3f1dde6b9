/// The figures at the end of each programme week, from week 1 to the week of the as-of day,
/// so the weeks after the tutors left are part of the picture.
public struct WeekFigures: Hashable, Sendable {
    /// Programme week N covers days [start + 7(N-1), start + 7N).
    public var week: Int
    /// The day the figures are taken: the week's last day, or the as-of day within its week.
    public var on: CalendarDate
    public var figures: MarketFigures
}

extension MarketDigest {
    /// Week-by-week figures (cumulative, as every figure is), empty without a schedule.
    public func weekly(asOf: CalendarDate) -> [WeekFigures] {
        guard let schedule else { return [] }
        let lastWeek = schedule.week(of: asOf)
        guard lastWeek >= 1 else { return [] }
        return (1...lastWeek).map { week in
            let day = min(schedule.firstDay(ofWeek: week).adding(days: 6), asOf)
            return WeekFigures(week: week, on: day, figures: figures(asOf: day))
        }
    }
}

/// Week-by-week figures of several markets together, each market counted by its own weeks
/// (week 1 of the pilot is in August 2022, week 1 of the round in November). The one definition
/// of the programme's weeks: the overview's charts and its weekly sparkline both read it.
public enum ProgramWeeks {
    /// Each market counted up to the day `calendar` reads it as of.
    public static func weekly(_ digests: [MarketDigest], calendar: RoundCalendar) -> [WeekFigures] {
        let weeks = digests.map { weekCount(of: $0, calendar: calendar) }.max() ?? 0
        guard weeks > 0, let lastDay = digests.map({ calendar.asOf(ofMarket: $0.id) }).max() else { return [] }
        var totals = [MarketFigures](repeating: MarketFigures(), count: weeks)
        for digest in digests {
            for (index, figures) in share(of: digest, calendar: calendar, weeks: weeks).enumerated() {
                totals[index] = totals[index] + figures
            }
        }
        return totals.enumerated().map { WeekFigures(week: $0.offset + 1, on: lastDay, figures: $0.element) }
    }

    /// How many programme weeks market `digest` has up to its as-of day.
    public static func weekCount(of digest: MarketDigest, calendar: RoundCalendar) -> Int {
        digest.schedule.map { max(0, $0.week(of: calendar.asOf(ofMarket: digest.id))) } ?? 0
    }

    /// Market `digest`'s part in each of the first `weeks` weeks of the total: its figures at
    /// the end of each of its own weeks, and past its as-of week (or without a schedule) its
    /// figures on its as-of day.
    public static func share(of digest: MarketDigest, calendar: RoundCalendar, weeks: Int) -> [MarketFigures] {
        let series = digest.weekly(asOf: calendar.asOf(ofMarket: digest.id))
        let latest = series.last?.figures ?? calendar.figures(of: digest)
        return (0..<weeks).map { series[safe: $0]?.figures ?? latest }
    }
}

extension Array {
    /// The element at `index`, or nil when there is none. Inlinable, so other modules do not
    /// look up generic metadata per call (it showed in profiles of the overview's refresh).
    @inlinable
    public subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}
