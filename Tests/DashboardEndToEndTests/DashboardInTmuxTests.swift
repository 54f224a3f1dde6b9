import DangolKit
import Foundation
import Testing
import TestSupport

/// The real `dangol` binary in a real terminal (tmux), driven by keys like a user.
@Suite("The dashboard in tmux", .serialized)
struct DashboardInTmuxTests {
    struct Terminal: Sendable, CustomStringConvertible {
        var term: String
        var lang: String
        var description: String { "TERM=\(term) LANG=\(lang)" }
    }

    private func start(_ terminal: Terminal, data: ScratchFolder, environment: String = "") throws -> TmuxSession {
        try TmuxSession.dashboard(data: data, term: terminal.term, lang: terminal.lang, environment: environment)
    }

    @Test("Overview, market, store, help, filter, resize and quit", arguments: [
        Terminal(term: "xterm-256color", lang: "C.UTF-8"),
        Terminal(term: "screen", lang: "C.UTF-8"),
        Terminal(term: "xterm-256color", lang: "C"),
    ])
    func fullTour(_ terminal: Terminal) throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try start(terminal, data: data)
        let overview = try tmux.waitFor("the overview") { $0.last?.contains("? 도움말") == true && $0.count == 24 }
        #expect(overview.contains { $0.contains("신영시장") && $0.contains("88.6%") && $0.contains("4,040") })

        try tmux.press("Enter")
        try tmux.waitFor(text: "전체 › 신영시장 (서울 양천구)")
        try tmux.press("Down", "Down", "Down", "Enter")
        // Each wait covers every line it checks: tmux may be read halfway through a frame.
        try tmux.waitFor("the store screen") { $0.contains { $0.contains("신영시장 › 대박수산") } && $0.contains { $0.contains("친구 기록") } }

        try tmux.press("?")
        try tmux.waitFor("the store's help") { $0.contains { $0.contains("도움말: 점포 화면") } && $0.contains { $0.contains("끝내기") } }
        try tmux.press("?")
        try tmux.waitFor(text: "친구 기록")

        try tmux.press("Escape")
        try tmux.waitFor(text: "개설 62/70")
        try tmux.press("/")
        try tmux.type("ㅂㅊ")
        try tmux.waitFor("the filtered list") { lines in
            lines.contains { $0.contains("/ ㅂㅊ") } && lines.contains { $0.contains("정든반찬가게") } && !lines.contains { $0.contains("할매손두부") }
        }
        try tmux.press("Escape")
        try tmux.waitFor(text: "할매손두부")

        try tmux.resize(width: 60, height: 20)
        // The header must be back on the first line: tmux keeps the old frame's bottom lines when
        // shrinking, so only a real redraw puts the breadcrumbs on top with the status below.
        let narrow = try tmux.waitFor("a 60x20 redraw") {
            $0.count == 20 && $0[0].hasPrefix(" dangol │ 전체 › 신영시장") && $0[0].hasSuffix("+4주") && $0.last?.contains("이동") == true
        }
        #expect(narrow.contains { $0.contains("할매손두부") })
        try tmux.resize(width: 120, height: 40)
        let wide = try tmux.waitFor("a 120x40 redraw") {
            $0.count == 40 && $0[0].hasPrefix(" dangol │ 전체 › 신영시장 (서울 양천구)") && $0.last?.contains("도움말") == true
        }
        #expect(wide.contains { $0.contains("최근 활동") && $0.contains("튜터") })

        try tmux.press("q")
        try tmux.waitFor(text: "dangol exited 0")
        try tmux.expectShellAnswers()
    }

    @Test("SIGTERM and SIGHUP restore the terminal", arguments: ["TERM", "HUP"])
    func signals(_ signal: String) throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try start(Terminal(term: "xterm-256color", lang: "C.UTF-8"), data: data)
        try tmux.waitFor(text: "신영시장")
        #expect(try TmuxSession.signalDashboard(signal, data: data), "pkill found the dashboard")
        try tmux.waitFor(text: "dangol exited \(signal == "TERM" ? 143 : 129)")
        try tmux.expectShellAnswers()
    }

    @Test("Colours come from the terminal's palette, and NO_COLOR turns them off while keeping reverse video")
    func noColor() throws {
        for (environment, expectColor) in [("", true), ("NO_COLOR=1", false)] {
            let data = ScratchFolder.sampleCopy()
            let tmux = try start(Terminal(term: "xterm-256color", lang: "C.UTF-8"), data: data, environment: environment)
            try tmux.waitFor(text: "88.6%")
            let text = try tmux.screen(escapes: true).joined(separator: "\n")
            // SGR 30-37 set a foreground colour; 7 is reverse video, which carries the meaning.
            let usesColor = text.range(of: #"\x1B\[[0-9;]*3[0-7][;m]"#, options: .regularExpression) != nil
            #expect(usesColor == expectColor, "\(environment)")
            #expect(text.range(of: #"\x1B\[[0-9;]*7[;m]"#, options: .regularExpression) != nil, "reverse video")
            try tmux.press("q")
            try tmux.waitFor(text: "dangol exited 0")
        }
    }

    @Test("NO_COLOR, TERM=vt100 and an unknown TERM all start and quit cleanly", arguments: [
        ("NO_COLOR=1", "xterm-256color"), ("", "vt100"), ("", "no-such-terminal"),
    ])
    func degradedTerminals(_ setting: (String, String)) throws {
        let data = ScratchFolder.sampleCopy()
        let tmux = try start(Terminal(term: setting.1, lang: "C.UTF-8"), data: data, environment: setting.0)
        try tmux.waitFor(text: "88.6%")
        try tmux.press("q")
        try tmux.waitFor(text: "dangol exited 0")
    }

    @Test("On a programme of national-sized totals no figure is cut at 40, 80, 100 and 200 columns, in the real terminal")
    func figuresNeverCut() throws {
        let data = try NationalTotals.programme()
        let tmux = try TmuxSession.dashboard(data: data, environment: "DANGOL_TODAY=2024-03-20")
        for width in [80, 40, 100, 200] {
            try tmux.resize(width: width, height: 24)
            let lines = try tmux.waitFor("the overview at \(width) columns") { lines in
                lines.first?.count ?? 0 > 0 && lines.contains { $0.contains("합계") && $0.contains(NationalTotals.friends) }
            }
            let cut = lines.filter { $0.range(of: #"[0-9%]…"#, options: .regularExpression) != nil }
            #expect(cut.isEmpty, "\(width) columns: \(cut)")
        }
        try tmux.press("q")
    }
}
