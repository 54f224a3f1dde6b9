import TerminalText

/// A line of text being typed, with a cursor that ←, →, Home, End, Backspace and Delete move
/// and edit as in any line editor, and readline's Ctrl-A, Ctrl-E, Ctrl-K and Ctrl-U.
///
/// Text a field starts with (today's date, a count of 1) is selected, as in a dialog: the
/// first character typed replaces it, Backspace or Delete clears it, and a key that moves the
/// cursor keeps it for editing.
public struct TextInput: Sendable, Equatable {
    public private(set) var text: String
    /// Where the next character goes, in characters from the start (0 … `text.count`).
    public private(set) var cursor: Int
    /// Whether the text is still as the field was given it, and typing replaces it.
    public private(set) var isSelected: Bool

    /// `text` with the cursor after its last character, selected unless it is empty.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
        isSelected = !text.isEmpty
    }

    /// Applies an editing key. - Returns: whether the key edits text (others are left to the caller).
    public mutating func edit(_ key: Key) -> Bool {
        let wasSelected = isSelected
        isSelected = false
        switch key {
        case .character(let character):
            if wasSelected { clear() }
            text.insert(character, at: index(cursor))
            cursor += 1
        case .backspace where wasSelected, .delete where wasSelected, .control("u"):
            clear()
        case .backspace:
            guard cursor > 0 else { return true }
            cursor -= 1
            text.remove(at: index(cursor))
        case .delete:
            if cursor < text.count { text.remove(at: index(cursor)) }
        case .control("k"): text.removeSubrange(index(cursor)...)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        default:
            isSelected = wasSelected
            return false
        }
        return true
    }

    private mutating func clear() {
        text = ""
        cursor = 0
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
