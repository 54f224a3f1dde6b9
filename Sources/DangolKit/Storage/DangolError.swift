/// Everything that can go wrong reading, validating or changing dangol's data, each with a
/// sentence a tutor can act on, in Korean and English.
public enum DangolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file does not parse, or holds a value the rules refuse; `message` says which and why.
    case invalidFile(FileLocation, Localized)
    /// A file was written by a newer dangol; it is left exactly as it is.
    case newerSchema(FileLocation, found: Int, supported: Int)
    /// The operating system refused to read or write a file.
    case io(path: String, Localized)
    /// A market or store that does not exist.
    case notFound(Localized)
    /// A change the rules do not allow, for example a negative count or a date in the future.
    case refused(Localized)
    /// Something this person may not do (`Rights`): another tutor's market, any write as staff.
    case forbidden(Localized)
    /// The market file was saved but its journal entry could not be written: the change is in
    /// effect, so it must not be made again.
    case savedWithoutJournal(path: String, reason: String)

    /// The message in `language`.
    public func message(_ language: Language) -> String {
        switch self {
        case .invalidFile(let location, let message):
            return "\(location): \(message(language))"
        case .newerSchema(let location, let found, let supported):
            return "\(location): \(KitText.newerSchema(found: found, supported: supported)(language))"
        case .io(let path, let message):
            return "\(path): \(message(language))"
        case .notFound(let message), .refused(let message), .forbidden(let message):
            return message(language)
        case .savedWithoutJournal(let path, let reason):
            return KitText.savedWithoutJournal(path: path, reason: reason)(language)
        }
    }

    /// The message in English, for logs and for errors printed before a language is known.
    public var description: String {
        message(.en)
    }
}

extension Error {
    /// The error's message in `language` when it is dangol's own, else its description.
    public func message(_ language: Language) -> String {
        (self as? DangolError)?.message(language) ?? "\(self)"
    }

    /// The message in both languages, for whoever shows it later.
    public var localizedMessage: Localized {
        Localized(message(.ko), message(.en))
    }
}
