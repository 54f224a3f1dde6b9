/// Each member's remembered session, in `.dangol/members/<id>.json`: machine state, like the
/// digest cache, never data. One file per member, written by that member's sessions only.
extension DataFolder {
    /// The session member `id` left last, or nil when there is none or it cannot be used: a
    /// file that cannot be read, or breaks a rule, is passed over (and replaced when this
    /// session ends), since a setting is not worth refusing a login for.
    public func rememberedSession(of id: String) -> MemberSession? {
        guard Member.isValidID(id), let folder = try? stateFolder("members"),
              let bytes = try? folder.read("\(id).json", limit: .memberSession).bytes,
              let session = try? FileCodec.decode(MemberSession.self, from: bytes, path: folder.file("\(id).json")),
              session.problem == nil else { return nil }
        return session
    }

    /// Keeps `session` as member `id`'s, atomically; nothing in a read-only session.
    public func remember(_ session: MemberSession, of id: String) throws {
        guard !isReadOnly else { return }
        guard Member.isValidID(id) else { throw DangolError.refused(TeamText.notAMemberID(id)) }
        if let problem = session.problem { throw DangolError.refused(problem) }
        let folder = try stateFolder("members", creating: true)
        folder.sweepOrphans(of: "\(id).json")
        try folder.replace("\(id).json", with: FileCodec.encode(session))
    }
}
