import ArgumentParser
import DangolKit

/// `dangol sample`: writes the 2022 sample programme shipped in Data/.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write the 2022 sample programme (the one in Data/) into a new folder.")

    @Option(name: .long, help: ArgumentHelp("The folder to write; it must not hold a programme yet.", valueName: "dir"))
    var out: String

    func run() throws {
        let folder = DataFolder(path: out)
        guard !folder.exists else {
            throw DangolError.refused("\(out) already holds a programme; give a new folder")
        }
        let sample = SampleProgram.build()
        try folder.createIfNeeded(programName: sample.program.name)
        for market in sample.markets {
            try folder.addMarket(market)
        }
        print("Wrote \(sample.markets.count) markets to \(out).")
    }
}
