import Foundation

/// What kind of change a journal entry records.
public enum JournalAction: String, Codable, CaseIterable, Sendable {
    case channel, friends, message, post, note, add, edit, remove, undo
    /// One record corrected (its day or value) or deleted, picked on the store's screen.
    case fix, delete
}

/// One change to one store: who, when, what, and the store before and after.
///
/// Keeping whole before/after snapshots makes every entry self-explaining and makes undo a
/// matter of putting `before` back, refused when someone changed the store since.
public struct JournalEntry: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    /// When, as an ISO 8601 timestamp with the machine's offset.
    public var at: String
    public var author: String
    /// The team member's id when the edit came through `dangol session`; nil for the folder's own user.
    public var member: String?
    public var action: JournalAction
    public var storeID: String
    /// nil when the change added the store.
    public var before: Store?
    /// nil when the change removed the store.
    public var after: Store?
    /// For an undo: the id of the entry it reversed.
    public var undoes: String?
    /// For a removal: where the store stood in its market, so undoing it puts it back there.
    public var position: Int?

    public init(at: Date, author: String, action: JournalAction, storeID: String, before: Store?, after: Store?,
                undoes: String? = nil, position: Int? = nil, member: String? = nil) {
        id = UUID().uuidString
        self.at = JournalEntry.timestamp(at)
        self.author = author
        self.member = member
        self.action = action
        self.storeID = storeID
        self.before = before
        self.after = after
        self.undoes = undoes
        self.position = position
    }

    /// Refuses an author name that could not be shown safely (`--tutor`, `$DANGOL_TUTOR`).
    static func checkAuthor(_ author: String) throws {
        if author.isBlank { throw DangolError.refused(KitText.needsAuthor()) }
        if let problem = TextRules.problem(in: author) { throw DangolError.refused(KitText.badAuthor(problem)) }
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        return formatter.string(from: date)
    }
}
