import ArgumentParser
import DangolKit
import Foundation

/// `dangol team`: the people of a shared server, their roles, markets and SSH keys, for
/// whoever runs the server (its own account's shell).
struct TeamCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "team",
        abstract: "Manage the members of a shared server: roles, markets and SSH keys.",
        subcommands: [Add.self, SetCommand.self, Remove.self, List.self, AuthorizedKeys.self])

    /// The options every change of a member shares.
    struct Details: ParsableArguments {
        @Option(parsing: .unconditional, help: ArgumentHelp("The name shown and journaled (Hangul welcome).", valueName: "name"))
        var name: String?

        @Option(help: ArgumentHelp("admin, tutor or staff.", valueName: "role"))
        var role: Role?

        @Option(name: .customLong("market"), help: ArgumentHelp("A market the member looks after (repeat for more; replaces the list).", valueName: "id"))
        var markets: [String] = []
    }

    struct Add: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a member with one or more public keys.")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The member's id: 1 to 32 of a-z, 0-9, - and _.", valueName: "id"))
        var id: String
        @OptionGroup var details: Details
        @Option(name: .customLong("key"), help: ArgumentHelp("An OpenSSH public key file, or - for standard input (repeat for more).", valueName: "file.pub"))
        var keyFiles: [String] = []

        func run() throws {
            guard let name = details.name, let role = details.role else {
                throw ValidationError("team add needs --name and --role")
            }
            let keys = try keyFiles.map(TeamCommand.readKey)
            guard !keys.isEmpty else { throw ValidationError("team add needs at least one --key FILE.pub") }
            try TeamCommand.refuseBadID(id)
            try common.folder.updateTeam { team in
                guard team.member(id) == nil else { throw DangolError.refused(TeamCLIText.exists(id)) }
                team.members.append(Member(id: id, name: name.trimmingWhitespace, role: role, markets: details.markets, keys: keys))
            }
            say(TeamCLIText.added(id, keys: keys))
            sayKeysHint()
        }
    }

    struct SetCommand: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "set", abstract: "Change a member's name, role, markets or keys.")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: String
        @OptionGroup var details: Details
        @Option(name: .customLong("add-key"), help: ArgumentHelp("Another public key file, or - for standard input.", valueName: "file.pub"))
        var addKeys: [String] = []
        @Option(name: .customLong("remove-key"), help: ArgumentHelp("A key to remove, by its SHA256 fingerprint.", valueName: "fingerprint"))
        var removeKeys: [String] = []

        func run() throws {
            let added = try addKeys.map(TeamCommand.readKey)
            try common.folder.updateTeam { team in
                guard let index = team.members.firstIndex(where: { $0.id == id }) else { throw DangolError.notFound(TeamText.unknownMember(id)) }
                var member = team.members[index]
                if let name = details.name { member.name = name.trimmingWhitespace }
                if let role = details.role { member.role = role }
                if !details.markets.isEmpty { member.markets = details.markets }
                for fingerprint in removeKeys {
                    guard member.keys.contains(where: { $0.fingerprint == fingerprint }) else {
                        throw DangolError.notFound(TeamCLIText.noSuchKey(fingerprint, member: id))
                    }
                    member.keys.removeAll { $0.fingerprint == fingerprint }
                }
                member.keys += added
                team.members[index] = member
            }
            say(TeamCLIText.changed(id))
            if !added.isEmpty || !removeKeys.isEmpty { sayKeysHint() }
        }
    }

    struct Remove: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a member (their journal entries stay).")
        @OptionGroup var common: CommonOptions
        @Argument(help: ArgumentHelp("The member's id.", valueName: "id"))
        var id: String

        func run() throws {
            try common.folder.updateTeam { team in
                guard team.member(id) != nil else { throw DangolError.notFound(TeamText.unknownMember(id)) }
                team.members.removeAll { $0.id == id }
            }
            say(TeamCLIText.removed(id))
            sayKeysHint()
        }
    }

    struct List: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the members, their roles, markets and key fingerprints.")
        enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }
        @OptionGroup var common: CommonOptions
        @Option(help: "table or json.")
        var format: Format = .table

        func run() throws {
            let team = try common.folder.readTeam() ?? Team()
            switch format {
            case .json: StandardOutput.write(String(decoding: try TeamCommand.json(team), as: UTF8.self))
            case .table: StandardOutput.write(TeamCommand.table(team, language: language).joined(separator: "\n"))
            }
        }
    }

    struct AuthorizedKeys: ParsableCommand, UsesDataFolder {
        static let configuration = CommandConfiguration(
            commandName: "authorized-keys",
            abstract: "Print the authorized_keys lines that make each key run dangol session as its member, or install them.")
        @OptionGroup var common: CommonOptions
        @Option(help: ArgumentHelp("Write them into this authorized_keys file (mode 0600), keeping every line dangol did not write.",
                                   valueName: "file"))
        var install: String?

        func run() throws {
            let folder = try common.folder
            let lines = try AuthorizedKeysFile.lines(for: folder)
            guard let install else {
                if !lines.isEmpty { StandardOutput.write(lines.joined(separator: "\n")) }
                return
            }
            let kept = try AuthorizedKeysFile.install(lines, into: install)
            try ClientErrors.createCrashLog(in: folder)
            say(TeamCLIText.installed(lines.count, into: install, kept: kept))
        }
    }

    /// The one public key in `file`, or on standard input for `-` (how an admin in an SSH
    /// session hands one over: `ssh dangol@server dangol team add … --key - < kim.pub`).
    static func readKey(_ file: String) throws -> PublicKey {
        // Read up to the bound and one byte more, never all of what is sent.
        let bytes: [UInt8]
        do {
            bytes = file == "-" ? [UInt8](FileHandle.standardInput.readData(ofLength: Bounds.keyBytes + 1))
                : try FileIO.read(path: file, limit: .key).bytes
        } catch let error as DangolError {
            throw error
        } catch {
            throw DangolError.io(path: file, Localized("공개 키 파일을 읽을 수 없습니다", "cannot read the public key file"))
        }
        guard bytes.count <= Bounds.keyBytes else { throw DangolError.refused(TeamCLIText.keyTooLong(file)) }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(whereSeparator: \.isNewline).filter { !String($0).isBlank && !$0.hasPrefix("#") }
        guard lines.count == 1 else { throw DangolError.refused(TeamCLIText.oneKeyPerFile(file)) }
        return try PublicKey(line: String(lines[0]))
    }

    static func refuseBadID(_ id: String) throws {
        guard Member.isValidID(id) else { throw DangolError.refused(TeamText.notAMemberID(id)) }
    }

    static func json(_ team: Team) throws -> Data {
        struct Entry: Encodable {
            let id: String, name: String, role: Role, markets: [String], keys: [String]
        }
        return Data(try JSONText.pretty(team.members.map { member in
            Entry(id: member.id, name: member.name, role: member.role, markets: member.markets,
                  keys: member.keys.map { "\($0.fingerprint) \($0.type) \($0.comment)".trimmingWhitespace })
        }).utf8)
    }

    static func table(_ team: Team, language: Language) -> [String] {
        team.members.flatMap { member -> [String] in
            let markets = member.role == .admin ? TeamCLIText.allMarkets(language) : member.markets.joined(separator: ", ")
            return ["\(member.id)  \(member.name)  \(member.role.name(language))  \(markets)"]
                + member.keys.map { "    \($0.fingerprint) (\($0.type))\($0.comment.isEmpty ? "" : " \($0.comment)")" }
        }
    }
}

extension Role: ExpressibleByArgument {}

extension UsesDataFolder {
    /// After a change to the team's keys on the server's shell, the reminder that they wait for
    /// `--install`; a session (which runs with `--member`) installs them itself and says so.
    fileprivate func sayKeysHint() {
        if common.member == nil { say(TeamCLIText.applyKeys) }
    }
}
