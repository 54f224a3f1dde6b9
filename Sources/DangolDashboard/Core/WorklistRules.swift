import DangolKit

/// One store that needs a tutor's visit, and why.
public struct WorkItem: Sendable {
    public let marketID: String
    public let marketName: String
    public let store: Store
    public let reasons: [Localized]
}

/// The day's worklist rules, in one table: each looks at one eligible store on a day and says
/// why it needs attention, or nothing.
enum WorklistRules {
    /// A friend reading older than this many days is due again.
    static let readingDays = 7
    /// No message or post for this many days means the channel is going quiet.
    static let activityDays = 14

    static let rules: [@Sendable (Store, CalendarDate) -> Localized?] = [
        { store, day in
            store.channelOpenedOn.map { $0 > day } ?? true ? WorkText.notOpened : nil
        },
        { store, day in
            guard opened(store, day) else { return nil }
            let last = store.friendReadings.last { $0.on <= day }
            let age = last.map { day.days(since: $0.on) }
            return age.map { $0 >= readingDays } ?? true ? WorkText.noReading(age) : nil
        },
        { store, day in
            guard opened(store, day) else { return nil }
            let age = store.figures(asOf: day).lastActivity.map { day.days(since: $0) }
            return age.map { $0 >= activityDays } ?? true ? WorkText.noActivity(age) : nil
        },
        { store, day in
            let readings = store.friendReadings.filter { $0.on <= day }.suffix(2)
            guard opened(store, day), readings.count == 2, readings.last!.count <= readings.first!.count else { return nil }
            return WorkText.stalled(at: readings.last!.count)
        },
    ]

    /// Why an eligible store needs attention on `day`; empty when it does not.
    static func reasons(for store: Store, on day: CalendarDate) -> [Localized] {
        guard store.eligible else { return [] }
        return rules.compactMap { $0(store, day) }
    }

    /// Every store of `markets` needing attention on its round's day, optionally only the ones
    /// `tutor` looks after.
    static func items(in markets: [Market], tutor: String?, calendar: RoundCalendar) -> [WorkItem] {
        markets.flatMap { market in
            let day = calendar.asOf(ofMarket: market.id)
            return market.stores.compactMap { store -> WorkItem? in
                if let tutor, store.tutor != tutor { return nil }
                let reasons = reasons(for: store, on: day)
                return reasons.isEmpty ? nil : WorkItem(marketID: market.id, marketName: market.name, store: store, reasons: reasons)
            }
        }
    }

    private static func opened(_ store: Store, _ day: CalendarDate) -> Bool {
        store.channelOpenedOn.map { $0 <= day } ?? false
    }
}
