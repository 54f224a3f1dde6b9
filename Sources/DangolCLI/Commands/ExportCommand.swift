import ArgumentParser
import DangolKit
import Foundation

/// `dangol export`: writes stores as CSV (the columns import reads) or the whole data as JSON.
struct ExportCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export stores as CSV (import reads it back) or the programme as one JSON document.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case csv, xlsx, json
    }

    /// The JSON export: the programme file's content and every market file's content.
    private struct Document: Encodable {
        var program: Program
        var markets: [Market]
    }

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("Only this market (default: all; CSV then gains a market column).", valueName: "id"))
    var market: String?

    func validate() throws {
        try IDArgument.check(market: market)
    }

    @Option(help: "csv, xlsx (the same columns as a workbook) or json.")
    var format: Format

    @OptionGroup var file: FileOutputOptions

    func run() throws {
        let folder = try common.folder
        let program = try folder.readProgram()
        let ids = try market.map { [$0] } ?? folder.marketIDsInProgrammeOrder()
        let markets = try ids.map(folder.readMarket)
        switch format {
        case .csv:
            try file.write(csv: try SheetExport.csv(markets, headers: language))
        case .xlsx:
            try file.write(SheetExport.workbook(markets, headers: language))
        case .json:
            try file.write(text: try JSONText.pretty(Document(program: program, markets: markets)))
        }
        if let output = file.output { StandardError.write(CLIText.wroteMarkets(markets.count, to: output)(language)) }
    }
}
