import Foundation

/// The JSON-file store: a programme file plus one file per market, in one folder.
///
/// ```
/// DIR/program.json            the programme (name, shared settings)
/// DIR/markets/<id>.json       one market and all its stores
/// DIR/.dangol/locks/<id>.lock one lock file per market, never replaced
/// DIR/.dangol/cache/<id>.json each market's digest, rebuilt whenever its file changes
/// ```
///
/// Reads take no lock: every save renames a complete file into place, so a reader sees the old
/// or the new version. Writers take the market's lock, re-read the file under it, change it and
/// save, so concurrent tutors never lose each other's updates. A file that cannot be read is
/// never written.
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }

    public var programPath: String { "\(path)/program.json" }
    public var marketsPath: String { "\(path)/markets" }
    var statePath: String { "\(path)/.dangol" }

    public func marketPath(_ id: String) -> String {
        "\(marketsPath)/\(id).json"
    }

    func lockPath(_ name: String) -> String {
        "\(statePath)/locks/\(name).lock"
    }

    func cachePath(_ id: String) -> String {
        "\(statePath)/cache/\(id).json"
    }

    // MARK: Reading

    /// Whether the folder holds a programme file.
    public var exists: Bool {
        FileManager.default.fileExists(atPath: programPath)
    }

    public func readProgram() throws -> Program {
        guard exists else {
            throw DangolError.notFound("\(path) is not a dangol data folder: it has no program.json "
                + "(give another folder with --data, or start one with 'dangol market add')")
        }
        let (bytes, _) = try FileIO.read(path: programPath)
        return try FileCodec.decode(Program.self, from: bytes, path: programPath)
    }

    /// The ids of every market file, sorted.
    public func marketIDs() throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: marketsPath)
        } catch {
            if !FileManager.default.fileExists(atPath: marketsPath) { return [] }
            throw DangolError.io(path: marketsPath, "cannot list the market files")
        }
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
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
        let file = marketPath(id)
        let bytes: [UInt8]
        let stamp: FileStamp
        do {
            (bytes, stamp) = try FileIO.read(path: file)
        } catch DangolError.notFound {
            throw DangolError.notFound("there is no market '\(id)' in \(path)")
        }
        let market = try FileCodec.decode(Market.self, from: bytes, path: file)
        return (market, stamp, FileCodec.locate(problems(in: market, fileID: id), in: bytes, path: file))
    }

    /// The market's rules plus the one that ties a market to its file name.
    private func problems(in market: Market, fileID: String) -> [Problem] {
        var problems = MarketRules.problems(in: market)
        if market.id != fileID {
            problems.insert(Problem(JSONPath([.key("id")]), "the id '\(market.id)' does not match the file name '\(fileID).json'"), at: 0)
        }
        return problems
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
            problems.append(.io(path: programPath, "\(error)"))
        }
        let ids: [String]
        do {
            ids = try marketIDs()
        } catch let error as DangolError {
            return problems + [error]
        } catch {
            return problems
        }
        return problems + ids.concurrentMap(checkMarket).flatMap { $0 }
    }

    private func checkMarket(_ id: String) -> [DangolError] {
        do {
            return try readMarketFile(id).problems
        } catch let error as DangolError {
            return [error]
        } catch {
            return [.io(path: marketPath(id), "\(error)")]
        }
    }

    // MARK: Writing

    /// Creates the folder with its programme file, unless it already has one.
    public func createIfNeeded(program: Program) throws {
        try createFolder(path)
        try createFolder(marketsPath)
        try FileLock(path: try lockFile("program")).withLock {
            guard !exists else { return }
            try FileIO.replace(path: programPath, with: FileCodec.encode(program))
        }
    }

    /// Writes a whole programme into a folder that has none yet: refused, with nothing
    /// written, when the folder already holds one.
    public func createProgramme(_ program: Program, markets: [Market]) throws {
        guard !exists else { throw DangolError.refused("\(path) already holds a programme; give a new folder") }
        try createIfNeeded(program: program)
        for market in markets {
            try addMarket(market)
        }
    }

    /// Saves a new market; refused when a market with its id exists.
    public func addMarket(_ market: Market) throws {
        if let problem = MarketRules.problems(in: market).first {
            throw DangolError.refused(problem.description)
        }
        try FileLock(path: try lockFile(market.id)).withLock {
            guard !FileManager.default.fileExists(atPath: marketPath(market.id)) else {
                throw DangolError.refused("there is already a market '\(market.id)' in \(path)")
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
        try updateMarket(id, change, afterSaving: { _ in })
    }

    /// `updateMarket`, then `afterSaving` with the result while the lock is still held
    /// (the journal is appended there, so entries are in the order of the saves).
    func updateMarket<T>(_ id: String, _ change: (inout Market) throws -> T, afterSaving: (T) throws -> Void) throws -> T {
        try FileLock(path: try lockFile(id)).withLock {
            FileIO.sweepOrphans(of: marketPath(id))
            var market = try readMarket(id)
            let result = try change(&market)
            if let problem = MarketRules.problems(in: market).first {
                throw DangolError.refused(problem.description)
            }
            try save(market)
            try afterSaving(result)
            return result
        }
    }

    /// Writes a market durably and refreshes its digest; the caller holds the market's lock.
    private func save(_ market: Market) throws {
        let file = marketPath(market.id)
        try FileIO.replace(path: file, with: FileCodec.encode(market))
        if let stamp = FileStamp.of(path: file) {
            DigestCache(folder: self).store(MarketDigest(market: market), for: market.id, source: stamp)
        }
    }

    /// The lock file for `name`, creating the locks folder on first use.
    private func lockFile(_ name: String) throws -> String {
        try createFolder("\(statePath)/locks")
        return lockPath(name)
    }

    private func createFolder(_ folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw DangolError.io(path: folder, "cannot create the folder: \(error.localizedDescription)")
        }
    }
}

extension DataFolder {
    /// The digest of one market, from the cache when the market file has not changed since.
    public func digest(of id: String) throws -> MarketDigest {
        try digest(of: id, usingCache: true)
    }

    /// The digest of one market; with `usingCache` false it is built from the market file alone
    /// and the cache is neither read nor written (`dangol summary --no-cache`).
    public func digest(of id: String, usingCache: Bool) throws -> MarketDigest {
        let cache = DigestCache(folder: self)
        if usingCache, let cached = cache.digest(for: id) { return cached }
        let (market, stamp) = try loadMarket(id)
        let digest = MarketDigest(market: market)
        if usingCache { cache.store(digest, for: id, source: stamp) }
        return digest
    }

    /// The stamp of every market file now: one stat each, for noticing changes by other sessions.
    public func marketStamps() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for id in (try? marketIDs()) ?? [] {
            stamps[id] = FileStamp.of(path: marketPath(id))
        }
        return stamps
    }

    /// Every market's digest, in programme order (by start date, then id); the first market
    /// that cannot be read stops it with its error.
    public func digests(usingCache: Bool = true) throws -> [MarketDigest] {
        try digestResults(usingCache: usingCache).map { try $0.get() }.sorted(by: MarketDigest.programmeOrder)
    }

    /// Every market's digest or the error reading it, in id order, read on every core.
    public func digestResults(usingCache: Bool = true) throws -> [Result<MarketDigest, Error>] {
        try marketIDs().concurrentMap { id in Result { try digest(of: id, usingCache: usingCache) } }
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
