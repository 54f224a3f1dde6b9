/// A value that can write itself as compact JSON without Foundation's encoder.
protocol JSONWritable {
    func write(to writer: inout JSONWriter)
}

/// A compact JSON writer: the mirror of `JSONReader` for the files dangol writes by the
/// thousand, the digest cache, where Foundation's encoder took half of a cold start.
///
/// It writes what both `JSONReader` and Foundation's decoder read: objects with the keys given,
/// strings escaped as JSON requires, whole numbers, and no member at all for a nil value, as
/// the synthesised `Codable` conformances do.
struct JSONWriter {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    private(set) var bytes: [UInt8] = []
    /// Whether the object or list being written has a member already, so the next needs a comma.
    private var hasMember = false

    /// The compact JSON text of `value`.
    static func bytes(of value: some JSONWritable) -> [UInt8] {
        var writer = JSONWriter()
        value.write(to: &writer)
        return writer.bytes
    }

    // MARK: Structure

    /// An object whose members `members` writes with `member` calls.
    mutating func writeObject(_ members: (inout JSONWriter) -> Void) {
        enclose(UInt8(ascii: "{"), UInt8(ascii: "}"), members)
    }

    mutating func writeList(_ list: [some JSONWritable]) {
        enclose(UInt8(ascii: "["), UInt8(ascii: "]")) { writer in
            for element in list {
                writer.separate()
                element.write(to: &writer)
            }
        }
    }

    mutating func member(_ key: StaticString, _ value: (some JSONWritable)?) {
        guard let value else { return }
        writeKey(key)
        value.write(to: &self)
    }

    mutating func member(_ key: StaticString, _ list: [some JSONWritable]) {
        writeKey(key)
        writeList(list)
    }

    mutating func member(_ key: StaticString, _ text: String?) {
        guard let text else { return }
        writeKey(key)
        writeString(text)
    }

    mutating func member(_ key: StaticString, _ number: (some BinaryInteger)?) {
        guard let number else { return }
        writeKey(key)
        bytes.append(contentsOf: String(number).utf8)
    }

    // MARK: Values

    /// A string in quotes; quotes, backslashes and control characters escaped, the rest as is.
    mutating func writeString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte)
            case ..<0x20:
                bytes.append(contentsOf: "\\u00".utf8)
                bytes.append(JSONWriter.hexDigits[Int(byte >> 4)])
                bytes.append(JSONWriter.hexDigits[Int(byte & 0xF)])
            default:
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string whose bytes `append` writes and which never needs escapes, such as a date.
    mutating func writeUnescapedString(_ append: (inout [UInt8]) -> Void) {
        bytes.append(UInt8(ascii: "\""))
        append(&bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    // MARK: Punctuation

    private mutating func writeKey(_ key: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: key.utf8Start, count: key.utf8CodeUnitCount))
        bytes.append(contentsOf: "\":".utf8)
    }

    private mutating func separate() {
        if hasMember { bytes.append(UInt8(ascii: ",")) }
        hasMember = true
    }

    /// `body` between `open` and `close`. A finished value leaves its container with a member.
    private mutating func enclose(_ open: UInt8, _ close: UInt8, _ body: (inout JSONWriter) -> Void) {
        bytes.append(open)
        hasMember = false
        body(&self)
        bytes.append(close)
        hasMember = true
    }
}
