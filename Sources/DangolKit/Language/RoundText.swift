/// How a round and the day it is read as of are named, in every view, command and report.
public enum RoundText {
    public static let noRound = Localized("차수 미지정", "No round")
    public static let running = Localized("진행 중", "still running")

    /// The round's name, or "차수 미지정" for the markets in no round.
    public static func name(of reading: RoundCalendar.Reading) -> Localized {
        reading.isUnassigned ? noRound : Localized(reading.round.name, reading.round.name)
    }

    /// Whether the round is still running by its schedule (a round without one has no end to reach).
    static func isRunning(_ reading: RoundCalendar.Reading) -> Bool {
        reading.isRunning && reading.ends != nil
    }

    /// "기준일 2023-01-29", or "기준일 2023-04-19, 진행 중" while the round runs.
    public static func asOf(_ reading: RoundCalendar.Reading) -> Localized {
        let running = isRunning(reading)
        return Localized("기준일 \(reading.asOf)" + (running ? ", \(RoundText.running.ko)" : ""),
                         "As of \(reading.asOf)" + (running ? ", \(RoundText.running.en)" : ""))
    }

    /// "2022 본사업 2023-01-29", "진행 중" added while it runs: a round and its day, in a line of several.
    public static func dated(_ reading: RoundCalendar.Reading) -> Localized {
        let name = name(of: reading)
        let running = isRunning(reading)
        return Localized("\(name.ko) \(reading.asOf)" + (running ? " \(RoundText.running.ko)" : ""),
                         "\(name.en) \(reading.asOf)" + (running ? " \(RoundText.running.en)" : ""))
    }

    /// "합계 14개 시장": the total line of a table of markets.
    public static func total(markets: Int) -> Localized {
        Localized("합계 \(markets)개 시장", "Total, \(markets) market\(markets == 1 ? "" : "s")")
    }
}
