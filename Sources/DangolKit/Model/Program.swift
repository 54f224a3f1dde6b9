/// The programme as a whole: its name and the settings every market shares.
///
/// Markets are not listed here: each lives in its own file, so adding or editing one
/// never rewrites (or locks) the programme file.
public struct Program: Hashable, Sendable {
    /// The programme file's format; files with a larger number are refused, never downgraded.
    /// Version 2 added `rounds`; version 1 files are read as a programme without rounds.
    public static let schemaVersion = 2

    public var name: String
    /// The best-store award tiers, in order, and how many stores of each market get each.
    public var awardTiers: [AwardTier]
    /// The programme's rounds (차수) in the order they ran; a market is in at most one.
    public var rounds: [Round]

    public init(name: String, awardTiers: [AwardTier] = AwardTier.standard, rounds: [Round] = []) {
        self.name = name
        self.awardTiers = awardTiers
        self.rounds = rounds
    }

    /// Why this programme cannot be kept, and the field at fault; nil when it can. The one rule
    /// for the programme file: reading it and every command that saves it apply it.
    public var problem: (Localized, CodingKeys)? {
        if let problem = roundsProblem { return (problem, .rounds) }
        if let problem = TextRules.problem(in: name) { return (Localized("이름에 \(problem.ko)", "the name \(problem.en)"), .name) }
        if let problem = Bounds.lengthProblem(name, Bounds.programmeName) { return (problem, .name) }
        if let bad = awardTiers.firstIndex(where: { !AwardTier.counts.contains($0.count) || $0.name.isBlank || TextRules.problem(in: $0.name) != nil
            || Bounds.lengthProblem($0.name, Bounds.awardName) != nil || !AwardTier.minimums.contains($0.minimumMessagesAndPosts) }) {
            let (counts, minimums) = (AwardTier.counts, AwardTier.minimums)
            return (Localized("\(bad + 1)번째 상에는 이름(제어 문자 없이)과 \(counts.lowerBound)-\(counts.upperBound) 사이의 인원, \(minimums.lowerBound)-\(minimums.upperBound) 사이의 최소 메시지·포스트 수가 있어야 합니다",
                              "award tier \(bad + 1) needs a name of printable text, a count of \(counts.lowerBound) to \(counts.upperBound) and a minimumMessagesAndPosts of \(minimums.lowerBound) to \(minimums.upperBound)"),
                    .awardTiers)
        }
        return nil
    }

    /// `items` in programme order: each round's markets as program.json lists them, round after
    /// round, then the markets of no round in the order given.
    public func inProgrammeOrder<Item>(_ items: [Item], id: (Item) -> String) -> [Item] {
        var rank: [String: Int] = [:]
        for market in rounds.lazy.flatMap(\.markets) where rank[market] == nil { rank[market] = rank.count }
        let keyed = items.enumerated().map { (key: rank[id($0.element)] ?? rank.count + $0.offset, item: $0.element) }
        return keyed.sorted { $0.key < $1.key }.map(\.item)
    }

    /// The round market `id` belongs to, if any.
    public func round(ofMarket id: String) -> Round? {
        rounds.first { $0.markets.contains(id) }
    }

    /// Why the rounds cannot be kept together: a repeated round id, or a market in two rounds.
    public var roundsProblem: Localized? {
        if let problem = Bounds.countProblem(rounds.count, Bounds.rounds, Localized("차수", "rounds")) { return problem }
        if let problem = rounds.lazy.compactMap(\.problem).first { return problem }
        var seenRounds = Set<String>()
        var roundOfMarket: [String: String] = [:]
        for round in rounds {
            guard seenRounds.insert(round.id).inserted else {
                return Localized("차수 \(round.id)이(가) 두 번 있습니다", "round \(round.id) appears twice")
            }
            for market in round.markets {
                if let other = roundOfMarket.updateValue(round.id, forKey: market) {
                    return Localized("시장 \(market)이(가) 차수 \(other)와 \(round.id)에 모두 있습니다: 시장은 한 차수에만 속합니다",
                                     "market \(market) is in round \(other) and in round \(round.id): a market belongs to one round")
                }
            }
        }
        return nil
    }
}

extension Program: Codable {
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, name, awardTiers, rounds
    }

    /// Decodes the programme file; a file without `awardTiers` uses the standard tiers.
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        try SchemaVersion.check(values, key: .schemaVersion, supported: Program.schemaVersion)
        name = try values.decode(String.self, forKey: .name)
        awardTiers = try values.decodeIfPresent([AwardTier].self, forKey: .awardTiers) ?? AwardTier.standard
        rounds = try values.decodeIfPresent([Round].self, forKey: .rounds) ?? []
        if let (problem, key) = problem {
            throw FileProblem(problem, at: key, in: values)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(Program.schemaVersion, forKey: .schemaVersion)
        try values.encode(name, forKey: .name)
        try values.encode(awardTiers, forKey: .awardTiers)
        try values.encodeUnlessEmpty(rounds, forKey: .rounds)
    }
}
