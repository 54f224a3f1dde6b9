/// A broken rule at a place in a file: what `dangol check` lists and what an edit is refused for.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var path: JSONPath
    public var message: Localized

    public init(_ path: JSONPath, _ message: Localized) {
        self.path = path
        self.message = message
    }

    /// The problem in `language`, after where it is.
    public func text(_ language: Language) -> String {
        path.components.isEmpty ? message(language) : "\(path): \(message(language))"
    }

    public var description: String {
        text(.en)
    }

    /// Both languages, for errors that carry it on.
    public var localized: Localized {
        Localized(text(.ko), text(.en))
    }
}
