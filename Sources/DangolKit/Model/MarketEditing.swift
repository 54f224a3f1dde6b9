/// The changes a tutor can make to a market, each checked against `MarketRules` before it is kept.
///
/// Every method either applies its whole change or throws and leaves the market as it was.
extension Market {
    /// Adds a new store; its id must be new to the market.
    public mutating func addStore(_ store: Store) throws {
        let store = store.trimmed
        if let existing = storeIndex(id: store.id) {
            throw DangolError.refused(KitText.storeIDTaken(store.id, by: stores[existing].name))
        }
        try Market.refuseProblems(MarketRules.problems(in: store, at: JSONPath()), of: store)
        stores.append(store)
    }

    /// The id of the store `text` names: its id, else its exact name (white space around it
    /// aside). Refused when no store, or more than one, goes by that name.
    public func storeID(matching text: String) throws -> String {
        if storeIndex(id: text) != nil { return text }
        let name = text.trimmingWhitespace
        let named = stores.filter { $0.name == name }
        if named.count > 1 {
            throw DangolError.refused(KitText.nameShared(named.count, market: self.name, name: name, ids: named.map(\.id)))
        }
        guard let store = named.first else {
            throw DangolError.notFound(KitText.noStoreNamed(text, market: id))
        }
        return store.id
    }

    /// Applies `edit` to the store with `id`, keeping the result only if it breaks no rule.
    public mutating func editStore<T>(_ id: String, _ edit: (inout Store) throws -> T) throws -> T {
        guard let index = storeIndex(id: id) else {
            throw DangolError.notFound(KitText.noStore(id, market: self.id))
        }
        var store = stores[index]
        let result = try edit(&store)
        try Market.refuseProblems(MarketRules.problems(in: store, at: JSONPath()), of: store)
        stores[index] = store
        return result
    }

    /// Records the day the store's channel opened. Refused if it already opened.
    public mutating func recordChannelOpened(storeID: String, on day: CalendarDate, today: CalendarDate) throws {
        try Market.refuseFuture(day, today: today)
        try editStore(storeID) { store in
            if let opened = store.channelOpenedOn {
                throw DangolError.refused(KitText.alreadyOpened(store.name, on: opened))
            }
            store.channelOpenedOn = day
        }
    }

    /// Records a friend count; a reading on a day that already has one corrects it.
    /// - Returns: the count it replaced, if any.
    @discardableResult
    public mutating func recordFriends(storeID: String, count: Int, on day: CalendarDate, today: CalendarDate) throws -> Int? {
        try Market.refuseFuture(day, today: today)
        return try editStore(storeID) { store in
            if let same = store.friendReadings.firstIndex(where: { $0.on == day }) {
                let replaced = store.friendReadings[same].count
                store.friendReadings[same].count = count
                return replaced
            }
            store.friendReadings.insertInDateOrder(FriendReading(on: day, count: count), date: \.on)
            return nil
        }
    }

    /// Records `count` messages of `kind` sent on `day`.
    public mutating func recordMessage(
        storeID: String, kind: MessageKind, count: Int, on day: CalendarDate, today: CalendarDate
    ) throws {
        try Market.refuseFuture(day, today: today)
        try editStore(storeID) { store in
            store.messages.insertInDateOrder(MessageRecord(on: day, kind: kind, count: count), date: \.on)
        }
    }

    /// Records one post published on `day`.
    public mutating func recordPost(storeID: String, on day: CalendarDate, today: CalendarDate) throws {
        try Market.refuseFuture(day, today: today)
        try editStore(storeID) { store in
            store.posts.insertInDateOrder(day, date: \.self)
        }
    }

    /// Records `record` as a new one of its kind: the opening day, a friend reading, messages, a
    /// post, or a note, each on the day it carries.
    public mutating func record(_ record: StoreRecord, storeID: String, today: CalendarDate) throws {
        switch record {
        case .channelOpened(let day): try recordChannelOpened(storeID: storeID, on: day, today: today)
        case .friends(let reading): try recordFriends(storeID: storeID, count: reading.count, on: reading.on, today: today)
        case .message(let message):
            try recordMessage(storeID: storeID, kind: message.kind, count: message.count, on: message.on, today: today)
        case .post(let day): try recordPost(storeID: storeID, on: day, today: today)
        case .note(let note): try addNote(storeID: storeID, text: note.text, author: note.author, on: note.on, today: today)
        }
    }

    /// Adds a note dated `day` (default: today), in date order; a day after today is refused.
    public mutating func addNote(storeID: String, text: String, author: String, on day: CalendarDate? = nil, today: CalendarDate) throws {
        let day = day ?? today
        try Market.refuseFuture(day, today: today)
        try editStore(storeID) { store in
            store.notes.insertInDateOrder(
                Note(on: day, author: author.trimmingWhitespace, text: text.trimmingWhitespace), date: \.on)
        }
    }

    /// Removes a store. The caller journals it, so the removal is recorded, never silent.
    public mutating func removeStore(_ id: String) throws {
        guard let index = storeIndex(id: id) else {
            throw DangolError.notFound(KitText.noStore(id, market: self.id))
        }
        stores.remove(at: index)
    }

    /// Changes a store's details; records are untouched.
    public mutating func editDetails(
        storeID: String, name: String, category: String?, ownerAge: Int?, eligible: Bool, tutor: String?
    ) throws {
        try editStore(storeID) { store in
            store.name = name
            store.category = category
            store.ownerAge = ownerAge
            store.eligible = eligible
            store.tutor = tutor
            store = store.trimmed
        }
    }

    /// Why `day` cannot be recorded for the store (in the future, or before its channel opened), or nil.
    /// The same rules the record methods apply, for forms that check a date as it is typed.
    public func problem(recording day: CalendarDate, for storeID: String, today: CalendarDate, needsChannel: Bool) -> Localized? {
        if day > today { return KitText.inFuture(day, today: today) }
        if let problem = MarketRules.dateProblem(day) { return problem }
        guard needsChannel, let store = stores.first(where: { $0.id == storeID }) else { return nil }
        guard let opened = store.channelOpenedOn else { return KitText.notOpened(store.name) }
        return day < opened ? KitText.beforeOpening(day, opened: opened) : nil
    }

    /// An unused store id: `s` and the next number after the highest `sNNN` in use.
    public func nextStoreID() -> String {
        var numbering = StoreNumbering(ids: stores.lazy.map(\.id))
        return numbering.next()
    }

    static func refuseFuture(_ day: CalendarDate, today: CalendarDate) throws {
        if day > today {
            throw DangolError.refused(KitText.inFuture(day, today: today))
        }
    }

    private static func refuseProblems(_ problems: [Problem], of store: Store) throws {
        if let problem = problems.first {
            throw DangolError.refused(KitText.storeProblem(store.name, store.id, problem.message))
        }
    }
}

extension Market {
    /// The market with surrounding white space taken off its text fields, as every input path
    /// stores them (a sheet cell, an option, a form field).
    var trimmed: Market {
        var market = self
        market.name = name.trimmingWhitespace
        market.region = region.trimmingWhitespace
        market.district = district?.trimmingWhitespace
        market.tutors = tutors.map(\.trimmingWhitespace)
        return market
    }
}

extension Store {
    /// The store with surrounding white space taken off its text fields.
    var trimmed: Store {
        var store = self
        store.name = name.trimmingWhitespace
        store.category = category?.trimmingWhitespace
        store.tutor = tutor?.trimmingWhitespace
        return store
    }
}

extension Array {
    /// Inserts after every element dated on or before `element`'s day, keeping the list oldest first.
    mutating func insertInDateOrder(_ element: Element, date: (Element) -> CalendarDate) {
        let day = date(element)
        let position = lastIndex { date($0) <= day }.map { $0 + 1 } ?? 0
        insert(element, at: position)
    }
}
