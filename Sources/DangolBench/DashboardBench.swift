import Foundation

/// Targets 2, 3, 4, 6 and 7: the real dashboard on a pseudo-terminal, timed from the keys the
/// bench types to the last byte of the redraw, and its output counted in bytes.
struct DashboardBench {
    let dangol: String
    let width = 80
    let height = 24

    /// How long the dashboard must stay silent for a redraw to count as finished. Only the
    /// time of the last byte is measured; this silence just ends the wait.
    private let quiet = 0.04

    /// Text of the status line in Korean (`--lang ko`).
    private static let statusLineMarker = "도움말"

    private var environment: [String: String] {
        var environment = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
        for name in ["HOME", "PATH"] {
            environment[name] = ProcessInfo.processInfo.environment[name]
        }
        return environment
    }

    /// Starts the dashboard on `data` and waits for its first frame.
    /// - Returns: the terminal and the first frame, timed from just before the program started.
    func start(_ data: String) throws -> (terminal: PseudoTerminal, firstFrame: PseudoTerminal.Output) {
        let started = ContinuousClock.now
        let terminal = try PseudoTerminal(program: dangol, arguments: ["--lang", "ko", "--data", data], environment: environment,
                                          width: width, height: height)
        // The status line, the last row, ends every screen's first frame.
        let frame = terminal.read(since: started, quiet: 0.3, timeout: 60, marker: DashboardBench.statusLineMarker)
        guard frame.text.contains(DashboardBench.statusLineMarker) else {
            throw ProgramRun.Failure(description: "the dashboard on \(data) drew no frame: \(frame.text.prefix(200))")
        }
        return (terminal, frame)
    }

    /// Ends the dashboard with `q`, as a user would.
    func quit(_ terminal: PseudoTerminal) {
        _ = terminal.type("q", quiet: 0.05, timeout: 1)
        if !terminal.waitForExit(timeout: 5) { terminal.stop() }
    }

    /// Target 2: start to first complete frame, with the digest cache warm and, as a separate
    /// row, without it (the first open after a copy).
    func firstFrame(_ data: String, runs: Int, into table: inout ResultTable) throws {
        var warm = Samples()
        var cold = Samples()
        for run in 0..<(runs + 1) {
            let (terminal, frame) = try start(data)
            quit(terminal)
            // The first run only warms the digest cache and the page cache.
            if run > 0 { warm.add(frame.lastByteAfter! * 1000) }
        }
        for _ in 0..<max(1, runs / 3) {
            BenchData.dropCache(of: data)
            let (terminal, frame) = try start(data)
            quit(terminal)
            cold.add(frame.lastByteAfter! * 1000)
        }
        table.addTiming("dashboard start to first complete frame, \(width)x\(height)", warm, targetMilliseconds: 300)
        table.addTiming("  the same with no digest cache (first open of a copied folder)", cold)
    }

    /// Targets 3 and 4: cursor moves in a 1,000-store market and typing in its filter, timed
    /// key to last byte, and the bytes a move and the switch from overview to market cost.
    func keys(_ data: String, moves: Int, into table: inout ResultTable) throws {
        let (terminal, _) = try start(data)
        defer { quit(terminal) }
        let opening = terminal.type("\r", quiet: quiet)
        let repaint = terminal.type("\u{0C}", quiet: quiet)
        var moveTimes = Samples()
        var moveBytes = Samples()
        for _ in 0..<moves {
            let moved = terminal.type("j", quiet: quiet)
            moveTimes.add((moved.lastByteAfter ?? .nan) * 1000)
            moveBytes.add(Double(moved.bytes.count))
        }
        var filterTimes = Samples()
        _ = terminal.type("/", quiet: quiet)
        for _ in 0..<(moves / 20) {
            for key in ["김", "반", "찬"] + Array(repeating: "\u{7F}", count: 3) {
                filterTimes.add((terminal.type(key, quiet: quiet).lastByteAfter ?? .nan) * 1000)
            }
        }
        table.addTiming("key to redraw: cursor down in a 1,000-store market", moveTimes, statistic: .p99, targetMilliseconds: 10)
        table.addTiming("key to redraw: typing in that market's filter (Hangul)", filterTimes, statistic: .p99, targetMilliseconds: 10)
        table.add(ResultTable.Row(
            name: "bytes written for one cursor move down, \(width)x\(height)", figure: moveBytes.median,
            minimum: moveBytes.minimum, maximum: moveBytes.maximum, unit: "B", basis: "median of \(moveBytes.count)",
            target: ("≤ 600 B", moveBytes.median <= 600)))
        let switchBytes = Double(opening.bytes.count)
        let fullBytes = Double(repaint.bytes.count)
        table.add(ResultTable.Row(
            name: "bytes written for overview → market", figure: switchBytes, minimum: switchBytes, maximum: switchBytes,
            unit: "B", basis: "one switch", target: ("≤ one full repaint", switchBytes <= fullBytes)))
        table.add(ResultTable.Row(name: "  bytes of a full repaint of that market screen (Ctrl-L)", figure: fullBytes,
                                  minimum: fullBytes, maximum: fullBytes, unit: "B", basis: "one repaint", target: nil))
    }

    /// Targets 6 and 7: program-wide search over every store, per keystroke, and the
    /// dashboard's peak memory with the national data open and searched, and its private
    /// memory while the search is open.
    func search(_ data: String, stores: Int, rounds: Int, into table: inout ResultTable) throws {
        let (terminal, _) = try start(data)
        defer { quit(terminal) }
        var opening = Samples()
        var typing = Samples()
        var privateMemory = Samples()
        for _ in 0..<rounds {
            opening.add((terminal.type(":", quiet: quiet).lastByteAfter ?? .nan) * 1000)
            for key in ["반", "찬", "\u{7F}", "\u{7F}", "ㅅ", "ㅎ", "\u{7F}", "\u{7F}", "김", "\u{7F}"] {
                typing.add((terminal.type(key, quiet: quiet).lastByteAfter ?? .nan) * 1000)
            }
            privateMemory.add(terminal.memoryMegabytes("RssAnon:") ?? .nan)
            _ = terminal.type("\u{1B}", quiet: 0.1)
        }
        let count = stores.formatted()
        table.addTiming("program-wide search over \(count) stores, per keystroke", typing, statistic: .p99, targetMilliseconds: 50)
        table.addTiming("  opening that search (`:`)", opening)
        let peak = terminal.memoryMegabytes("VmHWM:") ?? .nan
        table.add(ResultTable.Row(name: "dashboard peak memory, national data open and searched", figure: peak,
                                  minimum: peak, maximum: peak, unit: "MB", basis: "VmHWM", target: ("≤ 400 MB", peak <= 400)))
        let searched = privateMemory.maximum
        table.add(ResultTable.Row(name: "  its private memory with the search open (RssAnon)", figure: searched, minimum: privateMemory.minimum,
                                  maximum: searched, unit: "MB", basis: "largest of \(privateMemory.count)", target: ("< 20 MB", searched < 20)))
    }
}
