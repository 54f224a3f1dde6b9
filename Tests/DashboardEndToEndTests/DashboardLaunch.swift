import Foundation
import TestSupport

extension TmuxSession {
    /// dangol on `data` at 80x24, in a shell that reports its exit status and then stays usable,
    /// so a test can check the terminal was restored.
    static func dashboard(
        data: ScratchFolder, term: String = "xterm-256color", lang: String = "C.UTF-8", environment: String = "",
        arguments: String = ""
    ) throws -> TmuxSession {
        // -u NO_COLOR: the test runner exports it, and tmux would pass it on to every case.
        let command = "env -u NO_COLOR TERM=\(term) LANG=\(lang) LC_ALL= \(environment) \(DangolProcess.executable) --lang ko "
            + "--data \(data.path) \(arguments); echo \"dangol exited $?\"; exec sh"
        return try TmuxSession(width: 80, height: 24, command: command)
    }

    /// Types a command into the shell that follows dangol and waits for the shell's answer:
    /// the typed line and its output, so the terminal was given back in a usable state.
    func expectShellAnswers() throws {
        let word = "shell-answers-\(Int.random(in: 1000...9999))"
        try type("echo \(word)")
        try press("Enter")
        try waitFor("the shell to echo \(word)") { $0.filter { $0.contains(word) }.count >= 2 }
    }

    /// Sends `signal` (TERM, HUP) to the dashboard on `data`. The pattern is anchored at the
    /// executable, so the shell around it (whose command line also names the folder) is left
    /// alone to report the exit status. - Returns: whether a process was signalled.
    static func signalDashboard(_ signal: String, data: ScratchFolder) throws -> Bool {
        let kill = Process()
        kill.executableURL = URL(fileURLWithPath: "/usr/bin/pkill")
        kill.arguments = ["-\(signal)", "-f", "--", "^\(DangolProcess.executable) --lang ko --data \(data.path)"]
        try kill.run()
        kill.waitUntilExit()
        return kill.terminationStatus == 0
    }

    /// The process id of the dashboard started by `dashboard(data:)` on `data`.
    static func dashboardPID(data: ScratchFolder) throws -> Int32? {
        let found = try Spawn.run("/usr/bin/pgrep", ["-f", "--", "^\(DangolProcess.executable) --lang ko --data \(data.path)"])
        return found.output.split(separator: "\n").first.flatMap { Int32($0) }
    }

    /// Every context switch of every thread of `pid` so far: a process that sleeps without a
    /// time limit makes none; one that wakes to poll makes at least one each time.
    static func contextSwitches(of pid: Int32) -> Int {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.reduce(0) { total, task in
            let status = (try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/status", encoding: .utf8)) ?? ""
            return total + status.split(separator: "\n").filter { $0.hasSuffix("ctxt_switches") == false && $0.contains("ctxt_switches") }
                .compactMap { Int($0.split(separator: "\t").last ?? "") }.reduce(0, +)
        }
    }
}
