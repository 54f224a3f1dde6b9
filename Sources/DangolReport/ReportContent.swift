import DangolKit

/// What a results report says, computed once with the same metric functions as the dashboard
/// and `dangol summary`, then written as Markdown or HTML.
///
/// A report covers the rounds its calendar holds, each read as of its own day
/// (`RoundCalendar`): one round gets the round's title and figures, several get a section each
/// after a table of the rounds side by side.
public struct ReportContent: Sendable {
    /// One row of a results table: a market, a round's subtotal, or the total.
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

    /// One round: its results table, its weeks and its markets.
    public struct RoundSection: Sendable {
        public var name: String
        /// "기준일 2023-01-29", with "진행 중" while the round runs.
        public var asOf: Localized
        public var lines: [Line]
        public var weeks: [WeekFigures]
        public var markets: [MarketSection]
    }

    public var language: Language
    /// The round's name when the report covers one named round, else the programme's.
    public var title: String
    public var programName: String
    public var rounds: [RoundSection]
    /// One line per round and the total; empty when the report covers one round.
    public var overall: [Line]
    public var tiers: [AwardTier]

    /// The report of the markets `calendar` holds (`markets` and `digests` alike in programme order).
    public init(program: Program, calendar: RoundCalendar, markets: [Market], digests: [MarketDigest], language: Language) {
        self.language = language
        programName = program.name
        tiers = program.awardTiers
        let marketsByID = Dictionary(markets.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let digestsByID = Dictionary(digests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rounds = calendar.readings.map { reading in
            let members = reading.marketIDs.compactMap { digestsByID[$0] }
            return ReportContent.section(reading, digests: members, markets: members.compactMap { marketsByID[$0.id] },
                                         calendar: calendar, tiers: program.awardTiers, language: language)
        }
        let single = calendar.readings.count == 1 ? calendar.readings[0] : nil
        title = single.flatMap { $0.isUnassigned ? nil : $0.round.name } ?? program.name
        overall = rounds.count > 1
            ? rounds.map { Line(name: $0.name, region: "", figures: $0.lines.last!.figures, isTotal: false) }
                + [Line(name: RoundText.total(markets: digests.count)(language), region: "",
                        figures: rounds.map { $0.lines.last!.figures }.reduce(MarketFigures(), +), isTotal: true)]
            : []
    }

    private static func section(
        _ reading: RoundCalendar.Reading, digests: [MarketDigest], markets: [Market], calendar: RoundCalendar,
        tiers: [AwardTier], language: Language
    ) -> RoundSection {
        var lines = digests.map { Line(name: $0.name, region: $0.region, figures: calendar.figures(of: $0), isTotal: false) }
        lines.append(Line(name: RoundText.total(markets: digests.count)(language), region: "",
                          figures: lines.map(\.figures).reduce(MarketFigures(), +), isTotal: true))
        return RoundSection(
            name: RoundText.name(of: reading)(language),
            asOf: RoundText.asOf(reading), lines: lines,
            weeks: ProgramWeeks.weekly(digests, calendar: calendar),
            markets: zip(markets, digests).map { market, digest in
                MarketSection(name: market.name, weeks: digest.weekly(asOf: reading.asOf),
                              awards: AwardRanking.rank(market, tiers: tiers, asOf: reading.asOf).filter { $0.tier != nil })
            })
    }
}
