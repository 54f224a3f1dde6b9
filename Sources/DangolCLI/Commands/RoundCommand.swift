import ArgumentParser
import DangolKit
import Foundation
import TerminalText

/// `dangol round`: the programme's rounds (차수), kept in program.json.
struct RoundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "round",
        abstract: "Add, change or list the programme's rounds (차수).",
        subcommands: [Add.self, Set.self, List.self])

    /// `dangol round add`: a new round, after the others.
    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a round (an admin's).")
        @OptionGroup var common: CommonOptions
        @Option(help: ArgumentHelp("Lowercase letters, digits, '-' and '_', e.g. 2024.", valueName: "id"))
        var id: String
        @Option(parsing: .unconditional, help: ArgumentHelp("What people call it, e.g. \"2024 본사업\".", valueName: "name"))
        var name: String
        @Option(help: ArgumentHelp("Weeks the round runs on after its last tutor week (default: \(Round.standardFollowUpWeeks)).", valueName: "n"))
        var followUpWeeks: Int = Round.standardFollowUpWeeks

        func run() throws {
            let round = Round(id: id, name: name.trimmingWhitespace, markets: [], followUpWeeks: followUpWeeks)
            try common.folder.updateProgram { try $0.addRound(round) }
            say(CLIText.roundAdded(round.id, round.name))
        }
    }

    /// `dangol round set`: a round's name or follow-up weeks.
    struct Set: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a round's name or follow-up weeks (an admin's).")
        @OptionGroup var common: CommonOptions
        @Option(help: ArgumentHelp("The round to change.", valueName: "id"))
        var id: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Its new name.", valueName: "name"))
        var name: String?
        @Option(help: ArgumentHelp("Its new follow-up weeks.", valueName: "n"))
        var followUpWeeks: Int?

        func validate() throws {
            guard name != nil || followUpWeeks != nil else { throw ValidationError("round set needs --name or --follow-up-weeks") }
        }

        func run() throws {
            try common.folder.updateProgram { try $0.setRound(id, name: name, followUpWeeks: followUpWeeks) }
            say(CLIText.roundChanged(id))
        }
    }

    /// `dangol round list`: every round in programme order, with its markets.
    struct List: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the rounds in programme order, with their markets.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }
        @OptionGroup var common: CommonOptions
        @Option(help: "table or json.")
        var format: Format = .table

        func run() throws {
            // Each round lists only the markets this person may read (`readProgram`).
            let rounds = try common.folder.readProgram().rounds
            switch format {
            case .json:
                StandardOutput.write(try JSONText.pretty(rounds))
            case .table:
                var table = TextTable(columns: zip(CLIText.roundColumns(language), [Alignment.left, .left, .right, .left])
                    .map { TextTable.Column($0, $1) })
                for round in rounds {
                    table.append([round.id, round.name, String(round.followUpWeeks), round.markets.joined(separator: ", ")])
                }
                StandardOutput.write(table.lines().joined(separator: "\n"))
            }
        }
    }
}
