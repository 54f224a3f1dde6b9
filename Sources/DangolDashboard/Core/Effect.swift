import DangolKit
import Foundation

/// What the core asks to have done, as a value, the way bubbletea's Update returns a Cmd: the
/// runner (`EffectRunner`) carries it out over the data folder and hands the result back as an
/// `Input`. The core itself reads no file and no clock.
public enum Effect: Sendable {
    /// Read market `id`, then do `then` with it (`Input.market`).
    case loadMarket(String, then: MarketRequest)
    /// Read whole markets for a list across them (`Input.markets`).
    case loadMarkets([String], then: Gathering)
    /// Read the latest journal entries of one store (`Input.history`).
    case loadHistory(market: String, store: String)
    /// Stat market files noted as changed and read the digests of those that did
    /// (`Input.marketsChanged`; nothing when none did).
    case readChanges(MarketFiles)
    /// Work out the day each round is read as of, the same whoever reads (`Input.calendar`).
    case resolveCalendar(CalendarRequest)
    /// Save a form's change under the market's lock and journal it (`Input.saved`, `.conflict`, `.saveFailed`).
    case save(StoreSubmission)
    /// Find what an undo of the author's in the market would take back (`Input.undoTarget`).
    case findUndo(market: String, author: String)
    /// Undo the author's latest change in the market, if it is still `expecting` (`Input.undone`, `.failed`).
    case undo(market: String, author: String, at: Date, expecting: String)
    /// End the dashboard.
    case quit
}

/// What a market is read for.
public enum MarketRequest: Sendable, Equatable {
    /// To open its screen.
    case open
    /// To open its screen and the screen of store `id` over it.
    case openStore(String)
    /// Because its file changed: the screens showing it show it as it is now.
    case reload
    /// To check the form in front against the market as it is now before its warning is
    /// confirmed: a warning about a store someone has changed since is shown as their change.
    case recheckForm
}

/// The lists that gather stores from several markets.
public enum Gathering: Sendable, Equatable {
    case awards, worklist
}

/// The overview's markets, to be read as of their rounds' days.
public struct CalendarRequest: Sendable {
    public var digests: [MarketDigest]
    /// The sentences of the markets that could not be read, kept with the overview.
    public var problems: [String]
    public var rounds: [Round]
    public var today: CalendarDate
    public var requested: CalendarDate?
}
