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
/// (week 1 of the pilot is in August 2022, week 1 of the round in November).
public enum ProgramWeeks {
    /// Each market counted up to the day `calendar` reads it as of.
    public static func weekly(_ digests: [MarketDigest], calendar: RoundCalendar) -> [WeekFigures] {
        let series = digests.map { $0.weekly(asOf: calendar.asOf(ofMarket: $0.id)) }
        let weeks = series.map(\.count).max() ?? 0
        guard weeks > 0, let lastDay = digests.map({ calendar.asOf(ofMarket: $0.id) }).max() else { return [] }
        return (1...weeks).map { week in
            var total = MarketFigures()
            for (digest, weeks) in zip(digests, series) {
                // A market whose programme is shorter so far keeps its latest figures.
                total = total + (weeks[safe: week - 1]?.figures ?? weeks.last?.figures ?? calendar.figures(of: digest))
            }
            return WeekFigures(week: week, on: lastDay, figures: total)
        }
    }
}

extension Array {
    /// The element at `index`, or nil when there is none.
    public subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
