import DangolKit
import Foundation
import Testing
import TestSupport

/// Other sessions' saves reach an open dashboard by the kernel's change events, with no key
/// pressed; an idle dashboard makes no wakeups at all; without events it polls and says so.
@Suite("Live refresh by change events", .serialized)
struct LiveRefreshTests {
    private func overview(_ data: ScratchFolder, environment: String = "") throws -> TmuxSession {
        let tmux = try TmuxSession.dashboard(data: data, environment: "DANGOL_TODAY=2022-10-20 \(environment)")
        try tmux.waitFor("the overview") { $0.last?.contains("도움말") == true || $0.last?.contains("1초마다") == true }
        return tmux
    }

    @Test("A market file removed, then added back, shows in the overview with no key pressed")
    func removedAndAdded() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try overview(data)
        let file = DataFolder(path: data.path).marketPath("sindo")
        let kept = data.file("sindo.json")
        try FileManager.default.moveItem(atPath: file, toPath: kept)
        try tmux.waitFor("신도 gone", seconds: 2) { !$0.joined().contains("신도") }
        try FileManager.default.copyItem(atPath: kept, toPath: file)
        try tmux.waitFor("신도 back", seconds: 2) { $0.joined().contains("신도") }
        try tmux.press("q")
    }

    @Test("The digest cache rebuilt by another process while the dashboard has it mapped: the screen stays whole, later saves show")
    func cacheRebuiltWhileMapped() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try overview(data)
        let before = try tmux.screen()
        try FileManager.default.removeItem(atPath: data.file(".dangol/cache"))
        let rebuilt = try DangolProcess.run(["summary", "--data", data.path], environment: ["DANGOL_TODAY": "2022-10-20"])
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        #expect(try tmux.screen() == before, "nothing on screen depends on the cache files themselves")
        // Sorting by name reads every market's name from the digests the dashboard mapped.
        try tmux.press("s")
        let sorted = try tmux.waitFor("the overview sorted by name") { $0 != before && $0.joined().contains("신영시장") }
        let row = { (screen: [String]) in screen.first { $0.contains("신영시장") } ?? "" }
        let saved = try DangolProcess.run(["record", "friends", "--market", "sinyoung", "--store", "대박수산", "--count", "321", "--data", data.path],
                                          environment: ["DANGOL_TODAY": "2022-10-20"])
        #expect(saved.status == 0, "\(saved.errors)")
        try tmux.waitFor("신영시장's friends changed", seconds: 2) { row($0) != row(sorted) && !row($0).isEmpty }
        try tmux.press("q")
    }

    @Test("An idle dashboard sleeps: no context switch in 3 s with change events, one a second or more when polling")
    func idleSleeps() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try overview(data)
        let pid = try #require(try TmuxSession.dashboardPID(data: data))
        usleep(300_000)
        let before = TmuxSession.contextSwitches(of: pid)
        sleep(3)
        let idle = TmuxSession.contextSwitches(of: pid) - before
        #expect(idle == 0, "\(idle) wakeups in 3 idle seconds")
        try tmux.press("q")

        let polled = ScratchFolder.sampleCopy()
        let polling = try overview(polled, environment: "DANGOL_WATCH=poll")
        let pollingPID = try #require(try TmuxSession.dashboardPID(data: polled))
        let start = TmuxSession.contextSwitches(of: pollingPID)
        sleep(3)
        #expect(TmuxSession.contextSwitches(of: pollingPID) - start >= 2, "the fallback polls, so the measure can tell")
        try polling.press("q")
    }

    @Test("DANGOL_WATCH=poll: the status line says so once, and saves still show")
    func pollingFallback() throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try overview(data, environment: "DANGOL_WATCH=poll")
        #expect(try tmux.screen().last?.contains("DANGOL_WATCH=poll: 다른 세션의 저장을 1초마다 확인합니다") == true)
        try tmux.press("Enter")
        try tmux.waitFor(text: "개설 62/70")
        let saved = try DangolProcess.run(["record", "friends", "--market", "sinyoung", "--store", "대박수산", "--count", "321", "--data", data.path],
                                          environment: ["DANGOL_TODAY": "2022-10-20"])
        #expect(saved.status == 0)
        try tmux.waitFor("the saved count", seconds: 2.5) { $0.contains { $0.contains("대박수산") && $0.contains("321") } }
        try tmux.press("q")
    }
}
