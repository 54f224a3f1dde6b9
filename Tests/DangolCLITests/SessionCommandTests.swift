import DangolKit
import Foundation
import Testing
import TestSupport

/// `dangol session` and `dangol team` without an SSH server: the forced command as sshd runs
/// it (`SSH_ORIGINAL_COMMAND`), the words it accepts, and the ids it refuses everywhere.
@Suite("dangol session and team")
struct SessionCommandTests {
    let data = ScratchFolder.sampleCopy()
    let keys = ScratchFolder()

    init() throws {
        for (id, role, market) in [("kim", "tutor", "sinyoung"), ("lee", "staff", "jayang")] {
            let key = keys.file(id)
            #expect(try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "\(id)@test", "-f", key]).status == 0)
            let added = try DangolProcess.run(["team", "add", id, "--name", "\(id)님", "--role", role, "--market", market, "--key", key + ".pub", "--data", data.path])
            #expect(added.status == 0, "\(added.errors)")
            // On the server's shell nothing installs the keys: the hint says how.
            #expect(added.output.hasSuffix("Apply the keys with 'dangol team authorized-keys --install'.\n"), "\(added.output)")
        }
    }

    /// What `ssh server LINE` runs as member `id`.
    private func session(_ id: String, _ line: String?) throws -> DangolProcess.Result {
        try DangolProcess.run(["--data", data.path, "session", id], environment: line.map { ["SSH_ORIGINAL_COMMAND": $0] } ?? [:])
    }

    @Test("Words are split as a shell splits them: quotes group, backslashes escape, Hangul passes through")
    func words() throws {
        let quoted = try session("kim", #"dangol record note --market sinyoung --store "대박수산" --text '주말 할인, "50%"' "#)
        #expect(quoted.status == 0, "\(quoted.errors)")
        let escaped = try session("kim", #"record note --market sinyoung --store 대박수산 --text 새\ 간판\ 설치"#)
        #expect(escaped.status == 0, "\(escaped.errors)")
        let notes = try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.name == "대박수산" }!.notes.map(\.text)
        #expect(notes.suffix(2) == [#"주말 할인, "50%""#, "새 간판 설치"])
        #expect(try DataFolder(path: data.path).journal(of: "sinyoung").last?.author == "kim님")
    }

    @Test("Shell syntax is refused, not interpreted", arguments: ["summary; id", "summary | cat", "summary > /tmp/x", "summary $(id)",
                                                                    "summary `id`", "summary && id", "record note --text 'open"])
    func shellSyntax(_ line: String) throws {
        let result = try session("kim", line)
        #expect(result.status == 77)
        #expect(result.errors.split(separator: "\n").count == 1)
    }

    @Test("An unknown member, or a member id that is not one, is refused before anything runs")
    func unknownMember() throws {
        for id in ["nobody", "../kim", "KIM"] {
            let result = try session(id, "summary")
            #expect(result.status == 77, "\(id)")
            #expect(result.output.isEmpty)
        }
    }

    @Test("authorized-keys: one forced-command line per key; --install keeps every line dangol did not write, mode 0600")
    func authorizedKeys() throws {
        let printed = try DangolProcess.run(["team", "authorized-keys", "--data", data.path])
        let lines = printed.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let dangol = URL(fileURLWithPath: DangolProcess.executable).resolvingSymlinksInPath().path
        #expect(lines[0].hasPrefix("command=\"'\(dangol)' --data '\(data.path)' session kim\",restrict,pty ssh-ed25519 "))
        #expect(lines[0].hasSuffix(" dangol:kim"))
        let file = keys.file("ssh/authorized_keys")
        try FileManager.default.createDirectory(atPath: keys.file("ssh"), withIntermediateDirectories: true)
        try "# the admin's own key\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3 admin\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            #expect(try DangolProcess.run(["team", "authorized-keys", "--install", file, "--data", data.path]).status == 0)
        }
        let installed = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(installed == ["# the admin's own key", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3 admin"] + lines)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("team list shows roles, markets and the fingerprints ssh-keygen -l prints; set and remove change the file")
    func teamCommands() throws {
        let list = try DangolProcess.run(["team", "list", "--data", data.path])
        let fingerprint = try Spawn.run("/usr/bin/ssh-keygen", ["-l", "-f", keys.file("kim.pub")]).output.split(separator: " ")[1]
        #expect(list.output.hasPrefix("kim  kim님  tutor  sinyoung\n    \(fingerprint) (ssh-ed25519) kim@test\n"))
        #expect(try DangolProcess.run(["team", "set", "kim", "--market", "sinyoung", "--market", "jayang", "--data", data.path]).status == 0)
        #expect(try session("kim", "record post --market jayang --store s001").status == 0)
        #expect(try DangolProcess.run(["team", "remove", "lee", "--data", data.path]).status == 0)
        #expect(try session("lee", "summary").status == 77)
        let twice = try DangolProcess.run(["team", "add", "kim2", "--name", "김", "--role", "tutor", "--key", keys.file("kim.pub"), "--data", data.path])
        #expect(twice.status == 1 && twice.errors.contains("a key names one person"))
    }

    @Test("A hostile id never reaches the file system: refused with the reason, nothing created anywhere",
          arguments: ["..", "a/b", ".", "../../../tmp/x", String(repeating: "a", count: 65), "시장", "Upper", "-x"])
    func hostileIDs(_ id: String) throws {
        let before = FolderSnapshot(data.path)
        var commands: [[String]] = [
            ["record", "post", "--market", id, "--store", "s001"],
            ["record", "note", "--market", id, "--store", "s001", "--text", "x"],
            ["summary", "--market", id],
            ["report", "--market", id],
            ["export", "--market", id],
            ["store", "add", "--market", id, "--name", "가게"],
            ["store", "edit", "--market", id, "--store", "s001", "--name", "가게"],
            ["import", "/dev/null", "--market", id],
        ]
        // 시장 and Upper are store codes as a sheet writes them (a store id names no file).
        if !MarketRules.isValidStoreID(id) { commands.append(["store", "add", "--market", "sinyoung", "--id", id, "--name", "가게"]) }
        for command in commands {
            let result = try DangolProcess.run(command + ["--data", data.path])
            #expect(result.status != 0, "\(command)")
            #expect(FolderSnapshot(data.path) == before, "\(command) wrote something")
        }
        #expect(try DangolProcess.run(["team", "add", id, "--name", "x", "--role", "tutor", "--key", keys.file("kim.pub"), "--data", data.path]).status != 0)
        #expect([64, 77].contains(try session(id, "summary").status), "refused as a member id, or as a usage error for -x")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/x.lock") && !FileManager.default.fileExists(atPath: "/tmp/x.json"))
    }

    @Test("Only the dashboard's own options open a session's dashboard; any other is refused with 77 before anything is read")
    func dashboardOptions() throws {
        for line in ["--tutor 누구", "--round 2022 --data /tmp", "dashboard --member lee"] {
            let result = try session("kim", line)
            #expect(result.status == 77, "\(line): \(result.errors)")
            #expect(result.errors.hasPrefix("dangol: ") && result.errors.split(separator: "\n").count == 1, "\(line): \(result.errors)")
        }
    }
}
