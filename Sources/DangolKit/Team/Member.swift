/// What a member of the team may do: everything, their markets' records, or read their markets.
public enum Role: String, Codable, CaseIterable, Sendable {
    /// Everything, in every market, and the team itself.
    case admin
    /// An on-site digital tutor: reads every market, writes only their own.
    case tutor
    /// Market association staff: reads only their own markets, writes nothing.
    case staff

    public var name: Localized {
        switch self {
        case .admin: return Localized("관리자", "admin")
        case .tutor: return Localized("튜터", "tutor")
        case .staff: return Localized("상인회", "staff")
        }
    }
}

/// One person who uses the shared server: who they are, what they may do, and the SSH keys
/// that prove it (one key per device, as gitolite and Soft Serve do for git).
public struct Member: Codable, Hashable, Sendable {
    /// `[a-z0-9][a-z0-9_-]{0,31}`: what the forced command names.
    public var id: String
    /// How the person is shown and journaled (Hangul welcome).
    public var name: String
    public var role: Role
    /// The markets a tutor writes or staff reads; an admin has every market.
    public var markets: [String]
    public var keys: [PublicKey]

    public init(id: String, name: String, role: Role, markets: [String] = [], keys: [PublicKey]) {
        self.id = id
        self.name = name
        self.role = role
        self.markets = markets
        self.keys = keys
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, role, markets, keys
    }

    /// Whether `id` can name a member: `[a-z0-9][a-z0-9_-]{0,31}`.
    public static func isValidID(_ id: String) -> Bool {
        id.utf8.count <= 32 && MarketRules.isValidID(id)
    }
}
