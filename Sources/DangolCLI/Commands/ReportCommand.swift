import ArgumentParser
import DangolKit
import DangolReport

/// `dangol report`: the year-end results report (성과 공유회) as Markdown or one HTML file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the results report: per-market figures, week by week, awards and definitions.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, html
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: AsOfOption

    @Option(help: ArgumentHelp("Only this market.", valueName: "id"))
    var market: String?

    @Option(help: "markdown or html.")
    var format: Format = .markdown

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?


    func run() throws {
        let folder = common.folder
        let program = try folder.readProgram()
        let all = try folder.digests()
        let day = AsOfDate.resolve(requested: period.asOf, today: try common.today(), digests: all)
        let digests = try market.map { id in
            guard let digest = all.first(where: { $0.id == id }) else {
                throw DangolError.notFound("there is no market '\(id)' in \(folder.path)")
            }
            return [digest]
        } ?? all
        let markets = try digests.map { try folder.readMarket($0.id) }
        let content = ReportContent(program: program, markets: markets, digests: digests, asOf: day)
        let text = format == .markdown ? MarkdownReport.render(content) : HTMLReport.render(content)
        guard let output else {
            StandardOutput.write(text, terminator: "")
            return
        }
        try FileIO.replace(path: output, with: Array(text.utf8))
        StandardError.write("Wrote the \(format.rawValue) report to \(output).")
    }
}
