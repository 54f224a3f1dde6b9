import DangolKit

/// What a results report says, computed once with the same metric functions as the dashboard
/// and `dangol summary`, then written as Markdown or HTML.
public struct ReportContent: Sendable {
    /// One row of the results table: a market, a cohort subtotal, or the total.
    public struct Line: Sendable {
        public var name: String
        public var region: String
        public var figures: MarketFigures
        public var isTotal: Bool
    }

    /// One market's weeks and award ranking.
    public struct MarketSection: Sendable {
        public var name: String
        public var weeks: [WeekFigures]
        public var awards: [AwardRanking.Entry]
    }

    public var programName: String
    public var asOf: CalendarDate
    public var lines: [Line]
    public var programWeeks: [WeekFigures]
    public var markets: [MarketSection]
    public var tiers: [AwardTier]

    /// The report of `markets` (their digests alongside) on `asOf`.
    ///
    /// Markets starting on the same day form a cohort (the 2022 pilot, the 2022 round); with
    /// more than one cohort each gets a subtotal line before the total.
    public init(program: Program, markets: [Market], digests: [MarketDigest], asOf: CalendarDate) {
        programName = program.name
        self.asOf = asOf
        tiers = program.awardTiers
        var lines = digests.map { Line(name: $0.name, region: $0.region, figures: $0.figures(asOf: asOf), isTotal: false) }
        let cohorts = Dictionary(grouping: digests) { $0.schedule?.starts }
        if cohorts.count > 1 {
            for (start, members) in cohorts.sorted(by: { ($0.key?.dayNumber ?? .max) < ($1.key?.dayNumber ?? .max) }) {
                let name = start.map { "\($0) 시작 \(members.count)개 시장" } ?? "일정 없는 \(members.count)개 시장"
                lines.append(Line(name: name, region: "", figures: members.map { $0.figures(asOf: asOf) }.reduce(MarketFigures(), +), isTotal: true))
            }
        }
        let total = digests.map { $0.figures(asOf: asOf) }.reduce(MarketFigures(), +)
        lines.append(Line(name: "합계 \(digests.count)개 시장", region: "", figures: total, isTotal: true))
        self.lines = lines
        programWeeks = ProgramWeeks.weekly(digests, asOf: asOf)
        self.markets = zip(markets, digests).map { market, digest in
            MarketSection(name: market.name, weeks: digest.weekly(asOf: asOf),
                          awards: AwardRanking.rank(market, tiers: program.awardTiers, asOf: asOf).filter { $0.tier != nil })
        }
    }

    /// The definition of every figure in the report, as the programme defines them.
    public static let definitions: [(String, String)] = [
        ("대상 (참여 대상 점포)", "참여 대상으로 표시된 점포 수"),
        ("개설", "기준일까지 카카오톡 채널을 연 참여 대상 점포 수"),
        ("참여율", "개설 ÷ 대상"),
        ("친구", "채널을 연 점포마다 기준일까지의 마지막 친구 수 기록을 더한 값"),
        ("평균 친구", "친구 ÷ 개설 (개설이 없으면 0)"),
        ("메시지", "기준일까지 보낸 메시지 수의 합, 평균은 개설한 점포당"),
        ("포스트", "기준일까지 발행한 포스트 수"),
        ("활성 점포", "채널을 열었고, 기준일을 포함한 최근 30일 안에 메시지나 포스트가 있는 점포"),
        ("활성 비율 (유지율)", "활성 점포 ÷ 개설"),
        ("N주차", "시작일 + 7(N−1)일부터 시작일 + 7N일 전날까지; 튜터가 떠난 뒤의 주도 이어서 센다"),
        ("시상 점수", "친구 + 메시지 × 5 + 포스트 × 3; 같으면 친구, 메시지, 포스트, 먼저 연 채널, 점포 코드 순"),
    ]
}
