/// Everything that can go wrong reading, validating or changing dangol's data, each with a
/// sentence a tutor can act on.
public enum DangolError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A file does not parse, or holds a value the rules refuse; `message` says which and why.
    case invalidFile(FileLocation, String)
    /// A file was written by a newer dangol; it is left exactly as it is.
    case newerSchema(FileLocation, found: Int, supported: Int)
    /// The operating system refused to read or write a file.
    case io(path: String, String)
    /// A market or store that does not exist.
    case notFound(String)
    /// A change the rules do not allow, for example a negative count or a date in the future.
    case refused(String)
    /// The market file was saved but its journal entry could not be written: the change is in
    /// effect, so it must not be made again.
    case savedWithoutJournal(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidFile(let location, let message):
            return "\(location): \(message)"
        case .newerSchema(let location, let found, let supported):
            return "\(location): written by a newer dangol (schemaVersion \(found); this one reads up to "
                + "\(supported)). Upgrade dangol; the file was left untouched."
        case .io(let path, let message):
            return "\(path): \(message)"
        case .notFound(let message), .refused(let message):
            return message
        case .savedWithoutJournal(let path, let reason):
            return "the change WAS saved, but its journal entry was not (\(reason)); do not record it again. "
                + "Make \(path) writable so later changes are journaled"
        }
    }
}
