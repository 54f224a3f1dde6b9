import DangolKit

/// One store that needs a tutor's visit, and why.
public struct WorkItem: Sendable {
    public let marketID: String
    public let marketName: String
    public let store: Store
    public let reasons: [Localized]
}

/// The day's worklist: the stores `StoreAttention` says need a visit.
enum WorklistRules {
    /// Why an eligible store needs attention on `day`; empty when it does not.
    static func reasons(for store: Store, on day: CalendarDate) -> [Localized] {
        StoreAttention.needs(of: store, on: day).map(\.reason)
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
}
