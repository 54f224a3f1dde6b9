import Foundation

/// The JSON-file store: a programme file plus one file per market, in one folder.
///
/// ```
/// DIR/program.json            the programme (name, shared settings)
/// DIR/markets/<id>.json       one market and all its stores
/// DIR/.dangol/locks/<id>.lock one lock file per market, never replaced
/// DIR/.dangol/cache/<id>.digest each market's digest, rebuilt whenever its file changes
/// DIR/.dangol/pending/<id>.json a change between its market file and its journal (`PendingChange`)
/// DIR/journal/<id>.jsonl      each market's journal of changes
/// DIR/team.json               the members of a shared server (optional)
/// ```
///
/// Every read and write asks `rights` first: a market a person may not read is not listed,
/// opened or summed; a market they may not write is refused before its lock is taken, and asked
/// again under the lock. A member's rights come from `team.json` as it is at that moment, so a
/// removal or a changed role bites at once, even in a session opened before it.
///
/// Every file is reached through `OpenFolder`: no link inside the folder is followed, only
/// regular files are read, each kind with a size limit (`FileLimit`), and a market id becomes a
/// file name only after `MarketRules.isValidID` accepts it.
///
/// Reads take no lock: every save renames a complete file into place, so a reader sees the old
/// or the new version. Writers take the market's lock, re-read the file under it, change it and
/// save, so concurrent tutors never lose each other's updates. A file that cannot be read is
/// never written.
public struct DataFolder: Sendable {
    public let path: String
    /// Whether this session may write nothing at all: no market, journal, lock or cache file.
    public let isReadOnly: Bool
    /// The team member reading and writing, or nil for the folder's own user.
    public let memberID: String?
    /// `team.json` as it is now, for the member's rights; nil for the folder's own user.
    private let team: TeamFile?
    /// `markets/` and the digest cache as the last read of digests opened them (`HeldFolders`).
    let heldFolders: HeldFolders

    public init(path: String, readOnly: Bool = false) {
        self.init(path: path, readOnly: readOnly, member: nil)
    }

    init(path: String, readOnly: Bool, member: String?) {
        let path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
        self.path = path
        isReadOnly = readOnly
        memberID = member
        team = member == nil ? nil : TeamFile(folder: path)
        heldFolders = HeldFolders(root: path)
    }

    /// Who is reading and writing, and what they may touch, as `team.json` says now: everything
    /// for the folder's own user; nothing at all for a member it no longer lists.
    public var rights: Rights {
        guard let memberID, let team else { return .owner }
        return team.rights(of: memberID)
    }

    public var programPath: String { "\(path)/program.json" }
    public var marketsPath: String { "\(path)/markets" }

    /// The market file's path, for messages and tests; files are reached through `OpenFolder`.
    public func marketPath(_ id: String) -> String {
        "\(marketsPath)/\(id).json"
    }

    // MARK: Folders

    /// The folder itself, as the person named it.
    func root() throws -> OpenFolder {
        do {
            return try OpenFolder(path)
        } catch DangolError.notFound {
            throw notADataFolder
        }
    }

    /// `markets/`; created only for a write.
    func marketsFolder(creating: Bool = false) throws -> OpenFolder {
        try OpenFolder(path, below: ["markets"], creating: creating)
    }

    /// `.dangol/<name>/`: machine state (locks, the digest cache), never data.
    func stateFolder(_ name: String, creating: Bool = false) throws -> OpenFolder {
        try OpenFolder(path, below: [".dangol", name], creating: creating)
    }

    /// `.dangol/staging/`, where market files are written before they are renamed into markets/.
    private func stagingFolder() throws -> OpenFolder {
        try stateFolder("staging", creating: true)
    }

    /// The file name of market `id`, refused before any file is touched unless `id` is an id:
    /// an id from outside never becomes a path (`../x`, `a/b`, NUL and the like).
    static func fileName(ofMarket id: String) throws -> String {
        guard MarketRules.isValidID(id) else {
            throw DangolError.refused(KitText.notAnID(KitText.market, id))
        }
        return "\(id).json"
    }

    private var notADataFolder: DangolError {
        .notFound(KitText.notADataFolder(path))
    }

    /// Refuses a write in a read-only session, before anything is opened.
    func requireWritable() throws {
        if isReadOnly { throw DangolError.refused(KitText.readOnly) }
    }

    /// Refuses a write to market `id` that `rights` do not allow, before anything is opened
    /// (and again under the market's lock, from team.json as it is then).
    func requireWritable(market id: String) throws {
        try requireWritable()
        let rights = rights
        guard rights.mayWrite(market: id) else { throw rights.refusal(writing: id) }
    }

    /// Refuses a read of market `id` that `rights` do not allow.
    func requireReadable(market id: String) throws {
        let rights = rights
        guard rights.mayRead(market: id) else { throw rights.refusal(reading: id) }
    }

    /// Refuses a change to the programme or the team unless `rights` allow administration.
    func requireAdministration() throws {
        try requireWritable()
        let rights = rights
        guard rights.mayAdminister else { throw rights.administrationRefusal }
    }

    // MARK: Reading

    /// Whether the folder holds a programme file.
    public var exists: Bool {
        (try? root().contains("program.json")) ?? false
    }

    /// The programme as this person may see it: a round lists only the markets they may read,
    /// so no output names a market they may not.
    public func readProgram() throws -> Program {
        var program = try readWholeProgram()
        let rights = rights
        if !rights.readsEveryMarket {
            for index in program.rounds.indices { program.rounds[index].markets.removeAll { !rights.mayRead(market: $0) } }
        }
        return program
    }

    /// The programme file as it is, whoever reads.
    func readWholeProgram() throws -> Program {
        let bytes: [UInt8]
        do {
            bytes = try root().read("program.json", limit: .program).bytes
        } catch DangolError.notFound {
            throw notADataFolder
        }
        return try FileCodec.decode(Program.self, from: bytes, path: programPath)
    }

    /// The day each round is read as of, worked out from every market of the folder whoever
    /// reads, then kept to the markets `readable` (this person's digests): rights hide rows,
    /// they never move a round's day, so everyone who may see a figure sees the same one.
    public func roundCalendar(readable: [MarketDigest], today: CalendarDate, requested: CalendarDate?) throws -> RoundCalendar {
        let rights = rights
        let everyone = DataFolder(path: path, readOnly: isReadOnly)
        let rounds = try everyone.readWholeProgram().rounds
        guard !rights.readsEveryMarket else {
            return RoundCalendar(rounds: rounds, digests: readable, today: today, requested: requested)
        }
        let all = try everyone.digestResults().compactMap { try? $0.get() }.sorted(by: MarketDigest.programmeOrder)
        return RoundCalendar(rounds: rounds, digests: all, today: today, requested: requested).keeping { rights.mayRead(market: $0) }
    }

    /// The ids of every market file this person may read, sorted. Names that are not ids are
    /// listed too (to whoever may administer), so that reading them reports the name instead of
    /// passing over a file silently.
    public func marketIDs() throws -> [String] {
        let names: [String]
        do {
            names = try marketsFolder().names()
        } catch DangolError.notFound {
            return []
        }
        let rights = rights
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .filter { MarketRules.isValidID($0) ? rights.mayRead(market: $0) : rights.mayAdminister }
            .sorted()
    }

    /// Reads and validates one market.
    public func readMarket(_ id: String) throws -> Market {
        try loadMarket(id).market
    }

    /// Reads one market with the stamp of the version read; refuses a file that breaks a rule.
    func loadMarket(_ id: String) throws -> (market: Market, stamp: FileStamp) {
        let file = try readMarketFile(id)
        if let problem = file.problems.first { throw problem }
        return (file.market, file.stamp)
    }

    /// One market file as it is: the market decoded, the stamp of the version read, and every
    /// rule it breaks at its line and column. Throws when the file cannot be read or decoded.
    private func readMarketFile(_ id: String) throws -> (market: Market, stamp: FileStamp, problems: [DangolError]) {
        let (bytes, stamp) = try readMarketBytes(id)
        let (market, problems) = try decodeMarket(id, from: bytes)
        return (market, stamp, problems)
    }

    /// The bytes of market `id`'s file and the stamp of the version read, from `markets` when
    /// the caller holds `markets/` open for many reads, else from the folder opened for this one.
    private func readMarketBytes(_ id: String, in markets: OpenFolder? = nil) throws -> (bytes: [UInt8], stamp: FileStamp) {
        let name = try DataFolder.fileName(ofMarket: id)
        try requireReadable(market: id)
        do {
            return try (markets ?? marketsFolder()).read(name, limit: .market)
        } catch DangolError.notFound {
            throw DangolError.notFound(KitText.noMarket(id, in: path))
        }
    }

    /// Market `id` decoded from its file's `bytes`, and every rule it breaks at its line and
    /// column. Throws when the bytes cannot be decoded.
    private func decodeMarket(_ id: String, from bytes: [UInt8]) throws -> (market: Market, problems: [DangolError]) {
        let file = marketPath(id)
        let market = try FileCodec.decode(Market.self, from: bytes, path: file)
        return (market, FileCodec.locate(problems(in: market, fileID: id), in: bytes, path: file))
    }

    /// The market's rules, the one that ties a market to its file name first.
    private func problems(in market: Market, fileID: String) -> [Problem] {
        (MarketRules.fileNameProblem(of: market, fileID: fileID).map { [$0] } ?? []) + MarketRules.problems(in: market)
    }

    // MARK: Checking

    /// Every problem in every file, each as `PATH:LINE:COLUMN: message`; empty when all is well.
    public func check() -> [DangolError] {
        var problems: [DangolError] = []
        do {
            _ = try readProgram()
        } catch let error as DangolError {
            problems.append(error)
        } catch {
            problems.append(.io(path: programPath, Localized(verbatim: "\(error)")))
        }
        let ids: [String]
        do {
            ids = try marketIDs()
        } catch let error as DangolError {
            return problems + [error]
        } catch {
            return problems
        }
        if let problem = Bounds.countProblem(ids.count, Bounds.markets, Localized("시장 파일", "market files")) {
            problems.append(.io(path: marketsPath, problem))
        }
        problems += checkTeam()
        return problems + ids.concurrentMap { checkMarket($0) + checkJournal($0) }.flatMap { $0 }
    }

    /// team.json's problems, when the folder has one.
    private func checkTeam() -> [DangolError] {
        do {
            _ = try readTeam()
            return []
        } catch let error as DangolError {
            return [error]
        } catch {
            return [.io(path: teamPath, Localized(verbatim: "\(error)"))]
        }
    }

    /// The lines of the market's journal that cannot be read (torn by a crash or a full disk),
    /// and a change a killed writer left between market file and journal that `check` could not
    /// settle itself (`settlePendingChange`).
    private func checkJournal(_ id: String) -> [DangolError] {
        let journal = MarketJournal(folder: self, marketID: id)
        var problems: [DangolError] = []
        let pendingLeft = !settlePendingChange(of: id)
        do {
            for line in try journal.scan().unreadableLines {
                problems.append(.io(path: "\(journal.path):\(line)", KitText.unreadableJournalLine))
            }
        } catch let error as DangolError {
            problems.append(error)
        } catch {
            problems.append(.io(path: journal.path, Localized(verbatim: "\(error)")))
        }
        if pendingLeft {
            problems.append(.io(path: "\(path)/.dangol/pending/\(PendingChange.fileName(ofMarket: id))", KitText.pendingChange))
        }
        return problems
    }

    private func checkMarket(_ id: String) -> [DangolError] {
        do {
            let file = try readMarketFile(id)
            return file.problems + (file.problems.isEmpty ? checkCache(of: file.market) : [])
        } catch DangolError.refused(let message) {
            return [.io(path: marketPath(id), message)]
        } catch let error as DangolError {
            return [error]
        } catch {
            return [.io(path: marketPath(id), Localized(verbatim: "\(error)"))]
        }
    }

    /// Whether market `market`'s cached digest is the one its file gives now; a cache entry
    /// that is not is removed (it is derived data: the next read rebuilds it) and reported.
    private func checkCache(of market: Market) -> [DangolError] {
        guard let cached = DigestCache(folder: self).digest(for: market.id) else { return [] }
        let built = MarketDigest(market: market)
        // Both digests are held while their bytes are compared: the bytes live as long as they do.
        let same = withExtendedLifetime((cached, built)) { cached.bytes.buffer.elementsEqual(built.bytes.buffer) }
        guard !same else { return [] }
        if !isReadOnly { try? stateFolder("cache").remove(DigestCache.fileName(of: market.id)) }
        return [.io(path: "\(path)/.dangol/cache/\(DigestCache.fileName(of: market.id))", KitText.staleCache(removed: !isReadOnly))]
    }

    // MARK: Writing

    /// Creates the folder with its programme file, unless it already has one.
    public func createIfNeeded(program: Program) throws {
        try requireAdministration()
        let folder = try OpenFolder(path, creating: true)
        _ = try marketsFolder(creating: true)
        try withLock("program") {
            guard !folder.contains("program.json") else { return }
            try folder.replace("program.json", with: FileCodec.encode(program))
        }
    }

    /// Writes a whole programme into a folder that has none yet: refused, with nothing
    /// written, when the folder already holds one.
    public func createProgramme(_ program: Program, markets: [Market]) throws {
        guard !exists else { throw DangolError.refused(KitText.folderInUse(path)) }
        try createIfNeeded(program: program)
        for market in markets {
            try addMarket(market)
        }
    }

    /// Saves a new market; refused when a market with its id exists. With `program`, a folder
    /// without a programme gets one first, but only once the market has passed every rule, so a
    /// refused market leaves no folder, programme file or lock behind.
    public func addMarket(_ market: Market, creatingProgramme program: Program? = nil) throws {
        try requireAdministration()
        let name = try DataFolder.fileName(ofMarket: market.id)
        let market = market.trimmed
        if let problem = MarketRules.problems(in: market).first {
            throw DangolError.refused(problem.localized)
        }
        if let program { try createIfNeeded(program: program) }
        try withLock(market.id) {
            guard try !marketsFolder(creating: true).contains(name) else {
                throw DangolError.refused(KitText.marketExists(market.id, in: path))
            }
            let count = try marketIDs().count
            if let problem = Bounds.countProblem(count + 1, Bounds.markets, Localized("한 사업의 시장", "markets in one programme")) {
                throw DangolError.refused(problem)
            }
            try save(market)
        }
    }

    /// Changes one market under its lock: re-reads the file, applies `change`, saves.
    ///
    /// Nothing is written when the file cannot be read, when `change` throws, or when the
    /// result breaks a rule. Only this market's file (and its cache) is rewritten.
    @discardableResult
    public func updateMarket<T>(_ id: String, _ change: (inout Market) throws -> T) throws -> T {
        try updateMarket(id, change, beforeSaving: { _ in }, afterSaving: { _, _ in })
    }

    /// `updateMarket` with three steps inside the lock: `beforeSaving` once the change is made
    /// and checked (a refusal there writes nothing), `beforeRename` once the new file is written
    /// but not yet in place (with the stamp it will have; a refusal there leaves the old file),
    /// and `afterSaving` once the file is saved, with the digest it was saved with (the journal is
    /// appended there, so entries are in the order of the saves).
    ///
    /// Under the lock, the member's rights are asked again from team.json as it is then, and a
    /// change a killed writer left half done is completed first (`completePendingChange`).
    func updateMarket<T>(
        _ id: String, _ change: (inout Market) throws -> T, beforeSaving: (T) throws -> Void,
        beforeRename: (T, FileStamp) throws -> Void = { _, _ in }, afterSaving: (T, MarketDigest) throws -> Void
    ) throws -> T {
        let name = try DataFolder.fileName(ofMarket: id)
        try requireWritable(market: id)
        // An unknown market is refused before its lock file is made: a typo leaves nothing behind.
        guard try marketsFolder().contains(name) else { throw DangolError.notFound(KitText.noMarket(id, in: path)) }
        return try withLock(id) {
            try requireWritable(market: id)
            let markets = try marketsFolder()
            try completePendingChange(of: id, in: markets)
            markets.sweepOrphans(of: name)
            try stagingFolder().sweepOrphans(of: name)
            var market = try readMarket(id)
            let result = try change(&market)
            if let problem = MarketRules.problems(in: market).first {
                throw DangolError.refused(problem.localized)
            }
            try beforeSaving(result)
            let digest = try save(market) { stamp in try beforeRename(result, stamp) }
            try afterSaving(result, digest)
            return result
        }
    }

    /// Brings market `id` back within every bound (`MarketRepair`) and saves it, even when its
    /// file has grown past what a market file is read at (up to `FileLimit.repair`). The file as it
    /// was is kept first in `.dangol/repaired/<id>-<time>.json`, so nothing is lost outright.
    /// - Returns: what was cut, and where the old file is kept (nil when nothing needed cutting).
    public func repairMarket(_ id: String, at time: Date = Date()) throws -> (cuts: [Localized], keptAt: String?) {
        try requireAdministration()
        let name = try DataFolder.fileName(ofMarket: id)
        return try withLock(id) {
            let markets = try marketsFolder()
            try completePendingChange(of: id, in: markets)
            let bytes: [UInt8]
            do {
                bytes = try markets.read(name, limit: .repair).bytes
            } catch DangolError.notFound {
                throw DangolError.notFound(KitText.noMarket(id, in: path))
            }
            let (repaired, cuts) = MarketRepair.withinBounds(try FileCodec.decode(Market.self, from: bytes, path: marketPath(id)))
            if let problem = MarketRules.problems(in: repaired).first { throw DangolError.refused(problem.localized) }
            guard !cuts.isEmpty || bytes.count > FileLimit.market.bytes else { return ([], nil) }
            let kept = "\(id)-\(Int(time.timeIntervalSince1970)).json"
            try stateFolder("repaired", creating: true).replace(kept, with: bytes)
            try save(repaired)
            return (cuts, "\(path)/.dangol/repaired/\(kept)")
        }
    }

    /// Settles market `id`'s pending change as its next writer would, under the market's lock;
    /// a folder opened read-only leaves it for that writer.
    /// - Returns: whether no change is left pending.
    private func settlePendingChange(of id: String) -> Bool {
        let name = PendingChange.fileName(ofMarket: id)
        guard (try? stateFolder("pending").contains(name)) == true else { return true }
        guard !isReadOnly else { return false }
        // The lock also waits out a writer that is between its rename and its append right now.
        try? withLock(id) { try completePendingChange(of: id, in: marketsFolder()) }
        return (try? stateFolder("pending").contains(name)) != true
    }

    /// Finishes or drops the change a writer killed between market file and journal left in
    /// `.dangol/pending/` (see `PendingChange`); the caller holds the market's lock.
    func completePendingChange(of id: String, in markets: OpenFolder) throws {
        let name = PendingChange.fileName(ofMarket: id)
        guard let pendingFolder = try? stateFolder("pending"), pendingFolder.contains(name) else { return }
        pendingFolder.sweepOrphans(of: name)
        if let bytes = try? pendingFolder.read(name, limit: .pending).bytes,
           let pending = try? JSONDecoder().decode(PendingChange.self, from: Data(bytes)),
           let stamp = markets.stamp(of: try DataFolder.fileName(ofMarket: id)), pending.wrote(stamp) {
            let journal = MarketJournal(folder: self, marketID: id)
            if try journal.last()?.id != pending.entry.id {
                try journal.openForAppending().append(line: MarketJournal.line(of: pending.entry))
            }
        }
        pendingFolder.remove(name)
    }

    /// Writes a market durably with its digest; the caller holds the market's lock. Refused,
    /// with nothing written, when the file would be larger than dangol writes (`Bounds`).
    ///
    /// The digest is cached before the new file is renamed into place, keyed to the stamp it
    /// will have: every session the kernel tells of the save finds the cache ready, instead of
    /// all of them reading the market file at once. Once in place, the entry learns the file's
    /// change time. - Returns: the digest, for a caller that shows the market.
    @discardableResult
    private func save(_ market: Market, beforeRename: (FileStamp) throws -> Void = { _ in }) throws -> MarketDigest {
        let name = try DataFolder.fileName(ofMarket: market.id)
        let bytes = try FileCodec.encode(market)
        if let problem = Bounds.sizeProblem(bytes.count, limit: Bounds.marketFileBytes, Localized("시장 파일", "the market file")) {
            throw DangolError.refused(problem)
        }
        let digest = MarketDigest(market: market)
        let cache = DigestCache(folder: self)
        cache.sweepOrphans(of: market.id)
        let markets = try marketsFolder(creating: true)
        // Written beside markets/, not in it: every session watching markets/ would wake once
        // for the temp file and again for the rename.
        try markets.replace(name, with: bytes, staging: try stagingFolder()) { stamp in
            cache.store(digest, for: market.id, source: stamp, provisional: true)
            try beforeRename(stamp)
        }
        if let stamp = markets.stamp(of: name) { cache.confirm(market.id, source: stamp) }
        return digest
    }

    /// Runs `body` holding the exclusive lock `.dangol/locks/<name>.lock`.
    func withLock<T>(_ name: String, _ body: () throws -> T) throws -> T {
        try FileLock(folder: stateFolder("locks", creating: true), name: "\(name).lock").withLock(body)
    }
}

extension DataFolder {
    /// The digest of one market, from the cache when the market file has not changed since.
    public func digest(of id: String) throws -> MarketDigest {
        try digest(of: id, cache: DigestCache(folder: self))
    }

    /// The digest of one market, through `cache` (shared by the caller's many reads) or, when
    /// nil, of its figures only, from the market file alone; `stamped` is the market file's
    /// stamp if just taken. The file is read in the cache's `markets/`, or in `markets` when
    /// the caller holds it open without a cache.
    private func digest(of id: String, cache: DigestCache?, stamped: FileStamp? = nil, in markets: OpenFolder? = nil) throws -> MarketDigest {
        _ = try DataFolder.fileName(ofMarket: id)
        try requireReadable(market: id)
        if let cached = cache?.digest(for: id, stamped: stamped) { return cached }
        let (digest, stamp) = try readDigest(of: id, withStores: cache != nil, in: cache?.markets ?? markets)
        guard let cache else { return digest }
        cache.store(digest, for: id, source: stamp)
        // Read back where it was written (the cache folder may be new, and is then opened),
        // so the session that built the entry shares it like every other.
        return DigestCache(folder: self).digest(for: id) ?? digest
    }

    /// The digest of market `id` from its file, of its figures only unless `withStores`, and the
    /// file's stamp. A file the fast reader reads and that keeps every rule is digested store by
    /// store as it is read (`MarketDigest.read(from:fileID:withStores:)`), any other is decoded
    /// whole, which refuses it with its first problem at its line and column.
    private func readDigest(of id: String, withStores: Bool, in markets: OpenFolder?) throws -> (digest: MarketDigest, stamp: FileStamp) {
        let (bytes, stamp) = try readMarketBytes(id, in: markets)
        if let digest = MarketDigest.read(from: bytes, fileID: id, withStores: withStores) { return (digest, stamp) }
        let (market, problems) = try decodeMarket(id, from: bytes)
        if let problem = problems.first { throw problem }
        return (withStores ? MarketDigest(market: market) : MarketDigest(figuresOf: market), stamp)
    }

    /// The stamp of every market file now: one stat each, for noticing changes by other sessions.
    public func marketStamps() -> [String: FileStamp] {
        marketStamps(of: Set((try? marketIDs()) ?? []))
    }

    /// The stamps of the market files `ids` that exist and may be read: one stat each, for a
    /// session told by the kernel which files changed.
    public func marketStamps(of ids: Set<String>) -> [String: FileStamp] {
        marketStamps(of: ids, in: try? marketsFolder())
    }

    /// The stamps of the market files `ids` (those that exist), and the digest, or the error
    /// reading it, of each whose stamp is not the one in `known`, through one cache: every open
    /// in the data folder is news to every session watching it.
    public func changedDigests(of ids: Set<String>, known: [String: FileStamp])
        -> (stamps: [String: FileStamp], digests: [String: Result<MarketDigest, Error>]) {
        let cache = DigestCache(folder: self)
        let stamps = marketStamps(of: ids, in: cache.markets)
        let changed = ids.filter { stamps[$0] != nil && stamps[$0] != known[$0] }
        return (stamps, Dictionary(uniqueKeysWithValues: changed.map { id in
            (id, Result { try digest(of: id, cache: cache, stamped: stamps[id]) })
        }))
    }

    /// The stamps of the market files `ids` in `markets` (this folder's `markets/`) that exist
    /// and may be read.
    private func marketStamps(of ids: Set<String>, in markets: OpenFolder?) -> [String: FileStamp] {
        guard let markets else { return [:] }
        var stamps: [String: FileStamp] = [:]
        let rights = rights
        for id in ids where MarketRules.isValidID(id) && rights.mayRead(market: id) {
            stamps[id] = markets.stamp(of: "\(id).json")
        }
        return stamps
    }

    /// Every market's digest, in programme order (`Program.inProgrammeOrder`; markets of no
    /// round by start date, then id); the first market that cannot be read stops it with its error.
    /// Without the cache, each holds its figures only (`MarketDigest(figuresOf:)`).
    public func digests(usingCache: Bool = true) throws -> [MarketDigest] {
        let digests = try digestResults(usingCache: usingCache).map { try $0.get() }.sorted(by: MarketDigest.programmeOrder)
        return try readWholeProgram().inProgrammeOrder(digests, id: \.id)
    }

    /// The ids of every market this person may read, in programme order (markets of no round by id).
    public func marketIDsInProgrammeOrder() throws -> [String] {
        try readWholeProgram().inProgrammeOrder(try marketIDs(), id: { $0 })
    }

    /// The digests of markets `ids` or the error reading each, through one cache (a session
    /// catching up on the markets another session saved).
    public func digestResults(of ids: Set<String>) -> [String: Result<MarketDigest, Error>] {
        let cache = DigestCache(folder: self)
        return Dictionary(uniqueKeysWithValues: ids.map { id in (id, Result { try digest(of: id, cache: cache) }) })
    }

    /// Every market's digest or the error reading it, in id order, read on every core; without
    /// the cache, of the figures only (`MarketDigest(figuresOf:)`). `markets/` is opened once
    /// for all of them: opening it per file cost two opens and two closes a market.
    public func digestResults(usingCache: Bool = true) throws -> [Result<MarketDigest, Error>] {
        let cache = usingCache ? DigestCache(folder: self) : nil
        // A cache holds `markets/` open already (`digest(of:cache:stamped:in:)` reads in it).
        let markets = usingCache ? nil : try? marketsFolder()
        return try marketIDs().concurrentMap { id in Result { try digest(of: id, cache: cache, in: markets) } }
    }
}

extension MarketDigest {
    /// Markets that started earlier come first; unscheduled ones last; ties by id.
    public static func programmeOrder(_ lhs: MarketDigest, _ rhs: MarketDigest) -> Bool {
        let left = lhs.schedule?.starts ?? CalendarDate(dayNumber: .max)
        let right = rhs.schedule?.starts ?? CalendarDate(dayNumber: .max)
        return (left, lhs.id) < (right, rhs.id)
    }
}
