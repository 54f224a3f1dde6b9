import ArgumentParser
import DangolKit

/// `dangol market`: manages the programme's markets.
struct MarketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "market",
        abstract: "Add markets to the programme, move them between rounds, change their schedule, or bring one back within bounds.",
        subcommands: [Add.self, Set.self, Repair.self])

    /// `dangol market add`: a new market, creating the data folder if it has none yet.
    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a market.")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("Lowercase letters, digits, '-' and '_'; also the file name.", valueName: "id"))
        var id: String

        @Option(parsing: .unconditional, help: ArgumentHelp("The market's name, e.g. 신영시장.", valueName: "name"))
        var name: String

        @Option(parsing: .unconditional, help: ArgumentHelp("시/도, e.g. 서울.", valueName: "region"))
        var region: String

        @Option(parsing: .unconditional, help: ArgumentHelp("시/군/구, e.g. 양천구.", valueName: "district"))
        var district: String?

        @Option(help: ArgumentHelp("The first day of the tutors' programme.", valueName: "date"), transform: CalendarDate.reading)
        var starts: CalendarDate?

        @Option(help: ArgumentHelp("How many weeks the programme lasts.", valueName: "n"))
        var weeks: Int = MarketSchedule.standardWeeks

        @Option(help: ArgumentHelp("The round the market is in (see dangol round list).", valueName: "id"))
        var round: String?

        func run() throws {
            let folder = try common.folder
            let market = Market(
                id: id, name: name, region: region, district: district,
                schedule: starts.map { MarketSchedule(starts: $0, weeks: weeks) })
            let program = Program(name: SampleProgram.programName)
            if let round {
                try folder.addMarket(market, inRound: round, creatingProgramme: program)
            } else {
                try folder.addMarket(market, creatingProgramme: program)
            }
            say(CLIText.marketAdded(id, name, to: folder.path))
        }
    }

    /// `dangol market set`: a market moved to another round, or its schedule changed.
    struct Set: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Move a market to a round, or change its first day or weeks (an admin's).")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("The market to change.", valueName: "id"))
        var id: String

        @Option(help: ArgumentHelp("Put it in this round (out of any other).", valueName: "id"))
        var round: String?

        @Flag(name: .customLong("no-round"), help: "Take it out of every round.")
        var noRound = false

        @Option(help: ArgumentHelp("Its programme's first day.", valueName: "date"), transform: CalendarDate.reading)
        var starts: CalendarDate?

        @Option(help: ArgumentHelp("How many weeks its programme lasts.", valueName: "n"))
        var weeks: Int?

        func validate() throws {
            try IDArgument.check(market: id)
            if round != nil && noRound { throw ValidationError("give --round or --no-round, not both") }
            guard round != nil || noRound || starts != nil || weeks != nil else {
                throw ValidationError("market set needs --round, --no-round, --starts or --weeks")
            }
        }

        func run() throws {
            let folder = try common.folder
            if round != nil || noRound {
                let moved = try folder.moveMarket(id, toRound: round)
                say(moved ? CLIText.marketMoved(id, to: round) : CLIText.marketUnchanged(id))
            }
            if starts != nil || weeks != nil {
                say(CLIText.scheduleSet(id, try folder.setSchedule(of: id, starts: starts, weeks: weeks)))
            }
        }
    }

    /// `dangol market repair`: a market file grown past its bounds brought back within them.
    struct Repair: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(
            commandName: "repair",
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
