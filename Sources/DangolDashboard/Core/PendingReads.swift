import DangolKit
import Foundation

/// Market files other sessions changed that this session has not read yet, and when it may
/// read them next.
///
/// The kernel's word of a save only notes the file here. The session reads a change when its
/// screen shows that market (`DashboardState.shownMarkets`): the overview every market, a
/// market's or a store's screen that market, a list, a form or help none. So a save costs a
/// session on another market's screen nothing but the note, and a session coming back to the
/// overview catches up by what changed while it was away.
public struct PendingReads: Sendable, Equatable {
    /// The longest a session waits to show a save, and the shortest time between two reads: a
    /// burst of saves is read once per interval, the latest state each time, not save by save.
    public static let interval: TimeInterval = 0.2

    /// The market files not read since they changed.
    public private(set) var unread = MarketFiles()
    /// When the session last read changes.
    private var lastRead: Date?
    /// When the session next looks for changes to read; nil: when the kernel tells of one.
    /// After a read it looks again one interval later, and is not woken by saves meanwhile:
    /// a burst costs a session one wake per interval, not one per save.
    public private(set) var due: Date?

    /// Notes that `files` changed.
    mutating func note(_ files: MarketFiles) {
        unread.add(files)
    }

    /// What to read now of the changes `shown` covers, taken out of the unread ones; nil when
    /// it is too soon after the last read (then `due` says when), or there is nothing to read.
    mutating func take(shown: MarketFocus, at now: Date) -> MarketFiles? {
        if let lastRead, now < lastRead + PendingReads.interval {
            due = lastRead + PendingReads.interval
            return nil
        }
        let wanted = unread.part(shown)
        guard !wanted.isEmpty else {
            due = nil
            return nil
        }
        unread.remove(wanted)
        lastRead = now
        due = now + PendingReads.interval
        return wanted
    }
}

/// Some of the programme's market files, or all of them.
public struct MarketFiles: Sendable, Equatable {
    /// Any market file may have changed (a look once a second, `markets/` replaced, a queue overflow).
    public var all: Bool
    /// These market files (by id) changed.
    public var ids: Set<String>
    /// With `all`: the markets read since, which are not owed again until noted again.
    private var readSinceAll: Set<String> = []

    public init(all: Bool = false, ids: Set<String> = []) {
        self.all = all
        self.ids = ids
    }

    public var isEmpty: Bool {
        !all && ids.isEmpty
    }

    mutating func add(_ other: MarketFiles) {
        if other.all { readSinceAll = [] }
        readSinceAll.subtract(other.ids)
        all = all || other.all
        ids.formUnion(other.ids)
    }

    /// The files of these that a screen of `focus` shows.
    func part(_ focus: MarketFocus) -> MarketFiles {
        switch focus {
        case .everyMarket: return self
        case .market(let id): return contains(id) ? MarketFiles(ids: [id]) : MarketFiles()
        case .noMarket: return MarketFiles()
        }
    }

    /// Whether market `id`'s file may have changed since it was last read.
    private func contains(_ id: String) -> Bool {
        ids.contains(id) || (all && !readSinceAll.contains(id))
    }

    /// Takes out what was read. Reading one market does not settle `all`: the others may still
    /// have changed.
    mutating func remove(_ read: MarketFiles) {
        if read.all {
            self = MarketFiles()
            return
        }
        ids.subtract(read.ids)
        if all { readSinceAll.formUnion(read.ids) }
    }
}
