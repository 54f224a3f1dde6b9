/// The programme as a whole: its name and the settings every market shares.
///
/// Markets are not listed here: each lives in its own file, so adding or editing one
/// never rewrites (or locks) the programme file.
public struct Program: Hashable, Sendable {
    /// The programme file's format; files with a larger number are refused, never downgraded.
    public static let schemaVersion = 1

    public var name: String

    public init(name: String) {
        self.name = name
    }
}

extension Program: Codable {
    private enum CodingKeys: String, CodingKey {
        case schemaVersion, name
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        try SchemaVersion.check(values, key: .schemaVersion, supported: Program.schemaVersion)
        name = try values.decode(String.self, forKey: .name)
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(Program.schemaVersion, forKey: .schemaVersion)
        try values.encode(name, forKey: .name)
    }
}
