import DangolDashboard
import DangolKit
import Foundation
import Testing
import TerminalText
import TestSupport

/// A data folder that counts what the dashboard reads through it: files statted, digests
/// mapped, whole markets read.
final class CountingData: DashboardData, @unchecked Sendable {
    let folder: DataFolder
    var filesStatted = 0
    var digestReads = 0
    var marketReads = 0

    init(_ folder: DataFolder) {
        self.folder = folder
    }

    /// Everything read through the seam since the counts were last reset.
    var reads: Int {
        filesStatted + digestReads + marketReads
    }

    func resetCounts() {
        (filesStatted, digestReads, marketReads) = (0, 0, 0)
    }

    var rights: Rights { folder.rights }
    func readableDigests() -> (digests: [MarketDigest], problems: [Localized]) { folder.readableDigests() }
    func program() throws -> Program { try folder.program() }
    func journal(of marketID: String, latest limit: Int, matching: (JournalEntry) -> Bool) throws -> [JournalEntry] {
        try folder.journal(of: marketID, latest: limit, matching: matching)
    }

    func roundCalendar(readable: [MarketDigest], today: CalendarDate, requested: CalendarDate?) throws -> RoundCalendar {
        try folder.roundCalendar(readable: readable, today: today, requested: requested)
    }

    func market(_ id: String) throws -> Market {
        marketReads += 1
        return try folder.market(id)
    }

    func marketStamps() -> [String: FileStamp] {
        let stamps = folder.marketStamps()
        filesStatted += stamps.count
        return stamps
    }

    func marketStamps(of ids: Set<String>) -> [String: FileStamp] {
        filesStatted += ids.count
        return folder.marketStamps(of: ids)
    }

    func digests(of ids: Set<String>) -> [String: Result<MarketDigest, Error>] {
        digestReads += ids.count
        return folder.digests(of: ids)
    }

    func changedDigests(of ids: Set<String>, known: [String: FileStamp])
        -> (stamps: [String: FileStamp], digests: [String: Result<MarketDigest, Error>]) {
        let read = folder.changedDigests(of: ids, known: known)
        filesStatted += ids.count
        digestReads += read.digests.count
        return read
    }

    func saveEdit(in marketID: String, author: String, at time: Date, action: JournalAction,
                  _ change: (inout Market) throws -> String) throws -> SavedChange {
        try folder.saveEdit(in: marketID, author: author, at: time, action: action, change)
    }

    func undoTarget(in marketID: String, author: String) throws -> JournalEntry? {
        try folder.undoTarget(in: marketID, author: author)
    }

    func saveUndo(in marketID: String, author: String, at time: Date, expecting: String?) throws -> SavedChange {
        try folder.saveUndo(in: marketID, author: author, at: time, expecting: expecting)
    }
}

/// A dashboard over a counting copy of the sample, with a clock the test moves on.
private struct CountedDashboard {
    let scratch = ScratchFolder.sampleCopy()
    let data: CountingData
    var dashboard: Dashboard
    var now = Fixtures.now

    init() throws {
        data = CountingData(DataFolder(path: scratch.path))
        dashboard = try Dashboard(data: data, options: DisplayOptions(), width: 80, height: 24,
                                  today: CalendarDate("2026-11-22")!, now: now, asOf: nil, author: "김튜터")
    }

    var lines: [String] {
        mutating get { dashboard.render().lines }
    }

    /// Another session's save: a post in 자양전통시장 within its round (2022), the market's posts one up.
    func postInJayang() throws {
        try data.folder.editStore(in: "jayang", author: "이튜터", action: .post) { market in
            let store = market.stores.first { $0.channelOpenedOn != nil }!
            try market.recordPost(storeID: store.id, on: CalendarDate("2022-12-30")!, today: CalendarDate("2026-11-22")!)
            return store.id
        }
    }

    /// Another session's save: 대박수산 of 신영시장 at `count` friends, within the pilot's round.
    func friendsAtDaebak(_ count: Int) throws {
        try data.folder.editStore(in: "sinyoung", author: "이튜터", action: .friends) { market in
            let id = market.stores.first { $0.name == "대박수산" }!.id
            try market.recordFriends(storeID: id, count: count, on: CalendarDate("2022-10-20")!, today: CalendarDate("2022-10-20")!)
            return id
        }
    }

    mutating func wait(_ seconds: TimeInterval) -> Bool {
        now += seconds
        return dashboard.advanceClock(to: now)
    }

    func row(_ id: String) -> OverviewRow? {
        dashboard.state.overviewRows.first { $0.digest.id == id }
    }
}

@Suite("Live refresh cost")
struct RefreshCostTests {
    @Test("A change to one market re-reads that market's digest only")
    func onlyChangedMarkets() throws {
        var session = try CountedDashboard()
        try session.postInJayang()
        session.data.resetCounts()
        let changed = session.dashboard.refresh()
        #expect(changed)
        #expect(session.data.digestReads == 1)
        #expect(session.dashboard.state.overviewRows.count == 14)
        #expect(session.row("jayang")?.figures.posts == 166)
    }

    @Test("On another market's screen a save costs no read; back on the overview the session reads just that market")
    func otherMarketsScreen() throws {
        var session = try CountedDashboard()
        _ = session.dashboard.handle(.key(.enter))
        #expect(session.dashboard.state.market?.market.id == "sinyoung")
        let shown = session.lines
        try session.postInJayang()
        session.data.resetCounts()

        let changed = session.dashboard.refresh(markets: ["jayang"])
        #expect(!changed, "nothing on 신영시장's screen changed: nothing to redraw")
        #expect(session.data.reads == 0, "no stat, no digest, no market read")
        #expect(session.lines == shown)
        #expect(session.dashboard.readDue == nil, "nothing to wake for either")
        #expect(session.row("jayang")?.figures.posts == 165, "the overview's row waits")

        _ = session.dashboard.handle(.key(.escape))
        #expect(session.dashboard.state.screen == .overview)
        #expect((session.data.filesStatted, session.data.digestReads, session.data.marketReads) == (1, 1, 0),
                "one stat and one digest: the market that changed, not all 14")
        #expect(session.row("jayang")?.figures.posts == 166)
        var fresh = try Dashboard(data: DataFolder(path: session.scratch.path), options: DisplayOptions(), width: 80, height: 24,
                                  today: CalendarDate("2026-11-22")!, now: session.now, asOf: nil, author: "김튜터")
        #expect(session.lines == fresh.render().lines)
    }

    @Test("On a market's own screen its save reads that market only, and shows")
    func ownMarketsScreen() throws {
        var session = try CountedDashboard()
        _ = session.dashboard.handle(.key(.enter))
        try session.friendsAtDaebak(500)
        try session.postInJayang()
        session.data.resetCounts()

        let changed = session.dashboard.refresh(markets: ["sinyoung", "jayang"])
        #expect(changed)
        #expect((session.data.filesStatted, session.data.digestReads, session.data.marketReads) == (1, 1, 1))
        #expect(session.dashboard.state.market?.figures.friends == 4_040 - 77 + 500)
        #expect(session.row("jayang")?.figures.posts == 165, "자양 waits for the overview")
    }

    @Test("Help, a form and lists gathered when opened read nothing; the screen under them catches up when it is back")
    func screensThatShowNoMarket() throws {
        var session = try CountedDashboard()
        _ = session.dashboard.handle(.key(.enter))
        _ = session.dashboard.handle(.key(.character("?")))
        try session.friendsAtDaebak(500)
        session.data.resetCounts()
        let changed = session.dashboard.refresh(markets: ["sinyoung"])
        #expect(!changed)
        #expect(session.data.reads == 0)
        _ = session.dashboard.handle(.key(.escape))
        #expect(session.dashboard.state.screen == .market)
        #expect(session.data.marketReads == 1)
        #expect(session.dashboard.state.market?.figures.friends == 4_040 - 77 + 500)
    }

    @Test("After a one-market refresh the overview equals one built from scratch: rows, subtotals, totals, weekly openings")
    func incrementalEqualsFresh() throws {
        for keys in [[Key](), [.character("s"), .character("s"), .character("s")], [.character("r"), .character("r")]] {
            var session = try CountedDashboard()
            keys.forEach { _ = session.dashboard.handle(.key($0)) }
            try session.friendsAtDaebak(9_000)
            try session.postInJayang()
            let changed = session.dashboard.refresh(markets: ["sinyoung", "jayang"])
            #expect(changed)

            var fresh = try Dashboard(data: DataFolder(path: session.scratch.path), options: DisplayOptions(), width: 80, height: 24,
                                      today: CalendarDate("2026-11-22")!, now: session.now, asOf: nil, author: "김튜터")
            keys.forEach { _ = fresh.handle(.key($0)) }
            let (patched, built) = (session.dashboard.state, fresh.state)
            #expect(patched.overviewRows.map(\.figures) == built.overviewRows.map(\.figures))
            #expect(patched.overviewSums == built.overviewSums)
            #expect(patched.totals == built.totals)
            #expect(patched.overviewWeeklyOpenings.counts == built.overviewWeeklyOpenings.counts)
            #expect(patched.overviewVisible == built.overviewVisible)
            #expect(session.lines == fresh.render().lines, "keys \(keys)")
            #expect(patched.overviewSums.all.friends == built.overviewRows.map(\.figures.friends).reduce(0, +))
        }
    }

    @Test("One market's average grows past every other's and back: the average column widens and narrows as a fresh session's would")
    func averageColumnFollowsTheWidest() throws {
        var session = try CountedDashboard()
        func widestByScan(_ state: DashboardState) -> Int {
            NumberText.decimal(state.overviewMarkets.map(\.figures.averageFriends).max() ?? 0).count
        }
        let usual = session.dashboard.state.overviewAverageWidths.widestFriends
        #expect(usual == widestByScan(session.dashboard.state))
        var widths: [Int] = []
        for count in [9_000_000, 85] {
            _ = session.wait(PendingReads.interval)
            try session.friendsAtDaebak(count)
            let changed = session.dashboard.refresh(markets: ["sinyoung"])
            #expect(changed)
            let state = session.dashboard.state
            #expect(state.overviewAverageWidths.widestFriends == widestByScan(state), "after \(count) friends")
            widths.append(state.overviewAverageWidths.widestFriends)
            var fresh = try Dashboard(data: DataFolder(path: session.scratch.path), options: DisplayOptions(), width: 120, height: 24,
                                      today: CalendarDate("2026-11-22")!, now: session.now, asOf: nil, author: "김튜터")
            _ = session.dashboard.handle(.resize(width: 120, height: 24))
            #expect(state.overviewSums == fresh.state.overviewSums)
            #expect(session.lines == fresh.render().lines, "after \(count) friends")
            _ = session.dashboard.handle(.resize(width: 80, height: 24))
        }
        #expect(widths[0] > usual, "9,000,000 friends in one store make the widest average")
        #expect(widths[1] == usual, "back to the usual width")
    }

    @Test("A market renamed elsewhere to a name just as long, figures unchanged, shows its new name")
    func renamedRowIsDrawnAgain() throws {
        var session = try CountedDashboard()
        let before = session.lines
        #expect(before.contains { $0.contains("자양전통시장") })
        try session.data.folder.updateMarket("jayang") { $0.name = "자양골목시장" }
        let changed = session.dashboard.refresh(markets: ["jayang"])
        #expect(changed)
        let after = session.lines
        #expect(after.contains { $0.contains("자양골목시장") }, "same bytes long, same figures: the row is not the one remembered")
        #expect(!after.contains { $0.contains("자양전통시장") })
        var fresh = try Dashboard(data: DataFolder(path: session.scratch.path), options: DisplayOptions(), width: 80, height: 24,
                                  today: CalendarDate("2026-11-22")!, now: session.now, asOf: nil, author: "김튜터")
        #expect(after == fresh.render().lines)
    }

    @Test("A burst of saves is read once per interval, and ends with the last one on screen")
    func burstEndsWithTheLast() throws {
        var session = try CountedDashboard()
        try session.friendsAtDaebak(1_000)
        let first = session.dashboard.refresh(markets: ["sinyoung"])
        #expect(first, "a save after a quiet spell shows at once")
        session.data.resetCounts()
        for count in 1_001...1_005 {
            let moved = session.wait(0.02)
            #expect(!moved)
            try session.friendsAtDaebak(count)
            let held = session.dashboard.refresh(markets: ["sinyoung"])
            #expect(!held, "held back: too soon after the last read")
        }
        #expect(session.data.reads == 0)
        let due = try #require(session.dashboard.readDue)
        #expect(abs(due.timeIntervalSince(Fixtures.now) - PendingReads.interval) < 0.001, "one interval after the read")
        let read = session.wait(due.timeIntervalSince(session.now))
        #expect(read, "due: read once, and the screen changed")
        #expect(session.data.digestReads == 1)
        #expect(session.row("sinyoung")?.figures.friends == 4_040 - 77 + 1_005)
        #expect(session.lines.contains { $0.hasPrefix("▶신영시장") && $0.contains("4,968") })
        // It looks once more an interval later; with no save since, it reads nothing and then
        // sleeps until the kernel tells of the next one.
        let look = try #require(session.dashboard.readDue)
        #expect(abs(look.timeIntervalSince(due) - PendingReads.interval) < 0.001)
        session.data.resetCounts()
        let redrawn = session.wait(look.timeIntervalSince(session.now))
        #expect(!redrawn, "nothing new: nothing to redraw")
        #expect(session.data.reads == 0)
        #expect(session.dashboard.readDue == nil)
    }

    @Test("Woken as the loop wakes it, a burst after a quiet spell is read once per interval, each save shown within one")
    func burstThroughTheLoop() throws {
        var session = try CountedDashboard()
        let start = session.now + 5
        let saves = (0..<12).map { start + Double($0) * 0.05 }
        var readAt: [Date] = []
        var shownAt: [Date] = []
        var next = 0
        while next < saves.count || session.dashboard.readDue != nil {
            // The loop sleeps until the next save when no read is held back (the kernel wakes
            // it), else until the read is due; it hears every save made by then.
            let wake = session.dashboard.readDue ?? saves[next]
            var heard: Set<String> = []
            while next < saves.count, saves[next] <= wake {
                try session.friendsAtDaebak(2_000 + next)
                heard.insert("sinyoung")
                next += 1
            }
            session.now = wake
            let reads = session.data.digestReads
            let changed = session.dashboard.wake(heard: heard.isEmpty ? .nothing : .markets(heard), at: wake)
            if session.data.digestReads > reads { readAt.append(wake) }
            if changed { shownAt.append(wake) }
        }
        #expect(readAt.first == saves.first, "the first save after a quiet spell is read at once")
        for (earlier, later) in zip(readAt, readAt.dropFirst()) {
            #expect(later.timeIntervalSince(earlier) >= PendingReads.interval - 0.001, "reads \(readAt.map { $0.timeIntervalSince(start) })")
        }
        #expect(readAt.count <= 4, "12 saves in 0.55 s: read \(readAt.count) times")
        for save in saves {
            let shown = try #require(shownAt.first { $0 >= save })
            #expect(shown.timeIntervalSince(save) <= PendingReads.interval + 0.001)
        }
        #expect(session.row("sinyoung")?.figures.friends == 4_040 - 77 + 2_011, "the last save on screen")
    }
}
