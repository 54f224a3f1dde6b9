import Foundation
import Testing
import TestSupport

/// What the dashboard does when its terminal is missing, unable, gone, or when dangol itself dies.
@Suite("Terminals that fail")
struct TerminalFailureTests {
    let data = ScratchFolder.sampleCopy()

    @Test("Without a terminal (a pipe, /dev/null) the dashboard says so in one line and exits 1 at once")
    func noTerminal() throws {
        let started = Date()
        let result = try DangolProcess.run(["--data", data.path])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 1)
        #expect(result.errors.split(separator: "\n").count == 1)
        #expect(result.errors.contains("needs a terminal on standard input and output"))
        #expect(result.output.isEmpty, "nothing is drawn into a pipe")
    }

    @Test("TERM=dumb is refused with a clear message instead of an empty screen")
    func dumbTerminal() throws {
        let tmux = try TmuxSession.dashboard(data: data, term: "dumb")
        let screen = try tmux.waitFor(text: "dangol exited 1")
        #expect(screen.joined().contains("TERM=dumb은(는) 커서를 옮길 수 없어"), "the data is Korean and LANG names no language")
    }

    @Test("Killed by a crash signal (as a Swift runtime trap is), dangol still gives the terminal back", arguments: ["SEGV", "ILL", "ABRT", "TRAP"])
    func fatalSignal(_ signal: String) throws {
        let tmux = try TmuxSession.dashboard(data: data)
        _ = try tmux.waitFor(text: "신영시장")
        #expect(try tmux.format("#{alternate_on}") == "1")
        #expect(try TmuxSession.signalDashboard(signal, data: data))
        _ = try tmux.waitFor(text: "dangol exited", seconds: 30)
        #expect(try tmux.format("#{alternate_on}") == "0", "still on the alternate screen after SIG\(signal)")
        #expect(try tmux.format("#{cursor_flag}") == "1", "the cursor is still hidden after SIG\(signal)")
        try tmux.expectShellAnswers()
    }

    @Test("When its terminal hangs up, dangol ends at once instead of spinning")
    func hangUp() throws {
        let tmux = try TmuxSession.dashboard(data: data)
        _ = try tmux.waitFor(text: "신영시장")
        try tmux.hangUp()
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, try TerminalFailureTests.dashboardRunning(on: data) {
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(try !TerminalFailureTests.dashboardRunning(on: data), "dangol outlived its terminal")
    }

    private static func dashboardRunning(on data: ScratchFolder) throws -> Bool {
        let search = Process()
        search.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        search.arguments = ["-f", "--", "^\(DangolProcess.executable) --lang ko --data \(data.path)"]
        search.standardOutput = Pipe()
        try search.run()
        search.waitUntilExit()
        return search.terminationStatus == 0
    }
}
