import DangolKit
import Foundation

/// Target 1: `dangol summary --format json` from the market files, side by side with the same
/// per-market figures computed by jq and by Python's json module, and a check that all agree.
struct SummaryBench {
    let dangol: String
    let scripts: String
    let work: String
    let data: String
    let rounds: Int
    /// A day inside the generated programme, so every figure, activity included, is non-zero.
    let asOf = CalendarDate("2023-10-15")!

    /// The per-market integers every tool must agree on.
    private static let fields = ["eligibleStores", "channelsOpened", "friends", "messagesSent", "posts", "activeStores"]

    private struct Contender {
        var name: String
        var program: String
        var arguments: [String]
        var output: String
        var samples = Samples()
        /// CPU seconds of each run (user and system), milliseconds.
        var cpu = Samples()
    }

    func run(into table: inout ResultTable) throws {
        guard let jq = ProgramRun.find("jq"), let python = ProgramRun.find("python3") else {
            throw ProgramRun.Failure(description: "make bench needs jq and python3 (make bench installs them)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(data)/markets")
            .filter { $0.hasSuffix(".json") }.sorted().map { "\(data)/markets/\($0)" }
        let activeSince = asOf.adding(days: -(ActivityWindow.days - 1))
        let summary = ["summary", "--format", "json", "--as-of", asOf.description, "--data", data]
        var contenders = [
            Contender(name: "dangol summary, from the market files (--no-cache)", program: dangol,
                      arguments: summary + ["--no-cache"], output: "\(work)/summary-raw.json"),
            Contender(name: "dangol summary, digest cache warm", program: dangol, arguments: summary,
                      output: "\(work)/summary-cached.json"),
            Contender(name: "jq, bench/summary.jq", program: jq,
                      arguments: ["-c", "--arg", "asOf", asOf.description, "--arg", "activeSince", activeSince.description,
                                  "-f", "\(scripts)/summary.jq"] + files,
                      output: "\(work)/summary-jq.jsonl"),
            Contender(name: "Python 3 json module, bench/summary.py", program: python,
                      arguments: ["\(scripts)/summary.py", data, asOf.description, activeSince.description],
                      output: "\(work)/summary-python.jsonl"),
        ]
        // A warm-up round fills the page cache and the digest cache, then the rounds alternate
        // the contenders so that a noisy moment hurts them all alike.
        for contender in contenders {
            try ProgramRun.run(contender.program, contender.arguments, output: contender.output)
        }
        for _ in 0..<rounds {
            for index in contenders.indices {
                let timing = try ProgramRun.run(contenders[index].program, contenders[index].arguments,
                                                output: contenders[index].output)
                contenders[index].samples.add(timing.wall * 1000)
                contenders[index].cpu.add(timing.cpu * 1000)
            }
        }
        let agreement = try checkAgreement(dangolJSON: contenders[0].output, cachedJSON: contenders[1].output,
                                           lines: [contenders[2].output, contenders[3].output])
        print(agreement)
        let raw = contenders[0].samples.median
        let slowestRival = min(contenders[2].samples.median, contenders[3].samples.median)
        table.addTiming(contenders[0].name + ", \(files.count) markets", contenders[0].samples,
                        targetMilliseconds: slowestRival / 3)
        for contender in contenders.dropFirst() {
            table.addTiming(contender.name, contender.samples)
        }
        for rival in contenders[2...] {
            let ratio = rival.samples.median / raw
            table.add(ResultTable.Row(
                name: "  speed-up of dangol (no cache) over \(rival.name.split(separator: ",")[0])", figure: ratio,
                minimum: rival.samples.minimum / contenders[0].samples.maximum,
                maximum: rival.samples.maximum / contenders[0].samples.minimum, unit: "x",
                basis: "ratio of medians", target: ("≥ 3x", ratio >= 3)))
        }
        addCPU(dangol: contenders[0], python: contenders[3], into: &table)
    }

    /// The CPU of `summary --no-cache` beside Python's, and how many times less it uses.
    private func addCPU(dangol: Contender, python: Contender, into table: inout ResultTable) {
        for contender in [dangol, python] {
            table.add(ResultTable.Row(
                name: "  CPU of \(contender.name.split(separator: ",")[0])" + (contender.name == dangol.name ? " (--no-cache)" : ""),
                figure: contender.cpu.median, minimum: contender.cpu.minimum, maximum: contender.cpu.maximum, unit: "ms",
                basis: "median of \(contender.cpu.count), user + system", target: nil))
        }
        let ratio = python.cpu.median / dangol.cpu.median
        table.add(ResultTable.Row(
            name: "  CPU: Python's over dangol's (no cache)", figure: ratio, minimum: python.cpu.minimum / dangol.cpu.maximum,
            maximum: python.cpu.maximum / dangol.cpu.minimum, unit: "x", basis: "ratio of medians", target: ("≥ 5x", ratio >= 5)))
    }

    /// Compares every market's figures across the outputs; throws at the first difference.
    private func checkAgreement(dangolJSON: String, cachedJSON: String, lines: [String]) throws -> String {
        let reference = try dangolMarkets(dangolJSON)
        guard try dangolMarkets(cachedJSON) == reference else {
            throw ProgramRun.Failure(description: "dangol summary with and without the cache disagree")
        }
        for file in lines {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            var count = 0
            for line in text.split(separator: "\n") {
                let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
                let id = object["id"] as! String
                guard let expected = reference[id] else { throw ProgramRun.Failure(description: "\(file): unknown market \(id)") }
                var figures = SummaryBench.fields.map { object[$0] as! Int }
                let ageCount = object["ownerAgeCount"] as! Int
                figures.append(ageCount == 0 ? -1 : Int((Double(object["ownerAgeTotal"] as! Int) / Double(ageCount) * 1e6).rounded()))
                guard figures == expected else {
                    throw ProgramRun.Failure(description: "\(file): market \(id) has \(figures), dangol says \(expected)")
                }
                count += 1
            }
            guard count == reference.count else { throw ProgramRun.Failure(description: "\(file): \(count) markets, dangol has \(reference.count)") }
        }
        let totals = reference.values.reduce(0) { $0 + $1[2] }
        return "Checked: dangol (with and without cache), jq and Python agree on all \(SummaryBench.fields.count + 1) figures "
            + "of all \(reference.count) markets (\(totals) friends in all)."
    }

    /// dangol's JSON as id → the compared figures (the average age in millionths, -1 when unknown).
    private func dangolMarkets(_ file: String) throws -> [String: [Int]] {
        let document = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        var markets: [String: [Int]] = [:]
        for market in document["markets"] as! [[String: Any]] {
            var figures = SummaryBench.fields.map { market[$0] as! Int }
            figures.append((market["averageOwnerAge"] as? Double).map { Int(($0 * 1e6).rounded()) } ?? -1)
            markets[market["id"] as! String] = figures
        }
        return markets
    }
}
