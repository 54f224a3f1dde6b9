import DangolKit
import Foundation
import Glibc
import Testing
import TestSupport

/// One member played against the others over a real sshd on loopback, configured as Debian's is
/// (`UsePAM yes`, `AcceptEnv LANG LC_*`) and keyed by `team authorized-keys --install`: for each
/// way one member could hurt the rest, generated inputs, the outcome asserted and printed.
@Suite("Stress: one member cannot hurt the others (over sshd)", .serialized,
       .enabled(if: SSHServer.isAvailable, "openssh-server is not installed (.ci/run installs it)"))
struct SharedServerTests {
    private static func hangul(_ count: Int) -> String {
        String(repeating: "가", count: count)
    }

    private static func report(_ what: String, _ lines: [String]) {
        print("\(what):\n" + lines.map { "  \($0)" }.joined(separator: "\n"))
    }

    @Test("Lengths at and past each bound over SSH: inside saved, past refused with the reason and nothing written; every reader still reads")
    func lengths() throws {
        let server = try SSHServer()
        let folder = DataFolder(path: server.data.path)
        var lines: [String] = []
        let cases: [(field: String, bound: Int, command: (String) -> String)] = [
            ("store name", Bounds.storeName.maxLength, { "dangol store add --market sinyoung --name \($0)" }),
            ("category", Bounds.category.maxLength, { "dangol store add --market sinyoung --name 경계가게 --category \($0)" }),
            ("store tutor", Bounds.personName.maxLength, { "dangol store add --market sinyoung --name 튜터가게 --tutor \($0)" }),
            ("note", Bounds.noteText.maxLength, { "dangol record note --market sinyoung --store s004 --text \($0)" }),
        ]
        for (field, bound, command) in cases {
            for length in [bound - 1, bound, bound + 1, bound * 4] {
                let before = FolderSnapshot(server.data.path)
                let result = try server.ssh("kim", command(Self.hangul(length)))
                let fits = length <= bound
                if fits {
                    #expect(result.status == 0, "\(field) of \(length): \(result.errors)")
                } else {
                    #expect(result.status == 1, "\(field) of \(length)")
                    #expect(result.errors.contains("\(bound)자까지") || result.errors.contains("세션은 \(Bounds.commandLineBytes)바이트까지"),
                            "\(field) of \(length): \(result.errors)")
                    #expect(FolderSnapshot(server.data.path) == before, "\(field) of \(length) wrote something")
                }
                lines.append("\(field) \(length) chars: \(result.status == 0 ? "saved" : "refused (\(result.errors.prefix(60))…)")")
            }
        }
        let summary = try server.ssh("park", "dangol summary --format csv")
        #expect(summary.status == 0 && folder.check().isEmpty, "\(summary.errors) \(folder.check())")
        Self.report("lengths tried over SSH", lines)
    }

    @Test("A session bounds its command line and a key on standard input before it parses or keeps them")
    func commandLines() throws {
        let server = try SSHServer()
        let long = try server.ssh("kim", "dangol summary --format csv " + String(repeating: "--round 2022 ", count: 400))
        #expect(long.status == 1 && long.errors.contains("\(Bounds.commandLineBytes)바이트까지"), "\(long.errors)")
        let words = try server.ssh("kim", "dangol summary" + String(repeating: " --format csv", count: 40))
        #expect(words.status == 1 && words.errors.contains("\(Bounds.commandLineWords)개까지"), "\(words.errors)")
        let keys = ScratchFolder()
        let big = keys.file("big.pub")
        try Data(repeating: UInt8(ascii: "A"), count: 4 << 20).write(to: URL(fileURLWithPath: big))
        let before = FolderSnapshot(server.data.path)
        let started = Date()
        let key = try server.ssh("park", "dangol team add choi --name 최 --role tutor --key -", input: big)
        #expect(key.status == 1 && key.errors.contains("공개 키는 \(Bounds.keyBytes / 1024) KB까지"), "\(key.errors)")
        #expect(FolderSnapshot(server.data.path) == before)
        print("command line of 5 KB, 81 words, a 4 MB key: refused (the key in \(String(format: "%.2f", Date().timeIntervalSince(started))) s)")
    }

    @Test("The forced command's --read-only and --lang hold for everything the session runs")
    func forcedOptions() throws {
        let server = try SSHServer(forcedOptions: ["--read-only", "--lang", "en"])
        let before = FolderSnapshot(server.data.path)
        let record = try server.ssh("kim", "dangol record post --market sinyoung --store s004")
        #expect(record.status == 1 && record.errors.contains("this session is read-only: nothing was written"), "\(record.errors)")
        let store = try server.ssh("kim", "dangol store add --market sinyoung --name 새가게")
        #expect(store.status == 1 && store.errors.contains("this session is read-only: nothing was written"), "\(store.errors)")
        let summary = try server.ssh("kim", "dangol summary")
        #expect(summary.status == 0 && summary.output.contains("Market"), "in English: \(summary.output.prefix(80))")
        let korean = try server.ssh("kim", "dangol summary --lang ko")
        #expect(korean.status == 77, "the forced --lang is not the client's to change: \(korean.errors)")
        #expect(FolderSnapshot(server.data.path) == before)
    }

    @Test("Locales the client sends are checked before use: never a crash, a backtrace or a server path")
    func locales() throws {
        let server = try SSHServer()
        var lines: [String] = []
        let names = [String(repeating: "x", count: 12), String(repeating: "x", count: 16), String(repeating: "x", count: 300),
                     "ko_KR.UTF-8", "ko_XX.UTF-8", "en_US.UTF-8", "C.UTF-8", "C", "$(touch /tmp/dangol-pwned)", "../../etc/passwd",
                     "ko_KR.UTF-8@@@", "ü_Ü.UTF-8"]
        for name in names {
            for variable in ["LC_ALL", "LANG", "LC_TIME"] {
                let result = try server.ssh("lee", "dangol summary --format csv", environment: [variable: name])
                let output = result.output + result.errors
                #expect(result.status == 0, "\(variable)=\(name): \(result.status) \(result.errors.prefix(200))")
                #expect(!output.contains("Backtrace") && !output.contains("0x") && !output.contains(server.data.path)
                        && !output.contains(".swift"), "\(variable)=\(name) showed the server: \(output.prefix(300))")
                lines.append("\(variable)=\(name.prefix(20)): exit \(result.status), \(result.output.split(separator: "\n").count) lines")
            }
        }
        #expect(!FileManager.default.fileExists(atPath: "/tmp/dangol-pwned"))
        let korean = try server.ssh("lee", "dangol summary", environment: ["LC_ALL": "ko_XX.UTF-8"])
        #expect(korean.output.contains("시장"), "an unknown Korean locale still speaks Korean, as before: \(korean.output.prefix(80))")
        let report = try server.ssh("lee", "dangol report --market sinyoung")
        #expect(report.status == 1 && report.errors == "dangol: DATA에 시장 'sinyoung'이(가) 없습니다\n",
                "another market is unknown to staff, and the folder is named DATA: \(report.errors)")
        Self.report("locales sent by the client", lines)
    }

    @Test("Data paths holding ' \" \\ $ backquote and spaces reach the session exactly; a line break is refused",
          arguments: ["it's", "x'$(touch pwned)'y", "back\\slash", "dq\"uote", "sp ace", "`touch tick`", "$HOME", "a\\\"b"])
    func quoting(_ name: String) throws {
        let server = try SSHServer(dataFolderName: name)
        let result = try server.ssh("lee", "dangol summary --format csv")
        #expect(result.status == 0, "\(name): \(result.errors)")
        #expect(result.output.split(separator: "\n").count == 3, "\(name): the staff member's one market and the totals")
        let home = NSHomeDirectory()
        for planted in ["pwned", "tick"] {
            #expect(!FileManager.default.fileExists(atPath: "\(home)/\(planted)") && !FileManager.default.fileExists(atPath: planted))
        }
        print("data folder '\(name)': summary over SSH exit \(result.status)")
    }

    @Test("A data path with a line break is refused by authorized-keys, with nothing written")
    func lineBreakInPath() throws {
        let data = ScratchFolder.sampleCopy(named: "two\nlines")
        let out = ScratchFolder()
        let keys = ScratchFolder()
        _ = try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keys.file("k")])
        #expect(try DangolProcess.run(["team", "add", "kim", "--name", "김", "--role", "admin", "--key", keys.file("k.pub"), "--data", data.path]).status == 0)
        let result = try DangolProcess.run(["team", "authorized-keys", "--install", out.file("authorized_keys"), "--data", data.path])
        #expect(result.status == 1 && result.errors.contains("line break"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.file("authorized_keys")))
    }

    @Test("Install keeps every byte of every line it does not own; keys are read in their wire format; the last admin stays")
    func keysAndTeam() throws {
        let server = try SSHServer()
        let folder = DataFolder(path: server.data.path)
        // The admin's own lines: a comment in Latin-1 (not UTF-8), a note to self, a blank line.
        let own: [UInt8] = Array("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4ECHlHvVLilGX8xvW1zz529PxZ06fma4DIpqQsDUHF Jos".utf8) + [0xE9]
            + Array("@laptop\n# keep me\n\n".utf8)
        let existing = try Data(contentsOf: URL(fileURLWithPath: server.authorizedKeys))
        try (Data(own) + existing).write(to: URL(fileURLWithPath: server.authorizedKeys))
        let install = try DangolProcess.run(["team", "authorized-keys", "--install", server.authorizedKeys, "--data", server.data.path])
        #expect(install.status == 0 && install.output.contains("the 2 other line(s) kept byte for byte"), "\(install.output)\(install.errors)")
        let after = [UInt8](try Data(contentsOf: URL(fileURLWithPath: server.authorizedKeys)))
        #expect(after.starts(with: own.dropLast(1)), "the admin's lines come back byte for byte")
        #expect(try server.ssh("kim", "dangol summary --format csv").status == 0, "the members' keys still work")

        let teamBefore = fileBytes(folder.teamPath)
        let keys = ScratchFolder()
        _ = try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keys.file("k")])
        let valid = try String(contentsOfFile: keys.file("k.pub"), encoding: .utf8).split(separator: " ")
        let blob = [UInt8](Data(base64Encoded: String(valid[1]))!)
        func blobLine(_ bytes: [UInt8]) -> String { "ssh-ed25519 \(Data(bytes).base64EncodedString()) bad@test\n" }
        let kimKey = try String(contentsOfFile: server.members["kim"]!.key + ".pub", encoding: .utf8).split(separator: " ")
        let hostile = [
            ("only a type name", blobLine(Array(blob.prefix(15)))),
            ("a short key", blobLine(Array(blob.dropLast(1)))),
            ("trailing bytes", blobLine(blob + [0, 0, 0, 0])),
            ("another type's name", "ssh-rsa \(valid[1]) bad@test\n"),
            ("kim's key with a trailing =", "\(kimKey[0]) \(kimKey[1])= again@test\n"),
        ]
        var lines: [String] = []
        for (what, line) in hostile {
            let file = keys.file("hostile.pub")
            try line.write(toFile: file, atomically: true, encoding: .utf8)
            let result = try server.ssh("park", "dangol team add choi --name 최 --role tutor --market sindo --key -", input: file)
            #expect(result.status == 1, "\(what): \(result.output)\(result.errors)")
            lines.append("\(what): exit \(result.status)")
        }
        let lastAdmin = try server.ssh("park", "dangol team remove park")
        #expect(lastAdmin.status == 1 && lastAdmin.errors.contains("마지막 관리자"), "\(lastAdmin.errors)")
        let demoted = try server.ssh("park", "dangol team set park --role tutor")
        #expect(demoted.status == 1)
        #expect(fileBytes(folder.teamPath) == teamBefore, "no refused change reached team.json")

        let text = try String(contentsOfFile: folder.teamPath, encoding: .utf8)
        try text.replacingOccurrences(of: "\"role\" : \"staff\"", with: "\"role\" : \"boss\"").write(toFile: folder.teamPath, atomically: true, encoding: .utf8)
        let check = try DangolProcess.run(["check", "--data", server.data.path])
        #expect(check.status == 1 && (check.output + check.errors).contains("team.json:"), "\(check.output)\(check.errors)")
        Self.report("key blobs offered by an admin", lines)
    }

    @Test("Staff read a round on the admin's day, and no output names a market they may not read")
    func sameFigures() throws {
        let server = try SSHServer()
        let folder = DataFolder(path: server.data.path)
        // One 2022 market ran far longer: the round is read as of its own day for everyone.
        try folder.updateMarket("sample-a") { $0.schedule?.weeks = 40 }
        func asOf(_ member: String) throws -> String? {
            let result = try server.ssh(member, "dangol summary --format json --round 2022")
            let document = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
            let rounds = document?["rounds"] as? [[String: Any]]
            return rounds?.first?["asOf"] as? String
        }
        let staff = try asOf("lee")
        #expect(try staff != nil && staff == asOf("park"), "staff \(String(describing: staff))")
        let export = try server.ssh("lee", "dangol export --format json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        let rounds = (document["program"] as? [String: Any])?["rounds"] as? [[String: Any]] ?? []
        #expect(rounds.flatMap { $0["markets"] as? [String] ?? [] } == ["jayang"])
        for other in ["sinyoung", "mangwon", "dongmun"] {
            #expect(!export.output.contains("\"\(other)\""), "\(other) is named to staff of jayang")
        }
    }

    @Test("A removed member's open dashboard says so and ends, the terminal restored; a narrowed tutor can no longer write")
    func rightsBiteAtOnce() throws {
        let server = try SSHServer()
        let folder = DataFolder(path: server.data.path)
        let ssh = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim")).map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 80, height: 24, command: "\(ssh); echo \"ended: $?\"; sleep 60")
        try tmux.waitFor("kim's overview") { $0.first?.contains("김튜터 튜터") == true }
        try tmux.press("/")
        try tmux.type("신영")
        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "신영시장 (")
        // Narrowed to another market while the dashboard is open: its editing keys are refused at once.
        #expect(try server.ssh("park", "dangol team set kim --market jayang").status == 0)
        usleep(300_000)
        let journal = try folder.journal(of: "sinyoung").count
        try tmux.press("f")
        try tmux.waitFor(text: "맡고 있지 않아 고칠 수 없습니다")
        #expect(try folder.journal(of: "sinyoung").count == journal)
        // Removed: the session says so and ends with 77, and the shell gets its screen back.
        #expect(try server.ssh("park", "dangol team remove kim").status == 0)
        let screen = try tmux.waitFor(text: "ended: 77")
        #expect(screen.contains { $0.contains("team.json에 구성원 'kim'이(가) 없습니다") }, "\(screen)")
        #expect(try tmux.format("#{alternate_on}") == "0", "the terminal is restored")
    }

    @Test("A session that crashes shows its client no backtrace and no server path; the terminal is restored")
    func crashShowsNothing() throws {
        let server = try SSHServer()
        let ssh = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim")).map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 80, height: 24, command: "\(ssh); echo \"ended: $?\"; sleep 60")
        try tmux.waitFor("kim's overview") { $0.first?.contains("김튜터 튜터") == true }
        let session = try #require(Self.sessionProcess(of: "kim"), "the session's dangol process on the server")
        // A fault inside the runtime would report through the backtracer and standard error:
        // the one is off, the other goes to the server's log.
        let environment = FileManager.default.contents(atPath: "/proc/\(session)/environ").map { [UInt8]($0) } ?? []
        #expect(environment.split(separator: 0).contains { String(decoding: $0, as: UTF8.self) == "SWIFT_BACKTRACE=enable=no" })
        let errors = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(session)/fd/2")
        #expect(errors == "\(server.data.path)/.dangol/log/session-errors.log", "standard error goes to \(errors)")
        kill(session, SIGSEGV)
        let screen = try tmux.waitFor(text: "ended: ")
        let text = screen.joined(separator: "\n")
        for leak in ["Backtrace", "Crashed", "Thread 0", ".swift", "0x0", server.data.path, "/work", "/opt/swift"] {
            #expect(!text.contains(leak), "the client saw '\(leak)': \(text)")
        }
        #expect(try tmux.format("#{alternate_on}") == "0", "the terminal is restored")
        print("a session killed with SIGSEGV: the client saw \(screen.filter { !$0.isEmpty }.count) line(s), none from the crash")
    }

    /// The `dangol` process serving member `id`'s session on this machine (not the shell that started it).
    private static func sessionProcess(of id: String) -> pid_t? {
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [] {
                guard let pid = pid_t(entry),
                      let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                      let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/exe"),
                      executable.hasSuffix("/dangol") else { continue }
                let words = line.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
                if words.suffix(2) == ["session", id] { return pid }
            }
            usleep(50_000)
        }
        return nil
    }

    @Test("Writers killed at random moments: after each kill, every change is in both the market file and the journal or in neither")
    func killedWriters() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        // Posts, spread over the open stores so no store nears its bound however long the run.
        let stores = try folder.readMarket("sinyoung").stores.filter { $0.channelOpenedOn != nil }.map(\.id)
        func arguments(_ attempt: Int) -> [String] {
            ["record", "post", "--market", "sinyoung", "--store", stores[attempt % stores.count], "--on", "2022-10-01", "--data", data.path]
        }
        let initialPosts = try folder.readMarket("sinyoung").stores.map(\.posts.count).reduce(0, +)
        func agree() throws -> (posts: Int, entries: Int) {
            let posts = try folder.readMarket("sinyoung").stores.map(\.posts.count).reduce(0, +) - initialPosts
            let entries = try folder.journal(of: "sinyoung").filter { $0.action == .post }.count
            return (posts, entries)
        }
        let started = Date()
        _ = try DangolProcess.run(arguments(0))
        let span = max(20_000, Int(Date().timeIntervalSince(started) * 2 * 1_000_000))
        var random = SeededGenerator(seed: 20)
        let attempts = StressScale.count(short: 200, long: 1_000)
        var killed = 0
        var completedByNext = 0
        for attempt in 0..<attempts {
            let writer = try DangolProcess.start(arguments(attempt))
            if attempt % 2 == 0 {
                usleep(useconds_t(random.int(in: 0...span)))
            } else {
                // Half the kills land just after the market file is renamed into place: the
                // moment between the market file and the journal that a kill must not split.
                waitForRename(of: folder.marketPath("sinyoung"), from: writer.process)
                usleep(useconds_t(random.int(in: 0...3_000)))
            }
            kill(writer.process.processIdentifier, SIGKILL)
            writer.process.waitUntilExit()
            if writer.process.terminationReason == .uncaughtSignal { killed += 1 }
            let pending = FileManager.default.fileExists(atPath: data.file(".dangol/pending/sinyoung.json"))
            // The next writer, under the lock, completes or drops what the killed one left.
            let next = try DangolProcess.run(arguments(attempt + 1))
            #expect(next.status == 0, "after attempt \(attempt): \(next.errors)")
            if pending { completedByNext += 1 }
            let (posts, entries) = try agree()
            #expect(posts == entries, "after attempt \(attempt): \(posts) new posts in the market file, \(entries) journal entries")
            if posts != entries { break }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.marketsPath).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty && folder.check().isEmpty, "\(leftovers) \(folder.check())")
        #expect(killed > attempts / 4, "the kill moments must straddle the save: \(killed) of \(attempts)")
        print("\(attempts) record writers killed at random (\(killed) died mid-run, save alone \(span / 2_000) ms): "
              + "market file and journal agreed after every one; \(completedByNext) pending changes completed or dropped by the next writer")
    }

    @Test("Team and cache writers killed at random moments leave valid files and no orphan once the next writer ran")
    func killedTeamAndCacheWriters() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let keys = ScratchFolder()
        _ = try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", keys.file("k")])
        #expect(try DangolProcess.run(["team", "add", "kim", "--name", "김", "--role", "admin", "--key", keys.file("k.pub"), "--data", data.path]).status == 0)
        var random = SeededGenerator(seed: 21)
        let attempts = StressScale.count(short: 60, long: 300)
        var orphans = 0
        for attempt in 0..<attempts {
            let team = attempt % 2 == 0
            if !team { try? FileManager.default.removeItem(atPath: data.file(".dangol/cache")) }
            let arguments = team ? ["team", "set", "kim", "--name", "김\(attempt)", "--data", data.path] : ["summary", "--data", data.path]
            let writer = try DangolProcess.start(arguments)
            usleep(useconds_t(random.int(in: 0...60_000)))
            kill(writer.process.processIdentifier, SIGKILL)
            writer.process.waitUntilExit()
            #expect(try folder.readTeam()?.member("kim") != nil, "after attempt \(attempt): team.json must stay valid")
            orphans += ((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []).filter { $0.contains(".tmp-") }.count
        }
        // The next writers: a team change, and a save in sinyoung (which writes its digest).
        #expect(try DangolProcess.run(["team", "set", "kim", "--name", "김튜터", "--data", data.path]).status == 0)
        let cacheOrphans = ((try? FileManager.default.contentsOfDirectory(atPath: data.file(".dangol/cache"))) ?? [])
            .filter { $0.contains(".tmp-") }.count
        let store = try #require(try folder.readMarket("sinyoung").stores.first { $0.channelOpenedOn != nil }).id
        #expect(try DangolProcess.run(["record", "post", "--market", "sinyoung", "--store", store, "--on", "2022-10-01", "--data", data.path]).status == 0)
        let left = ((try? FileManager.default.contentsOfDirectory(atPath: data.path)) ?? []).filter { $0.contains(".tmp-") }
        #expect(left.isEmpty, "team.json temp files left: \(left)")
        let cacheLeft = ((try? FileManager.default.contentsOfDirectory(atPath: data.file(".dangol/cache"))) ?? [])
            .filter { $0.hasPrefix(".sinyoung.digest.tmp-") }
        #expect(cacheLeft.isEmpty, "cache temp files of sinyoung left: \(cacheLeft)")
        #expect(folder.check().isEmpty, "\(folder.check())")
        print("\(attempts) team and cache writers killed: \(orphans) team temp files seen, \(cacheOrphans) cache temp files "
              + "after the last; none of team.json's or sinyoung's left after the next writers")
    }

    @Test("A session whose client is killed mid-command (SIGHUP to the session) leaves market file and journal agreeing")
    func droppedClients() throws {
        let server = try SSHServer()
        let folder = DataFolder(path: server.data.path)
        var random = SeededGenerator(seed: 22)
        let attempts = StressScale.count(short: 20, long: 60)
        for attempt in 0..<attempts {
            let client = try Spawn.start(SSHServer.ssh, server.sshArguments("kim") + ["dangol record note --market sinyoung --store s004 --text 끊김"])
            usleep(useconds_t(random.int(in: 50_000...400_000)))
            kill(client, SIGKILL)
            Spawn.wait(client)
            usleep(100_000)
            #expect(try server.ssh("kim", "dangol record note --market sinyoung --store s004 --text 다음").status == 0, "after attempt \(attempt)")
            let notes = try folder.readMarket("sinyoung").stores.first { $0.id == "s004" }!.notes.count
            let entries = try folder.journal(of: "sinyoung").filter { $0.action == .note && $0.storeID == "s004" }.count
            #expect(try notes - entries == Self.initialNotes(), "after attempt \(attempt): \(notes) notes, \(entries) entries")
        }
        print("\(attempts) ssh clients killed mid-command: market file and journal agreed after each")
    }

    /// Waits until the file at `path` is another inode (a save renamed a new one in), or `process` ended.
    private func waitForRename(of path: String, from process: Process) {
        var before = stat()
        stat(path, &before)
        var now = stat()
        while process.isRunning, stat(path, &now) == 0, now.st_ino == before.st_ino {
            usleep(100)
        }
    }

    /// Notes of s004 in the sample before any session adds one (they have no journal entries).
    private static func initialNotes() throws -> Int {
        try DataFolder(path: Repository.data).readMarket("sinyoung").stores.first { $0.id == "s004" }!.notes.count
    }
}
