import DangolKit
import Foundation

/// A small keyboard-driven dialog that records one change to one store.
///
/// Every field is checked as it is typed, with the same rules the store applies when saving
/// (`Market.problem(recording:…)`, `MarketRules`). Enter turns it into a `StoreSubmission`,
/// typed values read by field name. The form remembers the store as it was when opened: if
/// someone else changed the part of it this form changes before Enter, the save stops and
/// shows what changed and by whom.
public struct Form: Sendable, Equatable {
    /// The raw values name a kind in a kept draft (`MemberSession.Draft.form`).
    public enum Kind: String, Sendable, Equatable {
        case channel, friends, message, post, note, addStore, editStore, removeStore
        /// Deleting the record the form is about (`Form.replacing`).
        case deleteRecord
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
        let date = FormField(.day, label: FormText.date, kind: .date, text: day.description)
        switch (kind, record) {
        case (.channel, _), (.post, _): fields = [date]
        case (.friends, let record):
            let count = if case .friends(let reading)? = record { String(reading.count) } else { "" }
            fields = [FormField(.friends, label: FormText.friends, kind: .count(MarketRules.friendCounts), text: count), date]
        case (.message, let record):
            let message: MessageRecord? = if case .message(let message)? = record { message } else { nil }
            let kindText = (message?.kind == .info ? FormText.info : FormText.ad)(language)
            fields = [FormField(.messageKind, label: FormText.kind, kind: .messageKind, text: kindText),
                      FormField(.messageCount, label: FormText.count, kind: .count(MarketRules.messageCounts),
                                text: String(message?.count ?? 1)), date]
        case (.note, let record):
            let text = if case .note(let note)? = record { note.text } else { "" }
            fields = [FormField(.note, label: FormText.note, kind: .text(required: true), text: text), date]
        case (.addStore, _), (.editStore, _):
            fields = [
                FormField(.storeName, label: FormText.name, kind: .text(required: true), text: store?.name ?? ""),
                FormField(.category, label: FormText.category, kind: .text(required: false), text: store?.category ?? ""),
                FormField(.ownerAge, label: FormText.ownerAge, kind: .age, text: store?.ownerAge.map(String.init) ?? ""),
                FormField(.eligible, label: FormText.eligible, kind: .yesNo, text: (store?.eligible ?? true) ? "Y" : "N"),
                FormField(.tutor, label: FormText.tutor, kind: .text(required: false), text: store?.tutor ?? author),
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
        if kind == .friends, replacing == nil, let count = number(.friends), let storeID,
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
            guard let day = DateReading.day(text, today: today) else { return DateReading.refusal(text) }
            // A record kept on its own day is no new claim about the future.
            if day == replacing?.on, day > today { return nil }
            return market.problem(recording: day, for: storeID ?? "", today: today, needsChannel: kind != .channel && kind != .note)
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
            return MessageKind(typed: text) == nil ? FormText.adOrInfo : nil
        case .yesNo:
            return SheetColumn.parseYesNo(text) == nil ? FormText.yesOrNo : nil
        case .age:
            guard !text.isEmpty else { return nil }
            guard let age = Int(text) else { return FormText.notANumber }
            return MarketRules.ownerAges.contains(age) ? nil : FormText.ageRange
        }
    }

    /// The form as a submission, stamped `time`; nil while a value it needs does not parse.
    func submission(author: String, today: CalendarDate, at time: Date) -> StoreSubmission? {
        guard let edit = edit(author: author, today: today) else { return nil }
        return StoreSubmission(marketID: marketID, storeID: storeID, edit: edit, action: action, author: author,
                               today: today, time: time, part: part, base: base)
    }

    /// What the fields ask for, read by name; nil while one of them does not parse.
    private func edit(author: String, today: CalendarDate) -> StoreSubmission.Edit? {
        switch (kind, replacing) {
        case (.deleteRecord, let record?): return .replaceRecord(record, with: nil)
        case (_, .note(let note)?):
            // A corrected note keeps its day and author.
            return text(.note).map { .replaceRecord(.note(note), with: .note(Note(on: note.on, author: note.author, text: $0))) }
        case (_, let record?): return self.record(author: author, today: today).map { .replaceRecord(record, with: $0) }
        case (.addStore, nil): return details.map(StoreSubmission.Edit.addStore)
        case (.editStore, nil): return details.map { .editStore(details: $0) }
        case (.removeStore, nil): return .removeStore
        case (_, nil): return self.record(author: author, today: today).map(StoreSubmission.Edit.record)
        }
    }

    /// The record the fields describe, of the form's kind; nil while a value does not parse or
    /// the form records none.
    private func record(author: String, today: CalendarDate) -> StoreRecord? {
        let day = day(today: today)
        switch kind {
        case .channel: return day.map(StoreRecord.channelOpened)
        case .friends:
            guard let count = number(.friends), let day else { return nil }
            return .friends(FriendReading(on: day, count: count))
        case .message:
            guard let kind = messageKindValue, let count = number(.messageCount), let day else { return nil }
            return .message(MessageRecord(on: day, kind: kind, count: count))
        case .post: return day.map(StoreRecord.post)
        case .note:
            guard let text = text(.note), let day else { return nil }
            return .note(Note(on: day, author: author, text: text))
        case .addStore, .editStore, .removeStore, .deleteRecord: return nil
        }
    }

    private var messageKindValue: MessageKind? {
        text(.messageKind).flatMap(MessageKind.init(typed:))
    }

    /// The store form's details, as a store without records; nil while one does not parse.
    private var details: Store? {
        guard let name = text(.storeName), let eligible = text(.eligible).flatMap(SheetColumn.parseYesNo) else { return nil }
        let age = text(.ownerAge) ?? ""
        guard age.isEmpty || Int(age) != nil else { return nil }
        return Store(id: storeID ?? "", name: name, category: text(.category)?.nilIfEmpty, ownerAge: Int(age),
                     eligible: eligible, tutor: text(.tutor)?.nilIfEmpty)
    }

    /// The trimmed text of field `name`, if the form has one.
    private func text(_ name: FormField.Name) -> String? {
        fields.first { $0.name == name }?.text.trimmingWhitespace
    }

    /// Field `name` as a whole number, if it is one.
    private func number(_ name: FormField.Name) -> Int? {
        text(name).flatMap { Int($0) }
    }

    /// The day the form records, when it has a date field, as `DateReading` reads it on `today`.
    func day(today: CalendarDate) -> CalendarDate? {
        text(.day).flatMap { DateReading.day($0, today: today) }
    }

    /// Whether someone changed the part of the store this form changes since it last saw it.
    func isStale(against market: Market) -> Bool {
        part.changed(since: base, storeID: storeID, in: market)
    }

    /// The part of the store this form changes (`StoreSubmission.Part`): a corrected or
    /// deleted record's list, else what the form's kind records.
    private var part: StoreSubmission.Part {
        switch replacing.map(Form.kind(correcting:)) ?? kind {
        case .channel: return .channel
        case .friends: return .friends
        case .message: return .messages
        case .post: return .posts
        case .note: return replacing == nil ? .nothing : .notes
        case .editStore: return .details
        case .removeStore: return .whole
        case .addStore, .deleteRecord: return .nothing
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
}

extension String {
    /// nil for empty text, for optional fields.
    var nilIfEmpty: String? {
        isEmpty ? nil : self
    }
}
