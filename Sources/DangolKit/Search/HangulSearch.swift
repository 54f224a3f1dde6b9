/// Matching as Korean users search: Hangul substrings, and initial consonants (초성 검색),
/// so `ㅂㅊ` finds 반찬가게 and `반ㅊ` finds it too. Latin letters match regardless of case.
public enum HangulSearch {
    /// Text made ready for matching: its search key. Preparing each name once lets one
    /// keystroke test 200,000 names in a few milliseconds.
    public struct Prepared: Sendable {
        let key: [UInt32]

        public init(_ text: String) {
            key = HangulSearch.key(of: text)
        }
    }

    /// The form every name is matched in: the scalar values of the lowercased text, white space
    /// removed. The digest cache keeps it for every store, so a program-wide search reads the
    /// keys where they lie instead of preparing 200,000 names in every session.
    static func key(of text: String) -> [UInt32] {
        var key: [UInt32] = []
        key.reserveCapacity(text.utf8.count)
        appendKey(of: text, to: &key)
        return key
    }

    /// `key(of:)` appended to `keys`, where a digest gathers every store's key.
    static func appendKey(of text: String, to keys: inout [UInt32]) {
        // ASCII and Hangul syllables (nearly every name) without a lowercased copy of the text:
        // building the digests of 210,000 stores spent a third of its time there.
        let start = keys.count
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A: keys.append(scalar.value + 0x20)
            case 0x09...0x0D, 0x20: continue
            case 0x21...0x7E, 0xAC00...0xD7A3: keys.append(scalar.value)
            default:
                keys.removeSubrange(start...)
                keys.append(contentsOf: fullKey(of: text))
                return
            }
        }
    }

    /// `key(of:)` by Unicode's own lowercasing and white space, for any text.
    static func fullKey(of text: String) -> [UInt32] {
        text.lowercased().unicodeScalars.filter { !$0.isWhitespace }.map(\.value)
    }

    /// The 19 initial consonants (as compatibility jamo) in the order Unicode composes syllables with them.
    private static let initials: [UInt32] = [
        "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
    ].map { (initial: Unicode.Scalar) in initial.value }
    private static let syllables: ClosedRange<UInt32> = 0xAC00...0xD7A3
    /// Syllables per initial consonant: 21 vowels times 28 finals.
    private static let syllablesPerInitial: UInt32 = 588

    /// Whether `query` occurs in `text`, where a lone consonant in the query matches any
    /// syllable that begins with it. An empty query matches everything.
    public static func matches(_ query: String, in text: String) -> Bool {
        // No filter matches everything: 1,400 names are not prepared for nothing on every refresh.
        query.isEmpty || matches(Prepared(query), in: Prepared(text))
    }

    /// `matches(_:in:)` for text prepared beforehand.
    public static func matches(_ query: Prepared, in text: Prepared) -> Bool {
        matches(query, inKey: text.key)
    }

    /// `matches(_:in:)` against a search key, wherever it is kept.
    static func matches<Key: RandomAccessCollection<UInt32>>(_ query: Prepared, inKey haystack: Key) -> Bool where Key.Index == Int {
        let needle = query.key
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { matches(needle[$0], haystack[start + $0]) }
        }
    }

    private static func matches(_ wanted: UInt32, _ actual: UInt32) -> Bool {
        // Only a compatibility consonant (ㄱ U+3131 … ㅎ U+314E) can match a syllable's initial.
        wanted == actual || ((0x3131...0x314E).contains(wanted) && initial(of: actual) == wanted)
    }

    /// The initial consonant of a precomposed Hangul syllable, or nil for anything else.
    static func initial(of scalar: UInt32) -> UInt32? {
        guard syllables.contains(scalar) else { return nil }
        return initials[Int((scalar - syllables.lowerBound) / syllablesPerInitial)]
    }
}
