import DangolKit
import TerminalText

/// The results report as one self-contained HTML file that prints on A4: inline styles and SVG
/// charts, no script, no network, fonts from the machine (Noto Sans CJK KR on Debian).
public enum HTMLReport {
    public static func render(_ report: ReportContent) -> String {
        let language = report.language
        var body: [String] = ["<h1>\(HTML.escape(report.title)) \(ReportText.results(language))</h1>"]
        if report.title != report.programName { body.append("<p class=\"as-of\">\(HTML.escape(report.programName))</p>") }
        if report.rounds.count == 1 {
            body.append("<p class=\"as-of\">\(report.rounds[0].asOf(language))</p>")
        } else if !report.overall.isEmpty {
            body += ["<h2>\(ReportText.rounds(language))</h2>", resultsTable(report.overall, first: ReportText.round, language: language)]
        }
        for round in report.rounds {
            let level = report.rounds.count == 1 ? 2 : 3
            if report.rounds.count > 1 {
                body += ["<h2 class=\"round\">\(HTML.escape(round.name))</h2>", "<p class=\"as-of\">\(round.asOf(language))</p>"]
            }
            body += [
                "<h\(level)>\(ReportText.markets(language))</h\(level)>",
                resultsTable(round.lines, language: language),
                "<h\(level)>\(ReportText.weekly(language))</h\(level)>",
                "<p class=\"note\">\(ReportText.weeklyNote(language))</p>",
                "<div class=\"charts\">" + charts(round.weeks, language: language).joined() + "</div>",
                "<h\(level + 1)>\(ReportText.perMarket(language))</h\(level + 1)>",
                "<div class=\"multiples\">" + round.markets.filter { !$0.weeks.isEmpty }.map { smallMultiple($0, language: language) }.joined() + "</div>",
                "<h\(level)>\(ReportText.awards(language))</h\(level)>",
                "<p class=\"note\">\(ReportText.scoreTies(language))</p>",
            ]
            body += round.markets.filter { !$0.awards.isEmpty }.map { awardsTable($0, level: level + 1, language: language) }
        }
        body.append("<h2>\(ReportText.definitionsTitle(language))</h2><dl>"
            + ReportText.definitions.map { "<dt>\(HTML.escape($0.0(language)))</dt><dd>\(HTML.escape($0.1(language)))</dd>" }.joined() + "</dl>")
        return page(title: "\(report.title) \(ReportText.results(language))", language: language, body: body)
    }

    /// A whole HTML document with the report's A4 styles around `body`.
    static func page(title: String, language: Language, body: [String]) -> String {
        """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)"><head><meta charset="utf-8"/><title>\(HTML.escape(title))</title>
            <style>\(style)</style></head>
            <body>
            \(body.joined(separator: "\n"))
            </body></html>

            """
    }

    private static let style = """
        @page { size: A4; margin: 14mm; }
        body { font-family: "Noto Sans CJK KR", "Noto Sans KR", "NanumGothic", "UnDotum", sans-serif; font-size: 9.5pt; color: #222; margin: 0; }
        h1 { font-size: 17pt; margin: 0 0 2pt; } h2 { font-size: 12.5pt; margin: 14pt 0 5pt; border-bottom: 1px solid #999; }
        h3 { font-size: 10.5pt; margin: 10pt 0 4pt; } h4 { font-size: 9.5pt; margin: 8pt 0 3pt; }
        h2.round { break-before: page; font-size: 14pt; border-bottom: 2px solid #555; } .as-of, .note { color: #555; margin: 2pt 0 6pt; }
        table { border-collapse: collapse; width: 100%; break-inside: auto; } tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ddd; padding: 2pt 4pt; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child, th.text, td.text { text-align: left; } tr.total td { font-weight: bold; border-top: 1px solid #888; }
        .charts, .multiples { display: flex; flex-wrap: wrap; gap: 6pt; } figure { margin: 0; break-inside: avoid; }
        .chart-title { font-size: 11px; font-weight: bold; fill: #222; } .chart-value { font-size: 11px; fill: #222; }
        .chart-label { font-size: 9px; fill: #666; } .axis { stroke: #bbb; stroke-width: 1; }
        dt { font-weight: bold; margin-top: 3pt; } dd { margin: 0 0 0 12pt; }
        table.facts { width: auto; font-size: 11pt; } table.facts th { text-align: left; padding-right: 14pt; }
        .columns { display: flex; gap: 14pt; align-items: flex-start; } .columns section { flex: 1; } ol li { margin: 3pt 0; font-size: 10.5pt; }
        """

    private static func resultsTable(_ lines: [ReportContent.Line], first: Localized? = nil, language: Language) -> String {
        let rows = lines.map { line in
            "<tr\(line.isTotal ? " class=\"total\"" : "")><td>\(HTML.escape(line.name))</td><td class=\"text\">\(HTML.escape(line.region))</td>"
                + ReportNumbers.cells(line.figures).map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        let titles = (first.map { [$0] } ?? [ReportText.resultColumns[0]]) + ReportText.resultColumns.dropFirst()
        return "<table><thead><tr>" + titles.map { "<th>\($0(language))</th>" }.joined() + "</tr></thead><tbody>"
            + rows.joined() + "</tbody></table>"
    }

    static func charts(_ weeks: [WeekFigures], language: Language) -> [String] {
        guard let first = weeks.first?.week else { return [] }
        let figures = weeks.map(\.figures)
        let titles = ReportText.chartTitles
        return [
            SVGChart.line(figures.map { Double($0.channelsOpened) }, title: titles.opened(language), labels: weekLabels(first, weeks.count, language),
                          valueText: { NumberText.count(Int($0)) }, color: "#2a7f62"),
            SVGChart.line(figures.map { Double($0.friends) }, title: titles.friends(language), labels: weekLabels(first, weeks.count, language),
                          valueText: { NumberText.count(Int($0)) }, color: "#2f6db5"),
            SVGChart.line(figures.map { Double($0.messagesSent) }, title: titles.messages(language), labels: weekLabels(first, weeks.count, language),
                          valueText: { NumberText.count(Int($0)) }, color: "#b5642f"),
            SVGChart.line(figures.map(\.activeRate), title: titles.active(language), labels: weekLabels(first, weeks.count, language),
                          valueText: NumberText.percent, color: "#8a3fa0", maximum: 1),
        ].map { "<figure>\($0)</figure>" }
    }

    /// The first and last week of a chart, `3주차` or `week 3`.
    private static func weekLabels(_ first: Int, _ count: Int, _ language: Language) -> (first: String, last: String) {
        (PrintoutText.week(first)(language), PrintoutText.week(first + max(0, count - 1))(language))
    }

    private static func smallMultiple(_ market: ReportContent.MarketSection, language: Language) -> String {
        let titles = ReportText.chartTitles
        let opened = SVGChart.line(market.weeks.map { Double($0.figures.channelsOpened) }, title: "\(market.name) \(titles.opened(language))",
                                   labels: weekLabels(market.weeks[0].week, market.weeks.count, language), valueText: { NumberText.count(Int($0)) }, color: "#2a7f62",
                                   width: 170, height: 90)
        let staying = SVGChart.line(market.weeks.map(\.figures.activeRate), title: titles.active(language), labels: weekLabels(market.weeks[0].week, market.weeks.count, language),
                                    valueText: NumberText.percent, color: "#8a3fa0", width: 170, height: 90, maximum: 1)
        return "<figure>\(opened)\(staying)</figure>"
    }

    private static func awardsTable(_ market: ReportContent.MarketSection, level: Int, language: Language) -> String {
        let rows = market.awards.map { entry in
            "<tr><td>\(HTML.escape(entry.tier ?? ""))</td><td class=\"text\">\(HTML.escape(entry.store.name))</td>"
                + "<td>\(NumberText.count(entry.figures.friends))</td><td>\(NumberText.count(entry.figures.messagesSent))</td>"
                + "<td>\(NumberText.count(entry.figures.posts))</td>"
                + "<td>\(entry.friendPoints)+\(entry.messagePoints)+\(entry.postPoints) = \(entry.score)</td></tr>"
        }
        let head = ReportText.awardColumns.enumerated().map { index, title in
            "<th\(index == 1 ? " class=\"text\"" : "")>\(title(language))</th>"
        }
        return "<h\(level)>\(HTML.escape(market.name))</h\(level)><table><thead><tr>" + head.joined() + "</tr></thead><tbody>"
            + rows.joined() + "</tbody></table>"
    }
}
