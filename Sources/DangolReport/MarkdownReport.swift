import DangolKit
import TerminalText

/// The results report as Markdown: tables anyone can paste into a document.
public enum MarkdownReport {
    public static func render(_ report: ReportContent) -> String {
        let language = report.language
        var out: [String] = ["# \(Markdown.escape(report.title)) \(ReportText.results(language))", ""]
        if report.title != report.programName { out += [Markdown.escape(report.programName), ""] }
        if report.rounds.count == 1 {
            out += [report.rounds[0].asOf(language), ""]
        } else if !report.overall.isEmpty {
            out += ["## \(ReportText.rounds(language))", ""] + resultsTable(report.overall, first: ReportText.round, language: language) + [""]
        }
        for round in report.rounds {
            let level = report.rounds.count == 1 ? "##" : "###"
            if report.rounds.count > 1 {
                out += ["## \(Markdown.escape(round.name))", "", round.asOf(language), ""]
            }
            out += ["\(level) \(ReportText.markets(language))", ""] + resultsTable(round.lines, language: language) + [""]
            out += ["\(level) \(ReportText.weekly(language))", ""]
            out += weekTable(round.weeks, title: ReportText.allMarkets(language), level: level, language: language)
            for market in round.markets where !market.weeks.isEmpty {
                out += weekTable(market.weeks, title: Markdown.escape(market.name), level: level, language: language)
            }
            out += ["\(level) \(ReportText.awards(language))", "", ReportText.scoreRule(language), ""]
            for market in round.markets where !market.awards.isEmpty {
                out += awardTable(market, level: level, language: language)
            }
        }
        out += ["## \(ReportText.definitionsTitle(language))", ""]
        out += ReportText.definitions.map { "- **\($0.0(language))**: \($0.1(language))" } + [""]
        return out.joined(separator: "\n")
    }

    private static func header(_ titles: [Localized], alignments: String, language: Language) -> [String] {
        ["| " + titles.map { $0(language) }.joined(separator: " | ") + " |", alignments]
    }

    private static func resultsTable(_ lines: [ReportContent.Line], first: Localized? = nil, language: Language) -> [String] {
        header((first.map { [$0] } ?? [ReportText.resultColumns[0]]) + ReportText.resultColumns.dropFirst(), alignments: "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|", language: language)
            + lines.map { line in
                let name = line.isTotal ? "**\(Markdown.escape(line.name))**" : Markdown.escape(line.name)
                return "| \(name) | \(Markdown.escape(line.region)) | " + ReportNumbers.cells(line.figures).joined(separator: " | ") + " |"
            }
    }

    private static func weekTable(_ weeks: [WeekFigures], title: String, level: String, language: Language) -> [String] {
        ["\(level)# \(title)", ""] + header(ReportText.weekColumns, alignments: "|--:|--:|--:|--:|--:|", language: language)
            + weeks.map { week in
                "| \(week.week) | \(NumberText.count(week.figures.channelsOpened)) | \(NumberText.count(week.figures.friends)) | "
                    + "\(NumberText.count(week.figures.messagesSent)) | \(NumberText.percent(week.figures.activeRate)) |"
            } + [""]
    }

    private static func awardTable(_ market: ReportContent.MarketSection, level: String, language: Language) -> [String] {
        ["\(level)# \(Markdown.escape(market.name))", ""]
            + header(ReportText.awardColumns, alignments: "|---|---|--:|--:|--:|--:|", language: language)
            + market.awards.map { entry in
                "| \(Markdown.escape(entry.tier ?? "")) | \(Markdown.escape(entry.store.name)) | \(entry.figures.friends) | "
                    + "\(entry.figures.messagesSent) | \(entry.figures.posts) | "
                    + "\(entry.friendPoints)+\(entry.messagePoints)+\(entry.postPoints) = \(entry.score) |"
            } + [""]
    }
}

/// The figures of a results line, formatted as everywhere else in dangol.
enum ReportNumbers {
    static func cells(_ figures: MarketFigures) -> [String] {
        [
            NumberText.count(figures.eligibleStores), NumberText.count(figures.channelsOpened),
            NumberText.percent(figures.participationRate), NumberText.count(figures.friends),
            NumberText.decimal(figures.averageFriends), NumberText.count(figures.messagesSent),
            NumberText.decimal(figures.averageMessages), NumberText.count(figures.posts),
            NumberText.count(figures.activeStores), figures.averageOwnerAge.map { NumberText.decimal($0) } ?? "-",
        ]
    }
}
