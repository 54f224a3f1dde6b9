/// What the person at the keyboard may read and write: the one place that decides it.
///
/// `DataFolder` asks it on every read and every write, so the dashboard, every command, the
/// import and the report are held to it without each checking for itself.
public struct Rights: Hashable, Sendable {
    /// The member working, or nil for the folder's own user: one person without `team.json`,
    /// or the service account's shell, which runs the server.
    public let member: Member?
    /// Whether the session's member is no longer in team.json: they may read and write nothing.
    public let isRemoved: Bool

    /// The folder's own user: everything.
    public static let owner = Rights(member: nil)

    public init(member: Member?) {
        self.member = member
        isRemoved = false
    }

    /// The rights of member `id`, whom team.json no longer lists: none at all.
    static func removed(_ id: String) -> Rights {
        Rights(removed: Member(id: id, name: id, role: .staff, markets: [], keys: []))
    }

    private init(removed member: Member) {
        self.member = member
        isRemoved = true
    }

    /// Why nothing is allowed any more: team.json no longer lists the member; nil otherwise.
    public var removal: DangolError? {
        guard isRemoved, let member else { return nil }
        return .forbidden(TeamText.unknownMember(member.id))
    }

    /// Whether market `id` appears at all: in the overview, totals, search, awards and reports.
    public func mayRead(market id: String) -> Bool {
        if isRemoved { return false }
        guard let member, member.role == .staff else { return true }
        return member.markets.contains(id)
    }

    /// Whether every market may be read (everyone but staff, and a removed member).
    public var readsEveryMarket: Bool {
        !isRemoved && member?.role != .staff
    }

    /// Whether the records of market `id` may be changed.
    public func mayWrite(market id: String) -> Bool {
        if isRemoved { return false }
        guard let member else { return true }
        switch member.role {
        case .admin: return true
        case .tutor: return member.markets.contains(id)
        case .staff: return false
        }
    }

    /// Whether the team and the programme itself (new markets, `team.json`) may be changed.
    public var mayAdminister: Bool {
        !isRemoved && member.map { $0.role == .admin } ?? true
    }

    /// Why writing market `id` is refused, for the status line and standard error.
    public func refusal(writing id: String) -> DangolError {
        guard let member else { return .forbidden(KitText.readOnly) }
        if let removal { return removal }
        if member.role == .staff { return .forbidden(TeamText.staffReadsOnly(member.name)) }
        return .forbidden(TeamText.notYourMarket(member.name, market: id))
    }

    /// Why reading market `id` is refused.
    public func refusal(reading id: String) -> DangolError {
        if let removal { return removal }
        return .forbidden(TeamText.cannotRead(member?.name ?? "", market: id))
    }

    /// Why changing the team or the programme is refused.
    public var administrationRefusal: DangolError {
        if let removal { return removal }
        return .forbidden(TeamText.adminsOnly(member?.name ?? ""))
    }
}
