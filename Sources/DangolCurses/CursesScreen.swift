import CNcursesw
import DangolDashboard
import DangolKit
import Glibc

/// The terminal, through ncursesw: draws cell grids and reads keys. Nothing else lives here.
final class CursesScreen {
    private let screen: OpaquePointer
    private let colors: Bool
    private var previous: CellGrid?

    /// Starts curses on the controlling terminal.
    /// - Parameter colors: use the terminal's palette (off for NO_COLOR / --no-color).
    /// - Throws: when no terminal description can be loaded at all.
    init(colors wantColors: Bool) throws {
        guard let screen = CursesScreen.openTerminal() else {
            throw DangolError.refused("cannot start the terminal: TERM is unknown and neither xterm-256color nor vt100 is available")
        }
        self.screen = screen
        cbreak()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        curs_set(0)
        if getenv("ESCDELAY") == nil { set_escdelay(25) }
        colors = wantColors && has_colors()
        if colors { CursesScreen.startColors() }
    }

    /// Restores the terminal: cursor, echo, line mode, and the screen the shell had.
    func stop() {
        // Terminals without an alternate screen (vt100, the Linux console) would keep the last
        // frame under the shell prompt; clearing first leaves them clean, and costs nothing elsewhere.
        werase(cnc_stdscr())
        wnoutrefresh(cnc_stdscr())
        doupdate()
        endwin()
        delscreen(screen)
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

    /// Waits for the next key or resize, at most `milliseconds`; nil on timeout or a signal.
    func nextEvent(waitingAtMost milliseconds: Int32) -> Event? {
        cnc_timeout(milliseconds)
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
            let start = x
            while x < grid.width, grid[x, row].style == style {
                if let character = grid[x, row].character {
                    text += character.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                }
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
