/// What text from outside may hold, and how text is shown where it could still do harm.
///
/// Names, categories, tutors, notes and file names reach other people's terminals, reports and
/// spreadsheets. A control character there can retitle or clear a terminal (ESC, BEL), rewrite a
/// line (CR, backspace) or end a string (NUL); a bidirectional override (U+202E) makes text read
/// differently from what it holds. So every text field refuses them at input, `dangol check`
/// refuses them in files, and `printable(_:)` shows any that still arrive as their code.
public enum TextRules {
    /// Whether `scalar` may never stand in dangol's text: C0 and C1 controls (tab and line breaks
    /// included, every field is one line), DEL, the line and paragraph separators, and the
    /// bidirectional formatting controls (marks, embeddings, overrides, isolates).
    public static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case ..<0x061C: return false
        case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    /// Whether `text` is certainly one line of ordinary text, from its bytes alone: not empty,
    /// no forbidden character, no white space at either end. Every byte is printable ASCII or
    /// part of a character whose lead byte starts no forbidden or white-space scalar (those
    /// all lead with C2, D8, E1, E2 or E3: U+0080–U+00BF, U+061C, U+1680, U+2000–U+206F,
    /// U+3000); Hangul syllables lead with EA–ED. Text that fails is checked scalar by scalar.
    public static func isPlainLine(_ text: String) -> Bool {
        text.withUTF8Bytes(isPlainLine(utf8:))
    }

    /// `isPlainLine` of the text whose UTF-8 bytes are `utf8`.
    @inline(__always)
    static func isPlainLine(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return false }
        return allPlainBytes(utf8)
    }

    /// The bytes above the controls that are not plain: DEL, and the lead bytes that can start
    /// a forbidden or white-space scalar (see `isPlainLine`). `plainBytes` is built from them.
    private static let unplainBytes: [UInt8] = [0x7F, 0xC2, 0xD8, 0xE1, 0xE2, 0xE3]

    /// Whether every byte of `utf8` is plain (`plainBytes`), a byte at a time: one load from
    /// the table each, less than the eight tests a word of them took (`ByteWord`), and names
    /// are a few words long.
    private static func allPlainBytes(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        plainBytes.withUnsafeBufferPointer { plain in utf8.allSatisfy { plain[Int($0)] } }
    }

    /// For each byte value, whether it is plain: printable ASCII, or no part of a forbidden or
    /// white-space scalar's encoding (see `isPlainLine`). Built from `unplainBytes`, looked up
    /// in one load.
    private static let plainBytes: [Bool] = (0...UInt8.max).map { $0 >= 0x20 && !unplainBytes.contains($0) }

    /// Why `text` cannot be stored, naming the first forbidden character; nil when it is fine.
    public static func problem(in text: String) -> Localized? {
        guard let bad = text.unicodeScalars.first(where: isForbidden) else { return nil }
        let what = describe(bad)
        return Localized("\(what.ko)가 들어 있습니다: dangol은 글에 그것을 저장하지 않으니 지우세요",
                         "contains \(what.en), which dangol does not store in text: remove it")
    }

    /// `text` with every forbidden scalar shown as its code, for output to a terminal; line
    /// breaks are kept when `keepingLineBreaks` (whole documents), since they only end lines.
    public static func printable(_ text: String, keepingLineBreaks: Bool = false) -> String {
        func shown(_ scalar: Unicode.Scalar) -> Bool {
            isForbidden(scalar) && !(keepingLineBreaks && scalar == "\n")
        }
        // A whole document (a summary of 1,400 markets) is nearly always plain: one byte scan,
        // and the scalars are looked at only when a byte could start a forbidden one.
        let plain = text.withUTF8Bytes { utf8 in
            plainBytes.withUnsafeBufferPointer { plain in utf8.allSatisfy { plain[Int($0)] || (keepingLineBreaks && $0 == 0x0A) } }
        }
        guard !plain, text.unicodeScalars.contains(where: shown) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if shown(scalar) {
                result.append(contentsOf: "<\(code(scalar))>".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func describe(_ scalar: Unicode.Scalar) -> Localized {
        let code = code(scalar)
        switch scalar.value {
        case 0x09: return Localized("탭 (U+0009)", "a tab (U+0009)")
        case 0x0A, 0x0D, 0x2028, 0x2029: return Localized("줄바꿈 (\(code))", "a line break (\(code))")
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
            return Localized("글의 방향을 바꾸는 제어 문자 (\(code))", "a bidirectional control (\(code)) that changes how text reads")
        default: return Localized("제어 문자 (\(code))", "a control character (\(code))")
        }
    }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

extension String {
    /// What `body` makes of this text's UTF-8 bytes, read where they lie. `withUTF8` is
    /// mutating, so a String passed in was copied to call it, a retain and a release per name
    /// checked; a native String (every one on Linux) lends its bytes as it is, and only another
    /// is copied.
    @inline(__always)
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}

extension Character {
    /// Whether this is one of the digits 0 to 9 (not another script's, not a full-width one):
    /// what a count, a date or a port typed in a sheet, a form or a command line is made of.
    public var isASCIIDigit: Bool {
        ("0"..."9").contains(self)
    }
}
