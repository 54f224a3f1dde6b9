import DangolKit

/// How a round is named and dated on screen.
enum RoundText {
    static let noRound = Localized("차수 미지정", "No round")
    static let running = Localized("진행 중", "running")

    /// The round's name, or "차수 미지정" for the markets in no round.
    static func name(of reading: RoundCalendar.Reading) -> Localized {
        reading.isUnassigned ? noRound : Localized(reading.round.name, reading.round.name)
    }

    /// "2022 본사업 2023-01-29" or "2023 본사업 2023-04-19 진행 중": a round and the day it is read as of.
    static func dated(_ reading: RoundCalendar.Reading) -> Localized {
        let name = name(of: reading)
        guard reading.isRunning, reading.ends != nil else {
            return Localized("\(name.ko) \(reading.asOf)", "\(name.en) \(reading.asOf)")
        }
        return Localized("\(name.ko) \(reading.asOf) \(running.ko)", "\(name.en) \(reading.asOf) \(running.en)")
    }
}
