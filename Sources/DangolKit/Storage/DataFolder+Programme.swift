/// Changes to program.json: its rounds and which market is in which. An admin's, in a session
/// as on the server's shell.
extension DataFolder {
    /// Changes the programme file under its lock: re-reads it, applies `change`, and saves it
    /// only if it keeps every rule (`Program.problem`); nothing is written otherwise.
    ///
    /// Rights are asked before the lock is taken and again under it, from team.json as it is then.
    @discardableResult
    public func updateProgram<T>(_ change: (inout Program) throws -> T) throws -> T {
        try requireAdministration()
        return try withLock("program") {
            try requireAdministration()
            let root = try root()
            // A temp file a killed writer left beside it.
            root.sweepOrphans(of: "program.json")
            var program = try readWholeProgram()
            let result = try change(&program)
            if let (problem, _) = program.problem { throw DangolError.refused(problem) }
            try root.replace("program.json", with: FileCodec.encode(program))
            return result
        }
    }

    /// Saves a new market in round `roundID`, which must exist: the market file first, then the
    /// round's list, under the programme's lock, so no one else moves markets in between.
    public func addMarket(_ market: Market, inRound roundID: String, creatingProgramme program: Program? = nil) throws {
        if let program { try createIfNeeded(program: program) }
        try updateProgram { program in
            guard program.rounds.contains(where: { $0.id == roundID }) else { throw DangolError.notFound(KitText.noRound(roundID, known: program.rounds.map(\.id))) }
            try addMarket(market)
            try program.place(market: market.id, inRound: roundID)
        }
    }

    /// Moves market `id` into round `roundID` (after its markets), or out of every round for nil.
    /// - Returns: whether anything changed.
    @discardableResult
    public func moveMarket(_ id: String, toRound roundID: String?) throws -> Bool {
        let name = try DataFolder.fileName(ofMarket: id)
        try requireAdministration()
        guard try marketsFolder().contains(name) else { throw DangolError.notFound(KitText.noMarket(id, in: path)) }
        return try updateProgram { try $0.place(market: id, inRound: roundID) }
    }

    /// Changes market `id`'s first day or its weeks (nil keeps what it has), under the market's
    /// lock and its rules. A market without a schedule needs its first day.
    /// - Returns: the schedule saved.
    @discardableResult
    public func setSchedule(of id: String, starts: CalendarDate?, weeks: Int?) throws -> MarketSchedule {
        try requireAdministration()
        return try updateMarket(id) { market in
            guard let first = starts ?? market.schedule?.starts else { throw DangolError.refused(KitText.scheduleNeedsStart(id)) }
            let schedule = MarketSchedule(starts: first, weeks: weeks ?? market.schedule?.weeks ?? MarketSchedule.standardWeeks)
            market.schedule = schedule
            return schedule
        }
    }
}
