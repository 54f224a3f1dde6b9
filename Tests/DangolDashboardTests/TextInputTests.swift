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
}
