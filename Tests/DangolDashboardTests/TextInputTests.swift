import Testing
import TerminalText
@testable import DangolDashboard

/// Typing into a form field: a cursor that moves and edits like any line editor, and a window
/// that keeps it on screen however long the text.
@Suite("Text input")
struct TextInputTests {
    private func typed(_ text: String, then keys: [Key] = []) -> TextInput {
        var input = TextInput()
        for character in text { _ = input.edit(.character(character)) }
        for key in keys { _ = input.edit(key) }
        return input
    }

    @Test("←, →, Home and End move the cursor; typing inserts at it")
    func moving() {
        var input = typed("시장떡집", then: [.left, .left])
        #expect(input.cursor == 2)
        _ = input.edit(.character("방"))
        #expect(input.text == "시장방떡집")
        _ = input.edit(.home)
        _ = input.edit(.character("망"))
        #expect(input.text == "망시장방떡집")
        _ = input.edit(.end)
        _ = input.edit(.right)
        #expect(input.cursor == input.text.count, "→ at the end stays there")
    }

    @Test("Backspace deletes before the cursor, Delete after it; neither does anything at its edge")
    func deleting() {
        var input = typed("abc", then: [.left, .backspace])
        #expect(input.text == "ac" && input.cursor == 1)
        _ = input.edit(.delete)
        #expect(input.text == "a" && input.cursor == 1)
        _ = input.edit(.delete)
        #expect(input.text == "a")
        _ = input.edit(.home)
        _ = input.edit(.backspace)
        #expect(input.text == "a" && input.cursor == 0)
    }

    @Test("Other keys are left to the form")
    func otherKeys() {
        var input = TextInput("x")
        #expect(!input.edit(.tab) && !input.edit(.enter) && !input.edit(.up))
    }

    @Test("A long Hangul text scrolls so that the cursor and what is around it stay in view")
    func window() {
        let measure = TerminalWidth()
        let input = typed("가나다라마바사아자차카타파하")
        let end = input.window(width: 10, measure: measure, marker: "…")
        #expect(end.text.hasSuffix("카타파하") && end.text.hasPrefix("…"))
        #expect(end.cursorColumn == 9, "after the last syllable, on the one free column")
        let start = typed("가나다라마바사아자차카타파하", then: [.home]).window(width: 10, measure: measure, marker: "…")
        #expect(start.text == "가나다라마" && start.cursorColumn == 0)
        let short = TextInput("떡").window(width: 10, measure: measure, marker: "…")
        #expect(short.text == "떡" && short.cursorColumn == 2)
    }

    @Test("A field's given text is selected: the first character typed replaces it, Backspace clears it, a move keeps it")
    func selected() {
        var replaced = TextInput("2024-03-20")
        #expect(replaced.isSelected)
        _ = replaced.edit(.character("3"))
        _ = replaced.edit(.character("/"))
        _ = replaced.edit(.character("6"))
        #expect(replaced.text == "3/6" && !replaced.isSelected)
        var cleared = TextInput("1")
        _ = cleared.edit(.backspace)
        #expect(cleared.text.isEmpty)
        var kept = TextInput("통인정육점")
        _ = kept.edit(.end)
        _ = kept.edit(.character("2"))
        #expect(kept.text == "통인정육점2")
        #expect(!TextInput().isSelected, "nothing to select")
        var other = TextInput("42")
        #expect(!other.edit(.enter) && other.isSelected, "a key that edits nothing leaves the selection")
    }

    @Test("Ctrl-U clears the field; Ctrl-A and Ctrl-E go to its start and end; Ctrl-K cuts from the cursor to the end")
    func readlineKeys() {
        var input = typed("망원시장 떡집", then: [.left, .left])
        _ = input.edit(.control("k"))
        #expect(input.text == "망원시장 ")
        _ = input.edit(.control("a"))
        #expect(input.cursor == 0)
        _ = input.edit(.control("e"))
        #expect(input.cursor == input.text.count)
        _ = input.edit(.control("u"))
        #expect(input.text.isEmpty && input.cursor == 0)
    }
}
