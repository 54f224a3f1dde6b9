/// What the person at the keyboard may read and write: the one place that decides it.
///
/// `DataFolder` asks it on every read and every write, so the dashboard, every command, the
/// import and the report are held to it without each checking for itself.
public struct Rights: Hashable, Sendable {
    /// The member working, or nil for the folder's own user: one person without `team.json`,
    /// or the service account's shell, which runs the server.
    public let member: Member?

    /// The folder's own user: everything.
    public static let owner = Rights(member: nil)

    public init(member: Member?) {
        self.member = member
    }

    /// Whether market `id` appears at all: in the overview, totals, search, awards and reports.
    public func mayRead(market id: String) -> Bool {
        guard let member, member.role == .staff else { return true }
        return member.markets.contains(id)
    }

    /// Whether the records of market `id` may be changed.
    public func mayWrite(market id: String) -> Bool {
        guard let member else { return true }
        switch member.role {
        case .admin: return true
        case .tutor: return member.markets.contains(id)
        case .staff: return false
        }
    }

    /// Whether the team and the programme itself (new markets, `team.json`) may be changed.
    public var mayAdminister: Bool {
        member.map { $0.role == .admin } ?? true
    }

    /// Whether `entry` may be undone by this person: their own edits only, unless an admin.
    public func mayUndo(_ entry: JournalEntry) -> Bool {
        guard let member else { return true }
        return member.role == .admin || entry.member == member.id
    }

    /// Why writing market `id` is refused, for the status line and standard error.
    public func refusal(writing id: String) -> DangolError {
        guard let member else { return .forbidden(KitText.readOnly) }
        if member.role == .staff { return .forbidden(TeamText.staffReadsOnly(member.name)) }
        return .forbidden(TeamText.notYourMarket(member.name, market: id))
    }

    /// Why reading market `id` is refused.
    public func refusal(reading id: String) -> DangolError {
        .forbidden(TeamText.cannotRead(member?.name ?? "", market: id))
    }

    /// Why changing the team or the programme is refused.
    public var administrationRefusal: DangolError {
        .forbidden(TeamText.adminsOnly(member?.name ?? ""))
    }
}
