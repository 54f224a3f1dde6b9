import ArgumentParser
import DangolKit

/// `dangol market`: manages the programme's markets.
struct MarketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "market",
        abstract: "Add markets to the programme.",
        subcommands: [Add.self])

    /// `dangol market add`: a new market, creating the data folder if it has none yet.
    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(abstract: "Add a market.")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("Lowercase letters, digits, '-' and '_'; also the file name.", valueName: "id"))
        var id: String

        @Option(parsing: .unconditional, help: ArgumentHelp("The market's name, e.g. 신영시장.", valueName: "name"))
        var name: String

        @Option(parsing: .unconditional, help: ArgumentHelp("시/도, e.g. 서울.", valueName: "region"))
        var region: String

        @Option(parsing: .unconditional, help: ArgumentHelp("시/군/구, e.g. 양천구.", valueName: "district"))
        var district: String?

        @Option(help: ArgumentHelp("The first day of the tutors' programme.", valueName: "date"))
        var starts: CalendarDate?

        @Option(help: ArgumentHelp("How many weeks the programme lasts.", valueName: "n"))
        var weeks: Int = 7


        func run() throws {
            let folder = try common.folder
            let market = Market(
                id: id, name: name, region: region, district: district,
                schedule: starts.map { MarketSchedule(starts: $0, weeks: weeks) })
            try folder.addMarket(market, creatingProgramme: Program(name: SampleProgram.programName))
            say(CLIText.marketAdded(id, name, to: folder.path))
        }
    }
}
