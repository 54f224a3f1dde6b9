/// `team.json`: the people of a shared server. Without it dangol serves one local user, as it
/// always has; with it, `dangol session ID` (the forced command of each key) knows who is who.
public struct Team: Codable, Hashable, Sendable {
    public static let schemaVersion = 1
    public var members: [Member]

    public init(members: [Member] = []) {
        self.members = members
    }

    public func member(_ id: String) -> Member? {
        members.first { $0.id == id }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, members
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        try SchemaVersion.check(values, key: .schemaVersion, supported: Team.schemaVersion)
        members = try values.decodeIfPresent([Member].self, forKey: .members) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(Team.schemaVersion, forKey: .schemaVersion)
        try values.encode(members, forKey: .members)
    }

    /// Every rule the team breaks, with where: ids, names, roles' markets, and a key used twice
    /// (a key must name one person, or the forced command would be a guess).
    public var problems: [Problem] {
        var problems: [Problem] = []
        var owners: [String: String] = [:]
        var ids: Set<String> = []
        if let problem = Bounds.countProblem(members.count, Bounds.members, Localized("구성원", "members")) {
            problems.append(Problem(JSONPath([.key("members")]), problem))
        }
        for (index, member) in members.enumerated() {
            let path = JSONPath([.key("members"), .index(index)])
            if !Member.isValidID(member.id) {
                problems.append(Problem(path.appending("id"), TeamText.notAMemberID(member.id)))
            } else if !ids.insert(member.id).inserted {
                problems.append(Problem(path.appending("id"), TeamText.memberTwice(member.id)))
            }
            if member.name.isBlank {
                problems.append(Problem(path.appending("name"), TeamText.needsName))
            } else if let problem = TextRules.problem(in: member.name) ?? Bounds.lengthProblem(member.name, Bounds.memberName) {
                problems.append(Problem(path.appending("name"), problem))
            }
            if let problem = Bounds.countProblem(member.keys.count, Bounds.keysPerMember, Localized("한 구성원의 키", "keys of one member")) {
                problems.append(Problem(path.appending("keys"), problem))
            }
            if let problem = Bounds.countProblem(member.markets.count, Bounds.markets, Localized("한 구성원의 시장", "markets of one member")) {
                problems.append(Problem(path.appending("markets"), problem))
            }
            for (position, market) in member.markets.enumerated() where !MarketRules.isValidID(market) {
                problems.append(Problem(path.appending("markets").appending(position), KitText.notAnID(KitText.market, market)))
            }
            if member.keys.isEmpty { problems.append(Problem(path.appending("keys"), TeamText.needsKey)) }
            for (position, key) in member.keys.enumerated() {
                if let owner = owners.updateValue(member.id, forKey: key.keyField) {
                    problems.append(Problem(path.appending("keys").appending(position), TeamText.keyTwice(key.fingerprint, owner: owner)))
                }
            }
        }
        return problems
    }
}
