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
}
