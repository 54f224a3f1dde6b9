/// The changes an admin can make to the programme's rounds, each checked against
/// `Program.problem` (by `DataFolder.updateProgram`) before it is kept.
///
/// Every method either applies its whole change or throws and leaves the programme as it was.
extension Program {
    /// Adds a round after the others; its id must be new.
    public mutating func addRound(_ round: Round) throws {
        guard !rounds.contains(where: { $0.id == round.id }) else { throw DangolError.refused(KitText.roundExists(round.id)) }
        if let problem = round.problem { throw DangolError.refused(problem) }
        rounds.append(round)
    }

    /// Changes round `id`'s name or follow-up weeks (nil keeps what it has).
    public mutating func setRound(_ id: String, name: String?, followUpWeeks: Int?) throws {
        guard let index = rounds.firstIndex(where: { $0.id == id }) else { throw DangolError.notFound(KitText.noRound(id, known: rounds.map(\.id))) }
        var round = rounds[index]
        if let name { round.name = name.trimmingWhitespace }
        if let followUpWeeks { round.followUpWeeks = followUpWeeks }
        if let problem = round.problem { throw DangolError.refused(problem) }
        rounds[index] = round
    }

    /// Puts market `id` in round `roundID` (after its markets), out of any other; nil takes it
    /// out of every round. A market is in at most one round.
    /// - Returns: whether anything changed.
    @discardableResult
    public mutating func place(market id: String, inRound roundID: String?) throws -> Bool {
        if let roundID, !rounds.contains(where: { $0.id == roundID }) { throw DangolError.notFound(KitText.noRound(roundID, known: rounds.map(\.id))) }
        guard round(ofMarket: id)?.id != roundID else { return false }
        for index in rounds.indices { rounds[index].markets.removeAll { $0 == id } }
        if let roundID, let index = rounds.firstIndex(where: { $0.id == roundID }) { rounds[index].markets.append(id) }
        return true
    }
}
