import ArgumentParser
import DangolKit
import Foundation

/// `dangol generate`: a synthetic programme at any scale, for benchmarks and trials.
struct GenerateCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic programme (Hangul names, weekly readings) into a new folder; the same seed gives the same data.")

    @Option(help: ArgumentHelp("How many markets.", valueName: "n"))
    var markets: Int

    @Option(help: ArgumentHelp("Stores per market.", valueName: "m"))
    var stores: Int

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp("The folder to write; it must not hold a programme yet.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp("The random seed.", valueName: "s"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Programme length in weeks.", valueName: "w"))
    var weeks: Int = 7

    func validate() throws {
        guard markets >= 1, stores >= 1 else { throw ValidationError("--markets and --stores must be at least 1") }
        guard MarketRules.programmeWeeks.contains(weeks) else { throw ValidationError("--weeks must be 1 to 52") }
    }

    func run() throws {
        try common.refuseForNewFolder("dangol generate")
        let started = Date()
        let synthetic = SyntheticProgram.build(markets: markets, stores: stores, weeks: weeks, seed: seed)
        try DataFolder(path: out).createProgramme(synthetic.program, markets: synthetic.markets)
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        say(CLIText.generated(markets: markets, stores: stores, to: out, seconds: seconds))
    }
}
