/// A round (차수) of the programme: a cohort of markets tutored in the same season and read together.
///
/// Rounds live in program.json. A market belongs to at most one round; `RoundCalendar` decides
/// the day each round is read as of.
public struct Round: Hashable, Sendable {
    /// Weeks after the last tutor week that still belong to a round: the programme's month of
    /// open-chat Q&A and weekly visits.
    public static let standardFollowUpWeeks = 4
    public static let followUpWeekRange = 0...52

    /// Short stable identifier, such as `2022` or `2022-pilot`: the same rule as market ids.
    public var id: String
    /// What people call the round, such as "2022 본사업".
    public var name: String
    /// The ids of the round's markets.
    public var markets: [String]
    /// How many weeks after the last tutor week the round is still running.
    public var followUpWeeks: Int

    public init(id: String, name: String, markets: [String], followUpWeeks: Int = Round.standardFollowUpWeeks) {
        self.id = id
        self.name = name
        self.markets = markets
        self.followUpWeeks = followUpWeeks
    }

    /// Why this round cannot be kept, or nil when it can.
    public var problem: Localized? {
        if !MarketRules.isValidID(id) { return KitText.notAnID(KitText.round, id) }
        if name.isBlank { return Localized("차수 \(id)에 이름이 없습니다", "round \(id) needs a name") }
        if let problem = TextRules.problem(in: name) { return Localized("차수 \(id)의 이름에 \(problem.ko)", "round \(id): the name \(problem.en)") }
        if let problem = Bounds.lengthProblem(name, Bounds.roundName) { return Localized("차수 \(id): \(problem.ko)", "round \(id): \(problem.en)") }
        if let bad = markets.first(where: { !MarketRules.isValidID($0) }) {
            let notAnID = KitText.notAnID(KitText.market, bad)
            return Localized("차수 \(id): \(notAnID.ko)", "round \(id): \(notAnID.en)")
        }
        if !Round.followUpWeekRange.contains(followUpWeeks) {
            let range = "\(Round.followUpWeekRange.lowerBound)-\(Round.followUpWeekRange.upperBound)"
            return Localized("차수 \(id): followUpWeeks는 \(range) 사이여야 합니다", "round \(id): followUpWeeks must be \(range.replacingOccurrences(of: "-", with: " to "))")
        }
        return nil
    }
}

extension Round: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, markets, followUpWeeks
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decode(String.self, forKey: .id)
        name = try values.decode(String.self, forKey: .name)
        markets = try values.decodeIfPresent([String].self, forKey: .markets) ?? []
        followUpWeeks = try values.decodeIfPresent(Int.self, forKey: .followUpWeeks) ?? Round.standardFollowUpWeeks
        if let problem {
            throw FileProblem(problem, at: .id, in: values)
        }
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(id, forKey: .id)
        try values.encode(name, forKey: .name)
        try values.encode(markets, forKey: .markets)
        if followUpWeeks != Round.standardFollowUpWeeks { try values.encode(followUpWeeks, forKey: .followUpWeeks) }
    }
}
