import CNcursesw
import DangolDashboard
import DangolKit
import Glibc

/// The terminal, through ncursesw: draws cell grids and reads keys. Nothing else lives here.
final class CursesScreen {
    private let screen: OpaquePointer
    private let colors: Bool
    private var previous: CellGrid?
    /// Whether `stop()` gave the terminal back already (a session that ends early does, then the `defer`).
    private var isStopped = false

    /// Starts curses on the controlling terminal.
    /// - Parameter colors: use the terminal's palette (off for NO_COLOR / --no-color).
    /// - Throws: when no terminal description can be loaded at all.
    init(colors wantColors: Bool) throws {
        // Without a terminal (`ssh host dangol` without -t, a pipe, /dev/null) curses would draw
        // into nothing and never see a key: say so and stop.
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw DangolError.refused(Localized(
                "대시보드는 표준 입력과 출력에 터미널이 있어야 합니다 (SSH라면 ssh -t). 터미널 없이는 'dangol summary', 'dangol report', 'dangol check'를 쓰세요",
                "the dashboard needs a terminal on standard input and output "
                    + "(over SSH: ssh -t); without one, use 'dangol summary', 'dangol report' or 'dangol check'"))
        }
        let modes = FatalSignal.saveModes()
        guard let screen = CursesScreen.openTerminal() else {
            throw DangolError.refused(Localized(
                "터미널을 시작할 수 없습니다: TERM을 모르고 xterm-256color도 vt100도 없습니다",
                "cannot start the terminal: TERM is unknown and neither xterm-256color nor vt100 is available"))
        }
        guard CursesScreen.canAddressCursor else {
            endwin()
            delscreen(screen)
            let name = getenv("TERM").map { String(cString: $0) } ?? "(unset)"
            throw DangolError.refused(Localized(
                "TERM=\(name)은(는) 커서를 옮길 수 없어 대시보드를 그릴 수 없습니다: xterm-256color, screen, vt100 같은 터미널에서 열거나 'dangol summary'를 쓰세요",
                "TERM=\(name) cannot move the cursor, which the dashboard needs; "
                    + "run it in a terminal such as xterm-256color, screen or vt100, or use 'dangol summary'"))
        }
        self.screen = screen
        FatalSignal.install(restoringModes: modes)
        cbreak()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        // Every key already typed is handled before a frame is drawn (DashboardRunner), so
        // ncurses need not look for typed keys while it draws: that was two polls a frame.
        typeahead(-1)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        colors = wantColors && has_colors()
        if colors { CursesScreen.startColors() }
    }

    /// Restores the terminal: cursor, echo, line mode, and the screen the shell had.
    func stop() {
        guard !isStopped else { return }
        isStopped = true
        // Terminals without an alternate screen (vt100, the Linux console) would keep the last
        // frame under the shell prompt; clearing first leaves them clean, and costs nothing elsewhere.
        werase(cnc_stdscr())
        wnoutrefresh(cnc_stdscr())
        doupdate()
        endwin()
        delscreen(screen)
        FatalSignal.uninstall()
    }

    var size: (width: Int, height: Int) {
        (Int(cnc_cols()), Int(cnc_lines()))
    }

    /// Copies `grid` to the terminal. Rows unchanged since the last frame are skipped, and
    /// curses sends only the cells that differ, so a cursor move costs a couple of rows.
    func draw(_ grid: CellGrid) {
        let sameSize = previous.map { $0.width == grid.width && $0.height == grid.height } ?? false
        for row in 0..<grid.height where !(sameSize && previous!.rowEquals(grid, row: row)) {
            drawRow(row, of: grid)
        }
        previous = grid
        wnoutrefresh(cnc_stdscr())
        doupdate()
    }

    /// Forgets what is on screen, so the next frame is drawn in full (after a resize).
    func invalidate() {
        previous = nil
        clearok(cnc_stdscr(), true)
    }

    /// What waiting for the terminal ended with.
    enum Wake {
        /// A key (or several) to read.
        case input
        /// The time ran out, or a signal (a resize, a termination) came.
        case timeout
        /// The terminal is gone.
        case hangUp
        /// The other descriptor (the data folder's change events) is readable.
        case changed
    }

    /// Sleeps in one `poll` until the terminal has input or hangs up, `other` (-1: none) is
    /// readable, or `milliseconds` pass (-1: no limit); a signal ends the wait early as `.timeout`.
    ///
    /// A terminal that hung up (the SSH connection dropped) or reached end of file reports
    /// input forever without giving a key; that is `.hangUp`, so the loop ends instead of spinning.
    func waitForInput(milliseconds: Int32, other: Int32 = -1) -> Wake {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: other, events: Int16(POLLIN), revents: 0)]
        guard poll(&descriptors, other >= 0 ? 2 : 1, milliseconds) > 0 else { return .timeout }
        let descriptor = descriptors[0]
        if descriptor.revents == 0 { return .changed }
        if descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangUp }
        var pending: Int32 = 0
        if ioctl(STDIN_FILENO, UInt(FIONREAD), &pending) == 0, pending == 0 { return .hangUp }
        return .input
    }

    /// The next key or resize already waiting, or nil when there is none.
    func nextEvent() -> Event? {
        cnc_timeout(0)
        var code: wint_t = 0
        switch cnc_get_wch(&code) {
        case KEY_CODE_YES: return CursesKeys.special(Int32(code), size: size)
        case OK: return CursesKeys.character(UInt32(code))
        default: return nil
        }
    }

    private func drawRow(_ row: Int, of grid: CellGrid) {
        var x = 0
        while x < grid.width {
            let style = grid[x, row].style
            var text: [wchar_t] = []
            text.reserveCapacity(grid.width - x)
            let start = x
            while x < grid.width, grid[x, row].style == style {
                grid[x, row].forEachScalarValue { text.append(wchar_t(bitPattern: $0)) }
                x += 1
            }
            let (attributes, pair) = CursesScreen.attributes(style, colors: colors)
            _ = cnc_draw(Int32(row), Int32(start), text, Int32(text.count), attributes, pair)
        }
    }

    private static func attributes(_ style: CellStyle, colors: Bool) -> (attr_t, Int16) {
        var attributes = cnc_a_normal()
        if style.bold { attributes |= cnc_a_bold() }
        if style.reverse { attributes |= cnc_a_reverse() }
        if style.dim { attributes |= cnc_a_dim() }
        if style.underline { attributes |= cnc_a_underline() }
        return (attributes, colors ? Int16(style.color.rawValue) : 0)
    }

    /// One colour pair per role, on the terminal's own background.
    private static func startColors() {
        start_color()
        use_default_colors()
        let foregrounds: [ColorRole: Int32] = [.title: COLOR_CYAN, .accent: COLOR_YELLOW, .good: COLOR_GREEN, .warning: COLOR_RED]
        for (role, color) in foregrounds {
            init_pair(Int16(role.rawValue), Int16(color), -1)
        }
    }

    /// Whether the terminal can put the cursor anywhere (`cup`); TERM=dumb cannot.
    private static var canAddressCursor: Bool {
        guard let value = "cup".withCString({ tigetstr(UnsafeMutablePointer(mutating: $0)) }) else { return false }
        return Int(bitPattern: value) != -1
    }

    /// `newterm` with the user's TERM, else common fallbacks; unlike `initscr` it does not
    /// exit the process when the terminal type is unknown.
    private static func openTerminal() -> OpaquePointer? {
        for type in [nil, "xterm-256color", "vt100"] as [String?] {
            let screen = type.map { name in name.withCString { newterm($0, cnc_stdout(), cnc_stdin()) } }
                ?? newterm(nil, cnc_stdout(), cnc_stdin())
            if let screen { return screen }
        }
        return nil
    }
}
