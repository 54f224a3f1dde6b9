import DangolKit
/// One input of a form: what it asks, what has been typed, and what is wrong with it.
public struct FormField: Sendable, Equatable {
    /// Which value of the form a field holds: the form reads its values by name, not position.
    public enum Name: Sendable, Equatable {
        case day, friends, messageKind, messageCount, note
        case storeName, category, ownerAge, eligible, tutor
    }

    /// What a field accepts; decides how it is checked.
    public enum Kind: Sendable, Equatable {
        case date
        /// A whole number within the rule table's bounds for that count.
        case count(ClosedRange<Int>)
        case text(required: Bool)
        case messageKind
        case yesNo
        case age
    }

    public var name: Name
    public var label: Localized
    public var kind: Kind
    /// What has been typed, and where the cursor is in it.
    public var input: TextInput
    /// Why the value cannot be saved, shown next to the field; nil when it is fine.
    public var error: Localized?

    init(_ name: Name, label: Localized, kind: Kind, text: String) {
        self.name = name
        self.label = label
        self.kind = kind
        input = TextInput(text)
    }

    /// What has been typed; setting it puts the cursor at its end.
    public var text: String {
        get { input.text }
        set { input = TextInput(newValue) }
    }

    /// Whether the field takes free text (and so gets the form's full width).
    var isText: Bool {
        if case .text = kind { return true }
        return false
    }
}
