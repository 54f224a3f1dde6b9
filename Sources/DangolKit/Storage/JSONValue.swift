/// A JSON document built in code and written exactly as `JSONText.pretty` writes an `Encodable`:
/// two-space indents, `"key" : value`, keys sorted, slashes and non-ASCII as they are, a whole
/// number as a double without its `.0`.
///
/// For output of thousands of small objects: `dangol summary --format json` of 1,400 markets
/// spent more in Foundation's encoder than in working out the figures. A test writes the same
/// documents both ways, every scalar and many doubles among them.
public enum JSONValue {
    case object([(key: String, value: JSONValue)])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null

    /// A double that JSON cannot hold (not finite), refused as Foundation's encoder refuses it.
    public struct NotANumber: Error, CustomStringConvertible {
        public let value: Double
        public var description: String { "\(value) is not a number JSON can hold" }
    }

    /// `string`, or null for nil.
    public init(_ text: String?) {
        self = text.map(JSONValue.string) ?? .null
    }

    /// `number`, or null for nil.
    public init(_ value: Double?) {
        self = value.map(JSONValue.number) ?? .null
    }

    /// The document's text, without a final newline.
    public func prettyText() throws -> String {
        var text: [UInt8] = []
        text.reserveCapacity(4096)
        try write(to: &text, depth: 0)
        return String(decoding: text, as: UTF8.self)
    }

    private func write(to text: inout [UInt8], depth: Int) throws {
        switch self {
        case .object(let members):
            try JSONValue.writeContainer(members.sorted { $0.key < $1.key }, open: "{", close: "}", depth: depth, to: &text) { member, text in
                JSONValue.writeQuoted(member.key, to: &text)
                text.append(contentsOf: " : ".utf8)
                try member.value.write(to: &text, depth: depth + 1)
            }
        case .array(let elements):
            try JSONValue.writeContainer(elements, open: "[", close: "]", depth: depth, to: &text) { element, text in
                try element.write(to: &text, depth: depth + 1)
            }
        case .string(let string): JSONValue.writeQuoted(string, to: &text)
        case .integer(let value): text.append(contentsOf: String(value).utf8)
        case .number(let value):
            guard value.isFinite else { throw NotANumber(value: value) }
            let digits = value.description
            text.append(contentsOf: (digits.hasSuffix(".0") ? digits.dropLast(2) : Substring(digits)).utf8)
        case .bool(let value): text.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: text.append(contentsOf: "null".utf8)
        }
    }

    /// An object's members or an array's elements, one per line at `depth + 1`; an empty one
    /// keeps its blank line, as Foundation writes it.
    private static func writeContainer<Element>(
        _ elements: [Element], open: Unicode.Scalar, close: Unicode.Scalar, depth: Int, to text: inout [UInt8],
        _ writeElement: (Element, inout [UInt8]) throws -> Void
    ) throws {
        text.append(UInt8(ascii: open))
        text.append(UInt8(ascii: "\n"))
        if elements.isEmpty { text.append(UInt8(ascii: "\n")) }
        for (index, element) in elements.enumerated() {
            indent(depth + 1, in: &text)
            try writeElement(element, &text)
            if index < elements.count - 1 { text.append(UInt8(ascii: ",")) }
            text.append(UInt8(ascii: "\n"))
        }
        indent(depth, in: &text)
        text.append(UInt8(ascii: close))
    }

    private static func indent(_ depth: Int, in text: inout [UInt8]) {
        text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    /// `string` in quotes: the quote, the backslash and control bytes escaped, the short forms
    /// where JSON has them, everything else as its UTF-8.
    private static func writeQuoted(_ string: String, to text: inout [UInt8]) {
        text.append(UInt8(ascii: "\""))
        // Nearly every key and value needs no escape: its bytes, read where they lie, go in at
        // once, where appending them one by one took most of the summary's writing.
        let copied = string.withUTF8Bytes { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else { return false }
            text.append(contentsOf: utf8)
            return true
        }
        if copied {
            text.append(UInt8(ascii: "\""))
            return
        }
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): text.append(contentsOf: #"\""#.utf8)
            case UInt8(ascii: "\\"): text.append(contentsOf: #"\\"#.utf8)
            case 0x08: text.append(contentsOf: #"\b"#.utf8)
            case 0x0C: text.append(contentsOf: #"\f"#.utf8)
            case 0x0A: text.append(contentsOf: #"\n"#.utf8)
            case 0x0D: text.append(contentsOf: #"\r"#.utf8)
            case 0x09: text.append(contentsOf: #"\t"#.utf8)
            case ..<0x20:
                let hex = String(byte, radix: 16)
                text.append(contentsOf: (#"\u"# + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: text.append(byte)
            }
        }
        text.append(UInt8(ascii: "\""))
    }
}
