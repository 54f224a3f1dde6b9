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
        /// Each key's first eight bytes as a file holds it, closing quote included when it fits,
        /// as a word (`ByteWord`), and the mask of the word's bytes they fill: `match` compares
        /// a key where it lies with one load.
        private let leadWords: [(word: UInt64, mask: UInt64)]
        /// For each slot of keys' first two bytes (`leadSlot`), the place in `names` of the one
        /// key in it, `empty`, or `shared` when keys share it: a key is then matched where it
        /// lies with one comparison, without first finding its closing quote.
        private let leadPlaces: [Int8]
        private static var slotCount: Int { 64 }
        private static var empty: Int8 { -1 }
        private static var shared: Int8 { -2 }

        init(_ type: Coding.Type) {
            // One bit per key marks the keys an object has had (`readObject`).
            precondition(Coding.allCases.count <= UInt64.bitWidth, "more keys than a seen-mask holds")
            names = Coding.allCases.map { (JSONReader.permanentUTF8(of: $0.stringValue), $0) }
            var leadPlaces = [Int8](repeating: KeyTable.empty, count: KeyTable.slotCount)
            for (place, name) in names.enumerated() where name.utf8.count >= 2 {
                let slot = KeyTable.leadSlot(name.utf8[0], name.utf8[1])
                leadPlaces[slot] = leadPlaces[slot] == KeyTable.empty ? Int8(place) : KeyTable.shared
            }
            self.leadPlaces = leadPlaces
            leadWords = names.map { name in
                let quoted = Array(name.utf8.prefix(8)) + (name.utf8.count < 8 ? [UInt8(ascii: "\"")] : [])
                let word = quoted.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
                return (word, quoted.count == 8 ? ~0 : (1 << (8 * UInt64(quoted.count))) - 1)
            }
        }

        /// The key spelled by the bytes from `start` up to a closing quote, with its place and
        /// length, when it is the one key whose first two bytes they begin with; nil sends the
        /// caller to `find`, which decides every other case.
        @inline(__always)
        func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (key: Coding, place: Int, length: Int)? {
            // Eight bytes are there to load: a key, its quote and the colon after it are nine.
            guard start + 8 <= bytes.count else { return nil }
            let candidate = leadPlaces.withUnsafeBufferPointer { $0[KeyTable.leadSlot(bytes[start], bytes[start + 1])] }
            guard candidate >= 0 else { return nil }
            let place = Int(candidate)
            let lead = leadWords.withUnsafeBufferPointer { $0[place] }
            guard ByteWord.load(bytes, at: start) & lead.mask == lead.word else { return nil }
            return names.withUnsafeBufferPointer { names in
                let name = names[place].utf8
                // The name holds no quote, so a quote just after it ends the key there; a name
                // of fewer than eight bytes was compared whole, quote and all, in the word.
                guard name.count >= 8 else { return (names[place].key, place, name.count) }
                guard start + name.count < bytes.count, bytes[start + name.count] == UInt8(ascii: "\""),
                      JSONReader.same(UnsafeBufferPointer(rebasing: name[8...]), UnsafeBufferPointer(rebasing: bytes[(start + 8)..<(start + name.count)]))
                else { return nil }
                return (names[place].key, place, name.count)
            }
        }

        /// The coding key `key` spells and its place in the table, or nil for a key the type
        /// does not have: by comparing it with each name, for the keys `match` leaves (those
        /// sharing their first two bytes, as a market's `schemaVersion` and `schedule` do, once
        /// per file; unknown and escaped ones).
        func find(_ key: Key) -> (key: Coding, place: Int)? {
            names.withUnsafeBufferPointer { names in
                for place in names.indices where JSONReader.same(names[place].utf8, key.bytes) {
                    return (names[place].key, place)
                }
                return nil
            }
        }

        /// A key's slot among `leadPlaces`, from its first two bytes: the keys of one type
        /// mostly differ in those.
        @inline(__always)
        private static func leadSlot(_ first: UInt8, _ second: UInt8) -> Int {
            (Int(first) &* 7 &+ Int(second)) & (slotCount - 1)
        }

    }

    /// `text`'s UTF-8 bytes in memory that lives as long as the program, for the static tables
    /// of names the reader matches a file's bytes against: reading them takes no reference
    /// counting, a cost seen per key of every file.
    static func permanentUTF8(of text: String) -> UnsafeBufferPointer<UInt8> {
        let utf8 = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.utf8.count)
        _ = utf8.initialize(from: text.utf8)
        return UnsafeBufferPointer(utf8)
    }

    /// Whether two runs of bytes are equal. Keys are a few bytes long: a loop here costs less
    /// than a call to `memcmp`.
    @inline(__always)
    static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
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

    /// How many values `readRecurringString` keeps, one per slot, a later value taking the slot
    /// of an earlier one when it and its neighbour are taken: a market's categories and tutors
    /// fit, and a lookup is one or two comparisons whatever the file holds.
    private static let recurringSlots = 256

    /// How many dates `readDate` keeps, one per slot: the days of a programme, and the weeks
    /// around it, fit.
    private static let dateSlots = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// The dates `readDate` has read, by their bytes in a file: `YYYY-MM-` as a word, `DD` as
    /// the low bytes of another. A slot never filled has a `day` no two bytes make, so it
    /// matches nothing, ten zero bytes included.
    private var dates = [(lead: UInt64, day: UInt64, date: CalendarDate)](repeating: (0, .max, CalendarDate(dayNumber: 0)), count: JSONReader.dateSlots)
    /// The strings `readRecurringString` has read, each in the slot `recurringSlot` gives its
    /// bytes, and those bytes in `bytes` in the same slot of `recurringUTF8` (nil in a slot never
    /// filled). Two lists, not one of optional pairs: such a list took a generic destruction,
    /// element by element, at the end of every file read.
    private var recurringUTF8 = [UnsafeBufferPointer<UInt8>?](repeating: nil, count: JSONReader.recurringSlots)
    private var recurringStrings = [String](repeating: "", count: JSONReader.recurringSlots)

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The value the whole of `bytes` holds, or nil when the fast path does not apply.
    static func read<Value: JSONReadable>(_ type: Value.Type, from bytes: [UInt8]) -> Value? {
        read(from: bytes) { try Value(reading: &$0) }
    }

    /// What `value` reads from the whole of `bytes`, or nil when it throws or bytes other than
    /// white space follow it.
    static func read<Value>(from bytes: [UInt8], _ value: (inout JSONReader) throws -> Value) -> Value? {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            guard let value = try? value(&reader) else { return nil }
            reader.skipWhitespace()
            return reader.position == buffer.count ? value : nil
        }
    }

    // MARK: Structure

    /// Reads an object of the keys `keys` lists, calling `member` with each; `member` must read
    /// the key's value. A key the table does not have, or one seen twice, is Foundation's to judge.
    @inline(__always)
    mutating func readObject<Coding>(_ keys: KeyTable<Coding>, _ member: (inout JSONReader, Coding) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        if try peek() == UInt8(ascii: "}") {
            position += 1
            return
        }
        var seen: UInt64 = 0
        repeat {
            guard let (key, place) = try readKey(in: keys), seen & (1 << place) == 0 else { throw Unsupported() }
            seen |= 1 << place
            try passColon()
            try member(&self, key)
        } while try endOfMember(closing: UInt8(ascii: "}"))
    }

    /// Reads an array, calling `element` to read each element, which it keeps or not.
    mutating func readEach(_ element: (inout JSONReader) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        if try peek() == UInt8(ascii: "]") {
            position += 1
            return
        }
        repeat {
            try element(&self)
        } while try endOfMember(closing: UInt8(ascii: "]"))
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
        try readText().string
    }

    /// A string as the file spells it (`SpelledText`): its bytes where they lie unless it has
    /// escapes. Bytes that are not valid UTF-8 are Foundation's to refuse, as `readString`'s.
    mutating func readText() throws -> SpelledText {
        try expect(UInt8(ascii: "\""))
        let start = position
        guard let (utf8, ascii) = try readPlainString() else { return .string(try readEscapedString(from: start)) }
        try JSONReader.checkUTF8(utf8, ascii: ascii)
        return .bytes(utf8)
    }

    /// Throws unless `utf8` is valid UTF-8 (which ASCII is as it stands): other bytes are
    /// Foundation's to refuse.
    @inline(__always)
    private static func checkUTF8(_ utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) throws {
        guard ascii || isValidUTF8(utf8) else { throw Unsupported() }
    }

    /// Whether `utf8` is valid UTF-8. ASCII and three-byte characters (Hangul's, nearly every
    /// other one in dangol's text) are checked here, a character at a time; at any other byte
    /// the standard library's validator decides for the whole text. (For every name, that
    /// validator took a third of the name's reading.)
    static func isValidUTF8(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard lead & 0xF0 == 0xE0, index + 2 < utf8.count else { break }
            // Both bytes after the lead continue it (10xxxxxx); after E0 the second is A0 or
            // above (else the character is overlong), after ED at most 9F (else a surrogate).
            let second = utf8[index + 1]
            guard second >= (lead == 0xE0 ? 0xA0 : 0x80), second <= (lead == 0xED ? 0x9F : 0xBF), utf8[index + 2] & 0xC0 == 0x80 else { break }
            index += 3
        }
        return index == utf8.count || (try? UTF8Span(validating: utf8.span)) != nil
    }

    /// A string whose values recur through the file, as a market's categories and tutors do
    /// store after store: a value met before is the same `String` again, found by its bytes
    /// without decoding and validating them a second time.
    mutating func readRecurringString() throws -> String {
        try expect(UInt8(ascii: "\""))
        let start = position
        // A value met before is found by its bytes up to the quote, which are not classified
        // again: they were when it was first met. (A new value is scanned once more below.)
        let end = quoteOrBackslash(from: start)
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            let utf8 = UnsafeBufferPointer(rebasing: bytes[start..<end])
            let slot = JSONReader.recurringSlot(of: utf8)
            if let known = knownString(utf8, at: slot) ?? knownString(utf8, at: slot ^ 1) {
                position = end + 1
                return known
            }
        }
        guard let (utf8, ascii) = try readPlainString() else { return try readEscapedString(from: start) }
        let slot = JSONReader.recurringSlot(of: utf8)
        let string = try JSONReader.string(of: utf8, ascii: ascii)
        // Two values that share a slot take it and its neighbour, so they do not push each other out.
        let place = recurringUTF8[slot] == nil ? slot : slot ^ 1
        recurringUTF8[place] = utf8
        recurringStrings[place] = string
        return string
    }

    /// The string `readRecurringString` keeps in slot `place` when `utf8` are its bytes.
    @inline(__always)
    private func knownString(_ utf8: UnsafeBufferPointer<UInt8>, at place: Int) -> String? {
        guard let known = recurringUTF8[place], JSONReader.same(known, utf8) else { return nil }
        return recurringStrings[place]
    }

    /// The bytes of a string without escapes, up to its closing quote (which is passed), and
    /// whether they are all ASCII; nil at a backslash, where `position` is left.
    private mutating func readPlainString() throws -> (utf8: UnsafeBufferPointer<UInt8>, ascii: Bool)? {
        let start = position
        position = quoteOrBackslash(from: start)
        guard position < bytes.count else { throw Unsupported() }
        let text = UnsafeBufferPointer(rebasing: bytes[start..<position])
        let (ascii, control) = JSONReader.classify(text)
        // Refused before an escape too: the escaped reading takes the bytes before it as they are.
        guard !control else { throw Unsupported() }
        if bytes[position] == UInt8(ascii: "\\") { return nil }
        position += 1
        return (text, ascii)
    }

    /// The index of the first quote or backslash at or after `index`, or `bytes.count`: a word
    /// of eight bytes at a time (`ByteWord`; the lowest byte found is the first in the text).
    @inline(__always)
    private func quoteOrBackslash(from index: Int) -> Int {
        let start = bytes.baseAddress!
        var next = index
        while next + 8 <= bytes.count {
            let word = ByteWord.load(bytes, at: next)
            let found = ByteWord.bytes(of: word, equalTo: UInt8(ascii: "\"")) | ByteWord.bytes(of: word, equalTo: UInt8(ascii: "\\"))
            if found != 0 { return next + found.trailingZeroBitCount >> 3 }
            next += 8
        }
        while next < bytes.count, start[next] != UInt8(ascii: "\""), start[next] != UInt8(ascii: "\\") {
            next += 1
        }
        return next
    }

    /// Whether `text` is all ASCII, and whether it holds a control byte (below 0x20), which JSON
    /// does not allow in a string unescaped: a word at a time, as `quoteOrBackslash`.
    private static func classify(_ text: UnsafeBufferPointer<UInt8>) -> (ascii: Bool, control: Bool) {
        var high: UInt64 = 0
        var low: UInt64 = 0
        var next = 0
        while next + 8 <= text.count {
            let word = ByteWord.load(text, at: next)
            high |= ByteWord.nonASCIIBytes(of: word)
            low |= ByteWord.controlBytes(of: word)
            next += 8
        }
        var tail: UInt8 = 0
        var control = false
        while next < text.count {
            tail |= text[next]
            control = control || text[next] < 0x20
            next += 1
        }
        return (high == 0 && tail < 0x80, low != 0 || control)
    }

    /// The slot of `utf8` in `recurringUTF8`, from its length and its first and last two bytes,
    /// mixed (a multiplicative hash, whose high bits depend on them all): names of one length
    /// may share their last syllable, as 조튜터 and 김튜터, or their first.
    @inline(__always)
    private static func recurringSlot(of utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard utf8.count >= 2 else { return utf8.count }
        let ends = UInt64(utf8[0]) | UInt64(utf8[1]) << 8 | UInt64(utf8[utf8.count - 2]) << 16 | UInt64(utf8[utf8.count - 1]) << 24
        let mixed = (ends | UInt64(truncatingIfNeeded: utf8.count) << 32) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 56) & (recurringSlots - 1)
    }

    /// The text of a string's bytes, which must be valid UTF-8 (`checkUTF8`).
    private static func string(of utf8: UnsafeBufferPointer<UInt8>, ascii: Bool) throws -> String {
        try checkUTF8(utf8, ascii: ascii)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// A date as dangol writes it, `"YYYY-MM-DD"` (`CalendarDate(isoBytes:)`). A market file's
    /// dates are its programme's few dozen days, met again and again: a date met before is
    /// found by its ten bytes, without being parsed and checked a second time.
    mutating func readDate() throws -> CalendarDate {
        try expect(UInt8(ascii: "\""))
        guard position + 11 <= bytes.count, bytes[position + 10] == UInt8(ascii: "\"") else { throw Unsupported() }
        let lead = ByteWord.load(bytes, at: position)
        let day = UInt64(bytes[position + 8]) | UInt64(bytes[position + 9]) << 8
        let slot = JSONReader.dateSlot(lead: lead, day: day)
        let known = dates[slot]
        if known.lead == lead, known.day == day {
            position += 11
            return known.date
        }
        guard let date = CalendarDate(isoBytes: UnsafeBufferPointer(rebasing: bytes[position..<(position + 10)])) else { throw Unsupported() }
        dates[slot] = (lead, day, date)
        position += 11
        return date
    }

    /// The slot in `dates` of the date whose bytes are `lead` and `day`: a multiplicative hash,
    /// whose high bits depend on every byte.
    @inline(__always)
    static func dateSlot(lead: UInt64, day: UInt64) -> Int {
        Int(truncatingIfNeeded: ((lead ^ day << 40) &* 0x9E37_79B9_7F4A_7C15) >> 56) & (dateSlots - 1)
    }

    /// What `parse` makes of a string's raw bytes, for values such as a key that never need
    /// escapes; nil from `parse`, or an escape, leaves the value to Foundation.
    mutating func readUnescapedString<Value>(_ parse: (UnsafeBufferPointer<UInt8>) -> Value?) throws -> Value {
        try expect(UInt8(ascii: "\""))
        let end = quoteOrBackslash(from: position)
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\""),
              let value = parse(UnsafeBufferPointer(rebasing: bytes[position..<end])) else { throw Unsupported() }
        position = end + 1
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
            value = value &* 10 &+ Int(bytes[position] &- UInt8(ascii: "0"))
            position += 1
        }
        let digits = position - start
        // Eighteen digits cannot overflow, so none is checked for it; a longer number, which
        // dangol never writes, is Foundation's to read.
        guard (1...18).contains(digits), digits == 1 || bytes[start] != UInt8(ascii: "0") else { throw Unsupported() }
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

    /// The next key and its place in `keys`, or nil for one `keys` does not have: matched
    /// where it lies when it can be (`KeyTable.match`), else read up to its quote and looked up.
    @inline(__always)
    private mutating func readKey<Coding>(in keys: KeyTable<Coding>) throws -> (key: Coding, place: Int)? {
        if try peek() == UInt8(ascii: "\""), let (key, place, length) = keys.match(bytes, at: position + 1) {
            position += length + 2
            return (key, place)
        }
        return keys.find(try readKey())
    }

    /// A key is compared as its raw bytes; one with escapes is Foundation's to read.
    private mutating func readKey() throws -> Key {
        try readUnescapedString { Key(bytes: $0) }
    }

    /// The rest of a string with backslash escapes; `start` is just after the opening quote.
    private mutating func readEscapedString(from start: Int) throws -> String {
        var utf8 = Array(bytes[start..<position])
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return try utf8.withUnsafeBufferPointer { try JSONReader.string(of: $0, ascii: false) }
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

    /// Passes the colon after a key: ` : `, as dangol's encoder writes it, in one test of its
    /// three bytes, and any other spacing as JSON allows it.
    @inline(__always)
    private mutating func passColon() throws {
        if position + 3 <= bytes.count, bytes[position] == 0x20, bytes[position + 1] == UInt8(ascii: ":"), bytes[position + 2] == 0x20 {
            position += 3
            return
        }
        try expect(UInt8(ascii: ":"))
    }

    @inline(__always)
    private mutating func expect(_ byte: UInt8) throws {
        guard try peek() == byte else { throw Unsupported() }
        position += 1
    }

    /// Passes `word` (`true`, `false`, `null`, the `\u` of a surrogate pair), compared byte by
    /// byte where it is inlined: a call to `memcmp` cost more than its few bytes.
    @inline(__always)
    private mutating func expectWord(_ word: StaticString) throws {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { throw Unsupported() }
        let letters = word.utf8Start
        for offset in 0..<count where bytes[position + offset] != letters[offset] {
            throw Unsupported()
        }
        position += count
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        // Most values follow their colon after one space, most keys their comma after a line
        // break and indentation: the common first byte is decided before the loop.
        guard position < bytes.count, bytes[position] <= 0x20 else { return }
        // The space of `"key" : value`, on both sides of the colon.
        if bytes[position] == 0x20, position + 1 < bytes.count, bytes[position + 1] > 0x20 {
            position += 1
            return
        }
        skipWhitespaceRun()
    }

    /// Skips white space from `position`, where a line break or a run starts. Indentation is a run of spaces,
    /// passed a word at a time: the first byte of a word that is not a space is found from the
    /// word's trailing zero bits (the bytes are little-endian in the word).
    @inline(__always)
    private mutating func skipWhitespaceRun() {
        let start = bytes.baseAddress!
        let end = bytes.count
        var next = position
        // A line break and the next line's indentation, the run after most commas: the break
        // is passed before the word loop, which would take a word to find it.
        if start[next] == 0x0A { next += 1 }
        while next + 8 <= end {
            let notSpaces = ByteWord.load(bytes, at: next) ^ 0x2020_2020_2020_2020
            next += notSpaces.trailingZeroBitCount >> 3
            guard notSpaces != 0 else { continue }
            guard JSONReader.isLineWhitespace(start[next]) else {
                position = next
                return
            }
            next += 1
        }
        while next < end, start[next] == 0x20 || JSONReader.isLineWhitespace(start[next]) {
            next += 1
        }
        position = next
    }

    /// Whether `byte` is white space other than a space: a line feed, a carriage return or a tab.
    @inline(__always)
    private static func isLineWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
