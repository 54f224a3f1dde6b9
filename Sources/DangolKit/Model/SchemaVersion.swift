/// The `schemaVersion` every dangol file carries, and the rule for reading it.
public enum SchemaVersion {
    /// Thrown (inside decoding) when a file was written by a newer dangol.
    public struct TooNew: Error, Sendable {
        public let found: Int
        public let supported: Int
    }

    /// Reads the version key and throws `TooNew` when it is above `supported`.
    static func check<Key: CodingKey>(
        _ container: KeyedDecodingContainer<Key>, key: Key, supported: Int
    ) throws {
        let found = try container.decode(Int.self, forKey: key)
        if found > supported {
            throw TooNew(found: found, supported: supported)
        }
        if found < 1 {
            throw FileProblem(Localized("schemaVersion은 1 이상이어야 합니다 (\(found)이 아니라)", "schemaVersion must be 1 or more, not \(found)"),
                              at: key, in: container)
        }
    }
}
