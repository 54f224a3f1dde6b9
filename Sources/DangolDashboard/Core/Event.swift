import DangolKit

/// Something that happens at the terminal: a key, or the terminal changing size.
public enum Event: Hashable, Sendable {
    case key(Key)
    case resize(width: Int, height: Int)
    /// Ctrl-L: the user sees a garbled screen (line noise, another program's output) and asks
    /// for all of it to be drawn again. Nothing in the dashboard's state changes.
    case repaint

    public var isResize: Bool {
        if case .resize = self { return true }
        return false
    }
}
