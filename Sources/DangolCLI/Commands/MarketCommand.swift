import ArgumentParser
import DangolKit

/// `dangol market`: manages the programme's markets.
struct MarketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "market",
        abstract: "Add markets to the programme, or bring one back within bounds.",
        subcommands: [Add.self, Repair.self])

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

    /// `dangol market repair`: a market file grown past its bounds brought back within them.
    struct Repair: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(
            abstract: "Bring a market file that has grown past its bounds back within them (the old file is kept).")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("The market to repair.", valueName: "id"))
        var id: String

        func validate() throws {
            try IDArgument.check(market: id)
        }

        func run() throws {
            let (cuts, keptAt) = try common.folder.repairMarket(id)
            guard let keptAt else { return say(CLIText.nothingToRepair(id)) }
            for cut in cuts { say(cut) }
            say(CLIText.repaired(id, keptAt: keptAt))
        }
    }
}
