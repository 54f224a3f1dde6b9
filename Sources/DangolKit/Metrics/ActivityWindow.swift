/// The programme's definition of an *active* channel: a message or post within the 30 days up to as-of.
public enum ActivityWindow {
    /// How many days, counting the as-of day itself, a message or post keeps a store active.
    public static let days = 30

    /// Whether activity on `activity` makes a store active on `asOf`.
    public static func covers(_ activity: CalendarDate, asOf: CalendarDate) -> Bool {
        activity <= asOf && asOf.days(since: activity) < days
    }
}
