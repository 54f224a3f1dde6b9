import Foundation

/// What a member chose for their dashboard, remembered on the server between logins: the
/// options they gave, the round they narrowed the overview to, the screen they were on, and
/// what they were typing when the connection dropped.
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
    /// The form that was open when the session ended without being quit.
    public var draft: Draft?

    /// A form's text kept when the connection dropped with the form open.
    public struct Draft: Codable, Hashable, Sendable {
        /// How long a draft is offered at the next login; an older one is passed over.
        public static let lifetime: TimeInterval = 7 * 24 * 3600
        /// The most fields a form has.
        public static let fieldCount = 8

        /// The form's kind, as the dashboard names it (`note`, `friends` …).
        public var form: String
        public var market: String
        /// The store the form is about; nil for a store being added.
        public var store: String?
        /// Each field's text, in the form's order.
        public var fields: [String]
        /// When it was kept, in seconds since 1970.
        public var keptAt: Double

        public init(form: String, market: String, store: String?, fields: [String], keptAt: Date) {
            self.form = form
            self.market = market
            self.store = store
            self.fields = fields
            self.keptAt = keptAt.timeIntervalSince1970
        }

        /// Whether it was kept longer ago than `lifetime` before `now`.
        public func hasExpired(at now: Date) -> Bool {
            now.timeIntervalSince1970 - keptAt > Draft.lifetime
        }

        /// Why it cannot be kept or offered: not a market or store id, too many fields, or a
        /// field longer than any a form takes or holding what no field may.
        var problem: Localized? {
            if !MarketRules.isValidID(market) { return KitText.notAnID(KitText.market, market) }
            if let store, !MarketRules.isValidStoreID(store) { return KitText.notAStoreID(store) }
            if let problem = TextRules.problem(in: form) { return problem }
            if let problem = Bounds.countProblem(fields.count, Draft.fieldCount, Localized("초안의 칸", "fields of a draft")) { return problem }
            for field in fields {
                if let problem = Bounds.lengthProblem(field, Bounds.noteText) ?? TextRules.problem(in: field) { return problem }
            }
            return nil
        }
    }

    public init(language: Language? = nil, ambiguous: String? = nil, noColor: Bool? = nil, round: String? = nil,
                market: String? = nil, store: String? = nil, draft: Draft? = nil) {
        self.language = language
        self.ambiguous = ambiguous
        self.noColor = noColor
        self.round = round
        self.market = market
        self.store = store
        self.draft = draft
    }

    /// Why this cannot be kept or used: an id that is not one. (An `ambiguous` setting the
    /// dashboard does not know is passed over by the dashboard, which owns the settings.)
    public var problem: Localized? {
        if let round, !MarketRules.isValidID(round) { return KitText.notAnID(KitText.round, round) }
        if let market, !MarketRules.isValidID(market) { return KitText.notAnID(KitText.market, market) }
        if let store, !MarketRules.isValidStoreID(store) { return KitText.notAStoreID(store) }
        if let ambiguous, let problem = TextRules.problem(in: ambiguous) { return problem }
        return draft?.problem
    }
}

extension Language: Codable {}
