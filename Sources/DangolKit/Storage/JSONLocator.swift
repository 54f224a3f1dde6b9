/// Finds places in JSON text: the first syntax error, or where the value at a path begins.
///
/// Foundation's decoder reports *what* is wrong but not reliably *where* in the file, and a
/// person fixing a hand-edited file needs a line and column. It runs after a decode or a
/// validation has failed, and, for the shape check (`shapeError`), before every decode that
/// the fast path (`JSONReader`) declines: a file the fast path reads never meets it.
struct JSONLocator {
    struct SyntaxError: Error {
        let offset: Int
        let message: Localized
    }

    private let bytes: [UInt8]
    private var position = 0
    private var depth = 0

    /// How deep objects and arrays may nest, as in Foundation's parser.
    private static let maximumDepth = 512

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The first place the text is not valid JSON (including invalid UTF-8), or nil when it is.
    static func syntaxError(in bytes: [UInt8]) -> SyntaxError? {
        firstError(in: bytes) { try $0.skipValue() }
    }

    /// The first place the text is not a dangol file of `shape`: an encoding dangol does not
    /// write (a byte-order mark, UTF-16), a syntax error, a key the shape does not have or one
    /// that appears twice, a number that is not a whole number within 64 bits, or an escaped
    /// surrogate that is not half of a pair. Foundation's decoder would accept each of these and
    /// report the rest at 1:1, or silently drop or pick a value; this reports the place.
    static func shapeError(in bytes: [UInt8], shape: JSONShape) -> SyntaxError? {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return SyntaxError(offset: 0, message: Localized("파일이 BOM으로 시작합니다: dangol 파일은 BOM 없는 UTF-8입니다 (BOM 없이 UTF-8로 저장하세요)",
                                                          "the file starts with a byte-order mark; dangol files are UTF-8 without one (save it as plain UTF-8)"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.prefix(4).contains(0) {
            return SyntaxError(offset: 0, message: Localized("UTF-16(또는 UTF-32) 파일입니다: dangol 파일은 UTF-8입니다 (UTF-8로 저장하세요)",
                                                          "the file is UTF-16 (or UTF-32) text; dangol files are UTF-8 (save it as UTF-8)"))
        }
        return firstError(in: bytes) { try $0.checkValue(shape) }
    }

    /// The first error of UTF-8 text holding one JSON document, which `readDocument` reads.
    private static func firstError(in bytes: [UInt8], _ readDocument: (inout JSONLocator) throws -> Void) -> SyntaxError? {
        if let offset = firstInvalidUTF8(in: bytes) {
            return SyntaxError(offset: offset, message: Localized("올바른 UTF-8 글이 아닙니다", "the file is not valid UTF-8 text"))
        }
        var scanner = JSONLocator(bytes)
        do {
            try readDocument(&scanner)
            scanner.skipWhitespace()
            if scanner.position < bytes.count {
                throw SyntaxError(offset: scanner.position, message: Localized("JSON 문서가 끝난 뒤에 글이 더 있습니다", "unexpected text after the end of the JSON document"))
            }
            return nil
        } catch {
            return error as? SyntaxError
        }
    }

    /// The offset where the value at `path` begins, or the deepest existing part of it.
    static func offset(of path: JSONPath, in bytes: [UInt8]) -> Int {
        var scanner = JSONLocator(bytes)
        return scanner.locate(path.components[...])
    }

    /// One-based line and column (in Unicode scalars) of a byte offset.
    static func lineAndColumn(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }

    private static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    // MARK: Locating

    private mutating func locate(_ path: ArraySlice<JSONPath.Component>) -> Int {
        skipWhitespace()
        let start = position
        guard let next = path.first, position < bytes.count else { return start }
        switch (next, bytes[position]) {
        case (.key(let wanted), UInt8(ascii: "{")):
            return (try? findMember(wanted, rest: path.dropFirst())) ?? start
        case (.index(let wanted), UInt8(ascii: "[")):
            return (try? findElement(wanted, rest: path.dropFirst())) ?? start
        default:
            return start
        }
    }

    private mutating func findMember(_ wanted: String, rest: ArraySlice<JSONPath.Component>) throws -> Int? {
        position += 1
        while true {
            skipWhitespace()
            guard peek() == UInt8(ascii: "\"") else { return nil }
            let key = try readString()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            if key == wanted { return locate(rest) }
            try skipValue()
            skipWhitespace()
            guard peek() == UInt8(ascii: ",") else { return nil }
            position += 1
        }
    }

    private mutating func findElement(_ wanted: Int, rest: ArraySlice<JSONPath.Component>) throws -> Int? {
        position += 1
        var index = 0
        while true {
            skipWhitespace()
            if peek() == UInt8(ascii: "]") { return nil }
            if index == wanted { return locate(rest) }
            try skipValue()
            skipWhitespace()
            guard peek() == UInt8(ascii: ",") else { return nil }
            position += 1
            index += 1
        }
    }

    // MARK: Scanning

    private func peek() -> UInt8? {
        position < bytes.count ? bytes[position] : nil
    }

    private func failure(_ message: Localized) -> SyntaxError {
        SyntaxError(offset: position, message: message)
    }

    private func unexpected(_ expected: Localized) -> SyntaxError {
        guard let byte = peek() else {
            return failure(Localized("파일이 일찍 끝납니다: \(expected.ko)이(가) 와야 합니다", "the file ends early: expected \(expected.en)"))
        }
        let printable = byte < 0x80 && byte >= 0x20
        let found = printable ? Localized(verbatim: "'\(Character(Unicode.Scalar(byte)))'") : Localized("바이트 \(byte)", "a byte \(byte)")
        return failure(Localized("\(expected.ko)이(가) 와야 하는데 \(found.ko)이(가) 있습니다", "expected \(expected.en) but found \(found.en)"))
    }

    private mutating func skipWhitespace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            position += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard peek() == byte else { throw unexpected(Localized(verbatim: "'\(Character(Unicode.Scalar(byte)))'")) }
        position += 1
    }

    private mutating func skipValue() throws {
        skipWhitespace()
        switch peek() {
        case UInt8(ascii: "{"): try skipContainer(close: UInt8(ascii: "}"), member: true)
        case UInt8(ascii: "["): try skipContainer(close: UInt8(ascii: "]"), member: false)
        case UInt8(ascii: "\""): _ = try readString()
        case UInt8(ascii: "t"): try skipLiteral("true")
        case UInt8(ascii: "f"): try skipLiteral("false")
        case UInt8(ascii: "n"): try skipLiteral("null")
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            try skipNumber()
        default: throw unexpected(Localized("값", "a value"))
        }
    }

    // MARK: Checking a shape

    /// Reads one value, checking it against `shape` where it is an object or an array of the
    /// expected kind; a value of another kind is left for the decoder to name.
    private mutating func checkValue(_ shape: JSONShape) throws {
        skipWhitespace()
        switch (peek(), shape) {
        case (UInt8(ascii: "{"), .object(let members)): try checkObject(members)
        case (UInt8(ascii: "["), .array(let element)): try checkArray(element)
        case (UInt8(ascii: "{"), _), (UInt8(ascii: "["), _): try skipValue()
        case (UInt8(ascii: "\""), _): _ = try readString(strict: true)
        case (let byte?, _) where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            try checkWholeNumber()
        default: try skipValue()
        }
    }

    private mutating func checkObject(_ members: [String: JSONShape]) throws {
        try enterContainer()
        var seen: [String: Int] = [:]
        try forEachElement(close: UInt8(ascii: "}")) { scanner in
            guard scanner.peek() == UInt8(ascii: "\"") else { throw scanner.unexpected(Localized("따옴표 안의 키", "a quoted key")) }
            let keyOffset = scanner.position
            let key = try scanner.readString(strict: true)
            if let first = seen[key] {
                let line = JSONLocator.lineAndColumn(ofOffset: first, in: scanner.bytes).line
                throw SyntaxError(offset: keyOffset, message: Localized("키 \"\(key)\"가 이 객체에 두 번 있습니다 (처음은 \(line)행): 하나만 남기세요",
                                                                     "the key \"\(key)\" appears twice in this object (first on line \(line)); keep one"))
            }
            guard let shape = members[key] else {
                let known = members.keys.sorted().joined(separator: ", ")
                throw SyntaxError(offset: keyOffset, message: Localized(
                    "dangol은 여기서 키 \"\(key)\"를 모르므로 다음 저장 때 지워집니다: 지우거나 메모로 옮기세요 (아는 키: \(known))",
                    "dangol does not know the key \"\(key)\" here and would drop it on the next save; "
                        + "remove it or move it to a note (known keys: \(known))"))
            }
            seen[key] = keyOffset
            scanner.skipWhitespace()
            try scanner.expect(UInt8(ascii: ":"))
            try scanner.checkValue(shape)
        }
    }

    private mutating func checkArray(_ element: JSONShape) throws {
        try enterContainer()
        try forEachElement(close: UInt8(ascii: "]")) { scanner in try scanner.checkValue(element) }
    }

    /// A number that dangol can hold: digits only (a minus allowed), within a 64-bit integer.
    private mutating func checkWholeNumber() throws {
        let start = position
        try skipNumber()
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) {
            throw SyntaxError(offset: start, message: Localized("정수가 와야 하는데 \(text)입니다", "expected a whole number, found \(text)"))
        }
        if Int(text) == nil {
            throw SyntaxError(offset: start, message: Localized("수 \(text)이(가) 너무 큽니다: dangol의 수는 ±\(Int.max) 안의 정수입니다",
                                                             "the number \(text) is too large: dangol's figures are whole numbers within ±\(Int.max)"))
        }
    }

    private mutating func enterContainer() throws {
        depth += 1
        guard depth <= JSONLocator.maximumDepth else { throw failure(Localized("객체와 배열이 너무 깊게 겹쳐 있습니다", "objects and arrays nest too deeply")) }
        position += 1
    }

    /// Calls `element` for each element up to `close`, reading the commas between them.
    private mutating func forEachElement(close: UInt8, _ element: (inout JSONLocator) throws -> Void) throws {
        skipWhitespace()
        if peek() == close {
            position += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            try element(&self)
            skipWhitespace()
            if peek() == UInt8(ascii: ",") {
                position += 1
            } else if peek() == close {
                position += 1
                depth -= 1
                return
            } else {
                throw unexpected(close == UInt8(ascii: "}") ? Localized("',' 또는 '}'", "',' or '}'") : Localized("',' 또는 ']'", "',' or ']'"))
            }
        }
    }

    private mutating func skipContainer(close: UInt8, member: Bool) throws {
        try enterContainer()
        try forEachElement(close: close) { scanner in
            if member {
                guard scanner.peek() == UInt8(ascii: "\"") else { throw scanner.unexpected(Localized("따옴표 안의 키", "a quoted key")) }
                _ = try scanner.readString()
                scanner.skipWhitespace()
                try scanner.expect(UInt8(ascii: ":"))
            }
            try scanner.skipValue()
        }
    }

    private mutating func skipLiteral(_ literal: String) throws {
        for expected in literal.utf8 {
            guard peek() == expected else { throw unexpected(Localized(verbatim: "'\(literal)'")) }
            position += 1
        }
    }

    private mutating func skipDigits() throws {
        guard let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else {
            throw unexpected(Localized("숫자", "a digit"))
        }
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
            position += 1
        }
    }

    private mutating func skipNumber() throws {
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
        } else {
            try skipDigits()
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            try skipDigits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            try skipDigits()
        }
    }

    /// Reads a string token and returns its decoded text; `strict` refuses an escaped surrogate
    /// that is not half of a pair, which no text can hold.
    private mutating func readString(strict: Bool = false) throws -> String {
        let opening = position
        position += 1
        var scalars = String.UnicodeScalarView()
        var pendingHighSurrogate: (value: UInt32, offset: Int)?
        func requireNoPendingHalf() throws {
            if strict, let high = pendingHighSurrogate { throw JSONLocator.loneSurrogate(high.value, at: high.offset) }
        }
        while true {
            guard let byte = peek() else {
                position = opening
                throw failure(Localized("이 문자열이 '\"'로 닫히지 않습니다", "this string is never closed with '\"'"))
            }
            if byte == UInt8(ascii: "\"") {
                try requireNoPendingHalf()
                position += 1
                return String(scalars)
            }
            guard byte >= 0x20 else { throw failure(Localized("문자열 안의 제어 문자는 이스케이프해야 합니다", "a control character must be escaped inside a string")) }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = position
                position += 1
                let escaped = try readEscape()
                let isLow = (0xDC00...0xDFFF).contains(escaped)
                if let high = pendingHighSurrogate, isLow {
                    let combined = 0x10000 + ((high.value - 0xD800) << 10) + (escaped - 0xDC00)
                    scalars.append(Unicode.Scalar(combined)!)
                    pendingHighSurrogate = nil
                    continue
                }
                try requireNoPendingHalf()
                if strict, isLow { throw JSONLocator.loneSurrogate(escaped, at: escapeStart) }
                if (0xD800...0xDBFF).contains(escaped) {
                    pendingHighSurrogate = (escaped, escapeStart)
                } else if let scalar = Unicode.Scalar(escaped) {
                    pendingHighSurrogate = nil
                    scalars.append(scalar)
                }
                continue
            }
            try requireNoPendingHalf()
            pendingHighSurrogate = nil
            let start = position
            position += 1
            while let next = peek(), next & 0xC0 == 0x80 { position += 1 }
            scalars.append(contentsOf: String(decoding: bytes[start..<position], as: UTF8.self).unicodeScalars)
        }
    }

    private static func loneSurrogate(_ value: UInt32, at offset: Int) -> SyntaxError {
        SyntaxError(offset: offset, message: Localized(
            "\\u\(String(value, radix: 16, uppercase: true))은(는) 짝 없는 서로게이트 반쪽이라 어떤 글도 담을 수 없습니다",
            "\\u\(String(value, radix: 16, uppercase: true)) is half of a surrogate pair without its other half, which no text can hold"))
    }

    private mutating func readEscape() throws -> UInt32 {
        guard let byte = peek() else { throw failure(Localized("이스케이프 도중에 파일이 끝납니다", "the file ends inside an escape sequence")) }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return UInt32(byte)
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        case UInt8(ascii: "u"):
            var value: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = peek().flatMap({ Character(Unicode.Scalar($0)).hexDigitValue }) else {
                    throw failure(Localized("\\u 뒤에는 16진수 네 자리가 와야 합니다", "\\u must be followed by four hexadecimal digits"))
                }
                value = value * 16 + UInt32(digit)
                position += 1
            }
            return value
        default:
            position -= 1
            throw failure(Localized("'\\\(Character(Unicode.Scalar(byte)))'은(는) 올바른 이스케이프가 아닙니다",
                                   "'\\\(Character(Unicode.Scalar(byte)))' is not a valid escape sequence"))
        }
    }
}
