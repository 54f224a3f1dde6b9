import ArgumentParser
import DangolKit
import Foundation

/// The options every command accepts, anywhere on its line: where the data lives, and whether
/// this run may change it.
///
/// Declared once as an option group on the root and on every subcommand: argument-parser then
/// hands the values to the subcommand wherever they were typed, so each is honoured or refused,
/// never dropped.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data folder (default: $DANGOL_DATA, else ./Data).", valueName: "dir"))
    var data: String?

    @Option(help: ArgumentHelp("Language: ko or en (default: $DANGOL_LANG, else the locale, else Korean for Korean data).",
                               valueName: "lang"))
    var lang: Language?

    @Flag(name: .customLong("read-only"), help: "Change nothing in the data folder, whatever the command (also DANGOL_READ_ONLY=1).")
    var readOnly = false

    /// Set by `dangol session` (never by a person: a session refuses it on its command line):
    /// the team member whose rights the command runs with.
    @Option(help: .private)
    var member: String?

    /// `--read-only`, or `DANGOL_READ_ONLY` set to anything but `0`.
    var isReadOnly: Bool {
        readOnly || Environment.value("DANGOL_READ_ONLY").map { $0 != "0" } == true
    }

    /// The data folder: `--data`, else `$DANGOL_DATA`, else `./Data`; read-only when asked;
    /// seen with a member's rights inside a session.
    var folder: DataFolder {
        get throws {
            let folder = DataFolder(path: data ?? Environment.value("DANGOL_DATA") ?? "Data", readOnly: isReadOnly)
            return try member.map(folder.seen(byMember:)) ?? folder
        }
    }

    /// Who edits are by: the member in a session, else `--tutor` where a command has it, else
    /// `$DANGOL_TUTOR`, else the login name.
    func author(tutor: String? = nil) throws -> String {
        if let member = try folder.rights.member { return member.name }
        return tutor?.trimmingWhitespace ?? Environment.author
    }

    /// `--lang`, else the environment's, else the language of the programme's name (`Language.choose`).
    func language(of program: Program?) -> Language {
        Language.choose(flag: lang, environment: ProcessInfo.processInfo.environment, dataName: program?.name)
    }

    /// Today, or `$DANGOL_TODAY` when set (for reproducible scripts and tests).
    func today() throws -> CalendarDate {
        try Environment.today()
    }

    /// Refuses the options a command that writes a new folder of its own (`--out`) cannot honour.
    func refuseForNewFolder(_ command: String) throws {
        if data != nil { throw ValidationError("\(command) writes the folder given with --out; --data is not used") }
        if isReadOnly { throw DangolError.refused(CLIText.readOnlyNewFolder(command)) }
    }
}

/// Which figures a command shows: `--as-of` and `--round`, for the commands that show figures.
struct FiguresOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day to compute figures for (default: each round's own day: today while it runs, its last day once over).",
        valueName: "date"), transform: CalendarDate.reading)
    var asOf: CalendarDate?

    @Option(help: ArgumentHelp("Only this round (an id from program.json's rounds).", valueName: "id"))
    var round: String?

    func validate() throws {
        if let asOf, let problem = MarketRules.dateProblem(asOf) { throw ValidationError("--as-of: \(problem.en)") }
        if let round, !MarketRules.isValidID(round) {
            throw ValidationError("--round: '\(TextRules.printable(round))' is not a round id: \(MarketRules.idRule.en)")
        }
    }

    /// The day each round of `program` is read as of (the same for every reader, see
    /// `DataFolder.roundCalendar`) over the markets `digests`, and `--round` checked.
    func calendar(program: Program, digests: [MarketDigest], folder: DataFolder, today: CalendarDate) throws -> RoundCalendar {
        let calendar = try folder.roundCalendar(readable: digests, today: today, requested: asOf)
        guard let round else { return calendar }
        guard program.rounds.contains(where: { $0.id == round }) else {
            throw DangolError.notFound(KitText.noRound(round, known: program.rounds.map(\.id)))
        }
        return calendar.keeping(round: round)
    }
}

/// `--market ID` of the commands that show figures: only this market.
struct MarketOption: ParsableArguments {
    @Option(help: ArgumentHelp("Only this market.", valueName: "id"))
    var market: String?

    func validate() throws {
        try IDArgument.check(market: market)
    }

    /// `calendar` kept to the market asked for (all of it without `--market`); refused when
    /// `digests`, what this person may read, has no such market.
    func keeping(_ calendar: RoundCalendar, digests: [MarketDigest], folder: DataFolder) throws -> RoundCalendar {
        guard let market else { return calendar }
        guard digests.contains(where: { $0.id == market }) else { throw DangolError.notFound(KitText.noMarket(market, in: folder.path)) }
        return calendar.keeping { $0 == market }
    }
}

/// Reads environment variables, treating empty ones as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// Today, or `$DANGOL_TODAY` when set; refused when that names no day.
    static func today() throws -> CalendarDate {
        guard let text = value("DANGOL_TODAY") else { return CalendarDate.today() }
        guard let date = CalendarDate(text) else { throw DangolError.refused(CLIText.badToday(text)) }
        return date
    }

    /// Who an edit is by when no option says: `$DANGOL_TUTOR`, else the login name.
    static var author: String {
        value("DANGOL_TUTOR") ?? value("LOGNAME") ?? value("USER") ?? ProcessInfo.processInfo.userName
    }
}

/// What reaches the person who ran dangol, made safe for them: printable text only
/// (`TextRules.printable`), so a store name cannot retitle, clear or rewrite their terminal; and
/// in a session, the server's path to the data folder read as `DATA`.
enum ClientOutput {
    /// The path a session hides from its client; nil outside a session.
    nonisolated(unsafe) static var hiddenPath: String?

    static func text(_ text: String) -> String {
        let printable = TextRules.printable(text, keepingLineBreaks: true)
        guard let hiddenPath else { return printable }
        return printable.replacingOccurrences(of: hiddenPath, with: "DATA")
    }
}

/// Writes what a command prints. Everything goes through here (`ClientOutput`).
enum StandardOutput {
    static func write(_ text: String, terminator: String = "\n") {
        print(ClientOutput.text(text), terminator: terminator)
    }
}

/// Writes lines to standard error, where every problem report goes (`ClientOutput`).
enum StandardError {
    static func write(_ line: String) {
        ClientErrors.write(ClientOutput.text(line))
    }
}

/// Refuses, while the command line is parsed and before any file is read, an id that is not
/// one: `--market ../x` never becomes a path, a lock or a cache file.
enum IDArgument {
    static func check(market id: String?) throws {
        guard let id, !MarketRules.isValidID(id) else { return }
        throw DangolError.refused(KitText.notAnID(KitText.market, id))
    }

    static func check(store id: String?) throws {
        guard let id, !MarketRules.isValidStoreID(id) else { return }
        throw DangolError.refused(KitText.notAStoreID(id))
    }
}
