/// One dated thing recorded about a store, as the store screen lists them and a tutor picks one
/// to correct or delete.
public enum StoreRecord: Hashable, Sendable {
    case channelOpened(CalendarDate)
    case friends(FriendReading)
    case message(MessageRecord)
    case post(CalendarDate)
    case note(Note)

    /// Which of a store's lists a record belongs to.
    public enum Section: Sendable, Hashable {
        case channel, friends, messages, posts, notes

        public init(_ record: StoreRecord) {
            switch record {
            case .channelOpened: self = .channel
            case .friends: self = .friends
            case .message: self = .messages
            case .post: self = .posts
            case .note: self = .notes
            }
        }
    }

    /// The day the record is about.
    public var on: CalendarDate {
        switch self {
        case .channelOpened(let day), .post(let day): return day
        case .friends(let reading): return reading.on
        case .message(let message): return message.on
        case .note(let note): return note.on
        }
    }

    /// Every record of `store`, in the order its screen lists them: the channel opening, friend
    /// readings, messages, posts, notes; each list oldest first.
    public static func all(of store: Store) -> [StoreRecord] {
        (store.channelOpenedOn.map { [.channelOpened($0)] } ?? [])
            + store.friendReadings.map(StoreRecord.friends) + store.messages.map(StoreRecord.message)
            + store.posts.map(StoreRecord.post) + store.notes.map(StoreRecord.note)
    }
}

extension Market {
    /// Replaces one record of a store with `new`, or deletes it when `new` is nil, under the
    /// same rules as recording it. Refused when the record is no longer there (someone changed
    /// or deleted it since it was read), so a correction never lands on the wrong record.
    public mutating func replaceRecord(_ old: StoreRecord, with new: StoreRecord?, storeID: String, today: CalendarDate) throws {
        if let day = new?.on, day != old.on { try Market.refuseFuture(day, today: today) }
        try editStore(storeID) { store in
            guard store.remove(old) else {
                throw DangolError.refused(KitText.recordGone(store.name))
            }
            if let new { store.insert(new) }
        }
    }
}

extension Store {
    /// Removes the first record equal to `record`. - Returns: whether there was one.
    mutating func remove(_ record: StoreRecord) -> Bool {
        func removeFirst<T: Equatable>(_ value: T, from list: inout [T]) -> Bool {
            guard let index = list.firstIndex(of: value) else { return false }
            list.remove(at: index)
            return true
        }
        switch record {
        case .channelOpened(let day):
            guard channelOpenedOn == day else { return false }
            channelOpenedOn = nil
            return true
        case .friends(let reading): return removeFirst(reading, from: &friendReadings)
        case .message(let message): return removeFirst(message, from: &messages)
        case .post(let day): return removeFirst(day, from: &posts)
        case .note(let note): return removeFirst(note, from: &notes)
        }
    }

    /// Adds `record` in date order.
    mutating func insert(_ record: StoreRecord) {
        switch record {
        case .channelOpened(let day): channelOpenedOn = day
        case .friends(let reading): friendReadings.insertInDateOrder(reading, date: \.on)
        case .message(let message): messages.insertInDateOrder(message, date: \.on)
        case .post(let day): posts.insertInDateOrder(day, date: \.self)
        case .note(let note): notes.insertInDateOrder(note, date: \.on)
        }
    }
}
