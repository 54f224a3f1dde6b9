import ArgumentParser
import DangolKit

/// `dangol summary`: the headline figures of every market (or one) and their totals.
struct SummaryCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print each market's figures and the programme totals.")

    @OptionGroup var common: CommonOptions

    @OptionGroup var only: MarketOption

    @OptionGroup var figures: FiguresOptions

    @Option(name: .long, help: "table, json, csv or xlsx (a workbook, to a file: > summary.xlsx).")
    var format: FiguresFormat = .table

    @Flag(name: .long, help: "Compute from the market files alone, neither reading nor writing the digest cache.")
    var noCache = false

    @OptionGroup var file: FileOutputOptions


    func run() throws {
        let folder = try common.folder
        let program = try folder.readProgram()
        let all = try folder.digests(usingCache: !noCache)
        let calendar = try only.keeping(try figures.calendar(program: program, digests: all, folder: folder, today: try common.today()),
                                        digests: all, folder: folder)
        let summary = Summary(digests: all, calendar: calendar, language: common.language(of: program))
        switch format {
        case .table: try file.write(text: summary.table().joined(separator: "\n"))
        case .json: try file.write(text: try summary.json())
        case .csv: try file.write(csv: try summary.csv())
        case .xlsx: try file.write(summary.workbook())
        }
    }
}
