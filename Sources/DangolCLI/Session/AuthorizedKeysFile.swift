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
    /// - Throws: `refused` for a path that cannot be written in a forced command (a line break).
    static func lines(for team: Team, dangol: String, data: String) throws -> [String] {
        let command = "\(try forcedWord(dangol)) --data \(try forcedWord(data))"
        return team.members.flatMap { member in
            member.keys.map { key in
                "command=\"\(command) session \(member.id)\",restrict,pty \(key.keyField) \(marker)\(member.id)"
            }
        }
    }

    /// `text` as one word of a forced command: quoted for the shell sshd runs it with, then every
    /// `"` written `\"`, the only escape sshd undoes inside `command="…"` (a backslash before
    /// anything else stays a backslash, so nothing else is doubled). A line break cannot be
    /// written there at all.
    static func forcedWord(_ text: String) throws -> String {
        guard !text.contains(where: \.isNewline), !text.unicodeScalars.contains("\0") else {
            throw DangolError.refused(TeamCLIText.pathWithLineBreak(text))
        }
        return shellQuoted(text).replacingOccurrences(of: "\"", with: "\\\"")
    }

    /// The lines for `folder`'s team, running this dangol on that folder (both by absolute path).
    static func lines(for folder: DataFolder) throws -> [String] {
        try lines(for: try folder.readTeam() ?? Team(), dangol: executablePath, data: absolute(folder.path))
    }

    /// This program's absolute path, for the forced command.
    static var executablePath: String {
        absolute(CommandLine.arguments[0].contains("/") ? CommandLine.arguments[0] : "/proc/self/exe")
    }

    /// `path` made absolute and free of `.`/`..` and links, as a forced command needs.
    static func absolute(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a line, as bytes, is one that dangol wrote: it starts with `command="` and its last
    /// field is `dangol:ID`.
    static func isDangols(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.starts(with: Array("command=\"".utf8)) else { return false }
        let last = line.split(separator: UInt8(ascii: " ")).last ?? []
        return last.starts(with: Array(marker.utf8))
    }

    /// Writes `lines` into `path` in place of dangol's earlier ones, keeping every byte of every
    /// other line (the file is handled as bytes: a comment in Latin-1 stays as it was); a new
    /// file (0600) is renamed over the old (`FileIO.replace`), so sshd never reads half a file.
    /// A file that exists but cannot be read is refused, with nothing written.
    /// - Returns: how many lines other than dangol's were kept.
    @discardableResult
    static func install(_ lines: [String], into path: String) throws -> Int {
        let existing: [UInt8]
        do {
            existing = try FileIO.read(path: path, limit: .program).bytes
        } catch DangolError.notFound {
            existing = []
        }
        var kept = existing.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).filter { !isDangols($0) }
        while kept.last?.isEmpty == true { kept.removeLast() }
        var bytes = Array(kept.joined(separator: [UInt8(ascii: "\n")]))
        if !bytes.isEmpty { bytes.append(UInt8(ascii: "\n")) }
        for line in lines { bytes += Array(line.utf8) + [UInt8(ascii: "\n")] }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            guard mkdir(folder, 0o700) == 0 else { throw failure(folder) }
        }
        try FileIO.replace(path: path, with: bytes, mode: 0o600)
        return kept.filter { !$0.isEmpty }.count
    }

    /// `text` as one word for the shell sshd runs a forced command with.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func failure(_ path: String) -> DangolError {
        .io(path: path, Localized(verbatim: String(cString: strerror(errno))))
    }
}
