/// `team.json`: read by every session to learn who is who, changed only by an administrator,
/// through the same locked, atomic save as a market file.
extension DataFolder {
    public var teamPath: String { "\(path)/team.json" }

    /// The team, or nil when the folder has none (one local user, as before teams).
    public func readTeam() throws -> Team? {
        let bytes: [UInt8]
        do {
            bytes = try root().read("team.json", limit: .program).bytes
        } catch DangolError.notFound {
            return nil
        }
        let team = try FileCodec.decode(Team.self, from: bytes, path: teamPath)
        if let problem = FileCodec.locate(team.problems, in: bytes, path: teamPath).first { throw problem }
        return team
    }

    /// Changes the team under its lock: re-reads it (an empty team when there is none), applies
    /// `change`, and saves it unless a rule is broken. - Returns: what `change` returned.
    @discardableResult
    public func updateTeam<T>(_ change: (inout Team) throws -> T) throws -> T {
        try requireAdministration()
        return try withLock("team") {
            try requireAdministration()
            let root = try root()
            root.sweepOrphans(of: "team.json")
            let before = try readTeam() ?? Team()
            var team = before
            let result = try change(&team)
            if let problem = team.problems.first { throw DangolError.refused(problem.localized) }
            if before.members.contains(where: { $0.role == .admin }), !team.members.contains(where: { $0.role == .admin }) {
                throw DangolError.refused(TeamText.lastAdmin)
            }
            let bytes = try FileCodec.encode(team)
            if let problem = Bounds.sizeProblem(bytes.count, limit: Bounds.smallFileBytes, Localized("team.json", "team.json")) {
                throw DangolError.refused(problem)
            }
            try root.replace("team.json", with: bytes)
            return result
        }
    }

    /// The same folder seen by member `id` of its team, or refused when there is no such member.
    public func seen(byMember id: String) throws -> DataFolder {
        guard Member.isValidID(id) else { throw DangolError.forbidden(TeamText.notAMemberID(id)) }
        guard try readTeam()?.member(id) != nil else { throw DangolError.forbidden(TeamText.unknownMember(id)) }
        return DataFolder(path: path, readOnly: isReadOnly, member: id)
    }
}
