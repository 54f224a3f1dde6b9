import ArgumentParser
import DangolKit
import Foundation
import TerminalText

/// `dangol awards`: the best-store award list as a file: each awarded store with its tier,
/// market, figures and points, market by market in programme order.
struct AwardsCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "awards",
        abstract: "Print the best-store award list: tier, store, market, figures and points.")

    @OptionGroup var common: CommonOptions
    @OptionGroup var figures: FiguresOptions

    @OptionGroup var only: MarketOption

    @Option(help: "table, csv, xlsx (a workbook, to a file: > 시상.xlsx) or json.")
    var format: FiguresFormat = .table

    @OptionGroup var file: FileOutputOptions

    /// One awarded store, as every format lists it.
    private struct Award: Encodable {
        var tier: String
        var store: String
        var storeName: String
        var market: String
        var marketName: String
        var friends: Int
        var messagesSent: Int
        var posts: Int
        var friendPoints: Int
        var messagePoints: Int
        var postPoints: Int
        var score: Int
    }

    func run() throws {
        let folder = try common.folder
        let program = try folder.readProgram()
        let digests = try folder.digests()
        let calendar = try only.keeping(try figures.calendar(program: program, digests: digests, folder: folder, today: try common.today()),
                                        digests: digests, folder: folder)
        let awards = try calendar.readings.flatMap(\.marketIDs).flatMap { id in
            AwardRanking.rank(try folder.readMarket(id), tiers: program.awardTiers, asOf: calendar.asOf(ofMarket: id)).compactMap(award)
        }
        switch format {
        case .json:
            try file.write(text: try JSONText.pretty(awards))
        case .csv:
            try file.write(csv: try CSVText.write([headings] + awards.map(cells)))
        case .xlsx:
            let rows = awards.map { award -> [Workbook.Cell] in
                [.text(award.tier), .text(award.storeName), .text(award.marketName), .integer(award.friends), .integer(award.messagesSent),
                 .integer(award.posts), .text("\(award.friendPoints)+\(award.messagePoints)+\(award.postPoints)"), .integer(award.score)]
            }
            try file.write(Workbook(sheetName: language == .ko ? "시상" : "Awards", header: headings, rows: rows))
        case .table:
            var table = TextTable(columns: zip(CLIText.awardColumns, [Alignment.left, .left, .left] + Array(repeating: .right, count: 5))
                .map { TextTable.Column($0.0(language), $0.1) })
            for award in awards { table.append(cells(award)) }
            try file.write(text: table.lines().joined(separator: "\n"))
        }
    }

    private var headings: [String] {
        CLIText.awardColumns.map { $0(language) }
    }

    private func award(_ entry: AwardRanking.Entry) -> Award? {
        guard let tier = entry.tier else { return nil }
        return Award(tier: tier, store: entry.store.id, storeName: entry.store.name, market: entry.marketID, marketName: entry.marketName,
                     friends: entry.figures.friends, messagesSent: entry.figures.messagesSent, posts: entry.figures.posts,
                     friendPoints: entry.friendPoints, messagePoints: entry.messagePoints, postPoints: entry.postPoints, score: entry.score)
    }

    private func cells(_ award: Award) -> [String] {
        [award.tier, award.storeName, award.marketName, String(award.friends), String(award.messagesSent), String(award.posts),
         "\(award.friendPoints)+\(award.messagePoints)+\(award.postPoints)", String(award.score)]
    }
}
