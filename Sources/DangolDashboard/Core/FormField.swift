import DangolKit
/// One input of a form: what it asks, what has been typed, and what is wrong with it.
public struct FormField: Sendable, Equatable {
    /// What a field accepts; decides how it is checked.
    public enum Kind: Sendable, Equatable {
        case date
        /// A whole number of at least `minimum`.
        /// A whole number within the rule table's bounds for that count.
        case count(ClosedRange<Int>)
        case text(required: Bool)
        case messageKind
        case yesNo
        case age
    }

    public var label: Localized
    public var kind: Kind
    public var text: String
    /// Why the value cannot be saved, shown next to the field; nil when it is fine.
    public var error: String?
}
