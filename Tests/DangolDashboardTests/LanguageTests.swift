import Testing
@testable import DangolDashboard

@Suite("Interface language")
struct LanguageTests {
    @Test("--lang wins, then DANGOL_LANG, then a ko_* locale, else English")
    func choice() {
        #expect(Language.choose(flag: .en, environment: ["DANGOL_LANG": "ko", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.choose(flag: nil, environment: ["DANGOL_LANG": "ko", "LANG": "C"]) == .ko)
        #expect(Language.choose(flag: nil, environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.choose(flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.choose(flag: nil, environment: ["LANG": "C.UTF-8"]) == .en)
        #expect(Language.choose(flag: nil, environment: [:]) == .en)
    }
}
