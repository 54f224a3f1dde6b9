import DangolKit
import Foundation
import TerminalText

/// The figures `dangol summary` prints, in each of its formats.
struct Summary {
    /// One market's figures, or the totals when `market` is nil.
    struct Line: Encodable {
        var market: MarketDigest?
        var figures: MarketFigures

        private enum Key: String, CodingKey {
            case id, name, region, eligibleStores, channelsOpened, participationRate, friends, averageFriends
            case messagesSent, averageMessages, posts, activeStores, averageOwnerAge
        }

        /// The keys in the order a reader expects; totals have no id, name or region.
        static let keys: [String] = [
            Key.id, .name, .region, .eligibleStores, .channelsOpened, .participationRate, .friends,
            .averageFriends, .messagesSent, .averageMessages, .posts, .activeStores, .averageOwnerAge,
        ].map(\.rawValue)

        func encode(to encoder: Encoder) throws {
            var values = encoder.container(keyedBy: Key.self)
            if let market {
                try values.encode(market.id, forKey: .id)
                try values.encode(market.name, forKey: .name)
                try values.encode(market.region, forKey: .region)
            }
            try values.encode(figures.eligibleStores, forKey: .eligibleStores)
            try values.encode(figures.channelsOpened, forKey: .channelsOpened)
            try values.encode(figures.participationRate, forKey: .participationRate)
            try values.encode(figures.friends, forKey: .friends)
            try values.encode(figures.averageFriends, forKey: .averageFriends)
            try values.encode(figures.messagesSent, forKey: .messagesSent)
            try values.encode(figures.averageMessages, forKey: .averageMessages)
            try values.encode(figures.posts, forKey: .posts)
            try values.encode(figures.activeStores, forKey: .activeStores)
            try values.encode(figures.averageOwnerAge, forKey: .averageOwnerAge)
        }

        /// The cells of a CSV row, in `keys` order, with full precision.
        var csvCells: [String] {
            [
                market?.id ?? "", market?.name ?? "", market?.region ?? "",
                String(figures.eligibleStores), String(figures.channelsOpened), String(figures.participationRate),
                String(figures.friends), String(figures.averageFriends), String(figures.messagesSent),
                String(figures.averageMessages), String(figures.posts), String(figures.activeStores),
                figures.averageOwnerAge.map { String($0) } ?? "",
            ]
        }
    }

    private struct Document: Encodable {
        var asOf: String
        var markets: [Line]
        var totals: Line
    }

    let asOf: CalendarDate
    let markets: [Line]
    let totals: Line

    init(digests: [MarketDigest], asOf: CalendarDate) {
        self.asOf = asOf
        markets = digests.map { Line(market: $0, figures: $0.figures(asOf: asOf)) }
        totals = Line(market: nil, figures: markets.map(\.figures).reduce(MarketFigures(), +))
    }

    /// `{"asOf": …, "markets": […], "totals": {…}}`, pretty-printed.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let document = Document(asOf: asOf.description, markets: markets, totals: totals)
        return String(decoding: try encoder.encode(document), as: UTF8.self)
    }

    /// A header row, one row per market and a totals row (with empty id, name and region).
    func csv() throws -> String {
        try CSVText.write([Line.keys] + (markets + [totals]).map(\.csvCells))
    }

    /// The figures aligned in terminal columns, Hangul names included.
    func table() -> [String] {
        var table = TextTable(columns: [
            .init("Market", .left), .init("Region", .left), .init("Eligible"), .init("Opened"), .init("Rate"),
            .init("Friends"), .init("Avg"), .init("Messages"), .init("Avg"), .init("Posts"), .init("Active"),
            .init("Age"),
        ])
        for line in markets {
            table.append(cells(name: line.market?.name ?? "", region: line.market?.region ?? "", line.figures))
        }
        table.append(cells(name: "Total, \(markets.count) market\(markets.count == 1 ? "" : "s")", region: "", totals.figures))
        return ["As of \(asOf)", ""] + table.lines()
    }

    private func cells(name: String, region: String, _ figures: MarketFigures) -> [String] {
        [
            name, region, NumberText.count(figures.eligibleStores), NumberText.count(figures.channelsOpened),
            NumberText.percent(figures.participationRate), NumberText.count(figures.friends),
            NumberText.decimal(figures.averageFriends), NumberText.count(figures.messagesSent),
            NumberText.decimal(figures.averageMessages), NumberText.count(figures.posts),
            NumberText.count(figures.activeStores), figures.averageOwnerAge.map { NumberText.decimal($0) } ?? "-",
        ]
    }
}
