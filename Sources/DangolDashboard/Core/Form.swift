import DangolKit

/// A small keyboard-driven dialog that records one change to one store.
///
/// Every field is checked as it is typed, with the same rules the store applies when saving
/// (`Market.problem(recording:…)`, `MarketRules`); the save itself re-checks under the lock.
public struct Form: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case channel, friends, message, post, note, addStore, editStore, removeStore
    }

    public let kind: Kind
    public let marketID: String
    /// The store the form changes; nil when adding one.
    public let storeID: String?
    public let storeName: String
    public var fields: [FormField]
    public var focus = 0
    /// A warning the user must confirm with a second Enter (a friend count going down).
    public var warning: String?
    /// Whether Enter was pressed once with the warning showing.
    public var confirmed = false
    /// Why the last save failed; the form stays open so nothing typed is lost.
    public var failure: String?

    var action: JournalAction {
        switch kind {
        case .channel: return .channel
        case .friends: return .friends
        case .message: return .message
        case .post: return .post
        case .note: return .note
        case .addStore: return .add
        case .editStore: return .edit
        case .removeStore: return .remove
        }
    }

    /// A form of `kind` for `store` (nil when adding), filled with sensible defaults.
    /// - Parameter author: who fills it in; a new store is put in their care unless they change it.
    init(kind: Kind, market: Market, store: Store?, today: CalendarDate, author: String = "") {
        self.kind = kind
        marketID = market.id
        storeID = store?.id
        storeName = store?.name ?? ""
        let date = FormField(label: FormText.date, kind: .date, text: today.description)
        switch kind {
        case .channel, .post: fields = [date]
        case .friends:
            fields = [FormField(label: FormText.friends, kind: .count(MarketRules.friendCounts), text: ""), date]
        case .message:
            fields = [FormField(label: FormText.kind, kind: .messageKind, text: "ad"),
                      FormField(label: FormText.count, kind: .count(MarketRules.messageCounts), text: "1"), date]
        case .note: fields = [FormField(label: FormText.note, kind: .text(required: true), text: "")]
        case .addStore, .editStore:
            fields = [
                FormField(label: FormText.name, kind: .text(required: true), text: store?.name ?? ""),
                FormField(label: FormText.category, kind: .text(required: false), text: store?.category ?? ""),
                FormField(label: FormText.ownerAge, kind: .age, text: store?.ownerAge.map(String.init) ?? ""),
                FormField(label: FormText.eligible, kind: .yesNo, text: (store?.eligible ?? true) ? "Y" : "N"),
                FormField(label: FormText.tutor, kind: .text(required: false), text: store?.tutor ?? author),
            ]
        case .removeStore: fields = []
        }
    }

    /// Checks every field against `market` as it is now, setting each field's error.
    mutating func validate(market: Market, today: CalendarDate) {
        for index in fields.indices {
            fields[index].error = problem(fields[index], market: market, today: today)
        }
        warning = nil
        if kind == .friends, let count = Int(fields[0].text), let storeID,
           let last = market.stores.first(where: { $0.id == storeID })?.friendReadings.last, count < last.count {
            warning = FormText.friendsDown(last.count)
        }
    }

    public var isValid: Bool {
        fields.allSatisfy { $0.error == nil }
    }

    private func problem(_ field: FormField, market: Market, today: CalendarDate) -> String? {
        let text = field.text.trimmingWhitespace
        switch field.kind {
        case .date:
            guard let day = CalendarDate(text) else { return FormText.notADate }
            let needsChannel = kind != .channel
            return market.problem(recording: day, for: storeID ?? "", today: today, needsChannel: needsChannel)
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
    func apply(to market: inout Market, author: String, today: CalendarDate) throws -> String {
        let values = fields.map { $0.text.trimmingWhitespace }
        let id = storeID ?? market.nextStoreID()
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
        }
        return id
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
