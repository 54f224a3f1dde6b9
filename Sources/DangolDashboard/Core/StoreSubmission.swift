import DangolKit
import Foundation

/// A filled-in form as a value: one change to one store, with typed values, who makes it and
/// when, and the part of the store as the form last saw it. The runner applies it to the market
/// as read under the lock; that is the one place it is checked for someone else's change.
public struct StoreSubmission: Sendable, Equatable {
    /// What the submission does.
    enum Edit: Sendable, Equatable {
        /// A new record (`Market.record`).
        case record(StoreRecord)
        /// A new store, without records; its id is the market's next.
        case addStore(Store)
        /// The store's details as `details` has them (its id and records are not read).
        case editStore(details: Store)
        case removeStore
        /// A record corrected (`with` the new one) or deleted (`with` nil).
        case replaceRecord(StoreRecord, with: StoreRecord?)
    }

    /// The part of a store an edit changes, compared to tell whether someone else changed it.
    /// Different records of the same store merge: a friend reading saved elsewhere does not
    /// stop a message. A new note only adds, so it never conflicts.
    enum Part: Sendable, Equatable {
        case channel, friends, messages, posts, notes, details, whole, nothing

        /// Whether store `storeID` in `market` differs in this part from `base`.
        func changed(since base: Store?, storeID: String?, in market: Market) -> Bool {
            guard let storeID else { return false }
            return of(market.stores.first { $0.id == storeID }) != of(base)
        }

        private func of(_ store: Store?) -> [AnyHashable] {
            guard let store else { return [] }
            switch self {
            case .channel: return [store.channelOpenedOn]
            case .friends: return store.friendReadings
            case .messages: return store.messages
            case .posts: return store.posts
            case .notes: return store.notes
            case .details: return [store.name, store.category, store.ownerAge, store.eligible, store.tutor]
            case .whole: return [store]
            case .nothing: return [store.id]
            }
        }
    }

    /// Thrown from inside the save when the part of the store this changes is not as the form
    /// last saw it; carries the market as it is now.
    struct StoreChanged: Error {
        let market: Market
    }

    public let marketID: String
    /// The store changed; nil when adding one.
    public let storeID: String?
    let edit: Edit
    let action: JournalAction
    let author: String
    /// The day the author's "today" was: no record may be after it.
    let today: CalendarDate
    /// The moment the journal entry is stamped with.
    let time: Date
    let part: Part
    /// The store as the form last saw it.
    let base: Store?

    /// Applies the change to `market` as read under the lock. - Returns: the store's id.
    /// - Throws: `StoreChanged` when someone else changed the part of the store this changes;
    ///   any refusal of the market's rules.
    func apply(to market: inout Market) throws -> String {
        if part.changed(since: base, storeID: storeID, in: market) { throw StoreChanged(market: market) }
        let id = storeID ?? market.nextStoreID()
        switch edit {
        case .record(let record): try market.record(record, storeID: id, today: today)
        case .addStore(var store):
            store.id = id
            try market.addStore(store)
        case .editStore(let details):
            try market.editDetails(storeID: id, name: details.name, category: details.category, ownerAge: details.ownerAge,
                                   eligible: details.eligible, tutor: details.tutor)
        case .removeStore: try market.removeStore(id)
        case .replaceRecord(let record, let replacement): try market.replaceRecord(record, with: replacement, storeID: id, today: today)
        }
        return id
    }
}
