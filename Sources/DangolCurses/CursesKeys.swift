import CNcursesw
import DangolDashboard

/// Turns what `get_wch` returns into dashboard events.
enum CursesKeys {
    /// A key code (`KEY_CODE_YES`): arrows, paging, resize.
    static func special(_ code: Int32, size: (width: Int, height: Int)) -> Event? {
        switch code {
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_ENTER: return .key(.enter)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_BTAB: return .key(.backTab)
        case KEY_RESIZE: return .resize(width: size.width, height: size.height)
        default: return nil
        }
    }

    /// A character (`OK`): text, or a control character that names a key or Ctrl-L.
    static func character(_ value: UInt32) -> Event? {
        switch value {
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 9: return .key(.tab)
        case 12: return .repaint
        // Ctrl-A, Ctrl-E, Ctrl-K, Ctrl-U: readline's line editing, in every text field.
        case 1, 5, 11, 21: return .key(.control(Character(Unicode.Scalar(value + 96)!)))
        case 0..<32: return nil
        default: return Unicode.Scalar(value).map { .key(.character(Character($0))) }
        }
    }
}
