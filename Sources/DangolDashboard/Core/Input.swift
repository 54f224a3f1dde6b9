import DangolKit
import Foundation

/// What the core is told: what happened at the terminal, the clock, and the results of its
/// effects as the runner got them.
public enum Input: Sendable {
    case event(Event)
    /// The time as the runner read it at a wake.
    case clock(Date)
    /// The member's rights as team.json gives them now.
    case rights(Rights)
    /// Market files the kernel (or a look) says changed; noted, and read when the screen shows them.
    case filesChanged(MarketFiles)
    /// What changed in the market files read (`Effect.readChanges`).
    case marketsChanged(MarketChanges)
    case calendar(RoundCalendar, for: CalendarRequest)
    case market(Market, for: MarketRequest)
    case marketFailed(String, for: MarketRequest, reason: Localized)
    case markets([Market], for: Gathering)
    case history([JournalEntry], market: String, store: String)
    /// The form's change was saved: the entry and the market exactly as written.
    case saved(SavedChange)
    /// The store changed since the form saw it: the market as it is now, and the latest entry about the store.
    case conflict(Market, latest: JournalEntry?)
    case saveFailed(Localized)
    /// The change an undo would take back in `market` (nil: nothing to undo).
    case undoTarget(JournalEntry?, market: String)
    case undone(SavedChange)
    /// An effect that could not be carried out, with the reason, for the status line.
    case failed(Localized)
}

/// Market files that changed on disk since the runner last looked.
public struct MarketChanges: Sendable {
    /// Markets changed or added, and readable: their digests as they are now.
    public var digests: [String: MarketDigest]
    /// Markets gone from the overview: removed, or no longer readable.
    public var removed: Set<String>
    /// A sentence for every market that cannot be read now.
    public var problems: [Localized]
}
