import ArgumentParser
import DangolKit

/// `dangol sample`: writes the 2022 sample programme shipped in Data/.
struct SampleCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the 2022 sample programme (the one in Data/) into a new folder.")

    @OptionGroup var common: CommonOptions

    @Option(name: .long, help: ArgumentHelp("The folder to write; it must not hold a programme yet.", valueName: "dir"))
    var out: String

    func run() throws {
        try common.refuseForNewFolder("dangol sample")
        let sample = SampleProgram.build()
        try DataFolder(path: out).createProgramme(sample.program, markets: sample.markets)
        say(CLIText.wroteMarkets(sample.markets.count, to: out))
    }
}
