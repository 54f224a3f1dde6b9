/// A broken rule at a place in a file: what `dangol check` lists and what an edit is refused for.
public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String

    public init(_ path: JSONPath, _ message: String) {
        self.path = path
        self.message = message
    }

    public var description: String {
        path.components.isEmpty ? message : "\(path): \(message)"
    }
}
