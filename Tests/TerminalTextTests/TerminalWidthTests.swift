import Testing
import TerminalText

@Suite("Terminal width")
struct TerminalWidthTests {
    let narrow = TerminalWidth()
    let wide = TerminalWidth(ambiguousIsWide: true)

    @Test("A long note of Hangul without spaces fills every line, the later ones narrower for their indent")
    func hangingWrap() {
        let note = "2022-10-01  김튜터  " + String(repeating: "가나다라", count: 40)
        let lines = narrow.wrap(note, to: 50, thenTo: 48)
        #expect(lines.first == "2022-10-01 김튜터")
        #expect(lines.dropFirst().dropLast().allSatisfy { narrow.columns(of: $0) == 48 }, "\(lines.map { narrow.columns(of: $0) })")
        #expect(lines.dropFirst().joined() == String(repeating: "가나다라", count: 40))
        #expect(lines.count == 1 + 7, "320 columns of text in lines of 48")
    }

    @Test("Hangul syllables take two columns, ASCII one")
    func hangulAndASCII() {
        #expect(narrow.columns(of: "신영시장") == 8)
        #expect(narrow.columns(of: "GS청과 2호점") == 12)
        #expect(narrow.columns(of: "abc") == 3)
    }

    @Test("Conjoining jamo and combining marks add no columns of their own")
    func zeroWidth() {
        #expect(narrow.columns(of: "\u{1100}\u{1161}\u{11A8}") == 2)  // 각 written as three jamo
        #expect(narrow.columns(of: "e\u{301}") == 1)
        #expect(narrow.columns(of: "a\u{200B}b") == 2)
    }

    @Test("Ambiguous symbols follow the setting; wide characters do not")
    func ambiguous() {
        for symbol in ["█", "─", "│", "→", "·", "…", "▶", "▁"] {
            #expect(narrow.columns(of: symbol) == 1, "\(symbol) narrow")
            #expect(wide.columns(of: symbol) == 2, "\(symbol) wide")
        }
        #expect(wide.columns(of: "가") == 2)
        #expect(wide.columns(of: "a") == 1)
    }

    @Test("Box drawing and block elements take one column, two where East Asian Width calls them ambiguous and the setting says wide")
    func boxDrawing() {
        // Unicode's EastAsianWidth.txt: the ambiguous runs of U+2500–U+259F; the rest are neutral.
        let ambiguous: [ClosedRange<UInt32>] = [0x2500...0x254B, 0x2550...0x2573, 0x2580...0x258F, 0x2592...0x2595]
        for value in UInt32(0x2500)..<0x25A0 {
            let scalar = Unicode.Scalar(value)!
            #expect(TerminalWidth().columns(of: scalar) == 1, "U+\(String(value, radix: 16))")
            let wide = ambiguous.contains { $0.contains(value) } ? 2 : 1
            #expect(TerminalWidth(ambiguousIsWide: true).columns(of: scalar) == wide, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Emoji with presentation are wide")
    func emoji() {
        #expect(narrow.columns(of: "😀") == 2)
        #expect(narrow.columns(of: "❤️") == 2)
    }

    @Test("Truncation never splits a syllable and ends in an ellipsis")
    func truncation() {
        #expect(narrow.truncate("원조할머니떡방앗간", to: 10) == "원조할머…")
        #expect(narrow.truncate("원조할머니떡방앗간", to: 9) == "원조할머…")
        #expect(narrow.truncate("원조할머니떡방앗간", to: 18) == "원조할머니떡방앗간")
        #expect(narrow.truncate("Cafe 온기", to: 7) == "Cafe …")
        #expect(wide.truncate("원조할머니떡방앗간", to: 10) == "원조할머…")
        #expect(wide.columns(of: wide.truncate("원조할머니떡방앗간", to: 10)) == 10)
    }

    @Test("Fitting pads to the exact width, even when a wide character would straddle the edge")
    func fitting() {
        #expect(narrow.fit("할매손두부", to: 12) == "할매손두부  ")
        #expect(narrow.fit("할매손두부", to: 12, alignment: .right) == "  할매손두부")
        #expect(narrow.fit("할매손두부", to: 5, ellipsis: "") == "할매 ")
        #expect(narrow.columns(of: narrow.fit("정든반찬가게입니다", to: 7)) == 7)
    }
}
