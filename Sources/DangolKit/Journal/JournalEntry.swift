import Foundation

/// What kind of change a journal entry records.
public enum JournalAction: String, Codable, CaseIterable, Sendable {
    case channel, friends, message, post, note, add, edit, remove, undo
    /// One record corrected (its day or value) or deleted, picked on the store's screen.
    case fix, delete
    /// A sheet imported: every store it added or changed, as one change (`JournalEntry.parts`).
    case importSheet = "import"
}

/// One change to one store: who, when, what, and the change itself.
///
/// An entry holds what changed, not copies of the store (`StoreChange`): a store added or removed
/// is the change, so it is kept whole; an edit keeps only the stretch it touched. Undo replays the
/// change backwards, refused when the store is no longer as the change left it (`result`).
public struct JournalEntry: Hashable, Sendable, Identifiable {
    /// What happened to the store.
    public enum Change: Hashable, Sendable {
        case added(Store)
        case removed(Store)
        case edited(StoreChange)
    }

    public var id: String
    /// When, as an ISO 8601 timestamp with the machine's offset.
    public var at: String
    public var author: String
    /// The team member's id when the edit came through `dangol session`; nil for the folder's own user.
    public var member: String?
    public var action: JournalAction
    public var storeID: String
    /// The store's name after the change (before it, for a removal), as messages and the history name it.
    public var storeName: String
    public var change: Change
    /// The store's fingerprint as the change left it; nil when the change removed it.
    public var result: String?
    /// For an undo: the id of the entry it reversed.
    public var undoes: String?
    /// For a removal: where the store stood in its market, so undoing it puts it back there.
    public var position: Int?
    /// For an import (and its undo): one entry per store it changed, in the order they were
    /// applied; the entry itself then names the sheet (`storeName`) and no store (`storeID` empty).
    public var parts: [JournalEntry] = []

    /// The entry for a change from `before` to `after` (nil when the store did not exist).
    public init(at: Date, author: String, action: JournalAction, storeID: String, before: Store?, after: Store?,
                undoes: String? = nil, position: Int? = nil, member: String? = nil) {
        id = UUID().uuidString
        self.at = JournalEntry.timestamp(at)
        self.author = author
        self.member = member
        self.action = action
        self.storeID = storeID
        storeName = (after ?? before)?.name ?? storeID
        change = JournalEntry.change(from: before, to: after)
        result = after.map(JournalEntry.fingerprint)
        self.undoes = undoes
        self.position = position
    }

    /// One change of many stores: a sheet imported (or that import undone), `parts` its stores.
    public init(at: Date, author: String, action: JournalAction, batch name: String, parts: [JournalEntry],
                undoes: String? = nil, member: String? = nil) {
        self.init(at: at, author: author, action: action, storeID: "", before: nil, after: nil, undoes: undoes, member: member)
        storeName = name
        self.parts = parts
    }

    /// Whether this entry changed store `id`, itself or as part of an import.
    public func concerns(store id: String) -> Bool {
        storeID == id || parts.contains { $0.storeID == id }
    }

    /// Whether the change removed the store.
    public var removesStore: Bool {
        if case .removed = change { return true }
        return false
    }

    /// The change as an edit of the store's records and details (a whole store for an addition or removal).
    public var storeChange: StoreChange {
        switch change {
        case .added(let store): return StoreChange(from: Store(id: store.id, name: store.name), to: store)
        case .removed(let store): return StoreChange(from: store, to: Store(id: store.id, name: store.name))
        case .edited(let change): return change
        }
    }

    /// What `store` (nil: absent) becomes once this entry is undone.
    /// - Throws: `refused` when the store is no longer as the entry left it: putting the old
    ///   version back would silently throw away someone else's work.
    func undoing(_ store: Store?) throws -> Store? {
        let changed = DangolError.refused(KitText.changedSinceEdit(storeName))
        guard store.map(JournalEntry.fingerprint) == result else { throw changed }
        switch change {
        case .added: return nil
        case .removed(let old): return old
        case .edited(let change):
            guard let store, let undone = change.reversed.applied(to: store) else { throw changed }
            return undone
        }
    }

    /// A short fingerprint of a store's whole content: 16 bytes of the SHA-256 of its JSON.
    static func fingerprint(_ store: Store) -> String {
        let bytes = (try? FileCodec.encodeCompact(store)) ?? []
        return SHA256.hash(bytes).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    private static func change(from before: Store?, to after: Store?) -> Change {
        switch (before, after) {
        case let (before?, after?): return .edited(StoreChange(from: before, to: after))
        case let (nil, after?): return .added(after)
        case let (before?, nil): return .removed(before)
        case (nil, nil): return .edited(StoreChange(from: Store(id: "", name: ""), to: Store(id: "", name: "")))
        }
    }

    /// Refuses an author name that could not be shown safely (`--tutor`, `$DANGOL_TUTOR`).
    static func checkAuthor(_ author: String) throws {
        if author.isBlank { throw DangolError.refused(KitText.needsAuthor()) }
        if let problem = TextRules.problem(in: author) ?? Bounds.lengthProblem(author, Bounds.personName) {
            throw DangolError.refused(KitText.badAuthor(problem))
        }
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}

extension JournalEntry: Codable {
    enum CodingKeys: String, CodingKey {
        case id, at, author, member, action, storeID, storeName, added, removed, edited, result, undoes, position, parts
        /// Entries written before changes were kept as changes held the whole store twice.
        case before, after
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decode(String.self, forKey: .id)
        at = try values.decode(String.self, forKey: .at)
        author = try values.decode(String.self, forKey: .author)
        member = try values.decodeIfPresent(String.self, forKey: .member)
        action = try values.decode(JournalAction.self, forKey: .action)
        storeID = try values.decode(String.self, forKey: .storeID)
        undoes = try values.decodeIfPresent(String.self, forKey: .undoes)
        position = try values.decodeIfPresent(Int.self, forKey: .position)
        parts = try values.decodeIfPresent([JournalEntry].self, forKey: .parts) ?? []
        if values.contains(.before) || values.contains(.after) {
            let before = try values.decodeIfPresent(Store.self, forKey: .before)
            let after = try values.decodeIfPresent(Store.self, forKey: .after)
            storeName = (after ?? before)?.name ?? storeID
            change = JournalEntry.change(from: before, to: after)
            result = after.map(JournalEntry.fingerprint)
            return
        }
        storeName = try values.decode(String.self, forKey: .storeName)
        result = try values.decodeIfPresent(String.self, forKey: .result)
        if let store = try values.decodeIfPresent(Store.self, forKey: .added) {
            change = .added(store)
        } else if let store = try values.decodeIfPresent(Store.self, forKey: .removed) {
            change = .removed(store)
        } else {
            change = .edited(try values.decode(StoreChange.self, forKey: .edited))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(id, forKey: .id)
        try values.encode(at, forKey: .at)
        try values.encode(author, forKey: .author)
        try values.encodeIfPresent(member, forKey: .member)
        try values.encode(action, forKey: .action)
        try values.encode(storeID, forKey: .storeID)
        try values.encode(storeName, forKey: .storeName)
        switch change {
        case .added(let store): try values.encode(store, forKey: .added)
        case .removed(let store): try values.encode(store, forKey: .removed)
        case .edited(let change): try values.encode(change, forKey: .edited)
        }
        try values.encodeIfPresent(result, forKey: .result)
        try values.encodeIfPresent(undoes, forKey: .undoes)
        try values.encodeIfPresent(position, forKey: .position)
        try values.encodeUnlessEmpty(parts, forKey: .parts)
    }
}
