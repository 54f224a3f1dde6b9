import ArgumentParser
import DangolKit

/// `dangol`: the root command. Without a subcommand it opens the dashboard.
public struct DangolCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dangol",
        abstract: "Progress of the 우리동네 단골시장 programme, market by market and store by store.",
        subcommands: [
            SummaryCommand.self, CheckCommand.self, MarketCommand.self, StoreCommand.self,
            RecordCommand.self, ImportCommand.self, ExportCommand.self, SampleCommand.self,
        ])

    @OptionGroup var common: CommonOptions

    public init() {}

    public func run() throws {
        _ = try common.folder.readProgram()
        print("""
            The dashboard is not in this version of dangol yet.
            Meanwhile, 'dangol summary' prints the programme's figures.
            """)
    }
}
