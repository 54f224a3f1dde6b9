import DangolKit
import Foundation
import Glibc
import Synchronization

/// Issue 22: what saves cost the sessions open while they happen. 300 dashboards on the
/// national data (240 on the screen of a market nobody writes, 60 on the overview) while 10
/// writers each save once a second into markets of their own, 10 saves a second in all.
struct SavingSessionsBench {
    let dangol: String
    let data: String
    let marketScreens = 240
    let overviews = 60
    let writers = 10
    let seconds = 30.0

    /// One save: when it returned (its file renamed into place), in seconds from the start.
    private struct Save {
        var writer: Int
        var at: Double
    }

    func run(into table: inout ResultTable) throws {
        try SessionsBench.checkWatchLimit(sessions: marketScreens + overviews)
        let folder = DataFolder(path: data)
        // The first markets in programme order, the overview's first rows: every overview session
        // shows each save. The market screens open a market further down, which nobody writes.
        let digests = try folder.digests()
        let written = Array(digests.prefix(writers).map(\.id))
        let calendar = try folder.roundCalendar(readable: digests, today: CalendarDate.today(), requested: nil)
        let targets = try written.map { try friendReading(in: folder.readMarket($0), asOf: calendar.asOf(ofMarket: $0)) }
        let dashboard = DashboardBench(dangol: dangol)
        print("Starting \(marketScreens) dashboards on a market's screen and \(overviews) on the overview …")
        let onMarkets = try (0..<marketScreens).map { _ in try dashboard.start(data).terminal }
        let down = String(repeating: "j", count: 2 * writers)
        for terminal in onMarkets { _ = terminal.type(down + "\r", quiet: 0.02, timeout: 5) }
        let onOverview = try (0..<overviews).map { _ in try dashboard.start(data).terminal }
        let terminals = onMarkets + onOverview
        defer { terminals.forEach(dashboard.quit) }
        _ = PseudoTerminal.lastBytes(of: terminals, since: .now, quiet: 0.5, timeout: 10)

        let before = terminals.map { ProcFile.cpuNanoseconds($0.pid) }
        let started = ContinuousClock.now
        let saves = Mutex<[Save]>([])
        let failure = Mutex<String?>(nil)
        let group = DispatchGroup()
        for writer in 0..<writers {
            let (market, store, day) = (written[writer], targets[writer].store, targets[writer].day)
            let dataPath = data
            let rounds = Int(seconds)
            DispatchQueue.global().async(group: group) {
                let folder = DataFolder(path: dataPath)
                for round in 0..<rounds {
                    // Staggered: writer w saves at w/10 s past every second.
                    let due = started + .milliseconds(round * 1_000 + writer * 1_000 / 10)
                    let wait = (due - ContinuousClock.now).seconds
                    if wait > 0 { usleep(UInt32(wait * 1e6)) }
                    do {
                        // A count no save used before, so every save changes the overview's totals.
                        let count = 20_000 + round * 10 + writer
                        try folder.editStore(in: market, author: "bench", action: .friends) { market in
                            try market.recordFriends(storeID: store, count: count, on: day, today: day)
                            return store
                        }
                        let at = (ContinuousClock.now - started).seconds
                        saves.withLock { $0.append(Save(writer: writer, at: at)) }
                    } catch {
                        failure.withLock { $0 = "\(market): \(error)" }
                    }
                }
            }
        }
        // Saves can fall behind the schedule (each one waits for the disk), so the screens are
        // watched until a second after the last one.
        let writing = Mutex(true)
        group.notify(queue: .global()) { writing.withLock { $0 = false } }
        let arrivals = PseudoTerminal.arrivals(of: terminals, since: started, lingering: 1) { writing.withLock { $0 } }
        group.wait()
        let took = (ContinuousClock.now - started).seconds - 1
        let after = terminals.map { ProcFile.cpuNanoseconds($0.pid) }
        if let failure = failure.withLock({ $0 }) { throw ProgramRun.Failure(description: "a writer failed: \(failure)") }
        let made = saves.withLock { $0 }
        report(made, in: took, cpu: zip(after, before).map { Double($0 - $1) / 1e9 }, arrivals: arrivals, into: &table)
    }

    private func report(_ saves: [Save], in took: Double, cpu: [Double], arrivals: [[Double]], into table: inout ResultTable) {
        let count = Double(saves.count)
        let marketCPU = Samples(cpu.prefix(marketScreens).map { $0 / count * 1e6 })
        let overviewCPU = Samples(cpu.suffix(overviews).map { $0 / count * 1e6 })
        let share = cpu.reduce(0, +) / (took + 1) * 100
        let basis = "\(saves.count) saves in \(String(format: "%.1f", took)) s, median of the sessions"
        table.add(.init(name: "\(marketScreens + overviews) sessions, \(writers) writers saving 10 a second: CPU per save, "
                        + "on another market's screen", figure: marketCPU.median, minimum: marketCPU.minimum,
                        maximum: marketCPU.maximum, unit: "µs", basis: basis, target: ("≤ 20 µs", marketCPU.median <= 20)))
        table.add(.init(name: "  CPU per save on the overview", figure: overviewCPU.median, minimum: overviewCPU.minimum,
                        maximum: overviewCPU.maximum, unit: "µs", basis: basis, target: ("≤ 150 µs", overviewCPU.median <= 150)))
        table.add(.init(name: "  CPU of all \(marketScreens + overviews) sessions together", figure: share, minimum: share,
                        maximum: share, unit: "% of a core", basis: "\(String(format: "%.1f", took + 1)) s, time on CPU (schedstat)",
                        target: ("≤ 10% of a core", share <= 10)))
        let drawn = arrivals.prefix(marketScreens).filter { !$0.isEmpty }.count
        table.add(.init(name: "  market-screen sessions that drew anything", figure: Double(drawn), minimum: Double(drawn),
                        maximum: Double(drawn), unit: "sessions", basis: "of \(marketScreens)", target: ("none", drawn == 0)))
        // From each save to the overview session's first output after it (the redraw that
        // read it, or a later one: a redraw that read just before the save and wrote just after
        // would count too early, and the next one would show it within the interval).
        var latencies = Samples()
        for save in saves {
            for times in arrivals.suffix(overviews) {
                latencies.add(((times.first { $0 > save.at } ?? .infinity) - save.at) * 1000)
            }
        }
        let p99 = latencies.percentile(99)
        let unseen = latencies.values.filter { !$0.isFinite }.count
        if unseen > 0 { print("  \(unseen) of \(latencies.count) (save × session) never redrew after the save") }
        table.add(.init(name: "  from a save to its figure on every overview session", figure: p99, minimum: latencies.minimum,
                        maximum: latencies.maximum, unit: "ms", basis: "p99 of \(latencies.count) (save × session)",
                        target: ("≤ 300 ms", p99 <= 300)))
        // 1,000 sessions in the same mix, at 10 saves a second.
        let projected = (0.8 * marketCPU.median + 0.2 * overviewCPU.median) * 1_000 * 10 / 1e6 * 100
        table.add(.init(name: "  projection for 1,000 sessions (800 + 200) at 10 saves a second: CPU", figure: projected,
                        minimum: projected, maximum: projected, unit: "% of a core",
                        basis: "projection from the medians", target: nil))
    }

    /// A store of `market` open by `asOf` (the day the overview reads the market as of) and its
    /// latest friend reading by then: correcting that reading changes the overview's figures.
    private func friendReading(in market: Market, asOf: CalendarDate) throws -> (store: String, day: CalendarDate) {
        for store in market.stores where store.eligible {
            if let opened = store.channelOpenedOn, opened <= asOf, let reading = store.friendReadings.last(where: { $0.on <= asOf }) {
                return (store.id, reading.on)
            }
        }
        throw ProgramRun.Failure(description: "no friend reading by \(asOf) in \(market.id)")
    }
}
