import ArgumentParser
import DangolKit
import DangolReport

/// `dangol report`: the year-end results report (성과 공유회) as Markdown or one HTML file, or
/// with `--store` one store's page for the merchant.
struct ReportCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the results report: per-market figures, week by week, awards and definitions.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var figures: FiguresOptions

    @OptionGroup var only: MarketOption

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "One store's A4 page for the merchant instead: its id (with --market when ids repeat) or exact name.", valueName: "id|name"))
    var store: String?

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?


    func run() throws {
        let folder = try common.folder
        let program = try folder.readProgram()
        let all = try folder.digests()
        var calendar = try figures.calendar(program: program, digests: all, folder: folder, today: try common.today())
        if let store {
            let (market, storeID) = try StoreLookup.find(store, market: only.market, in: folder, digests: all)
            let page = StorePrintout(store: market.stores.first { $0.id == storeID }!, market: market,
                                     asOf: calendar.asOf(ofMarket: market.id), language: common.language(of: program))
            return try write(format == .markdown ? page.markdown() : page.html())
        }
        calendar = try only.keeping(calendar, digests: all, folder: folder)
        let covered = Set(calendar.readings.flatMap(\.marketIDs))
        let digests = all.filter { covered.contains($0.id) }
        let markets = try digests.map { try folder.readMarket($0.id) }
        let content = ReportContent(program: program, calendar: calendar, markets: markets, digests: digests,
                                    language: common.language(of: program))
        try write(format == .markdown ? MarkdownReport.render(content) : HTMLReport.render(content))
    }

    /// Writes `text` to `--output`, else to standard output.
    private func write(_ text: String) throws {
        guard let output else {
            StandardOutput.write(text, terminator: "")
            return
        }
        try FileIO.replace(path: output, with: Array(text.utf8))
        StandardError.write(CLIText.wroteReport(format.rawValue, to: output)(language))
    }
}
