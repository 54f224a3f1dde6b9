import DangolKit
import TerminalText

/// One store on one A4 page, for the tutor to hand to the merchant: the channel, friends over
/// time, the messages and posts, and what to do next (`StoreAttention`), as of the store's
/// round's day. HTML with the results report's styles, or Markdown.
public struct StorePrintout: Sendable {
    public let store: Store
    public let market: Market
    public let asOf: CalendarDate
    public let language: Language

    public init(store: Store, market: Market, asOf: CalendarDate, language: Language) {
        self.store = store
        self.market = market
        self.asOf = asOf
        self.language = language
    }

    private var figures: StoreFigures { store.figures(asOf: asOf) }
    private var readings: [FriendReading] { store.friendReadings.filter { $0.on <= asOf } }
    private var messages: [MessageRecord] { store.messages.filter { $0.on <= asOf } }
    private var posts: [CalendarDate] { store.posts.filter { $0 <= asOf } }

    /// The page's title: `대박수산 카카오톡 채널`.
    private var title: String { "\(store.name) \(PrintoutText.channelTitle(language))" }

    /// `신영시장 · 수산 · 담당 최튜터 · 기준일 2022-10-23`.
    private var subtitle: String {
        ([market.name, store.category, store.tutor.map { PrintoutText.tutor($0)(language) }].compactMap { $0 }
            + [PrintoutText.asOf(asOf)(language)]).joined(separator: " · ")
    }

    /// The headline figures, label and value.
    private var facts: [(String, String)] {
        let opened = store.channelOpenedOn.map { day in
            day <= asOf ? day.description + (market.schedule.map { " (\(PrintoutText.week($0.week(of: day))(language)))" } ?? "") : nil
        } ?? nil
        let ads = figures.adsSent
        var facts = [
            (PrintoutText.opened(language), opened ?? PrintoutText.notYet(language)),
            (PrintoutText.friends(language), NumberText.count(figures.friends)),
            (PrintoutText.messages(language), PrintoutText.messageSplit(total: figures.messagesSent, ads: ads)(language)),
            (PrintoutText.posts(language), NumberText.count(figures.posts)),
        ]
        if let last = figures.lastActivity {
            facts.append((PrintoutText.lastActivity(language), "\(last) (\((figures.isActive ? PrintoutText.active : PrintoutText.inactive)(language)))"))
        }
        return facts
    }

    private var advice: [String] {
        let needs = StoreAttention.needs(of: store, on: asOf)
        return needs.isEmpty ? [PrintoutText.keepGoing(language)] : needs.map { $0.advice(language) }
    }

    // MARK: HTML

    /// The page as one self-contained HTML file (no script, no network) that prints on one A4 sheet.
    public func html() -> String {
        var body = ["<h1>\(HTML.escape(title))</h1>", "<p class=\"as-of\">\(HTML.escape(subtitle))</p>",
                    "<table class=\"facts\"><tbody>"
                        + facts.map { "<tr><th class=\"text\">\(HTML.escape($0.0))</th><td>\(HTML.escape($0.1))</td></tr>" }.joined()
                        + "</tbody></table>"]
        if readings.count > 1 {
            body.append("<figure>" + SVGChart.line(readings.map { Double($0.count) }, title: PrintoutText.friendsOverTime(language),
                                                   labels: (readings.first!.on.description, readings.last!.on.description),
                                                   valueText: { NumberText.count(Int($0)) }, color: "#2f6db5", width: 520, height: 150)
                        + "</figure>")
        }
        body.append("<h2>\(PrintoutText.nextSteps(language))</h2><ol>" + advice.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ol>")
        body.append("<div class=\"columns\">" + [
            table(PrintoutText.friendReadings(language), [PrintoutText.day, PrintoutText.friends],
                  readings.map { [$0.on.description, NumberText.count($0.count)] }),
            table(PrintoutText.messageRecords(language), [PrintoutText.day, PrintoutText.kind, PrintoutText.count],
                  messages.map { [$0.on.description, PrintoutText.kind($0.kind)(language), NumberText.count($0.count)] }),
            table(PrintoutText.postDays(language), [PrintoutText.day], posts.map { [$0.description] }),
        ].joined() + "</div>")
        return HTMLReport.page(title: title, language: language, body: body)
    }

    private func table(_ title: String, _ columns: [Localized], _ rows: [[String]]) -> String {
        let head = columns.map { "<th>\($0(language))</th>" }.joined()
        let body = rows.isEmpty
            ? "<tr><td colspan=\"\(columns.count)\">\(PrintoutText.none(language))</td></tr>"
            : rows.map { "<tr>" + $0.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>" }.joined()
        return "<section><h3>\(HTML.escape(title))</h3><table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table></section>"
    }

    // MARK: Markdown

    /// The page as Markdown, for pasting into a message or a document.
    public func markdown() -> String {
        var out = ["# \(Markdown.escape(title))", "", Markdown.escape(subtitle), ""]
        out += facts.map { "- **\($0.0)**: \(Markdown.escape($0.1))" } + [""]
        out += ["## \(PrintoutText.nextSteps(language))", ""] + advice.enumerated().map { "\($0.offset + 1). \($0.element)" } + [""]
        out += ["## \(PrintoutText.friendReadings(language))", ""]
            + (readings.isEmpty ? [PrintoutText.none(language)] : readings.map { "- \($0.on): \(NumberText.count($0.count))" }) + [""]
        out += ["## \(PrintoutText.messageRecords(language))", ""]
            + (messages.isEmpty ? [PrintoutText.none(language)]
                : messages.map { "- \($0.on): \(PrintoutText.kind($0.kind)(language)) \(NumberText.count($0.count))" }) + [""]
        out += ["## \(PrintoutText.postDays(language))", ""] + (posts.isEmpty ? [PrintoutText.none(language)] : posts.map { "- \($0)" }) + [""]
        return out.joined(separator: "\n")
    }
}
