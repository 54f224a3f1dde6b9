import ArgumentParser
import DangolKit

/// `dangol summary`: the headline figures of every market (or one) and their totals.
struct SummaryCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "summary",
        abstract: "Print each market's figures and the programme totals.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, csv
    }

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("Only this market.", valueName: "id"))
    var market: String?

    func validate() throws {
        try IDArgument.check(market: market)
    }

    @OptionGroup var figures: FiguresOptions

    @Option(name: .long, help: "table, json or csv.")
    var format: Format = .table

    @Flag(name: .long, help: "Compute from the market files alone, neither reading nor writing the digest cache.")
    var noCache = false


    func run() throws {
        let folder = try common.folder
        let program = try folder.readProgram()
        let all = try folder.digests(usingCache: !noCache)
        var calendar = try figures.calendar(program: program, digests: all, folder: folder, today: try common.today())
        if let market {
            guard all.contains(where: { $0.id == market }) else { throw DangolError.notFound(KitText.noMarket(market, in: folder.path)) }
            calendar = calendar.keeping { $0 == market }
        }
        let summary = Summary(digests: all, calendar: calendar, language: common.language(of: program))
        switch format {
        case .table: StandardOutput.write(summary.table().joined(separator: "\n"))
        case .json: StandardOutput.write(try summary.json())
        case .csv: StandardOutput.write(try summary.csv(), terminator: "")
        }
    }
}
