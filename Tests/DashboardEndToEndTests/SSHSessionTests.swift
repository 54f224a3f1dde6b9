import DangolKit
import Foundation
import Testing
import TestSupport

/// One server for the whole programme, tried over a real sshd on loopback: each key is one
/// person, held to their role and markets, and nothing else runs.
@Suite("Sessions over SSH", .serialized, .enabled(if: SSHServer.isAvailable, "openssh-server is not installed (.ci/run installs it)"))
struct SSHSessionTests {
    let server: SSHServer

    init() throws {
        server = try SSHServer()
    }

    private var folder: DataFolder { DataFolder(path: server.data.path) }

    private func daebakFriends() throws -> Int? {
        try folder.readMarket("sinyoung").stores.first { $0.name == "대박수산" }?.friendReadings.last?.count
    }

    @Test("The tutor's key records on their market, journaled as them; on another market it is refused with 77 and nothing written")
    func tutorWrites() throws {
        let done = try server.ssh("kim", "dangol record friends --market sinyoung --store 대박수산 --count 90")
        #expect(done.status == 0, "\(done.errors)")
        #expect(done.output.hasPrefix("기록했습니다: 대박수산 친구 90명"))
        #expect(try daebakFriends() == 90)
        let entry = try #require(try folder.journal(of: "sinyoung").last)
        #expect(entry.member == "kim" && entry.author == "김튜터")

        let before = FolderSnapshot(server.data.path)
        let refused = try server.ssh("kim", "dangol record friends --market jayang --store s001 --count 5")
        #expect(refused.status == 77)
        #expect(refused.errors == "dangol: 김튜터 님은 시장 'jayang'을(를) 맡고 있지 않아 고칠 수 없습니다: 아무것도 바꾸지 않았습니다\n")
        #expect(FolderSnapshot(server.data.path) == before)
    }

    @Test("The staff key reads only its market, and every write is refused")
    func staffReads() throws {
        let summary = try server.ssh("lee", "dangol summary --format json")
        #expect(summary.status == 0, "\(summary.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        let markets = try #require(document["markets"] as? [[String: Any]])
        #expect(markets.compactMap { $0["id"] as? String } == ["jayang"])
        let before = FolderSnapshot(server.data.path)
        for command in ["dangol record post --market jayang --store s001", "dangol store add --market jayang --name 새가게",
                        "dangol store edit --market jayang --store s001 --name 바뀐가게"] {
            let refused = try server.ssh("lee", command)
            #expect(refused.status == 77, "\(command)")
            #expect(refused.errors.contains("상인회 계정이라 읽기만 할 수 있습니다"), "\(command)")
        }
        #expect(FolderSnapshot(server.data.path) == before)
    }

    @Test("The admin's key reads every market and writes any")
    func adminDoesBoth() throws {
        let summary = try server.ssh("park", "dangol summary --format csv")
        #expect(summary.status == 0)
        #expect(summary.output.split(separator: "\n").count == 1 + 14 + 1)
        let done = try server.ssh("park", "dangol record post --market jayang --store s001")
        #expect(done.status == 0, "\(done.errors)")
        #expect(try folder.journal(of: "jayang").last?.member == "park")
    }

    @Test("An admin sets up a round over SSH: the round, a market in it, its sheet from standard input with codes as the association wrote them")
    func roundOverSSH() throws {
        let round = try server.ssh("park", "dangol round add --id 2024 --name '2024 본사업'")
        #expect(round.status == 0, "\(round.errors)")
        let market = try server.ssh("park", "dangol market add --id tongin --name 통인시장 --region 서울 --starts 2024-03-04 --round 2024")
        #expect(market.status == 0, "\(market.errors)")
        #expect(try folder.readProgram().rounds.last?.markets == ["tongin"])
        let sheet = ScratchFolder()
        try "점포코드,점포명,업종\nTI001,통인정육점,정육\nTI002,서촌방앗간,떡\n".write(toFile: sheet.file("명단.csv"), atomically: true, encoding: .utf8)
        let imported = try server.ssh("park", "dangol import --market tongin -", input: sheet.file("명단.csv"))
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.hasPrefix("표준 입력을(를) 읽었습니다 (UTF-8, 2행).\n추가 2"), "\(imported.output)")
        #expect(try folder.readMarket("tongin").stores.map(\.id) == ["TI001", "TI002"])
        let listed = try server.ssh("lee", "dangol round list")
        #expect(listed.status == 0 && listed.output.contains("2024 본사업"), "\(listed.output)\(listed.errors)")

        // The market's own tutor imports too; a file on the server, another market or a staff key are refused.
        let before = FolderSnapshot(server.data.path)
        for (member, command, reason) in [("kim", "dangol import --market sinyoung \(sheet.file("명단.csv"))", "표준 입력으로 보내세요"),
                                          ("kim", "dangol import --market tongin -", "맡고 있지 않아"),
                                          ("lee", "dangol import --market jayang -", "읽기만 할 수 있습니다"),
                                          ("kim", "dangol round add --id 2025 --name x", "관리자"),
                                          ("kim", "dangol market set --id sinyoung --round 2024", "관리자")] {
            let refused = try server.ssh(member, command, input: sheet.file("명단.csv"))
            #expect(refused.status == 77, "\(command): \(refused.errors)")
            #expect(refused.errors.contains(reason), "\(command): \(refused.errors)")
        }
        #expect(FolderSnapshot(server.data.path) == before)
        let byTutor = try server.ssh("kim", "dangol import --market sinyoung --sheet-name 명단.csv -", input: sheet.file("명단.csv"))
        #expect(byTutor.status == 0, "\(byTutor.errors)")
        #expect(byTutor.output.hasPrefix("명단.csv을(를) 읽었습니다"), "\(byTutor.output)")
        #expect(try folder.readMarket("sinyoung").stores.contains { $0.id == "TI001" })
        let entry = try #require(try folder.journal(of: "sinyoung").last)
        #expect(entry.action == .importSheet && entry.storeName == "명단.csv" && entry.member == "kim", "the journal names the sheet and who sent it")
    }

    @Test("An admin manages the team in a session, the key on standard input; a tutor cannot, and no session reads a key file on the server")
    func teamOverSSH() throws {
        let keys = ScratchFolder()
        #expect(try Spawn.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "choi@test", "-f", keys.file("choi")]).status == 0)
        let added = try server.ssh("park", "dangol team add choi --name 최튜터 --role tutor --market sindo --key -", input: keys.file("choi.pub"))
        #expect(added.status == 0, "\(added.errors)")
        #expect(try folder.readTeam()?.member("choi")?.markets == ["sindo"])
        // The session says what it did with the keys, never to run --install, which it refuses.
        // This server reads its own keys file, so the account's ~/.ssh/authorized_keys is dangol's only if a test made it so.
        let accountKeys = (try? String(contentsOfFile: NSHomeDirectory() + "/.ssh/authorized_keys", encoding: .utf8)) ?? ""
        #expect(added.output.contains(accountKeys.contains(" session ") ? "키를 바로 적용했습니다" : "키는 아직 적용되지 않았습니다"), "\(added.output)")
        #expect(!added.output.contains("--install'로 키를 적용하세요"))
        let before = FolderSnapshot(server.data.path)
        let byTutor = try server.ssh("kim", "dangol team add choi2 --name x --role admin --key -", input: keys.file("choi.pub"))
        #expect(byTutor.status == 77 && byTutor.errors.contains("관리자만 할 수 있습니다"))
        let fromFile = try server.ssh("park", "dangol team add choi3 --name x --role tutor --key \(keys.file("choi.pub"))")
        #expect(fromFile.status == 77 && fromFile.errors.contains("--key - 로 주고"))
        #expect(FolderSnapshot(server.data.path) == before)
    }

    @Test("Shells, other programs, other folders, team commands and files on the server are refused: 77, one line, nothing written",
          arguments: ["bash", "sh -c id", "dangol --data /tmp/x summary", "dangol summary --data /tmp", "dangol team add x --name x --role admin",
                      "dangol report --output /etc/dangol-x", "scp -t /tmp", "dangol summary; id", "dangol record note --market sinyoung --store s004 --text hi --tutor 누구"])
    func refused(_ command: String) throws {
        let before = FolderSnapshot(server.data.path)
        let result = try server.ssh("kim", command)
        #expect(result.status == 77)
        #expect(result.errors.hasPrefix("dangol: ") && result.errors.split(separator: "\n").count == 1, "\(result.errors)")
        #expect(result.output.isEmpty)
        #expect(FolderSnapshot(server.data.path) == before)
        #expect(!FileManager.default.fileExists(atPath: "/etc/dangol-x") && !FileManager.default.fileExists(atPath: "/tmp/x"))
    }

    @Test("sftp and port forwarding get nothing")
    func noSFTPNoForwarding() throws {
        let sftp = try Spawn.runCapturing("/usr/bin/sftp", ["-b", "/dev/null"] + server.sshArguments("kim").map { $0 == "-p" ? "-P" : $0 })
        #expect(sftp.status != 0)
        let forward = try server.ssh("kim", nil, arguments: ["-W", "127.0.0.1:\(server.port)"])
        #expect(forward.status != 0)
        #expect(forward.errors.contains("prohibited") || forward.errors.contains("failed"), "\(forward.errors)")
    }

    @Test("The dashboard over ssh shows who you are; an editing key on a market you may not write says why and writes nothing")
    func dashboardOverSSH() throws {
        let started = Date()
        let command = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim")).map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        try tmux.waitFor("the overview over ssh") { $0.first?.contains("김튜터 튜터") == true && $0.last?.contains("도움말") == true }
        print("ssh to the first frame over loopback: \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        // The first frame wrote the digest cache; from here on nothing may change.
        let before = FolderSnapshot(server.data.path)
        // kim's session opens on kim's own round; Esc widens it to every round.
        try tmux.press("Escape", "/")
        try tmux.type("자양")
        try tmux.press("Enter", "Enter")
        try tmux.waitFor(text: "자양전통시장 (")
        try tmux.press("f")
        try tmux.waitFor(text: "맡고 있지 않아 고칠 수 없습니다")
        // (Before q: leaving, the session keeps kim's choices, its one write.)
        #expect(FolderSnapshot(server.data.path) == before)
        try tmux.press("q")
    }

    @Test("A member chooses their own session's options over ssh: round, language, ambiguous width; any other option is refused with 77")
    func dashboardOptionsOverSSH() throws {
        let command = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim") + ["--", "--round", "2022-pilot", "--lang", "en", "--ambiguous", "ascii"])
            .map { "'\($0)'" }.joined(separator: " ")
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        try tmux.waitFor("the pilot round, in English, drawn in ASCII") { lines in
            lines.first?.contains("2022 시범사업") == true && lines.last?.contains("? Help") == true
                && lines.joined().contains("#") && !lines.joined().contains("█")
        }
        try tmux.press("q")
        // (ssh itself would read a leading --option as its own: the client writes `--` first, or `dashboard`.)
        for options in ["dashboard --tutor 누구", "dashboard --data /tmp", "dashboard --lang en --today 2022-01-01"] {
            let refused = try server.ssh("kim", options)
            #expect(refused.status == 77, "\(options): \(refused.errors)")
            #expect(refused.errors.hasPrefix("dangol: 대시보드는 SSH 세션에서 --") || refused.errors.hasPrefix("dangol: the dashboard takes no --"),
                    "\(options): \(refused.errors)")
        }
    }

    @Test("A tutor's first login opens on their round with the cursor on their market; their choices and screen come back at the next login")
    func rememberedOverSSH() throws {
        func login(_ options: [String] = []) throws -> TmuxSession {
            let command = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim") + (options.isEmpty ? [] : ["--"] + options))
                .map { "'\($0)'" }.joined(separator: " ")
            return try TmuxSession(width: 80, height: 24, command: command)
        }
        let first = try login()
        try first.waitFor("kim's round, the cursor on 신영시장") { lines in
            lines.first?.contains("2022 시범사업") == true && lines.contains { $0.hasPrefix("▶신영시장") }
        }
        try first.press("q")

        let chosen = try login(["--lang", "en", "--ambiguous", "ascii"])
        try chosen.waitFor(text: "? Help")
        try chosen.press("Enter")
        try chosen.waitFor("신영시장's screen") { $0.first?.contains("신영시장") == true && $0.first?.contains("> 신영시장") == true }
        try chosen.press("q")
        // The session keeps the choices once the terminal is given back, before its ssh ends.
        let kept = server.data.file(".dangol/members/kim.json")
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, DataFolder(path: server.data.path).rememberedSession(of: "kim")?.market != "sinyoung" {
            usleep(50_000)
        }
        let memory = try #require(DataFolder(path: server.data.path).rememberedSession(of: "kim"), "nothing kept in \(kept)")
        #expect(memory == MemberSession(language: .en, ambiguous: "ascii", round: "2022-pilot", market: "sinyoung"))

        let again = try login()
        try again.waitFor("English, ASCII, on 신영시장's screen") { lines in
            lines.first?.contains("> 신영시장") == true && lines.last?.contains("Help") == true && !lines.joined().contains("█")
        }
        try again.press("q")
    }

    @Test("A note typed when the ssh client is killed is the draft of the next login, saying so; Enter saves it")
    func draftOverSSH() throws {
        let command = ([SSHServer.ssh, "-tt"] + server.sshArguments("kim")).map { "'\($0)'" }.joined(separator: " ")
        let first = try TmuxSession(width: 80, height: 24, command: command)
        try first.waitFor(text: "▶신영시장")
        try first.press("Enter")
        try first.waitFor("신영시장's stores") { $0.first?.contains("› 신영시장") == true }
        try first.press("Enter")
        try first.waitFor(text: "f 친구")
        try first.press("n")
        try first.type("사장님 오후에 다시 방문")
        try first.waitFor(text: "사장님 오후에 다시 방문")
        try first.hangUp()
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, DataFolder(path: server.data.path).rememberedSession(of: "kim")?.draft == nil { usleep(50_000) }
        #expect(DataFolder(path: server.data.path).rememberedSession(of: "kim")?.draft?.fields.contains("사장님 오후에 다시 방문") == true)

        let again = try TmuxSession(width: 80, height: 24, command: command)
        try again.waitFor("the draft, back on its form") { lines in
            lines.contains { $0.contains("사장님 오후에 다시 방문") } && lines.contains { $0.contains("연결이 끊겼을 때 쓰던 초안입니다") }
        }
        try again.press("Enter")
        try again.waitFor(text: "저장했습니다")
        #expect(try folder.journal(of: "sinyoung").last?.member == "kim")
        try again.press("q")
    }
}
