/// A key press, as the backend decodes it from the terminal.
public enum Key: Hashable, Sendable {
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, delete, tab, backTab
    case character(Character)
    /// Ctrl and a letter (`control("u")`): the line-editing keys of readline.
    case control(Character)

    /// How help and the status line name the key.
    func label(_ symbols: Symbols) -> String {
        switch self {
        case .up: return symbols.up
        case .down: return symbols.down
        case .left: return symbols.left
        case .right: return symbols.right
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .character(let character): return String(character)
        case .control(let letter): return "Ctrl-\(letter.uppercased())"
        }
    }
}
