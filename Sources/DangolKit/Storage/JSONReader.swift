import Foundation

/// A value that can be read straight from JSON bytes, without Foundation's decoder.
protocol JSONReadable {
    init(reading reader: inout JSONReader) throws
}

/// A strict pull reader of JSON bytes: the fast path for the files dangol reads by the thousand.
///
/// It reads only what dangol itself writes: known keys, once each, whole numbers, strings,
/// booleans and null. Anything else, unknown or repeated keys, fractions, a syntax error,
/// throws `Unsupported`, and `FileCodec` hands the same bytes to Foundation's decoder, which
/// accepts exactly what it always did and locates real errors by line and column. So the reader
/// changes how fast a file is read, never what a file means.
struct JSONReader {
    /// The bytes hold something this reader leaves to Foundation's decoder.
    struct Unsupported: Error {}

    /// An object key as the bytes between its quotes.
    struct Key {
        fileprivate let bytes: UnsafeBufferPointer<UInt8>
    }

    /// The keys of one `Codable` type, as its `CodingKeys` name them: the fast reader matches
    /// object keys against these, so the file schema is written once, in the model.
    struct KeyTable<Coding: CodingKey & CaseIterable & Sendable>: @unchecked Sendable {
        /// Every key's UTF-8 bytes, in memory that lives as long as the program (the tables are
        /// static): matching a key then takes no reference counting, a cost seen per file key.
        private let names: [(utf8: UnsafeBufferPointer<UInt8>, key: Coding)]

        init(_ type: Coding.Type) {
            // One bit per key marks the keys an object has had (`readObject`).
            precondition(Coding.allCases.count <= UInt64.bitWidth, "more keys than a seen-mask holds")
            names = Coding.allCases.map { key in
                let utf8 = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: key.stringValue.utf8.count)
                _ = utf8.initialize(from: key.stringValue.utf8)
                return (UnsafeBufferPointer(utf8), key)
            }
        }

        /// The coding key `key` spells and its place in the table, or nil for a key the type
        /// does not have.
        @inline(__always)
        func find(_ key: Key) -> (key: Coding, place: Int)? {
            names.withUnsafeBufferPointer { names in
                for place in names.indices where JSONReader.same(names[place].utf8, key.bytes) {
                    return (names[place].key, place)
                }
                return nil
            }
        }
    }

    /// Whether two runs of bytes are equal. Keys are a few bytes long: a loop here costs less
    /// than a call to `memcmp`.
    @inline(__always)
    fileprivate static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        for index in 0..<lhs.count where lhs[index] != rhs[index] {
            return false
        }
        return true
    }

    /// The byte each one-letter escape (`\n`, `\"` …) stands for.
    private static let simpleEscapes: [UInt8: UInt8] = [
        UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F, UInt8(ascii: "b"): 0x08,
        UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A, UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value the whole of `bytes` holds, or nil when the fast path does not apply.
    static func read<Value: JSONReadable>(_ type: Value.Type, from bytes: [UInt8]) -> Value? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            guard let value = try? Value(reading: &reader) else { return nil }
            reader.skipWhitespace()
            return reader.position == buffer.count ? value : nil
        }
    }

    // MARK: Structure

    /// Reads an object of the keys `keys` lists, calling `member` with each; `member` must read
    /// the key's value. A key the table does not have, or one seen twice, is Foundation's to judge.
    mutating func readObject<Coding>(_ keys: KeyTable<Coding>, _ member: (inout JSONReader, Coding) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        var seen: UInt64 = 0
        repeat {
            guard let (key, place) = keys.find(try readKey()), seen & (1 << place) == 0 else { throw Unsupported() }
            seen |= 1 << place
            try expect(UInt8(ascii: ":"))
            try member(&self, key)
        } while try endOfMember(closing: UInt8(ascii: "}"))
    }

    /// Reads an array, one `element` call per element.
    mutating func readList<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        try expect(UInt8(ascii: "["))
        var list: [Element] = []
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return list
        }
        // Room for a store's usual records at once: growing from one element reallocated
        // every list three or four times.
        list.reserveCapacity(8)
        repeat {
            list.append(try element(&self))
        } while try endOfMember(closing: UInt8(ascii: "]"))
        return list
    }

    /// nil for `null`, else what `value` reads: the reading of an optional field.
    mutating func readOptional<Value>(_ value: (inout JSONReader) throws -> Value) throws -> Value? {
        if try peek() == UInt8(ascii: "n") {
            try expectWord("null")
            return nil
        }
        return try value(&self)
    }

    // MARK: Values

    mutating func readString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        var ascii = true
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
                position += 1
                // ASCII is valid UTF-8 as it stands; only other text needs validating.
                return ascii ? String(decoding: text, as: UTF8.self) : try JSONReader.validString(text)
            }
            if byte == UInt8(ascii: "\\") { return try readEscapedString(from: start) }
            guard byte >= 0x20 else { throw Unsupported() }
            ascii = ascii && byte < 0x80
            position += 1
        }
        throw Unsupported()
    }

    /// What `parse` makes of a string's raw bytes, for values such as dates that never need
    /// escapes; nil from `parse`, or an escape, leaves the value to Foundation.
    mutating func readUnescapedString<Value>(_ parse: (UnsafeBufferPointer<UInt8>) -> Value?) throws -> Value {
        try expect(UInt8(ascii: "\""))
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "\""), bytes[position] != UInt8(ascii: "\\") {
            position += 1
        }
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\""),
              let value = parse(UnsafeBufferPointer(rebasing: bytes[start..<position])) else { throw Unsupported() }
        position += 1
        return value
    }

    /// A whole number as JSON writes it: no fraction, no exponent, no leading zeros.
    mutating func readInt() throws -> Int {
        _ = try peek()
        let negative = bytes[position] == UInt8(ascii: "-")
        if negative { position += 1 }
        let start = position
        var value = 0
        while position < bytes.count, bytes[position] &- UInt8(ascii: "0") < 10 {
            let digit = Int(bytes[position] &- UInt8(ascii: "0"))
            let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times10.addingReportingOverflow(digit)
            guard !overflow1, !overflow2 else { throw Unsupported() }
            value = sum
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Unsupported() }
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): throw Unsupported()
            default: break
            }
        }
        return negative ? -value : value
    }

    mutating func readBool() throws -> Bool {
        if try peek() == UInt8(ascii: "t") {
            try expectWord("true")
            return true
        }
        try expectWord("false")
        return false
    }

    // MARK: Bytes

    /// A key is compared as its raw bytes; one with escapes is Foundation's to read.
    private mutating func readKey() throws -> Key {
        try readUnescapedString { Key(bytes: $0) }
    }

    /// The text of UTF-8 bytes; bytes that are not valid UTF-8 are Foundation's to refuse.
    ///
    /// Decoding repairs invalid bytes (to U+FFFD, which changes them), so the text is valid
    /// exactly when its bytes are the ones read. That is one specialised decode and a memcmp,
    /// where the generic `String(validating:as:)` cost twice as much for 200,000 Hangul names.
    private static func validString(_ utf8: UnsafeBufferPointer<UInt8>) throws -> String {
        let string = String(decoding: utf8, as: UTF8.self)
        var copy = string
        let unchanged = copy.withUTF8 { decoded in
            decoded.count == utf8.count && (utf8.isEmpty || memcmp(decoded.baseAddress!, utf8.baseAddress!, utf8.count) == 0)
        }
        guard unchanged else { throw Unsupported() }
        return string
    }

    /// The rest of a string with backslash escapes; `start` is just after the opening quote.
    private mutating func readEscapedString(from start: Int) throws -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try utf8.withUnsafeBufferPointer(JSONReader.validString)
            case UInt8(ascii: "\\"):
                try appendEscape(to: &utf8)
            case ..<0x20:
                throw Unsupported()
            default:
                utf8.append(byte)
            }
        }
        throw Unsupported()
    }

    private mutating func appendEscape(to utf8: inout [UInt8]) throws {
        guard position < bytes.count else { throw Unsupported() }
        let letter = bytes[position]
        position += 1
        if let byte = JSONReader.simpleEscapes[letter] {
            utf8.append(byte)
            return
        }
        guard letter == UInt8(ascii: "u") else { throw Unsupported() }
        var scalar = try readHexQuad()
        if (0xD800..<0xDC00).contains(scalar) {
            try expectWord("\\u")
            let low = try readHexQuad()
            guard (0xDC00..<0xE000).contains(low) else { throw Unsupported() }
            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let unicode = Unicode.Scalar(scalar) else { throw Unsupported() }
        utf8.append(contentsOf: String(Character(unicode)).utf8)
    }

    private mutating func readHexQuad() throws -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
        else { throw Unsupported() }
        position += 4
        return value
    }

    /// After an object member or array element: true when a comma follows, false at `closing`.
    @inline(__always)
    private mutating func endOfMember(closing: UInt8) throws -> Bool {
        switch try peek() {
        case UInt8(ascii: ","):
            position += 1
            return true
        case closing:
            position += 1
            return false
        default:
            throw Unsupported()
        }
    }

    /// The next byte that is not whitespace, without consuming it.
    @inline(__always)
    private mutating func peek() throws -> UInt8 {
        skipWhitespace()
        guard position < bytes.count else { throw Unsupported() }
        return bytes[position]
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Unsupported() }
        position += 1
    }

    private mutating func expectWord(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              memcmp(word.utf8Start, bytes.baseAddress! + position, count) == 0 else { throw Unsupported() }
        position += count
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        // Most values follow their colon after one space, most keys their comma after a line
        // break and indentation: the common first byte is decided before the loop.
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }
}
