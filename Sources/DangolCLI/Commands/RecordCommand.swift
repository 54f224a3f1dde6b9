import ArgumentParser
import DangolKit

/// `dangol record`: records what happened at a store.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record a channel opening, a friend count, messages, a post or a note.",
        subcommands: [Channel.self, Friends.self, Message.self, Post.self, NoteCommand.self])

    /// The options that say which store a record is about.
    struct StoreOptions: ParsableArguments {
        @OptionGroup var common: CommonOptions

        @Option(help: ArgumentHelp("The market id.", valueName: "id"))
        var market: String

        func validate() throws {
            try IDArgument.check(market: market)
        }

        @Option(parsing: .unconditional, help: ArgumentHelp("The store: its id, or its exact name.", valueName: "id|name"))
        var store: String

    }

    /// Which store, and on which day.
    struct Target: ParsableArguments {
        @OptionGroup var place: StoreOptions

        @Option(help: ArgumentHelp("The day it happened (default: today): 2024-03-06, 2024.3.6, 3/6, 어제 …", valueName: "date"),
                transform: CalendarDate.reading)
        var on: CalendarDate?

        /// Applies `change` to the market under its lock and journals it; `change` receives the
        /// store's id (`--store` is an id or an exact name), the day and today.
        /// - Returns: what `change` returned, the day, and the store's name.
        func update<T>(
            _ action: JournalAction, _ change: (inout Market, String, CalendarDate, CalendarDate) throws -> T
        ) throws -> (result: T, day: CalendarDate, storeName: String) {
            let today = try place.common.today()
            let day = on ?? today
            var result: T?
            let entry = try place.common.folder.editStore(in: place.market, author: place.common.author(), action: action) { market in
                let storeID = try market.storeID(matching: place.store)
                result = try change(&market, storeID, day, today)
                return storeID
            }
            return (result!, day, entry.storeName)
        }

        /// `recorded`, and after it, as the dashboard says, that a record dated after the day
        /// its round is read as of counts in no figure.
        func confirmation(_ recorded: Localized, day: CalendarDate) throws -> Localized {
            let folder = try place.common.folder
            let calendar = try folder.roundCalendar(readable: try folder.digests(), today: try place.common.today(), requested: nil)
            let asOf = calendar.asOf(ofMarket: place.market)
            guard day > asOf else { return recorded }
            let after = KitText.afterAsOf(asOf)
            return Localized("\(recorded.ko) \(after.ko)", "\(recorded.en) \(after.en)")
        }
    }

    struct Channel: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "channel", abstract: "Record that a store's channel opened.")
        @OptionGroup var target: Target
        var common: CommonOptions { target.place.common }

        func run() throws {
            let done = try target.update(.channel) { market, store, day, today in
                try market.recordChannelOpened(storeID: store, on: day, today: today)
            }
            say(try target.confirmation(CLIText.channelOpened(done.storeName, done.day), day: done.day))
        }
    }

    struct Friends: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "friends", abstract: "Record a store's friend count.")
        @OptionGroup var target: Target
        var common: CommonOptions { target.place.common }

        // Unconditional, so that `--count -5` reaches the rules and is refused with a reason.
        @Option(parsing: .unconditional, help: ArgumentHelp("The number of channel friends.", valueName: "n"))
        var count: Int

        func run() throws {
            let done = try target.update(.friends) { market, store, day, today in
                try market.recordFriends(storeID: store, count: count, on: day, today: today)
            }
            say(try target.confirmation(CLIText.friends(done.storeName, count, done.day, replacing: done.result), day: done.day))
        }
    }

    struct Message: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "message", abstract: "Record messages a store sent.")
        @OptionGroup var target: Target
        var common: CommonOptions { target.place.common }

        @Option(help: "ad or info (광고 or 정보).")
        var kind: MessageKind = .ad

        @Option(parsing: .unconditional, help: ArgumentHelp("How many messages.", valueName: "n"))
        var count: Int = 1

        func run() throws {
            let done = try target.update(.message) { market, store, day, today in
                try market.recordMessage(storeID: store, kind: kind, count: count, on: day, today: today)
            }
            say(try target.confirmation(CLIText.messages(done.storeName, count, kind, done.day), day: done.day))
        }
    }

    struct Post: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "post", abstract: "Record a post a store published.")
        @OptionGroup var target: Target
        var common: CommonOptions { target.place.common }

        func run() throws {
            let done = try target.update(.post) { market, store, day, today in
                try market.recordPost(storeID: store, on: day, today: today)
            }
            say(try target.confirmation(CLIText.post(done.storeName, done.day), day: done.day))
        }
    }

    struct NoteCommand: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "note", abstract: "Add a note about a store.")

        @OptionGroup var place: StoreOptions
        var common: CommonOptions { place.common }

        @Option(parsing: .unconditional, help: ArgumentHelp("What to note.", valueName: "text"))
        var text: String

        @Option(parsing: .unconditional, help: ArgumentHelp("Who writes it (default: $DANGOL_TUTOR, else the login name).", valueName: "name"))
        var author: String?

        @Option(help: ArgumentHelp("The day of the visit it is about (default: today).", valueName: "date"), transform: CalendarDate.reading)
        var on: CalendarDate?

        func run() throws {
            let today = try place.common.today()
            let day = on ?? today
            let writer = try place.common.author(tutor: author)
            let entry = try place.common.folder.editStore(in: place.market, author: writer, action: .note) { market in
                let storeID = try market.storeID(matching: place.store)
                try market.addNote(storeID: storeID, text: text, author: writer, on: day, today: today)
                return storeID
            }
            say(CLIText.note(by: writer, on: entry.storeName, day))
        }
    }
}
