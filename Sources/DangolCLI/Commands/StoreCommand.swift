import ArgumentParser
import DangolKit

/// `dangol store`: manages a market's stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Add stores to a market.",
        subcommands: [Add.self])

    /// `dangol store add`: a new store in a market.
    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(abstract: "Add a store.")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("The market to add the store to.", valueName: "id"))
        var market: String

        @Option(parsing: .unconditional, help: ArgumentHelp("The store's name, e.g. 할매손두부.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("A stable id (default: the next free sNNN).", valueName: "id"))
        var id: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("업종, e.g. 반찬.", valueName: "category"))
        var category: String?

        @Option(name: .customLong("owner-age"), help: ArgumentHelp("The owner's age.", valueName: "n"))
        var ownerAge: Int?

        @Flag(name: .customLong("not-eligible"), help: "The store does not take part in the programme.")
        var notEligible = false

        @Option(parsing: .unconditional, help: ArgumentHelp("The tutor who looks after the store.", valueName: "name"))
        var tutor: String?


        func run() throws {
            let entry = try common.folder.editStore(in: market, author: Environment.author, action: .add) { market in
                let store = Store(
                    id: id ?? market.nextStoreID(), name: name, category: category, ownerAge: ownerAge,
                    eligible: !notEligible, tutor: tutor)
                try market.addStore(store)
                return store.id
            }
            say(CLIText.storeAdded(entry.storeID, entry.after?.name ?? name, to: market))
        }
    }
}
