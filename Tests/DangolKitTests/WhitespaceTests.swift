import Testing
@testable import DangolKit

@Suite("White space is Unicode's, answered quickly")
struct WhitespaceTests {
    @Test("The quick answer agrees with Unicode's property for every scalar")
    func everyScalar() {
        let disagreeing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            $0.isWhitespace != $0.properties.isWhitespace
        }
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
    }

    @Test("An ideographic space counts as space: trimmed from names, and a name of only spaces is empty")
    func ideographicSpace() {
        #expect("\u{3000} 두부가게\u{3000}".trimmingWhitespace == "두부가게")
        let store = Store(id: "s1", name: "\u{3000}\u{3000}")
        #expect(MarketRules.problems(in: store, at: JSONPath()).map(\.description) == ["name: name cannot be empty"])
    }

    @Test("The byte scan that passes most names never passes one the full rules would refuse")
    func plainLineIsConservative() {
        func passesFullRules(_ text: String) -> Bool {
            TextRules.problem(in: text) == nil && !text.isBlank
                && !text.unicodeScalars.first!.isWhitespace && !text.unicodeScalars.last!.isWhitespace
        }
        let wronglyPassed = (0...0x10FFFF).compactMap(Unicode.Scalar.init).flatMap { scalar in
            ["\(scalar)", "가\(scalar)나"].filter { TextRules.isPlainLine($0) && !passesFullRules($0) }
        }
        #expect(wronglyPassed.isEmpty, "\(wronglyPassed.prefix(5).map { $0.unicodeScalars.map { String($0.value, radix: 16) } })")
        for name in ["꽃님이네축산", "자양 전통시장", "Jayang Market 2", "café", "Seoul-1 (본점)"] {
            #expect(TextRules.isPlainLine(name), "an everyday name takes the quick path: \(name)")
        }
        for text in ["", " 두부", "두부 ", "두\u{3000}부", "두\u{202E}부", "두\t부", "두\u{00A0}부", "두\u{1100}부"] {
            #expect(!TextRules.isPlainLine(text), "looked at closely: \(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("The byte scan, eight bytes at a time, decides every character as it does alone, wherever it falls in a word")
    func plainLineInEveryPlace() {
        // A scalar alone is scanned byte by byte (a string of under eight bytes); in a longer
        // line it falls at each place of a word, or straddles two, in turn. Beyond the BMP
        // every byte is plain, so those scalars are tried at one place, straddling.
        let basic = (0...0xFFFF).compactMap(Unicode.Scalar.init)
        let beyond = (0x10000...0x10FFFF).compactMap(Unicode.Scalar.init)
        let placed = (0..<8).flatMap { offset in basic.map { (offset, $0) } } + beyond.map { (6, $0) }
        let misjudged = placed.filter { offset, scalar in
            // A space is plain inside a line, never at its start.
            let alone = scalar == " " ? offset > 0 : TextRules.isPlainLine("\(scalar)")
            return TextRules.isPlainLine(String(repeating: "a", count: offset) + "\(scalar)" + "나다라마바사") != alone
        }.map { ($0, $1.value) }
        #expect(misjudged.isEmpty, "\(misjudged.prefix(5))")
    }

    @Test("Output shows every forbidden scalar as its code, line breaks of a whole document kept, and leaves the rest as it is")
    func printableOutput() {
        let shownWrongly = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { scalar in
            let text = "가\(scalar)\n나"
            let expected = TextRules.isForbidden(scalar) && scalar != "\n"
            return TextRules.printable(text, keepingLineBreaks: true).contains("<U+") != expected
                || TextRules.printable(text).contains("<U+") == false
        }
        #expect(shownWrongly.isEmpty, "\(shownWrongly.prefix(5).map { String($0.value, radix: 16) })")
        #expect(TextRules.printable("자양\u{202E}시장\n") == "자양<U+202E>시장<U+000A>")
        #expect(TextRules.printable("자양\u{1B}[2J\n", keepingLineBreaks: true) == "자양<U+001B>[2J\n")
        let document = String(repeating: "{\"name\" : \"꽃님이네축산\", \"friends\" : 1,234}\n", count: 100)
        #expect(TextRules.printable(document, keepingLineBreaks: true) == document)
    }
}
