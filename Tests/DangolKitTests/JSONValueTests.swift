import Foundation
import Testing
@testable import DangolKit

@Suite("JSON built in code is written exactly as Foundation's encoder writes it")
struct JSONValueTests {
    /// The same document through Foundation's encoder: the reference.
    private struct ThroughFoundation: Encodable {
        let value: JSONValue

        private struct Key: CodingKey {
            let stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        func encode(to encoder: Encoder) throws {
            switch value {
            case .object(let members):
                var container = encoder.container(keyedBy: Key.self)
                for member in members {
                    try container.encode(ThroughFoundation(value: member.value), forKey: Key(stringValue: member.key))
                }
            case .array(let elements):
                var container = encoder.unkeyedContainer()
                for element in elements { try container.encode(ThroughFoundation(value: element)) }
            case .string, .integer, .number, .bool, .null:
                var container = encoder.singleValueContainer()
                switch value {
                case .string(let text): try container.encode(text)
                case .integer(let number): try container.encode(number)
                case .number(let number): try container.encode(number)
                case .bool(let flag): try container.encode(flag)
                default: try container.encodeNil()
                }
            }
        }
    }

    private func expectSameText(_ value: JSONValue, _ comment: Comment? = nil) throws {
        #expect(try value.prettyText() == (try JSONText.pretty(ThroughFoundation(value: value))), comment)
    }

    @Test("Every Unicode scalar in values and keys, control characters and quotes included")
    func everyScalar() throws {
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        let chunks = stride(from: 0, to: scalars.count, by: 2048).map { start in
            String(String.UnicodeScalarView(scalars[start..<min(start + 2048, scalars.count)]))
        }
        for (index, chunk) in chunks.enumerated() {
            try expectSameText(.object([("text", .string(chunk)), (String(chunk.prefix(3)), .integer(index))]), "chunk \(index)")
        }
        try expectSameText(.array([.string("\"\\/\u{7F}\u{0}\u{1F}\n\r\t\u{8}\u{C}"), .string(""), .string("시장 \"본점\"")]))
    }

    @Test("Doubles of every kind: whole, tiny, huge, negative, the rates of real figures, and random bit patterns")
    func doubles() throws {
        var generator = SeededGenerator(seed: 22)
        let random = (0..<4000).map { _ in Double(bitPattern: generator.next()) }.filter(\.isFinite)
        let chosen: [Double] = [0, -0.0, 1, 46, 62.025, 0.1, 1e-7, 1e15, 1e16, 1e21, 123_456_789_012_345_678, 5e-324,
                                .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 56.0 / 62.0, 62.0 / 70, 2898.0 / 63]
        for number in chosen + random {
            try expectSameText(.object([("n", .number(number))]), "\(number)")
        }
        #expect(throws: JSONValue.NotANumber.self) { try JSONValue.array([.number(.nan)]).prettyText() }
        #expect(throws: JSONValue.NotANumber.self) { try JSONValue.number(.infinity).prettyText() }
    }

    @Test("Nesting, empty containers, null, booleans, the extreme integers and keys in Foundation's order")
    func structure() throws {
        let keys = ["b", "B", "a", "_x", "aB", "ab", "a1", "a10", "a2", "Z", "가", "é", "e", "activeRate", "activeStores", "asOf"]
        let inner = JSONValue.object(keys.enumerated().map { ($1, .integer($0)) })
        let document = JSONValue.object([
            ("rounds", .array([inner, .object([]), .array([]), .array([.array([]), .null, .bool(true), .bool(false)])])),
            ("empty", .object([])), ("none", .array([])), ("min", .integer(.min)), ("max", .integer(.max)),
            ("nested", .object([("deeper", .object([("deepest", .array([.integer(1), .string("x")]))]))])),
            ("optional", JSONValue(nil as String?)), ("age", JSONValue(nil as Double?)), ("known", JSONValue(63.5)),
        ])
        try expectSameText(document)
        try expectSameText(.array([]))
        try expectSameText(.object([]))
    }
}
