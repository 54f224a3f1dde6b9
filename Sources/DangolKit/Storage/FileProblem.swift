/// A value a file holds that dangol refuses, thrown while decoding it so that the message
/// keeps both languages (Foundation's `DecodingError` carries one string only) and the place.
struct FileProblem: Error, Sendable {
    let path: JSONPath
    let message: Localized

    /// A problem with the value of `key` in `container`.
    init<Key: CodingKey>(_ message: Localized, at key: Key, in container: KeyedDecodingContainer<Key>) {
        path = JSONPath(codingPath: container.codingPath + [key])
        self.message = message
    }

    /// A problem with the single value being decoded.
    init(_ message: Localized, in container: SingleValueDecodingContainer) {
        path = JSONPath(codingPath: container.codingPath)
        self.message = message
    }
}
