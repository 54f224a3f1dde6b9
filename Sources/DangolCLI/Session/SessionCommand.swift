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

    /// The commands a session may run; each is still held to the member's rights.
    static let allowed: Set<String> = ["summary", "check", "export", "report", "record", "store"]
    /// Commands the server's own account runs, never a session.
    static let serverOnly: Set<String> = ["sample", "generate", "import", "market", "session", "dashboard"]
    /// Options that would choose the folder, the author or a file on the server.
    static let serverOptions: Set<String> = ["--data", "--tutor", "--member", "--output", "--out", "--author", "--install", "--read-only"]

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The member's id in team.json.", valueName: "member"))
    var memberID: String

    /// The words of `SSH_ORIGINAL_COMMAND` without a leading `dangol`; nil when there is none,
    /// which opens the dashboard.
    private var requested: [String]? {
        get throws {
            guard let line = Environment.value("SSH_ORIGINAL_COMMAND") else { return nil }
            var words = try ShellWords.split(line)
            if words.first == "dangol" { words.removeFirst() }
            return words.isEmpty ? nil : words
        }
    }

    /// The dashboard as the member, when the client asked for no command.
    func dashboardLaunch() throws -> DashboardLaunch? {
        try member()
        guard try requested == nil else { return nil }
        return try DashboardCommand.parse(commonArguments).launch()
    }

    func run() throws {
        let member = try member()
        guard let words = try requested else { return }
        try SessionCommand.check(words, by: member)
        var command = try DangolCommand.parseAsRoot(words + commonArguments)
        try command.run()
        if words[0] == "team", words.count > 1, ["add", "set", "remove"].contains(words[1]) {
            try installKeys()
        }
    }

    /// After an admin changed the team in a session, the service account's own
    /// `~/.ssh/authorized_keys` gets the new keys at once (only when it is the file dangol
    /// manages: it exists and holds dangol's lines).
    private func installKeys() throws {
        let file = "\(NSHomeDirectory())/.ssh/authorized_keys"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              text.split(separator: "\n").contains(where: AuthorizedKeysFile.isDangols) else { return }
        try AuthorizedKeysFile.install(AuthorizedKeysFile.lines(for: common.folder), into: file)
    }

    /// `--data` and `--member` as the forced command gave them, for the command it runs.
    private var commonArguments: [String] {
        ["--data", common.data ?? Environment.value("DANGOL_DATA") ?? "Data", "--member", memberID]
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
    /// `team` unless an admin asks (with keys on standard input only), or an option that would
    /// pick the folder, the author or a file.
    static func check(_ words: [String], by member: Member) throws {
        if let option = words.first(where: { word in serverOptions.contains(String(word.prefix { $0 != "=" })) }) {
            throw DangolError.forbidden(SessionText.optionNotOverSSH(String(option.prefix { $0 != "=" })))
        }
        let command = words[0]
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
