import DangolKit
import Testing

@Suite("Interface language")
struct LanguageTests {
    @Test("--lang wins, then DANGOL_LANG, then a locale that names a language")
    func choice() {
        #expect(Language.choose(flag: .en, environment: ["DANGOL_LANG": "ko", "LANG": "ko_KR.UTF-8"]) == .en)
        #expect(Language.choose(flag: nil, environment: ["DANGOL_LANG": "ko", "LANG": "C"]) == .ko)
        #expect(Language.choose(flag: nil, environment: ["LANG": "ko_KR.UTF-8"]) == .ko)
        #expect(Language.choose(flag: nil, environment: ["LC_ALL": "en_US.UTF-8", "LANG": "ko_KR.UTF-8"], dataName: "단골시장") == .en)
    }

    @Test("No LANG, C, C.UTF-8 or POSIX name no language: Korean data gets Korean, other data English")
    func dataDecides() {
        for environment in [[:], ["LANG": "C"], ["LANG": "C.UTF-8"], ["LC_ALL": "POSIX"], ["LANG": ""]] {
            #expect(Language.choose(flag: nil, environment: environment, dataName: "우리동네 단골시장") == .ko, "\(environment)")
            #expect(Language.choose(flag: nil, environment: environment, dataName: "Market programme") == .en, "\(environment)")
            #expect(Language.choose(flag: nil, environment: environment) == .en, "\(environment)")
        }
    }
}
