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

    /// "2022 본사업 (기준일 2023-01-29)", ", 진행 중" added while it runs.
    static func round(_ reading: RoundCalendar.Reading) -> Localized {
        let name = RoundText.name(of: reading)
        let day = RoundText.asOf(reading)
        return Localized("\(name.ko) (\(day.ko))", "\(name.en) (\(day.en.prefix(1).lowercased() + day.en.dropFirst()))")
    }

    static func subtotal(markets: Int) -> Localized {
        Localized("소계 \(markets)개 시장", "Subtotal, \(markets) market\(markets == 1 ? "" : "s")")
    }
}
