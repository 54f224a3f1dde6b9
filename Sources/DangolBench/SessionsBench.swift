import Foundation
import Glibc
import Synchronization

/// Many dashboards on one server: N sessions open on the national data in pseudo-terminals,
/// nobody typing. Measures their idle CPU, their private memory, and how long a save by another
/// process takes to reach every one of them; projects the figures to 1,000 sessions.
struct SessionsBench {
    let dangol: String
    let data: String
    let sessions: Int
    /// How long the sessions sit idle while their CPU time is counted.
    let idleSeconds = 20.0

    func run(into table: inout ResultTable) throws {
        try SessionsBench.checkWatchLimit(sessions: sessions)
        let dashboard = DashboardBench(dangol: dangol)
        print("Starting \(sessions) dashboards on \(data) …")
        let terminals = try (0..<sessions).map { _ in try dashboard.start(data).terminal }
        defer { terminals.forEach(dashboard.quit) }
        usleep(500_000)
        let pids = terminals.map(\.pid)

        let before = pids.map(ProcFile.cpuTicks)
        Thread.sleep(forTimeInterval: idleSeconds)
        let ticks = zip(pids.map(ProcFile.cpuTicks), before).map { $0 - $1 }.reduce(0, +)
        let share = Double(ticks) / Double(sysconf(Int32(_SC_CLK_TCK))) / idleSeconds * 100
        table.add(.init(name: "\(sessions) idle dashboards, national data: CPU of all together", figure: share, minimum: share,
                        maximum: share, unit: "% of a core", basis: "\(Int(idleSeconds)) s, utime+stime",
                        target: sessions == 60 ? ("≤ 0.2% for 60", share <= 0.2) : nil))

        let anon = Samples(terminals.compactMap { $0.memoryMegabytes("RssAnon:") })
        let pss = Samples(terminals.compactMap { $0.memoryMegabytes("Pss:") })
        table.add(.init(name: "  private memory per session on the overview (RssAnon)", figure: anon.median, minimum: anon.minimum,
                        maximum: anon.maximum, unit: "MB", basis: "median of \(anon.count)", target: ("≤ 12 MB", anon.median <= 12)))
        table.add(.init(name: "  proportional memory per session (PSS)", figure: pss.median, minimum: pss.minimum, maximum: pss.maximum,
                        unit: "MB", basis: "median of \(pss.count)", target: nil))

        let (redraw, writer) = try saveReachesEverySession(terminals)
        table.add(.init(name: "  dangol record started until every session redrew", figure: redraw.maximum * 1000,
                        minimum: redraw.minimum * 1000, maximum: redraw.maximum * 1000, unit: "ms",
                        basis: "slowest of \(redraw.count)", target: ("≤ 300 ms", redraw.maximum * 1000 <= 300)))
        table.add(.init(name: "    of which dangol record itself, start to exit", figure: writer * 1000, minimum: writer * 1000,
                        maximum: writer * 1000, unit: "ms", basis: "the same save", target: nil))

        let scale = 1000 / Double(sessions)
        table.add(.init(name: "  projection for 1,000 idle sessions: CPU", figure: share * scale, minimum: share * scale,
                        maximum: share * scale, unit: "% of a core", basis: "projection (× \(ResultTable.number(scale)))", target: nil))
        table.add(.init(name: "  projection for 1,000 idle sessions: private memory", figure: anon.median * 1000 / 1024,
                        minimum: anon.minimum * 1000 / 1024, maximum: anon.maximum * 1000 / 1024, unit: "GB",
                        basis: "projection (median × 1,000)", target: nil))
    }

    /// Corrects a friend reading of the first market (on its own day, so the overview's totals
    /// change whatever day the sessions read as of) and times every session's redraw from the
    /// moment `dangol record` starts: its own start-up and save are inside the figure, so it is
    /// an upper bound of the time from the save to the last redraw.
    /// - Returns: each session's last redraw, and how long `dangol record` ran, both in seconds from its start.
    private func saveReachesEverySession(_ terminals: [PseudoTerminal]) throws -> (Samples, Double) {
        let (market, store, day) = try readingToCorrect()
        let record = Process()
        record.executableURL = URL(fileURLWithPath: dangol)
        record.arguments = ["record", "friends", "--market", market, "--store", store, "--on", day,
                            "--count", String(Int.random(in: 5_000...9_000)), "--data", data]
        record.standardOutput = FileHandle.nullDevice
        record.standardError = FileHandle.nullDevice
        let exited = Mutex<ContinuousClock.Instant?>(nil)
        record.terminationHandler = { _ in exited.withLock { $0 = ContinuousClock.now } }
        let started = ContinuousClock.now
        try record.run()
        let last = PseudoTerminal.lastBytes(of: terminals, since: started, quiet: 0.1, timeout: 5)
        record.waitUntilExit()
        guard record.terminationStatus == 0, let end = exited.withLock({ $0 }) else {
            throw ProgramRun.Failure(description: "dangol record failed")
        }
        guard last.allSatisfy({ $0 != nil }) else {
            throw ProgramRun.Failure(description: "\(last.filter { $0 == nil }.count) of \(terminals.count) sessions never redrew after a save")
        }
        return (Samples(last.map { $0! }), (end - started).seconds)
    }

    /// The first market's first store with a friend reading: market id, store id, the reading's day.
    private func readingToCorrect() throws -> (String, String, String) {
        let name = try FileManager.default.contentsOfDirectory(atPath: "\(data)/markets").filter { $0.hasSuffix(".json") }.sorted()[0]
        let file = try Data(contentsOf: URL(fileURLWithPath: "\(data)/markets/\(name)"))
        let market = try JSONSerialization.jsonObject(with: file) as? [String: Any]
        let stores = market?["stores"] as? [[String: Any]] ?? []
        for store in stores {
            if let id = store["id"] as? String, let last = (store["friends"] as? [[String: Any]])?.last, let day = last["on"] as? String {
                return (String(name.dropLast(5)), id, day)
            }
        }
        throw ProgramRun.Failure(description: "no friend reading in \(name)")
    }

    /// Refuses to start more sessions than the kernel lets watch for changes: the ones past the
    /// limit would poll instead, and the figures would be of a server set up wrongly.
    static func checkWatchLimit(sessions: Int) throws {
        let file = "/proc/sys/fs/inotify/max_user_instances"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let limit = Int(text.trimmingCharacters(in: .whitespacesAndNewlines)), limit < sessions + 16 else { return }
        throw ProgramRun.Failure(description: """
            \(sessions) dashboards need \(sessions) inotify instances, and \(file) is \(limit): raise it as the README's \
            server setup says (sysctl -w fs.inotify.max_user_instances=\(max(1024, sessions * 2)))
            """)
    }
}
