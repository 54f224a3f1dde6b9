import DangolKit
import Foundation

/// Where the dashboard reads its data: the market digests for the overview, whole markets for
/// their screens. `DataFolder` is the real one.
public protocol DashboardData {
    /// What the person may read and write; every read and write below is held to it as well.
    var rights: Rights { get }
    /// Every market's digest that could be read, and a sentence for each that could not.
    func readableDigests() -> (digests: [MarketDigest], problems: [Localized])
    func market(_ id: String) throws -> Market
    /// The programme: its name for the breadcrumbs, its award tiers.
    func program() throws -> Program
    /// The digests of markets `ids`, or the error reading each: the markets other sessions
    /// saved, read together (the folders opened once).
    func digests(of ids: Set<String>) -> [String: Result<MarketDigest, Error>]
    /// The day each round is read as of, the same whoever reads, kept to the markets `readable`.
    func roundCalendar(readable: [MarketDigest], today: CalendarDate, requested: CalendarDate?) throws -> RoundCalendar
    /// One stamp per market file, to notice changes made by other sessions.
    func marketStamps() -> [String: FileStamp]
    /// The stamps of the market files `ids` only (those that exist).
    func marketStamps(of ids: Set<String>) -> [String: FileStamp]
    /// The stamps of the market files `ids` (those that exist), and the digest, or the error
    /// reading it, of each whose stamp is not the one in `known`: what a session told of saves
    /// elsewhere reads, the data folder opened once for both.
    func changedDigests(of ids: Set<String>, known: [String: FileStamp])
        -> (stamps: [String: FileStamp], digests: [String: Result<MarketDigest, Error>])
    /// Changes one store under the market's lock and journals it (see `DataFolder.saveEdit`).
    func saveEdit(in marketID: String, author: String, at time: Date, action: JournalAction,
                  _ change: (inout Market) throws -> String) throws -> SavedChange
    /// The change an undo would take back now (see `DataFolder.undoTarget`).
    func undoTarget(in marketID: String, author: String) throws -> JournalEntry?
    /// Undoes the author's latest change in the market, if it is still `expecting` (see `DataFolder.saveUndo`).
    func saveUndo(in marketID: String, author: String, at time: Date, expecting: String?) throws -> SavedChange
    /// The newest `limit` journal entries of the market that `matching` keeps, oldest first.
    func journal(of marketID: String, latest limit: Int, matching: (JournalEntry) -> Bool) throws -> [JournalEntry]
}

extension DataFolder: DashboardData {
    public func digests(of ids: Set<String>) -> [String: Result<MarketDigest, Error>] {
        digestResults(of: ids)
    }

    public func readableDigests() -> (digests: [MarketDigest], problems: [Localized]) {
        let results: [Result<MarketDigest, Error>]
        do {
            results = try digestResults()
        } catch {
            return ([], [error.localizedMessage])
        }
        let digests = results.compactMap { try? $0.get() }
        let problems = results.compactMap { result -> Localized? in
            guard case .failure(let error) = result else { return nil }
            return error.localizedMessage
        }
        return (digests.sorted(by: MarketDigest.programmeOrder), problems)
    }

    public func market(_ id: String) throws -> Market {
        try readMarket(id)
    }

    public func program() throws -> Program {
        try readProgram()
    }
}
