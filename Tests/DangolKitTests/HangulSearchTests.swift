import Testing
@testable import DangolKit

@Suite("Hangul search")
struct HangulSearchTests {
    @Test("Substrings, initials and mixtures match", arguments: [
        ("반찬", "정든반찬가게", true), ("ㅂㅊ", "정든반찬가게", true), ("반ㅊ", "정든반찬가게", true),
        ("ㅈㄷㅂㅊ", "정든반찬가게", true), ("ㄱㄱ", "정든반찬가게", true), ("ㅎㅎ", "정든반찬가게", false), ("ㅂㅊ", "할매손두부", false),
        ("cafe", "Cafe 온기", true), ("ㅇㄱ", "Cafe 온기", true), ("샘플시장a", "샘플시장 A", true), ("", "아무거나", true),
        ("떡집떡집", "떡집", false),
    ])
    func matching(query: String, text: String, expected: Bool) {
        #expect(HangulSearch.matches(query, in: text) == expected)
    }

    @Test("The quick search key of ASCII and Hangul is the key Unicode's lowercasing and white space give, for every scalar")
    func quickKey() {
        let samples = (0..<0x80).compactMap(Unicode.Scalar.init).map { "A\($0)가 Z" }
            + ["정든 반찬가게", "Cafe 온기", "ÉCOLE 빵", "İstanbul", "떡\u{3000}집", "\u{1100}\u{1161}", "ＡＢＣ", "😀 떡집", "ǅ"]
        for text in samples {
            #expect(HangulSearch.key(of: text) == HangulSearch.fullKey(of: text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test("Initials of syllables, including doubled consonants")
    func initials() {
        func initial(_ syllable: Unicode.Scalar) -> Unicode.Scalar? {
            HangulSearch.initial(of: syllable.value).flatMap(Unicode.Scalar.init)
        }
        #expect(initial("가") == "ㄱ")
        #expect(initial("까") == "ㄲ")
        #expect(initial("힣") == "ㅎ")
        #expect(initial("a") == nil)
    }
}
