import ArgumentParser
import Foundation

/// `dangol-bench`: every figure issue 6 asks for, printed as it is measured and written to
/// `bench/results.md`. `make bench` builds dangol in release mode and runs this.
@main
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dangol-bench",
        abstract: "Measure dangol at national scale against jq and Python, and the dashboard through a pseudo-terminal.")

    @Option(help: "The dangol binary to measure (a release build).")
    var dangol: String

    @Option(help: "Where generated data and outputs are kept between runs.")
    var work = ".build/bench"

    @Option(help: "The folder with summary.jq and summary.py.")
    var scripts = "bench"

    @Option(help: "The Markdown file the results are written to.")
    var results = "bench/results.md"

    @Option(help: "Markets of the national data.")
    var markets = 1_400

    @Option(help: "Stores per market of the national data.")
    var stores = 150

    @Option(help: "Rounds of each timed comparison.")
    var rounds = 5

    @Option(help: "Dashboards open at once for the sessions rows.")
    var sessions = 60

    @Flag(name: .customLong("sessions-only"), help: "Only the sessions rows (make bench-sessions).")
    var sessionsOnly = false

    @Flag(name: .customLong("saving-only"), help: "Only the rows of sessions open while writers save (quick check).")
    var savingOnly = false

    func run() throws {
        let dangol = URL(fileURLWithPath: self.dangol).standardizedFileURL.path
        let work = URL(fileURLWithPath: self.work).standardizedFileURL.path
        let data = BenchData(dangol: dangol, work: work)
        let national = try data.folder(markets: markets, stores: stores)
        let bigMarket = try data.folder(markets: 1, stores: 1_000)
        let smallMarket = try data.folder(markets: 1, stores: 150)
        let dashboard = DashboardBench(dangol: dangol)
        var table = ResultTable()
        print("National data: \(markets) markets x \(stores) stores in \(national).\n")

        if !sessionsOnly, !savingOnly {
            try SummaryBench(dangol: dangol, scripts: scripts, work: work, data: national, rounds: rounds).run(into: &table)
            try dashboard.firstFrame(national, runs: 2 * rounds, into: &table)
            try dashboard.keys(bigMarket, moves: 200, into: &table)
            try SaveBench(folder: try data.scratchCopy(of: smallMarket, named: "save-150"), edits: 20 * rounds).run(into: &table)
            try dashboard.search(national, stores: markets * stores, rounds: rounds, into: &table)
        }
        let sessionsData = try data.scratchCopy(of: national, named: "sessions")
        try data.warmCache(of: sessionsData)
        if !savingOnly {
            try SessionsBench(dangol: dangol, data: sessionsData, sessions: sessions).run(into: &table)
        }
        if !sessionsOnly {
            try SavingSessionsBench(dangol: dangol, data: sessionsData).run(into: &table)
        }

        let machine = "\(ProcessInfo.processInfo.activeProcessorCount) cores, "
            + "\(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GB, national data \(markets) x \(stores)"
        let date = ISO8601DateFormatter().string(from: Date())
        try table.markdown(machine: machine, date: date).write(toFile: results, atomically: true, encoding: .utf8)
        let missed = table.rows.filter { $0.target?.met == false }.map(\.name)
        print("\nWrote \(results). " + (missed.isEmpty ? "Every target met." : "Targets missed: \(missed.joined(separator: "; "))."))
    }
}
