import TerminalText

/// A line of text being typed, with a cursor that ←, →, Home, End, Backspace and Delete move
/// and edit as in any line editor.
public struct TextInput: Sendable, Equatable {
    public private(set) var text: String
    /// Where the next character goes, in characters from the start (0 … `text.count`).
    public private(set) var cursor: Int

    /// `text` with the cursor after its last character, where typing goes on.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key. - Returns: whether the key edits text (others are left to the caller).
    public mutating func edit(_ key: Key) -> Bool {
        switch key {
        case .character(let character):
            text.insert(character, at: index(cursor))
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            cursor -= 1
            text.remove(at: index(cursor))
        case .delete:
            if cursor < text.count { text.remove(at: index(cursor)) }
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = text.count
        default: return false
        }
        return true
    }

    /// The part of the text to show in `width` columns so that the cursor is on screen, and the
    /// cursor's column within it. The end of the text shows until the cursor moves left past the
    /// window; `marker` (an ellipsis) stands in for text hidden on the left.
    public func window(width: Int, measure: TerminalWidth, marker: String) -> (text: String, cursorColumn: Int) {
        let before = text.prefix(cursor)
        // One column stays free after the text for the cursor to sit on.
        guard measure.columns(of: before) + 1 > width else {
            return (String(measure.prefix(of: text, fitting: width)), measure.columns(of: before))
        }
        let room = max(0, width - 1 - measure.columns(of: marker))
        var start = before.endIndex
        var used = 0
        while start > before.startIndex {
            let previous = before.index(before: start)
            let columns = measure.columns(of: before[previous])
            if used + columns > room { break }
            used += columns
            start = previous
        }
        let shown = marker + text[start...]
        return (String(measure.prefix(of: shown, fitting: width)), measure.columns(of: marker) + used)
    }

    private func index(_ offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: offset)
    }
}
