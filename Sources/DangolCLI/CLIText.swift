import DangolKit

/// What the command line prints for people (not for scripts), in Korean and English.
enum CLIText {
    static let summaryColumns: [Localized] = [
        Localized("시장", "Market"), Localized("지역", "Region"), Localized("대상", "Eligible"), Localized("개설", "Opened"),
        Localized("참여율", "Rate"), Localized("친구", "Friends"), Localized("평균", "Avg"), Localized("메시지", "Messages"),
        Localized("평균", "Avg"), Localized("포스트", "Posts"), Localized("활성", "Active"), Localized("연령", "Age"),
    ]
    static let asOfPerRound = Localized("기준일: 차수별", "As of: each round's own day")

    static func asOf(_ day: CalendarDate) -> Localized {
        Localized("기준일 \(day)", "As of \(day)")
    }

    /// "2022 본사업 (기준일 2023-01-29)", "(진행 중)" added while it runs.
    static func round(_ reading: RoundCalendar.Reading) -> Localized {
        let ko = reading.isUnassigned ? "차수 미지정" : reading.round.name
        let en = reading.isUnassigned ? "No round" : reading.round.name
        let running = reading.isRunning && reading.ends != nil
        return Localized("\(ko) (기준일 \(reading.asOf)\(running ? ", 진행 중" : ""))",
                         "\(en) (as of \(reading.asOf)\(running ? ", still running" : ""))")
    }

    static func subtotal(markets: Int) -> Localized {
        Localized("소계 \(markets)개 시장", "Subtotal, \(markets) market\(markets == 1 ? "" : "s")")
    }

    static func total(markets: Int) -> Localized {
        Localized("합계 \(markets)개 시장", "Total, \(markets) market\(markets == 1 ? "" : "s")")
    }
}
