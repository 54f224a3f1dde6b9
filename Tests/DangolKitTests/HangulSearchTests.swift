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
