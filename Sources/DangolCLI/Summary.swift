import DangolKit
import Foundation
import TerminalText

/// The figures `dangol summary` prints, in each of its formats.
struct Summary {
    /// One market's figures, or the totals when `market` is nil.
    struct Line {
        var market: MarketDigest?
        /// The market's round and the day it is read as of; nil for totals.
        var reading: RoundCalendar.Reading?
        var figures: MarketFigures

        private enum Key: String {
            case id, name, region, round, asOf, eligibleStores, channelsOpened, participationRate, friends, averageFriends
            case messagesSent, averageMessages, posts, activeStores, activeRate, averageOwnerAge
        }

        /// The keys in the order a reader expects; totals have no id, name or region.
        static let keys: [String] = [
            Key.id, .name, .region, .round, .asOf, .eligibleStores, .channelsOpened, .participationRate, .friends,
            .averageFriends, .messagesSent, .averageMessages, .posts, .activeStores, .activeRate, .averageOwnerAge,
        ].map(\.rawValue)

        /// The line as a JSON object: totals have no id, name, region, round or day; a round
        /// of none and an unknown average age are null.
        var json: JSONValue {
            var members: [(key: String, value: JSONValue)] = []
            func add(_ key: Key, _ value: JSONValue) { members.append((key.rawValue, value)) }
            if let market {
                add(.id, .string(market.id))
                add(.name, .string(market.name))
                add(.region, .string(market.region))
            }
            if let reading {
                add(.round, JSONValue(reading.isUnassigned ? nil : reading.id))
                add(.asOf, .string(reading.asOf.description))
            }
            add(.eligibleStores, .integer(figures.eligibleStores))
            add(.channelsOpened, .integer(figures.channelsOpened))
            add(.participationRate, .number(figures.participationRate))
            add(.friends, .integer(figures.friends))
            add(.averageFriends, .number(figures.averageFriends))
            add(.messagesSent, .integer(figures.messagesSent))
            add(.averageMessages, .number(figures.averageMessages))
            add(.posts, .integer(figures.posts))
            add(.activeStores, .integer(figures.activeStores))
            add(.activeRate, .number(figures.activeRate))
            add(.averageOwnerAge, JSONValue(figures.averageOwnerAge))
            return .object(members)
        }

        /// The headings of the CSV in Korean, in `keys` order.
        static let koreanKeys = [
            "시장코드", "시장", "지역", "차수", "기준일", "대상", "개설", "참여율", "친구", "평균 친구", "메시지", "평균 메시지",
            "포스트", "활성", "활성률", "평균 연령",
        ]

        /// The cells of a workbook row, in `keys` order: numbers as numbers, the day as a date.
        var workbookCells: [Workbook.Cell] {
            [
                .text(market?.id ?? ""), .text(market?.name ?? ""), .text(market?.region ?? ""),
                .text(reading.map { $0.isUnassigned ? "" : $0.id } ?? ""), reading.map { .date($0.asOf) } ?? .empty,
                .integer(figures.eligibleStores), .integer(figures.channelsOpened), .percent(figures.participationRate),
                .integer(figures.friends), .decimal(figures.averageFriends), .integer(figures.messagesSent),
                .decimal(figures.averageMessages), .integer(figures.posts), .integer(figures.activeStores),
                .percent(figures.activeRate), figures.averageOwnerAge.map(Workbook.Cell.decimal) ?? .empty,
            ]
        }

        /// The cells of a CSV row, in `keys` order: counts as whole numbers, rates as
        /// percentages and averages to one place, as on screen (JSON keeps full precision).
        var csvCells: [String] {
            [
                market?.id ?? "", market?.name ?? "", market?.region ?? "",
                reading.map { $0.isUnassigned ? "" : $0.id } ?? "", reading?.asOf.description ?? "",
                String(figures.eligibleStores), String(figures.channelsOpened), NumberText.percent(figures.participationRate),
                String(figures.friends), NumberText.decimal(figures.averageFriends), String(figures.messagesSent),
                NumberText.decimal(figures.averageMessages), String(figures.posts), String(figures.activeStores),
                NumberText.percent(figures.activeRate), figures.averageOwnerAge.map { NumberText.decimal($0) } ?? "",
            ]
        }
    }

    let calendar: RoundCalendar
    let language: Language
    let markets: [Line]
    let totals: Line

    /// The summary of the markets `calendar` holds, each on its round's day.
    init(digests: [MarketDigest], calendar: RoundCalendar, language: Language) {
        self.calendar = calendar
        self.language = language
        let byID = Dictionary(digests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        markets = calendar.readings.flatMap { reading in
            reading.marketIDs.compactMap { byID[$0] }.map { Line(market: $0, reading: reading, figures: calendar.figures(of: $0)) }
        }
        totals = Line(market: nil, figures: markets.map(\.figures).reduce(MarketFigures(), +))
    }

    /// The lines of one round's markets.
    private func lines(of reading: RoundCalendar.Reading) -> [Line] {
        markets.filter { $0.reading?.id == reading.id }
    }

    private func subtotal(of reading: RoundCalendar.Reading) -> Line {
        Line(market: nil, figures: lines(of: reading).map(\.figures).reduce(MarketFigures(), +))
    }

    /// `{"asOf": …, "rounds": […], "markets": […], "totals": {…}}`, pretty-printed.
    func json() throws -> String {
        let rounds = calendar.readings.map { reading in
            var members: [(key: String, value: JSONValue)] = [
                ("asOf", .string(reading.asOf.description)), ("running", .bool(reading.isRunning)),
                ("markets", .array(reading.marketIDs.map(JSONValue.string))), ("totals", subtotal(of: reading).json),
            ]
            if !reading.isUnassigned { members += [("id", .string(reading.id)), ("name", .string(reading.round.name))] }
            return JSONValue.object(members)
        }
        var document: [(key: String, value: JSONValue)] = [
            ("rounds", .array(rounds)), ("markets", .array(markets.map(\.json))), ("totals", totals.json),
        ]
        // Left out when the rounds are read on different days, as each round has its own.
        if let asOf = calendar.commonAsOf { document.append(("asOf", .string(asOf.description))) }
        return try JSONValue.object(document).prettyText()
    }

    /// A header row (the JSON keys, or Korean headings in the Korean UI), one row per market
    /// and a totals row (with empty id, name and region).
    func csv() throws -> String {
        try CSVText.write([headings] + (markets + [totals]).map(\.csvCells))
    }

    /// The rows of `csv` as a workbook.
    func workbook() -> Workbook {
        Workbook(sheetName: language == .ko ? "요약" : "Summary", header: headings, rows: (markets + [totals]).map(\.workbookCells))
    }

    private var headings: [String] {
        language == .ko ? Line.koreanKeys : Line.keys
    }

    /// The figures aligned in terminal columns, Hangul names included: with more than one
    /// round, each round's markets under its name and day, then its subtotal.
    func table() -> [String] {
        var table = TextTable(columns: zip(CLIText.summaryColumns, [Alignment.left, .left] + Array(repeating: .right, count: 11))
            .map { TextTable.Column($0.0(language), $0.1) })
        var headings: [(row: Int, text: String)] = []
        for reading in calendar.readings {
            let members = lines(of: reading)
            if calendar.readings.count > 1 {
                headings.append((table.rows.count, CLIText.round(reading)(language)))
            }
            for line in members {
                table.append(cells(name: line.market?.name ?? "", region: line.market?.region ?? "", line.figures))
            }
            if calendar.readings.count > 1 {
                table.append(cells(name: CLIText.subtotal(markets: members.count)(language), region: "", subtotal(of: reading).figures))
            }
        }
        table.append(cells(name: RoundText.total(markets: markets.count)(language), region: "", totals.figures))
        var lines = table.lines()
        for heading in headings.reversed() {
            lines.insert(heading.text, at: heading.row + 1)
        }
        let title = calendar.commonAsOf.map { CLIText.asOf($0)(language) } ?? CLIText.asOfPerRound(language)
        return [title, ""] + lines
    }

    private func cells(name: String, region: String, _ figures: MarketFigures) -> [String] {
        [
            name, region, NumberText.count(figures.eligibleStores), NumberText.count(figures.channelsOpened),
            NumberText.percent(figures.participationRate), NumberText.count(figures.friends),
            NumberText.decimal(figures.averageFriends), NumberText.count(figures.messagesSent),
            NumberText.decimal(figures.averageMessages), NumberText.count(figures.posts),
            NumberText.count(figures.activeStores), NumberText.percent(figures.activeRate),
            figures.averageOwnerAge.map { NumberText.decimal($0) } ?? "-",
        ]
    }
}
