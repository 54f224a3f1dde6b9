import DangolKit

/// A small keyboard-driven dialog that records one change to one store.
///
/// Every field is checked as it is typed, with the same rules the store applies when saving
/// (`Market.problem(recording:…)`, `MarketRules`); the save itself re-checks under the lock.
/// The form remembers the store as it was when opened: if someone else changed the part of it
/// this form changes before Enter, the save stops and shows what changed and by whom.
public struct Form: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case channel, friends, message, post, note, addStore, editStore, removeStore
        /// Deleting the record the form is about (`Form.replacing`).
        case deleteRecord
    }

    /// Thrown from inside the save when the store changed since the form last saw it.
    struct StoreChanged: Error {
        /// The store as it is now; nil when it was removed.
        let current: Store?
    }

    public let kind: Kind
    public let marketID: String
    /// The store the form changes; nil when adding one.
    public let storeID: String?
    public let storeName: String
    /// The record the form corrects or deletes; nil when it records a new one.
    public let replacing: StoreRecord?
    /// The store as this form last saw it, to tell whether someone changed it since.
    var base: Store?
    public var fields: [FormField]
    public var focus = 0
    /// A warning the user must confirm with a second Enter (a friend count going down).
    public var warning: Localized?
    /// Whether Enter was pressed once with the warning showing.
    public var confirmed = false
    /// What someone else changed since the form was opened; Enter again saves over it.
    public var conflict: Localized?
    /// Why the last save failed; the form stays open so nothing typed is lost.
    public var failure: Localized?

    var action: JournalAction {
        if replacing != nil { return kind == .deleteRecord ? .delete : .fix }
        switch kind {
        case .channel: return .channel
        case .friends: return .friends
        case .message: return .message
        case .post: return .post
        case .note: return .note
        case .addStore: return .add
        case .editStore: return .edit
        case .removeStore: return .remove
        case .deleteRecord: return .delete
        }
    }

    /// A form of `kind` for `store` (nil when adding), filled with sensible defaults, or with
    /// the values of the record it corrects.
    /// - Parameters:
    ///   - author: who fills it in; a new store is put in their care unless they change it.
    ///   - record: the record to correct (or delete, for `.deleteRecord`).
    init(kind: Kind, market: Market, store: Store?, today: CalendarDate, author: String = "",
         language: Language = .ko, replacing record: StoreRecord? = nil) {
        self.kind = kind
        marketID = market.id
        storeID = store?.id
        storeName = store?.name ?? ""
        replacing = record
        base = store
        let day = record?.on ?? today
        let date = FormField(label: FormText.date, kind: .date, text: day.description)
        switch (kind, record) {
        case (.channel, _), (.post, _): fields = [date]
        case (.friends, let record):
            let count = if case .friends(let reading)? = record { String(reading.count) } else { "" }
            fields = [FormField(label: FormText.friends, kind: .count(MarketRules.friendCounts), text: count), date]
        case (.message, let record):
            let message: MessageRecord? = if case .message(let message)? = record { message } else { nil }
            let kindText = (message?.kind == .info ? FormText.info : FormText.ad)(language)
            fields = [FormField(label: FormText.kind, kind: .messageKind, text: kindText),
                      FormField(label: FormText.count, kind: .count(MarketRules.messageCounts), text: String(message?.count ?? 1)), date]
        case (.note, let record):
            let text = if case .note(let note)? = record { note.text } else { "" }
            fields = [FormField(label: FormText.note, kind: .text(required: true), text: text)]
        case (.addStore, _), (.editStore, _):
            fields = [
                FormField(label: FormText.name, kind: .text(required: true), text: store?.name ?? ""),
                FormField(label: FormText.category, kind: .text(required: false), text: store?.category ?? ""),
                FormField(label: FormText.ownerAge, kind: .age, text: store?.ownerAge.map(String.init) ?? ""),
                FormField(label: FormText.eligible, kind: .yesNo, text: (store?.eligible ?? true) ? "Y" : "N"),
                FormField(label: FormText.tutor, kind: .text(required: false), text: store?.tutor ?? author),
            ]
        case (.removeStore, _), (.deleteRecord, _): fields = []
        }
    }

    /// Checks every field against `market` as it is now, setting each field's error.
    mutating func validate(market: Market, today: CalendarDate) {
        for index in fields.indices {
            fields[index].error = problem(fields[index], market: market, today: today)
        }
        warning = nil
        if kind == .friends, replacing == nil, let count = Int(fields[0].text), let storeID,
           let last = market.stores.first(where: { $0.id == storeID })?.friendReadings.last, count < last.count {
            warning = FormText.friendsDown(last.count)
        }
    }

    public var isValid: Bool {
        fields.allSatisfy { $0.error == nil }
    }

    private func problem(_ field: FormField, market: Market, today: CalendarDate) -> Localized? {
        let text = field.text.trimmingWhitespace
        switch field.kind {
        case .date:
            guard let day = CalendarDate(text) else { return FormText.notADate }
            // A record kept on its own day is no new claim about the future.
            if day == replacing?.on, day > today { return nil }
            return market.problem(recording: day, for: storeID ?? "", today: today, needsChannel: kind != .channel)
        case .count(let range):
            let digits = text.first == "-" ? text.dropFirst() : text[...]
            guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return FormText.notANumber }
            // Too many digits for any Int is out of range, not "not a number".
            let value = Int(text) ?? (text.first == "-" ? Int.min : Int.max)
            if value < range.lowerBound { return FormText.atLeast(range.lowerBound) }
            return value > range.upperBound ? FormText.atMost(range.upperBound) : nil
        case .text(let required):
            if required && text.isEmpty { return FormText.required }
            return TextRules.problem(in: text)
        case .messageKind:
            return Form.messageKind(text) == nil ? FormText.adOrInfo : nil
        case .yesNo:
            return SheetColumn.parseYesNo(text) == nil ? FormText.yesOrNo : nil
        case .age:
            guard !text.isEmpty else { return nil }
            guard let age = Int(text) else { return FormText.notANumber }
            return MarketRules.ownerAges.contains(age) ? nil : FormText.ageRange
        }
    }

    /// Applies the form to a market freshly read under the lock. - Returns: the store's id.
    /// - Throws: `StoreChanged` when the part of the store this form changes is not as the form
    ///   last saw it; any refusal of the market's rules.
    func apply(to market: inout Market, author: String, today: CalendarDate) throws -> String {
        if isStale(against: market) { throw StoreChanged(current: market.stores.first { $0.id == storeID }) }
        let values = fields.map { $0.text.trimmingWhitespace }
        let id = storeID ?? market.nextStoreID()
        if let replacing {
            try market.replaceRecord(replacing, with: record(from: values, author: author, today: today), storeID: id, today: today)
            return id
        }
        switch kind {
        case .channel: try market.recordChannelOpened(storeID: id, on: CalendarDate(values[0])!, today: today)
        case .friends: try market.recordFriends(storeID: id, count: Int(values[0])!, on: CalendarDate(values[1])!, today: today)
        case .message:
            try market.recordMessage(storeID: id, kind: Form.messageKind(values[0])!, count: Int(values[1])!,
                                     on: CalendarDate(values[2])!, today: today)
        case .post: try market.recordPost(storeID: id, on: CalendarDate(values[0])!, today: today)
        case .note: try market.addNote(storeID: id, text: values[0], author: author, today: today)
        case .addStore:
            try market.addStore(Store(id: id, name: values[0], category: values[1].nilIfEmpty, ownerAge: Int(values[2]),
                                      eligible: SheetColumn.parseYesNo(values[3])!, tutor: values[4].nilIfEmpty))
        case .editStore:
            try market.editDetails(storeID: id, name: values[0], category: values[1].nilIfEmpty, ownerAge: Int(values[2]),
                                   eligible: SheetColumn.parseYesNo(values[3])!, tutor: values[4].nilIfEmpty)
        case .removeStore: try market.removeStore(id)
        case .deleteRecord: break
        }
        return id
    }

    /// The record the fields describe, replacing `replacing`; nil when deleting it.
    private func record(from values: [String], author: String, today: CalendarDate) -> StoreRecord? {
        switch (kind, replacing) {
        case (.channel, _): return .channelOpened(CalendarDate(values[0])!)
        case (.friends, _): return .friends(FriendReading(on: CalendarDate(values[1])!, count: Int(values[0])!))
        case (.message, _):
            return .message(MessageRecord(on: CalendarDate(values[2])!, kind: Form.messageKind(values[0])!, count: Int(values[1])!))
        case (.post, _): return .post(CalendarDate(values[0])!)
        case (.note, .note(let note)?): return .note(Note(on: note.on, author: note.author, text: values[0]))
        default: return nil
        }
    }

    /// The day the form records, when it has a date field.
    var day: CalendarDate? {
        fields.first { $0.kind == .date }.flatMap { CalendarDate($0.text.trimmingWhitespace) }
    }

    /// Whether someone changed the part of the store this form changes since it last saw it.
    func isStale(against market: Market) -> Bool {
        guard let storeID else { return false }
        return touchedPart(of: market.stores.first { $0.id == storeID }) != touchedPart(of: base)
    }

    /// The part of `store` this form changes, compared before saving. Different records of the
    /// same store merge: a friend reading saved elsewhere does not stop a message form. A new
    /// note only adds, so it never conflicts.
    private func touchedPart(of store: Store?) -> [AnyHashable] {
        guard let store else { return [] }
        switch replacing.map(StoreRecord.Section.init) ?? section {
        case .channel?: return [store.channelOpenedOn]
        case .friends?: return store.friendReadings
        case .messages?: return store.messages
        case .posts?: return store.posts
        case .notes?: return store.notes
        case nil where kind == .editStore: return [store.name, store.category, store.ownerAge, store.eligible, store.tutor]
        case nil where kind == .removeStore: return [store]
        case nil: return [store.id]
        }
    }

    /// The list a new record of this form goes into.
    private var section: StoreRecord.Section? {
        switch kind {
        case .channel: return .channel
        case .friends: return .friends
        case .message: return .messages
        case .post: return .posts
        case .note, .addStore, .editStore, .removeStore, .deleteRecord: return nil
        }
    }

    /// The form that corrects `record`: the one that records its kind.
    static func kind(correcting record: StoreRecord) -> Kind {
        switch record {
        case .channelOpened: return .channel
        case .friends: return .friends
        case .message: return .message
        case .post: return .post
        case .note: return .note
        }
    }

    /// `ad`/`광고` or `info`/`정보`.
    static func messageKind(_ text: String) -> MessageKind? {
        switch text.lowercased() {
        case "ad", "광고": return .ad
        case "info", "정보": return .info
        default: return nil
        }
    }
}

extension String {
    /// nil for empty text, for optional fields.
    var nilIfEmpty: String? {
        isEmpty ? nil : self
    }
}
