import DangolKit
import TerminalText

/// The results report as Markdown: tables anyone can paste into a document.
public enum MarkdownReport {
    public static func render(_ report: ReportContent) -> String {
        var out: [String] = ["# \(Markdown.escape(report.programName)) 성과 보고", "", "기준일 \(report.asOf)", "", "## 시장별 성과", ""]
        out.append("| 시장 | 지역 | 대상 | 개설 | 참여율 | 친구 | 평균 친구 | 메시지 | 평균 메시지 | 포스트 | 활성 | 평균 연령 |")
        out.append("|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
        for line in report.lines {
            let name = line.isTotal ? "**\(Markdown.escape(line.name))**" : Markdown.escape(line.name)
            out.append("| \(name) | \(Markdown.escape(line.region)) | " + ReportNumbers.cells(line.figures).joined(separator: " | ") + " |")
        }
        out += ["", "## 주간 추이 (누적, 주차 끝 기준)", ""]
        out += weekTable(report.programWeeks, title: "전체 (시장마다 자기 주차로)")
        for market in report.markets where !market.weeks.isEmpty {
            out += weekTable(market.weeks, title: Markdown.escape(market.name))
        }
        out += ["## 우수 점포", "", "점수 = 친구 + 메시지 × 5 + 포스트 × 3.", ""]
        for market in report.markets where !market.awards.isEmpty {
            out += ["### \(Markdown.escape(market.name))", "", "| 상 | 점포 | 친구 | 메시지 | 포스트 | 점수 |", "|---|---|--:|--:|--:|--:|"]
            for entry in market.awards {
                out.append("| \(Markdown.escape(entry.tier ?? "")) | \(Markdown.escape(entry.store.name)) | \(entry.figures.friends) | \(entry.figures.messagesSent) | "
                    + "\(entry.figures.posts) | \(entry.friendPoints)+\(entry.messagePoints)+\(entry.postPoints) = \(entry.score) |")
            }
            out.append("")
        }
        out += ["## 지표 정의", ""] + ReportContent.definitions.map { "- **\($0.0)**: \($0.1)" } + [""]
        return out.joined(separator: "\n")
    }

    private static func weekTable(_ weeks: [WeekFigures], title: String) -> [String] {
        ["### \(title)", "", "| 주차 | 개설 | 친구 | 메시지 | 활성 비율 |", "|--:|--:|--:|--:|--:|"]
            + weeks.map { week in
                "| \(week.week) | \(NumberText.count(week.figures.channelsOpened)) | \(NumberText.count(week.figures.friends)) | "
                    + "\(NumberText.count(week.figures.messagesSent)) | \(NumberText.percent(week.figures.activeRate)) |"
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
