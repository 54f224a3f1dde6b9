import Foundation

/// The benchmark's figures: one row per measurement, printed as it runs and written as Markdown.
struct ResultTable {
    /// One measured figure with its target, if it has one.
    struct Row {
        var name: String
        /// The figure compared with the target (median, p50, p99 or peak), in `unit`.
        var figure: Double
        var minimum: Double
        var maximum: Double
        var unit: String
        /// How many samples stand behind the figure, and which statistic it is.
        var basis: String
        /// The target as a sentence, and whether the figure meets it; nil for rows without one.
        var target: (text: String, met: Bool)?
    }

    private(set) var rows: [Row] = []

    mutating func add(_ row: Row) {
        rows.append(row)
        print(ResultTable.line(row))
    }

    /// A row for timings in milliseconds: `statistic` of `samples`, with their min and max.
    mutating func addTiming(_ name: String, _ samples: Samples, statistic: Statistic = .median,
                            targetMilliseconds: Double? = nil) {
        let figure = statistic.value(of: samples)
        add(Row(name: name, figure: figure, minimum: samples.minimum, maximum: samples.maximum, unit: "ms",
                basis: "\(statistic.name) of \(samples.count)",
                target: targetMilliseconds.map { ("≤ \(ResultTable.number($0)) ms", figure <= $0) }))
    }

    /// Which statistic a row reports.
    enum Statistic {
        case median, p99

        var name: String { self == .median ? "median" : "p99" }

        func value(of samples: Samples) -> Double {
            self == .median ? samples.median : samples.percentile(99)
        }
    }

    /// `bench/results.md`: when, where, and the table.
    func markdown(machine: String, date: String) -> String {
        var lines = [
            "# dangol benchmark results", "",
            "Written by `make bench` on \(date); \(machine).", "",
            "| Measurement | Figure | Min | Max | Basis | Target | |", "|---|---:|---:|---:|---|---|---|",
        ]
        for row in rows {
            let verdict = row.target.map { $0.met ? "met" : "**missed**" } ?? ""
            lines.append("| \(row.name) | \(ResultTable.number(row.figure)) \(row.unit) | \(ResultTable.number(row.minimum)) | "
                + "\(ResultTable.number(row.maximum)) | \(row.basis) | \(row.target?.text ?? "") | \(verdict) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func line(_ row: Row) -> String {
        let verdict = row.target.map { "  target \($0.text): \($0.met ? "met" : "MISSED")" } ?? ""
        let name = row.name.padding(toLength: 58, withPad: " ", startingAt: 0)
        return "\(name) \(number(row.figure)) \(row.unit) (min \(number(row.minimum)), max \(number(row.maximum)); \(row.basis))\(verdict)"
    }

    /// Figures with as many decimals as their size deserves.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        switch abs(value) {
        case 100...: return String(format: "%.0f", value)
        case 10...: return String(format: "%.1f", value)
        default: return String(format: "%.2f", value)
        }
    }
}
