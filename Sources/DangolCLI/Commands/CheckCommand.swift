import ArgumentParser
import DangolKit

/// `dangol check`: validates every file and lists each problem as `PATH:LINE:COLUMN: message`.
struct CheckCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every data file; exit 1 with one PATH:LINE:COLUMN line per problem.")

    @OptionGroup var common: CommonOptions

    func run() throws {
        let folder = try common.folder
        let problems = folder.check()
        guard problems.isEmpty else {
            for problem in problems {
                StandardError.write(problem.message(language))
            }
            throw ExitCode.failure
        }
        let count = try folder.marketIDs().count
        say(CLIText.valid(folder.path, markets: count))
    }
}
