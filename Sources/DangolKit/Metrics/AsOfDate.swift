/// Chooses the day figures are computed for.
///
/// An explicit date wins. Otherwise it is today, clamped to the latest date the data mentions,
/// so a finished programme (the 2022 sample) reads as it ended rather than as a year of
/// inactivity since.
public enum AsOfDate {
    public static func resolve(
        requested: CalendarDate?, today: CalendarDate, latestRecorded: CalendarDate?
    ) -> CalendarDate {
        if let requested { return requested }
        guard let latestRecorded else { return today }
        return min(today, latestRecorded)
    }

    /// `resolve` clamped to the latest date any of `digests` mentions.
    public static func resolve(requested: CalendarDate?, today: CalendarDate, digests: [MarketDigest]) -> CalendarDate {
        resolve(requested: requested, today: today, latestRecorded: digests.lazy.compactMap(\.latestRecordedDate).max())
    }
}
