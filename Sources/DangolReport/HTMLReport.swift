import DangolKit
import TerminalText

/// The results report as one self-contained HTML file that prints on A4: inline styles and SVG
/// charts, no script, no network, fonts from the machine (Noto Sans CJK KR on Debian).
public enum HTMLReport {
    public static func render(_ report: ReportContent) -> String {
        var body: [String] = [
            "<h1>\(HTML.escape(report.programName)) 성과 보고</h1>",
            "<p class=\"as-of\">기준일 \(report.asOf)</p>",
            "<h2>시장별 성과</h2>",
            resultsTable(report),
            "<h2>주간 추이</h2>",
            "<p class=\"note\">누적, 주차 끝 기준. 시장마다 자기 시작일부터 주차를 센다. 활성 비율은 최근 30일 안에 메시지나 포스트가 있는 채널의 비율.</p>",
            "<div class=\"charts\">" + charts(report.programWeeks).joined() + "</div>",
            "<h3>시장별 (채널 개설과 활성 비율)</h3>",
            "<div class=\"multiples\">" + report.markets.filter { !$0.weeks.isEmpty }.map(smallMultiple).joined() + "</div>",
            "<h2>우수 점포</h2>",
            "<p class=\"note\">점수 = 친구 + 메시지 × 5 + 포스트 × 3. 같으면 친구, 메시지, 포스트, 먼저 연 채널 순.</p>",
        ]
        body += report.markets.filter { !$0.awards.isEmpty }.map(awardsTable)
        body.append("<h2>지표 정의</h2><dl>" + ReportContent.definitions.map { "<dt>\(HTML.escape($0.0))</dt><dd>\(HTML.escape($0.1))</dd>" }.joined() + "</dl>")
        return """
            <!DOCTYPE html>
            <html lang="ko"><head><meta charset="utf-8"/><title>\(HTML.escape(report.programName)) 성과 보고</title>
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
        h3 { font-size: 10.5pt; margin: 10pt 0 4pt; } .as-of, .note { color: #555; margin: 2pt 0 6pt; }
        table { border-collapse: collapse; width: 100%; break-inside: auto; } tr { break-inside: avoid; }
        th, td { border-bottom: 1px solid #ddd; padding: 2pt 4pt; text-align: right; white-space: nowrap; }
        th:first-child, td:first-child, th.text, td.text { text-align: left; } tr.total td { font-weight: bold; border-top: 1px solid #888; }
        .charts, .multiples { display: flex; flex-wrap: wrap; gap: 6pt; } figure { margin: 0; break-inside: avoid; }
        .chart-title { font-size: 11px; font-weight: bold; fill: #222; } .chart-value { font-size: 11px; fill: #222; }
        .chart-label { font-size: 9px; fill: #666; } .axis { stroke: #bbb; stroke-width: 1; }
        dt { font-weight: bold; margin-top: 3pt; } dd { margin: 0 0 0 12pt; }
        """

    private static func resultsTable(_ report: ReportContent) -> String {
        let head = ["시장", "지역", "대상", "개설", "참여율", "친구", "평균 친구", "메시지", "평균 메시지", "포스트", "활성", "평균 연령"]
        let rows = report.lines.map { line in
            "<tr\(line.isTotal ? " class=\"total\"" : "")><td>\(HTML.escape(line.name))</td><td class=\"text\">\(HTML.escape(line.region))</td>"
                + ReportNumbers.cells(line.figures).map { "<td>\($0)</td>" }.joined() + "</tr>"
        }
        return "<table><thead><tr>" + head.map { "<th>\($0)</th>" }.joined() + "</tr></thead><tbody>" + rows.joined() + "</tbody></table>"
    }

    private static func charts(_ weeks: [WeekFigures]) -> [String] {
        guard let first = weeks.first?.week else { return [] }
        let figures = weeks.map(\.figures)
        return [
            SVGChart.line(figures.map { Double($0.channelsOpened) }, title: "채널 개설", firstWeek: first,
                          valueText: { NumberText.count(Int($0)) }, color: "#2a7f62"),
            SVGChart.line(figures.map { Double($0.friends) }, title: "친구", firstWeek: first,
                          valueText: { NumberText.count(Int($0)) }, color: "#2f6db5"),
            SVGChart.line(figures.map { Double($0.messagesSent) }, title: "메시지", firstWeek: first,
                          valueText: { NumberText.count(Int($0)) }, color: "#b5642f"),
            SVGChart.line(figures.map(\.activeRate), title: "활성 비율", firstWeek: first,
                          valueText: NumberText.percent, color: "#8a3fa0", maximum: 1),
        ].map { "<figure>\($0)</figure>" }
    }

    private static func smallMultiple(_ market: ReportContent.MarketSection) -> String {
        let opened = SVGChart.line(market.weeks.map { Double($0.figures.channelsOpened) }, title: "\(market.name) 개설",
                                   firstWeek: market.weeks[0].week, valueText: { NumberText.count(Int($0)) }, color: "#2a7f62",
                                   width: 170, height: 90)
        let staying = SVGChart.line(market.weeks.map(\.figures.activeRate), title: "활성 비율", firstWeek: market.weeks[0].week,
                                    valueText: NumberText.percent, color: "#8a3fa0", width: 170, height: 90, maximum: 1)
        return "<figure>\(opened)\(staying)</figure>"
    }

    private static func awardsTable(_ market: ReportContent.MarketSection) -> String {
        let rows = market.awards.map { entry in
            "<tr><td>\(HTML.escape(entry.tier ?? ""))</td><td class=\"text\">\(HTML.escape(entry.store.name))</td>"
                + "<td>\(NumberText.count(entry.figures.friends))</td><td>\(NumberText.count(entry.figures.messagesSent))</td>"
                + "<td>\(NumberText.count(entry.figures.posts))</td>"
                + "<td>\(entry.friendPoints)+\(entry.messagePoints)+\(entry.postPoints) = \(entry.score)</td></tr>"
        }
        return "<h3>\(HTML.escape(market.name))</h3><table><thead><tr><th>상</th><th class=\"text\">점포</th><th>친구</th><th>메시지</th>"
            + "<th>포스트</th><th>점수</th></tr></thead><tbody>" + rows.joined() + "</tbody></table>"
    }
}
