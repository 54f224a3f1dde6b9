/// What a member chose for their dashboard, remembered on the server between logins: the
/// options they gave, the round they narrowed the overview to, and the screen they were on.
///
/// Every field is optional: what a member never chose stays the default. Held to the same rules
/// as everything read from a file (`problem`), since the file sits on the server and a member's
/// own session wrote it.
public struct MemberSession: Codable, Hashable, Sendable {
    public var language: Language?
    /// The `--ambiguous` setting (`narrow`, `wide`, `ascii`), as the dashboard names it.
    public var ambiguous: String?
    /// True when the member asked for no colours.
    public var noColor: Bool?
    /// The round the overview was narrowed to.
    public var round: String?
    /// The market whose screen was in front (or under a store, a form or help).
    public var market: String?
    /// The store whose screen was open over that market.
    public var store: String?

    public init(language: Language? = nil, ambiguous: String? = nil, noColor: Bool? = nil, round: String? = nil,
                market: String? = nil, store: String? = nil) {
        self.language = language
        self.ambiguous = ambiguous
        self.noColor = noColor
        self.round = round
        self.market = market
        self.store = store
    }

    /// Why this cannot be kept or used: an id that is not one. (An `ambiguous` setting the
    /// dashboard does not know is passed over by the dashboard, which owns the settings.)
    public var problem: Localized? {
        if let round, !MarketRules.isValidID(round) { return KitText.notAnID(KitText.round, round) }
        if let market, !MarketRules.isValidID(market) { return KitText.notAnID(KitText.market, market) }
        if let store, !MarketRules.isValidStoreID(store) { return KitText.notAStoreID(store) }
        if let ambiguous, let problem = TextRules.problem(in: ambiguous) { return problem }
        return nil
    }
}

extension Language: Codable {}
