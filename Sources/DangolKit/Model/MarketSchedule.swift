/// When the tutors' programme runs in a market: a start date and a length in weeks.
public struct MarketSchedule: Codable, Hashable, Sendable {
    /// The programme's usual length: tutors spend about seven weeks in a market.
    public static let standardWeeks = 7

    public var starts: CalendarDate
    public var weeks: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case starts, weeks
    }

    public init(starts: CalendarDate, weeks: Int) {
        self.starts = starts
        self.weeks = weeks
    }

    /// The last day of the programme: the day before week `weeks + 1` begins.
    public var ends: CalendarDate {
        starts.adding(days: 7 * weeks - 1)
    }

    /// Whether the market's programme has begun by `day`: before that it counts for nothing.
    public func hasStarted(by day: CalendarDate) -> Bool {
        starts <= day
    }

    /// The programme week a date falls in: week N covers days [starts + 7(N-1), starts + 7N).
    ///
    /// Dates before the start are in week 0 or below; dates after the end continue counting
    /// (week 9 of an 8-week programme), which is how staying power after the tutors left is shown.
    public func week(of date: CalendarDate) -> Int {
        let days = date.days(since: starts)
        return days >= 0 ? days / 7 + 1 : -((-days - 1) / 7)
    }

    /// The first day of programme week `week`.
    public func firstDay(ofWeek week: Int) -> CalendarDate {
        starts.adding(days: 7 * (week - 1))
    }
}
