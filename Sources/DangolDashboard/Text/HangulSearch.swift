/// Matching as Korean users search: Hangul substrings, and initial consonants (초성 검색),
/// so `ㅂㅊ` finds 반찬가게 and `반ㅊ` finds it too. Latin letters match regardless of case.
public enum HangulSearch {
    /// The 19 initial consonants in the order Unicode composes syllables with them.
    private static let initials: [Character] = [
        "ㄱ", "ㄲ", "ㄴ", "ㄷ", "ㄸ", "ㄹ", "ㅁ", "ㅂ", "ㅃ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅉ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ",
    ]
    private static let initialSet = Set(initials)

    /// Whether `query` occurs in `text`, where a lone consonant in the query matches any
    /// syllable that begins with it. An empty query matches everything.
    public static func matches(_ query: String, in text: String) -> Bool {
        let needle = Array(query.lowercased().filter { !$0.isWhitespace })
        guard !needle.isEmpty else { return true }
        let haystack = Array(text.lowercased().filter { !$0.isWhitespace })
        guard haystack.count >= needle.count else { return false }
        return (0...(haystack.count - needle.count)).contains { start in
            needle.indices.allSatisfy { matches(needle[$0], haystack[start + $0]) }
        }
    }

    private static func matches(_ wanted: Character, _ actual: Character) -> Bool {
        wanted == actual || (initialSet.contains(wanted) && initial(of: actual) == wanted)
    }

    /// The initial consonant of a precomposed Hangul syllable, or nil for anything else.
    static func initial(of character: Character) -> Character? {
        guard let scalar = character.unicodeScalars.first, (0xAC00...0xD7A3).contains(scalar.value) else { return nil }
        return initials[Int(scalar.value - 0xAC00) / 588]
    }
}
