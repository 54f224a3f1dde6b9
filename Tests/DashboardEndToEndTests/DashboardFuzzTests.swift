import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Stress: the dashboard under random input", .serialized)
struct DashboardFuzzTests {
    private static let inputs = StressScale.count(short: 200, long: 2_000)

    /// What a random user might press: every key the dashboard knows, letters that are form
    /// text, Hangul, digits, and the keys that leave screens. `q` is left out: it would only
    /// end the run early (the loop below restarts dangol should anything end it).
    private static let keys: [(tmuxKeys: [String], literal: Bool)] = [
        "j", "k", "g", "G", "s", "S", "c", "t", "w", "o", "f", "m", "p", "n", "a", "e", "d", "u", "y", "/", ":", "?", "0", "7", "-",
    ].map { ([$0], true) } + [
        "Up", "Down", "Left", "Right", "PageUp", "PageDown", "Home", "End", "Enter", "Escape", "Tab", "BTab", "BSpace", "C-l",
    ].map { ([$0], false) } + ["김", "반찬", "ㅂㅊ", "시장 ", "2022-09-20"].map { ([$0], true) }

    private static let sizes = [(80, 24), (40, 12), (120, 40), (20, 5), (100, 30)]

    @Test("Random keys, resizes and Hangul: no crash, the terminal is restored, every file stays valid")
    func randomInput() throws {
        let data = ScratchFolder.sampleCopy()
        let log = data.file("exits.log")
        let stop = data.file("stop")
        // Each exit status goes to the log; should dangol end, the loop starts it again, so the
        // random keys keep landing in the dashboard, never in a shell.
        let command = "env -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 DANGOL_TODAY=2022-10-01 sh -c "
            + "'while [ ! -e \(stop) ]; do \(DangolProcess.executable) --data \(data.path); echo $? >> \(log); done; "
            + "echo fuzz-done; exec sh'"
        let tmux = try TmuxSession(width: 80, height: 24, command: command)
        var random = SeededGenerator(seed: 2_000)
        var resizes = 0
        for _ in 0..<DashboardFuzzTests.inputs {
            if random.int(in: 0...19) == 0 {
                let size = DashboardFuzzTests.sizes[random.int(in: 0...(DashboardFuzzTests.sizes.count - 1))]
                try tmux.resize(width: size.0, height: size.1)
                resizes += 1
                continue
            }
            let key = DashboardFuzzTests.keys[random.int(in: 0...(DashboardFuzzTests.keys.count - 1))]
            if key.literal { try tmux.type(key.tmuxKeys[0]) } else { try tmux.press(key.tmuxKeys[0]) }
        }
        try tmux.resize(width: 80, height: 24)
        _ = FileManager.default.createFile(atPath: stop, contents: nil)
        // Out of any form, filter or search (Esc never quits), then q.
        for _ in 0..<6 { try tmux.press("Escape"); usleep(60_000) }
        try tmux.type("q")
        try tmux.waitFor(text: "fuzz-done", seconds: 20)

        let statuses = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n").compactMap { Int($0) }
        let crashes = statuses.filter { $0 != 0 }
        let problems = DataFolder(path: data.path).check()
        print("\(DashboardFuzzTests.inputs) random inputs (\(resizes) resizes): dangol ran \(statuses.count) times, "
              + "\(crashes.count) abnormal exits \(crashes), \(problems.count) file problems afterwards")
        #expect(!statuses.isEmpty && crashes.isEmpty)
        #expect(problems.isEmpty, "\(problems)")
        // The shell answers on the normal screen: the terminal was given back.
        try tmux.press("Enter")
        usleep(300_000)
        try tmux.type("echo restored-$((6*7))")
        try tmux.press("Enter")
        try tmux.waitFor(text: "restored-42")
    }
}
