import DangolKit
import Foundation
import Glibc

/// What a mosh client asks a session for over ssh: `mosh-server new [options] [-- command]`,
/// each word checked, then mosh-server started with this session itself as the program it runs,
/// so the key still decides who the person is.
struct MoshRequest {
    /// How long mosh-server waits for a client that stopped answering before it ends the session.
    static let standardIdleSeconds = 3_600

    /// mosh-server's own options, as checked.
    let serverOptions: [String]
    /// The words after `--`: what the session runs, as an ssh command line would say it (the
    /// dashboard's options, `mosh dangol@server -- --round 2024`, or a command).
    let command: [String]
    /// The language the client's locale names, even when this machine lacks that locale.
    let language: Language?

    /// The request `words` make, or nil when they are not one.
    /// - Throws: `forbidden` for an option mosh-server takes that a session does not pass on.
    init?(_ words: [String]) throws {
        guard words.count >= 2, words[0] == "mosh-server", words[1] == "new" else { return nil }
        var options: [String] = []
        var locale: [(name: String, value: String)] = []
        var index = 2
        while index < words.count, words[index] != "--" {
            let option = words[index]
            let value = words[safe: index + 1]
            switch option {
            case "-s":
                options.append(option)
                index += 1
                continue
            case "-c" where value.map(MoshRequest.isCount) == true,
                 "-p" where value.map(MoshRequest.isPortRange) == true,
                 "-i" where value.map(MoshRequest.isAddress) == true:
                options += [option, value!]
                index += 2
            case "-l" where value.flatMap(MoshRequest.localeSetting) != nil:
                locale.append(value.flatMap(MoshRequest.localeSetting)!)
                index += 2
            default:
                throw DangolError.forbidden(SessionText.notAMoshOption(option))
            }
        }
        serverOptions = options + MoshRequest.localeOptions(locale)
        language = Language.fromLocale(Dictionary(locale, uniquingKeysWith: { $1 }))
        let after = index < words.count ? Array(words[(index + 1)...]) : []
        command = after.first == "dangol" ? Array(after.dropFirst()) : after
    }

    /// Replaces this process with mosh-server running `session` (this program's session, as
    /// its forced command names it), which mosh-server ends after `idleSeconds` without the
    /// client. `command` reaches the session as an ssh command line does.
    func start(session: [String], idleSeconds: Int) throws -> Never {
        guard let server = MoshRequest.serverPath else { throw DangolError.refused(SessionText.noMoshServer) }
        setenv("MOSH_SERVER_NETWORK_TMOUT", String(idleSeconds), 1)
        if let language, getenv("DANGOL_LANG") == nil { setenv("DANGOL_LANG", language.rawValue, 1) }
        if command.isEmpty {
            unsetenv("SSH_ORIGINAL_COMMAND")
        } else {
            setenv("SSH_ORIGINAL_COMMAND", command.map(AuthorizedKeysFile.shellQuoted).joined(separator: " "), 1)
        }
        let arguments = ["mosh-server", "new"] + serverOptions + ["--"] + session
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server, &pointers)
        throw DangolError.refused(SessionText.noMoshServer)
    }

    /// mosh-server where the system installs it.
    private static var serverPath: String? {
        ["/usr/bin/mosh-server", "/usr/local/bin/mosh-server"].first { access($0, X_OK) == 0 }
    }

    private static func isCount(_ text: String) -> Bool {
        (1...3).contains(text.count) && text.allSatisfy(\.isASCIIDigit)
    }

    private static func isPortRange(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count) && parts.allSatisfy { (1...5).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }
    }

    private static func isAddress(_ text: String) -> Bool {
        (1...45).contains(text.count) && text.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" }
    }

    /// A client's `-l NAME=VALUE`, when NAME chooses a locale and VALUE has a locale name's
    /// form; anything else is nil, and refused.
    private static func localeSetting(_ text: String) -> (name: String, value: String)? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let name = String(text[..<equals])
        let value = String(text[text.index(after: equals)...])
        guard LocaleEnvironment.isLocaleVariable(name), LocaleEnvironment.isWellFormed(value, list: name == "LANGUAGE") else { return nil }
        return (name, value)
    }

    /// The `-l` options mosh-server gets: the client's settings this machine has a locale for,
    /// as an ssh session keeps them (`LocaleEnvironment`), and C.UTF-8 when none of them is a
    /// UTF-8 locale, which mosh-server needs and every Debian machine has.
    private static func localeOptions(_ settings: [(name: String, value: String)]) -> [String] {
        let kept = settings.filter { LocaleEnvironment.isAcceptable($0.value, list: $0.name == "LANGUAGE") }
        let utf8 = kept.contains { $0.name != "LANGUAGE" && $0.value.lowercased().replacingOccurrences(of: "-", with: "").contains("utf8") }
        return (kept + (utf8 ? [] : [("LANG", "C.UTF-8")])).flatMap { ["-l", "\($0.name)=\($0.value)"] }
    }
}

