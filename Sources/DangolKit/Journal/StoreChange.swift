/// What one edit did to one store: its details before and after (only when they changed) and,
/// for each record list, the one stretch that changed.
///
/// An edit adds, corrects or deletes one record, or changes a detail, so an entry stays a few
/// hundred bytes however many records the store has: the journal grows with the edits, not with
/// the store's size times the edits. `applied(to:)` replays the change and `reversed` undoes it.
public struct StoreChange: Codable, Hashable, Sendable {
    /// A stretch of a list replaced: at index `at`, `removed` made way for `inserted`.
    public struct Splice<Element: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
        public var at: Int
        public var removed: [Element]
        public var inserted: [Element]

        /// The one stretch where `before` and `after` differ (common start and end left out),
        /// or nil when they are the same.
        init?(from before: [Element], to after: [Element]) {
            var start = 0
            while start < before.count, start < after.count, before[start] == after[start] { start += 1 }
            var end = 0
            while end < before.count - start, end < after.count - start,
                  before[before.count - 1 - end] == after[after.count - 1 - end] { end += 1 }
            guard start < before.count - end || start < after.count - end else { return nil }
            at = start
            removed = Array(before[start..<before.count - end])
            inserted = Array(after[start..<after.count - end])
        }

        /// `list` with the stretch replaced; nil when `list` no longer holds what was removed.
        func applied(to list: [Element]) -> [Element]? {
            guard at <= list.count, list.count - at >= removed.count,
                  list[at..<at + removed.count].elementsEqual(removed) else { return nil }
            var list = list
            list.replaceSubrange(at..<at + removed.count, with: inserted)
            return list
        }

        var reversed: Splice {
            var splice = self
            swap(&splice.removed, &splice.inserted)
            return splice
        }
    }

    /// Everything of a store but its record lists: small, so a change keeps it whole.
    public struct Details: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var category: String?
        public var ownerAge: Int?
        public var eligible: Bool
        public var tutor: String?
        public var channelOpenedOn: CalendarDate?

        init(_ store: Store) {
            id = store.id
            name = store.name
            category = store.category
            ownerAge = store.ownerAge
            eligible = store.eligible
            tutor = store.tutor
            channelOpenedOn = store.channelOpenedOn
        }

        func apply(to store: inout Store) {
            store.id = id
            store.name = name
            store.category = category
            store.ownerAge = ownerAge
            store.eligible = eligible
            store.tutor = tutor
            store.channelOpenedOn = channelOpenedOn
        }
    }

    /// The details before and after, when any of them changed.
    public var detailsBefore: Details?
    public var detailsAfter: Details?
    public var friends: Splice<FriendReading>?
    /// The reading just before the friends' changed stretch, so a new reading can be told
    /// against the one it follows (친구 30 > 35) without the rest of the list.
    public var previousFriends: FriendReading?
    public var messages: Splice<MessageRecord>?
    public var posts: Splice<CalendarDate>?
    public var notes: Splice<Note>?

    /// The change that turns `before` into `after`.
    public init(from before: Store, to after: Store) {
        let (old, new) = (Details(before), Details(after))
        if old != new { (detailsBefore, detailsAfter) = (old, new) }
        friends = Splice(from: before.friendReadings, to: after.friendReadings)
        if let friends, friends.at > 0 { previousFriends = before.friendReadings[friends.at - 1] }
        messages = Splice(from: before.messages, to: after.messages)
        posts = Splice(from: before.posts, to: after.posts)
        notes = Splice(from: before.notes, to: after.notes)
    }

    /// `store` with the change made; nil when the store no longer holds what the change replaced.
    public func applied(to store: Store) -> Store? {
        var store = store
        if let detailsBefore, let detailsAfter {
            guard Details(store) == detailsBefore else { return nil }
            detailsAfter.apply(to: &store)
        }
        func splice<Element>(_ splice: Splice<Element>?, _ list: inout [Element]) -> Bool {
            guard let splice else { return true }
            guard let changed = splice.applied(to: list) else { return false }
            list = changed
            return true
        }
        guard splice(friends, &store.friendReadings), splice(messages, &store.messages),
              splice(posts, &store.posts), splice(notes, &store.notes) else { return nil }
        return store
    }

    /// The change that undoes this one.
    public var reversed: StoreChange {
        var change = self
        swap(&change.detailsBefore, &change.detailsAfter)
        change.friends = friends?.reversed
        change.messages = messages?.reversed
        change.posts = posts?.reversed
        change.notes = notes?.reversed
        return change
    }

    /// The records the change took away, in the order the store's screen lists them.
    public var removedRecords: [StoreRecord] {
        records(removed: true)
    }

    /// The records the change put in, in the order the store's screen lists them.
    public var insertedRecords: [StoreRecord] {
        records(removed: false)
    }

    private func records(removed: Bool) -> [StoreRecord] {
        func pick<Element>(_ splice: Splice<Element>?) -> [Element] { splice.map { removed ? $0.removed : $0.inserted } ?? [] }
        let opened = (removed ? detailsBefore : detailsAfter)?.channelOpenedOn
        let openingChanged = detailsBefore?.channelOpenedOn != detailsAfter?.channelOpenedOn
        return (openingChanged ? opened.map { [StoreRecord.channelOpened($0)] } ?? [] : [])
            + pick(friends).map(StoreRecord.friends) + pick(messages).map(StoreRecord.message)
            + pick(posts).map(StoreRecord.post) + pick(notes).map(StoreRecord.note)
    }
}
