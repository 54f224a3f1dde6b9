import DangolKit
import Foundation
import Glibc

/// The service account's `authorized_keys`: one line per member key whose forced command is
/// `dangol session ID`, so the key decides who the person is whatever the client asks.
enum AuthorizedKeysFile {
    /// The comment that marks a line as dangol's, so an install replaces exactly those.
    static let marker = "dangol:"

    /// `command="'DANGOL' --data 'DATA' session ID",restrict,pty TYPE KEY dangol:ID` per key.
    /// `restrict` turns off forwarding of ports, agents and X11 and every other option sshd
    /// has or will have; `pty` gives back the terminal the dashboard needs.
    static func lines(for team: Team, dangol: String, data: String) -> [String] {
        team.members.flatMap { member in
            member.keys.map { key in
                let command = "\(shellQuoted(dangol)) --data \(shellQuoted(data)) session \(member.id)"
                return "command=\"\(command.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\",restrict,pty "
                    + "\(key.keyField) \(marker)\(member.id)"
            }
        }
    }

    /// The lines for `folder`'s team, running this dangol on that folder (both by absolute path).
    static func lines(for folder: DataFolder) throws -> [String] {
        lines(for: try folder.readTeam() ?? Team(), dangol: executablePath, data: absolute(folder.path))
    }

    /// This program's absolute path, for the forced command.
    private static var executablePath: String {
        absolute(CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : "/proc/self/exe")
    }

    /// `path` made absolute and free of `.`/`..` and links, as a forced command needs.
    private static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a line of an authorized_keys file is one that dangol wrote.
    static func isDangols(_ line: Substring) -> Bool {
        line.hasPrefix("command=\"") && line.split(separator: " ").last?.hasPrefix(marker) == true
    }

    /// Writes `lines` into `path` in place of dangol's earlier ones, keeping every other line;
    /// a new file (0600) is renamed over the old, so sshd never reads half a file.
    static func install(_ lines: [String], into path: String) throws {
        let existing = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        let kept = existing.split(separator: "\n", omittingEmptySubsequences: false).filter { !isDangols($0) }
        var text = kept.joined(separator: "\n")
        while text.hasSuffix("\n\n") { text.removeLast() }
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += lines.map { $0 + "\n" }.joined()
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            guard mkdir(folder, 0o700) == 0 else { throw failure(folder) }
        }
        let temporary = "\(path).dangol-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure(temporary) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard written == bytes.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure(path)
        }
    }

    /// `text` as one word for the shell sshd runs a forced command with.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func failure(_ path: String) -> DangolError {
        .io(path: path, Localized(verbatim: String(cString: strerror(errno))))
    }
}
