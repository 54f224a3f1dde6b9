import ArgumentParser
import DangolKit
import Foundation

/// `dangol session ID`: the forced command of a team member's SSH key in `authorized_keys`.
///
/// The person is ID whatever the client sends. With no command (`ssh -t server`) it opens the
/// dashboard as that person; with one (`ssh server dangol summary`) it runs it only if it is a
/// dangol command line the person may run, with their rights. Anything else is refused with one
/// line on standard error and exit status 77, and nothing is written.
struct SessionCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "session",
        abstract: "The forced command of a team member's SSH key (see dangol team authorized-keys).")

    /// The commands a session may run; each is still held to the member's rights (`round add`,
    /// `market add` and `market set` are an admin's, `import` an admin's or the market's tutor's).
    static let allowed: Set<String> = ["summary", "check", "export", "report", "awards", "record", "store", "round", "market", "import"]
    /// Commands the server's own account runs, never a session.
    static let serverOnly: Set<String> = ["sample", "generate", "session"]
    /// Options that would choose the folder, the author or a file on the server.
    static let serverOptions: Set<String> = ["--data", "--tutor", "--member", "--output", "--out", "--author", "--install", "--read-only"]
    /// Commands whose `--tutor` names a store's tutor (a field of the store), not who writes.
    static let tutorIsAField: Set<String> = ["store"]

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The member's id in team.json.", valueName: "member"))
    var memberID: String

    @Option(help: ArgumentHelp("Seconds a mosh session waits for a client that stopped answering before it ends (MOSH_SERVER_NETWORK_TMOUT).",
                               valueName: "seconds"))
    var moshIdleTimeout: Int = MoshRequest.standardIdleSeconds

    /// The words of `SSH_ORIGINAL_COMMAND` without a leading `dangol`; nil when there is none,
    /// which opens the dashboard.
    private var requested: [String]? {
        get throws {
            guard let line = Environment.value("SSH_ORIGINAL_COMMAND") else { return nil }
            // Bounded before it is split or parsed: parsing grows faster than the line.
            guard line.utf8.count <= Bounds.commandLineBytes else {
                throw DangolError.refused(SessionText.commandLineTooLong(bytes: line.utf8.count))
            }
            var words = try ShellWords.split(line)
            guard words.count <= Bounds.commandLineWords else { throw DangolError.refused(SessionText.tooManyWords(words.count)) }
            if words.first == "dangol" { words.removeFirst() }
            return words.isEmpty ? nil : words
        }
    }

    /// The dashboard options a client may choose for their own session
    /// (`ssh -t dangol@server -- --round 2024 --ambiguous wide`), each taking a value but `--no-color`.
    static let dashboardOptions: [String: Bool] = ["--round": true, "--as-of": true, "--lang": true, "--ambiguous": true, "--no-color": false]

    /// The dashboard as the member, when the client asked for no command, for `dashboard`, or
    /// only for dashboard options.
    func dashboardLaunch() throws -> DashboardLaunch? {
        hideDataPath()
        try member()
        guard let options = try SessionCommand.dashboardRequest(try requested, languageIsForced: common.lang != nil) else { return nil }
        let command = try DashboardCommand.parse(forcedArguments + options)
        return try command.launch(member: memberID, memory: memory(choosing: options, in: command))
    }

    /// What the member chose before, with this login's choices in their place: display options
    /// given now replace all the remembered ones (so `-- --ambiguous narrow` undoes a `wide`),
    /// and `--round` the remembered round and screen. The forced command's own `--lang` is the
    /// server's choice, not the member's, and is not kept.
    private func memory(choosing options: [String], in command: DashboardCommand) throws -> MemberSession {
        var memory = try common.folder.rememberedSession(of: memberID) ?? MemberSession()
        let given = Set(options.map { String($0.prefix { $0 != "=" }) })
        if !given.isDisjoint(with: ["--lang", "--ambiguous", "--no-color"]) {
            memory.language = common.lang == nil ? command.common.lang : nil
            memory.ambiguous = command.ambiguous?.rawValue
            memory.noColor = command.noColor ? true : nil
        }
        if given.contains("--round") {
            memory.round = command.figures.round
            (memory.market, memory.store) = (nil, nil)
        }
        return memory
    }

    /// The dashboard options `words` ask for: nil when they ask for a command instead. Refused
    /// when they hold anything but the options a session's dashboard takes.
    static func dashboardRequest(_ words: [String]?, languageIsForced: Bool) throws -> [String]? {
        guard var words else { return [] }
        if words.first == "dashboard" { words.removeFirst() }
        else if words.first?.hasPrefix("-") != true || words.first == "--help" { return nil }
        var index = 0
        while index < words.count {
            let option = String(words[index].prefix { $0 != "=" })
            if languageIsForced && option == "--lang" { throw DangolError.forbidden(SessionText.optionNotOverSSH(option)) }
            guard let takesValue = dashboardOptions[option] else { throw DangolError.forbidden(SessionText.notADashboardOption(option)) }
            index += takesValue && !words[index].contains("=") ? 2 : 1
        }
        return words
    }

    func run() throws {
        hideDataPath()
        let member = try member()
        guard let words = try requested else { return }
        if let mosh = try MoshRequest(words) {
            // Checked now as the session mosh-server starts will check it, so a refusal is an answer over ssh.
            if try SessionCommand.dashboardRequest(mosh.command, languageIsForced: common.lang != nil) == nil {
                try SessionCommand.check(mosh.command, by: member, languageIsForced: common.lang != nil)
            }
            try mosh.start(session: moshSession, idleSeconds: moshIdleTimeout)
        }
        try SessionCommand.check(words, by: member, languageIsForced: common.lang != nil)
        var command = try DangolCommand.parseAsRoot(forcedArguments + words)
        // A session reads no file on the server: a sheet comes on standard input.
        if let importing = command as? ImportCommand, importing.file != "-" {
            throw DangolError.forbidden(SessionText.sheetOnStandardInput(importing.file))
        }
        try command.run()
        if words[0] == "team", words.count > 1, ["add", "set", "remove"].contains(words[1]) {
            try installKeys()
        }
    }

    /// After an admin changed the team in a session, the service account's own
    /// `~/.ssh/authorized_keys` gets the new keys at once (only when it is the file dangol
    /// manages: it exists and holds dangol's lines), and the admin is told which happened.
    private func installKeys() throws {
        let file = "\(NSHomeDirectory())/.ssh/authorized_keys"
        guard let bytes = try? FileIO.read(path: file, limit: .program).bytes,
              bytes.split(separator: UInt8(ascii: "\n")).contains(where: AuthorizedKeysFile.isDangols) else {
            return StandardOutput.write(TeamCLIText.keysNotApplied(language))
        }
        let lines = try AuthorizedKeysFile.lines(for: common.folder)
        try AuthorizedKeysFile.install(lines, into: file)
        StandardOutput.write(TeamCLIText.keysApplied(lines.count)(language))
    }

    /// Every option the forced command gave (`--data`, `--read-only`, `--lang`) and the member,
    /// for whatever the session runs. They come first, so no option of the client's that takes
    /// any next word as its value (`--name`) can take one of them; the client may not repeat them.
    private var forcedArguments: [String] {
        ["--data", dataPath, "--member", memberID] + (common.isReadOnly ? ["--read-only"] : [])
            + (common.lang.map { ["--lang", $0.rawValue] } ?? [])
    }

    /// This session as mosh-server runs it: the same program, folder, forced options and member.
    private var moshSession: [String] {
        [AuthorizedKeysFile.executablePath, "--data", AuthorizedKeysFile.absolute(dataPath)]
            + (common.isReadOnly ? ["--read-only"] : []) + (common.lang.map { ["--lang", $0.rawValue] } ?? [])
            + ["session", memberID, "--mosh-idle-timeout", String(moshIdleTimeout)]
    }

    /// The data folder the forced command names.
    var dataPath: String {
        common.data ?? Environment.value("DANGOL_DATA") ?? "Data"
    }

    /// From here on, what the session prints names the data folder as `DATA` (the server's own
    /// path is not the client's to know), and crash reports go to the server's log.
    private func hideDataPath() {
        let folder = DataFolder(path: dataPath)
        if folder.path.count > 1 { ClientOutput.hiddenPath = folder.path }
        ClientErrors.divertCrashReports(into: folder)
    }

    /// The member, or refused when team.json has none by that id.
    @discardableResult
    private func member() throws -> Member {
        guard let member = try common.folder.seen(byMember: memberID).rights.member else {
            throw DangolError.forbidden(TeamText.unknownMember(memberID))
        }
        return member
    }

    /// Refuses a command line a session may not run: another program, a server-only command,
    /// `team` unless an admin asks (with keys on standard input only), an option that would
    /// pick the folder, the author or a file, or one the forced command already set.
    static func check(_ words: [String], by member: Member, languageIsForced: Bool = false) throws {
        let command = words[0]
        var refused = serverOptions
        if tutorIsAField.contains(command) { refused.remove("--tutor") }
        if languageIsForced { refused.insert("--lang") }
        if let option = words.first(where: { word in refused.contains(String(word.prefix { $0 != "=" })) }) {
            throw DangolError.forbidden(SessionText.optionNotOverSSH(String(option.prefix { $0 != "=" })))
        }
        if serverOnly.contains(command) { throw DangolError.forbidden(SessionText.notOverSSH(command)) }
        if command == "team" {
            guard member.role == .admin else { throw DangolError.forbidden(TeamText.adminsOnly(member.name)) }
            if let file = zip(words, words.dropFirst()).first(where: { ["--key", "--add-key"].contains($0.0) && $0.1 != "-" })?.1 {
                throw DangolError.forbidden(SessionText.keyOnStandardInput(file))
            }
            if words.contains(where: { $0.hasPrefix("--key=") || $0.hasPrefix("--add-key=") }) {
                throw DangolError.forbidden(SessionText.keyOnStandardInput(""))
            }
        }
        guard allowed.contains(command) || command == "team" || command == "--help" || command == "help" else { throw DangolError.forbidden(SessionText.notDangol(command)) }
    }
}
