import ArgumentParser
import DangolKit

/// `dangol store`: manages a market's stores.
struct StoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Add a store to a market, or change its details.",
        subcommands: [Add.self, Edit.self])

    /// `dangol store add`: a new store in a market.
    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a store.")

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

        func validate() throws {
            try IDArgument.check(market: market)
            try IDArgument.check(store: id)
        }

        func run() throws {
            let entry = try common.folder.editStore(in: market, author: common.author(), action: .add) { market in
                let store = Store(
                    id: id ?? market.nextStoreID(), name: name, category: category, ownerAge: ownerAge,
                    eligible: !notEligible, tutor: tutor)
                try market.addStore(store)
                return store.id
            }
            say(CLIText.storeAdded(entry.storeID, entry.storeName, to: market))
        }
    }

    /// `dangol store edit`: a store's details (records are changed with `dangol record`).
    struct Edit: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change a store's name, category, owner's age, eligibility or tutor.")

        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("The store's market.", valueName: "id"))
        var market: String

        @Option(parsing: .unconditional, help: ArgumentHelp("The store: its id, or its exact name.", valueName: "id|name"))
        var store: String

        @Option(parsing: .unconditional, help: ArgumentHelp("A new name.", valueName: "name"))
        var name: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("A new 업종 (empty to clear).", valueName: "category"))
        var category: String?

        @Option(name: .customLong("owner-age"), help: ArgumentHelp("The owner's age.", valueName: "n"))
        var ownerAge: Int?

        @Option(help: ArgumentHelp("Whether the store takes part: Y/N, 예/아니오.", valueName: "yes|no"))
        var eligible: String?

        @Option(parsing: .unconditional, help: ArgumentHelp("The tutor who looks after the store (empty to clear).", valueName: "name"))
        var tutor: String?

        func validate() throws {
            try IDArgument.check(market: market)
        }

        func run() throws {
            let eligibility = try eligible.map { text in
                guard let value = SheetColumn.parseYesNo(text) else { throw ValidationError("--eligible: Y/N, yes/no, 예/아니오, not '\(text)'") }
                return value
            }
            let entry = try common.folder.editStore(in: market, author: common.author(), action: .edit) { market in
                let id = try market.storeID(matching: store)
                let current = market.stores.first { $0.id == id }!
                try market.editDetails(storeID: id, name: name ?? current.name, category: category.map { $0.isBlank ? nil : $0 } ?? current.category,
                                       ownerAge: ownerAge ?? current.ownerAge, eligible: eligibility ?? current.eligible,
                                       tutor: tutor.map { $0.isBlank ? nil : $0 } ?? current.tutor)
                return id
            }
            say(CLIText.storeEdited(entry.storeName, in: market))
        }
    }
}
