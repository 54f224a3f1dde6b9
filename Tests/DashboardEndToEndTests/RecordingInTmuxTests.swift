import DangolKit
import Foundation
import Testing
import TestSupport

/// Tutors and staff at work in real terminals: recording through keys, read-only sessions,
/// two sessions on one folder, and a connection dropped in the middle of a form.
@Suite("Recording in tmux", .serialized)
struct RecordingInTmuxTests {
    /// The last week of the pilot's follow-up: its round still runs, so it reads as of today.
    private let today = "DANGOL_TODAY=2022-10-20"

    /// Every market file's bytes, to show that nothing was written.
    private func snapshot(_ data: ScratchFolder) throws -> [String: Data] {
        let folder = DataFolder(path: data.path)
        return Dictionary(uniqueKeysWithValues: try folder.marketIDs().map { ($0, fileBytes(folder.marketPath($0))) })
    }

    /// From the overview to 대박수산 (the fourth store of 신영시장; 77 friends, 12 messages).
    private func goToDaebak(_ tmux: TmuxSession) throws {
        try tmux.waitFor("the overview") { $0.last?.contains("도움말") == true }
        try tmux.press("Enter")
        try tmux.waitFor(text: "개설 62/70")
        try tmux.press("Down", "Down", "Down")
        try tmux.waitFor("the cursor on 대박수산") { $0.contains { $0.hasPrefix("▶대박수산") } }
    }

    @Test("A friend reading, messages and a Hangul note recorded with keys reach the file and dangol summary")
    func recordThroughKeys() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try TmuxSession.dashboard(data: data, environment: today, arguments: "--tutor 김튜터")
        try goToDaebak(tmux)
        try tmux.press("f")
        try tmux.waitFor(text: "친구 수 기록: 대박수산")
        try tmux.type("85")
        try tmux.press("Enter")
        try tmux.waitFor(text: "저장했습니다")
        try tmux.press("m")
        try tmux.waitFor(text: "메시지 발송: 대박수산")
        try tmux.press("Tab", "BSpace")
        try tmux.type("2")
        try tmux.press("Enter")
        try tmux.waitFor(text: "메시지 +2")
        try tmux.press("n")
        try tmux.type("주말 할인 안내문 붙임")
        try tmux.press("Enter")
        try tmux.waitFor(text: "메모: 주말 할인 안내문 붙임")
        try tmux.press("q")
        try tmux.waitFor(text: "dangol exited 0")

        let store = try #require(try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.name == "대박수산" })
        #expect(store.friendReadings.last == FriendReading(on: CalendarDate("2022-10-20")!, count: 85))
        #expect(store.messages.last == MessageRecord(on: CalendarDate("2022-10-20")!, kind: .ad, count: 2))
        #expect(store.notes.last == Note(on: CalendarDate("2022-10-20")!, author: "김튜터", text: "주말 할인 안내문 붙임"))
        let summary = try DangolProcess.run(["summary", "--market", "sinyoung", "--format", "json", "--data", data.path],
                                            environment: ["DANGOL_TODAY": "2022-10-20"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        let totals = try #require(document["totals"] as? [String: Any])
        #expect(totals["friends"] as? Int == 4_040 - 77 + 85)
        #expect(totals["messagesSent"] as? Int == 361 + 2)
    }

    @Test("Read-only (--read-only or DANGOL_READ_ONLY=1): every editing key leaves every file's bytes as they were",
          arguments: [("", "--read-only"), ("DANGOL_READ_ONLY=1", "")])
    func readOnly(_ setting: (environment: String, flag: String)) throws {
        let data = ScratchFolder.sampleCopy()
        let before = try snapshot(data)
        let tmux = try TmuxSession.dashboard(data: data, environment: "\(today) \(setting.environment)", arguments: setting.flag)
        try goToDaebak(tmux)
        for key in ["o", "f", "m", "p", "n", "a", "e", "d", "u"] {
            try tmux.press(key)
            try tmux.waitFor(text: "읽기 전용")
            try tmux.type("12")
            try tmux.press("Enter", "Escape")
        }
        try tmux.press("q")
        try tmux.waitFor(text: "dangol exited 0")
        #expect(try snapshot(data) == before)
        #expect(!FileManager.default.fileExists(atPath: data.file("journal")))
    }

    @Test("Two dashboards on one folder: a save in one shows in the other within 2 seconds, no key pressed")
    func liveRefresh() throws {
        let data = ScratchFolder.sampleCopy()
        let watcher = try TmuxSession.dashboard(data: data, environment: today, arguments: "--tutor 이튜터")
        try goToDaebak(watcher)
        let tutor = try TmuxSession.dashboard(data: data, environment: today, arguments: "--tutor 김튜터")
        try goToDaebak(tutor)
        #expect(try watcher.screen().contains { $0.hasPrefix("▶대박수산") && $0.contains("    77 ") })
        try tutor.press("f")
        try tutor.type("321")
        try tutor.press("Enter")
        try tutor.waitFor(text: "저장했습니다")
        let started = Date()
        try watcher.waitFor("the new count in the other session", seconds: 2) { $0.contains { $0.hasPrefix("▶대박수산") && $0.contains("321") } }
        print("the other session showed the edit after \(String(format: "%.2f", Date().timeIntervalSince(started))) s")
        try watcher.press("q")
        try tutor.press("q")
    }

    @Test("Two tutors type a count for one store at once: the second Enter shows who saved first, and nothing is lost unseen")
    func twoTutorsOneStore() throws {
        let data = ScratchFolder.sampleCopy()
        let first = try TmuxSession.dashboard(data: data, environment: today, arguments: "--tutor 김튜터")
        try goToDaebak(first)
        let second = try TmuxSession.dashboard(data: data, environment: today, arguments: "--tutor 이튜터")
        try goToDaebak(second)
        try first.press("f")
        try first.type("35")
        try first.waitFor(text: "친구 수  35")
        try second.press("f")
        try second.type("33")
        try second.press("Enter")
        try second.waitFor(text: "지난 기록은 77명입니다")
        try second.press("Enter")
        try second.waitFor(text: "저장했습니다")

        try first.press("Enter")
        try first.waitFor(text: "이튜터 님이 먼저 바꿨습니다")
        let conflict = try first.screen().filter { $0.contains("먼저 바꿨습니다") || $0.contains("다시 저장하세요") }
        #expect(conflict.count == 2 && conflict[0].contains("(친구 77 >") && conflict[1].contains("33). 확인하고 Enter로 다시 저장하세요"),
                "what the other tutor changed, wrapped in the box: \(conflict)")
        #expect(try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.name == "대박수산" }?.friendReadings.last?.count == 33)
        try first.press("Enter")
        try first.waitFor(text: "저장했습니다: ")
        #expect(try first.screen().joined().contains("친구 33 > 35"), "the status line says what the save replaced")
        #expect(try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.name == "대박수산" }?.friendReadings.last?.count == 35)
        try first.press("q")
        try second.press("q")
    }

    @Test("SIGHUP in the middle of a form: nothing half-written, every file valid, the terminal restored")
    func hangUpMidForm() throws {
        let data = ScratchFolder.sampleCopy()
        let before = try snapshot(data)
        let tmux = try TmuxSession.dashboard(data: data, environment: today)
        try goToDaebak(tmux)
        try tmux.press("f")
        try tmux.type("99")
        try tmux.waitFor(text: "친구 수  99")
        #expect(try TmuxSession.signalDashboard("HUP", data: data))
        try tmux.waitFor(text: "dangol exited 129")
        #expect(try snapshot(data) == before)
        #expect(DataFolder(path: data.path).check().isEmpty)
        try tmux.expectShellAnswers()
    }
}

@Suite("Awards in tmux")
struct AwardsInTmuxTests {
    @Test("t opens the awards of a market with the tiers and the score explained")
    func awards() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try TmuxSession.dashboard(data: data)
        try tmux.waitFor("the overview") { $0.last?.contains("도움말") == true }
        try tmux.press("Enter")
        try tmux.waitFor(text: "개설 62/70")
        try tmux.press("t")
        try tmux.waitFor("the awards") { lines in
            lines.contains { $0.contains("우수 점포 시상: 신영시장") } && lines.contains { $0.contains("고향청과") && $0.contains("대상") && $0.contains("272") }
        }
        try tmux.press("q")
        try tmux.waitFor(text: "dangol exited 0")
    }
}
