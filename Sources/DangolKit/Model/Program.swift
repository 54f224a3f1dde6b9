/// The programme as a whole: its name and the settings every market shares.
///
/// Markets are not listed here: each lives in its own file, so adding or editing one
/// never rewrites (or locks) the programme file.
public struct Program: Hashable, Sendable {
    /// The programme file's format; files with a larger number are refused, never downgraded.
    public static let schemaVersion = 1

    public var name: String
    /// The best-store award tiers, in order, and how many stores of each market get each.
    public var awardTiers: [AwardTier]

    public init(name: String, awardTiers: [AwardTier] = AwardTier.standard) {
        self.name = name
        self.awardTiers = awardTiers
    }
}

extension Program: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, name, awardTiers
    }

    /// Decodes the programme file; a file without `awardTiers` uses the standard tiers.
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        try SchemaVersion.check(values, key: .schemaVersion, supported: Program.schemaVersion)
        name = try values.decode(String.self, forKey: .name)
        awardTiers = try values.decodeIfPresent([AwardTier].self, forKey: .awardTiers) ?? AwardTier.standard
        if let problem = TextRules.problem(in: name) {
            throw DecodingError.dataCorruptedError(forKey: .name, in: values, debugDescription: "the name \(problem)")
        }
        if let bad = awardTiers.firstIndex(where: { !AwardTier.counts.contains($0.count) || $0.name.isBlank || TextRules.problem(in: $0.name) != nil }) {
            throw DecodingError.dataCorruptedError(
                forKey: .awardTiers, in: values,
                debugDescription: "award tier \(bad + 1) needs a name of printable text and a count of \(AwardTier.counts.lowerBound) to \(AwardTier.counts.upperBound)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(Program.schemaVersion, forKey: .schemaVersion)
        try values.encode(name, forKey: .name)
        try values.encode(awardTiers, forKey: .awardTiers)
    }
}
