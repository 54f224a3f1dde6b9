import Testing
import TerminalText

@Suite("Number text")
struct NumberTextTests {
    @Test("Counts get thousands separators")
    func counts() {
        #expect(NumberText.count(0) == "0")
        #expect(NumberText.count(999) == "999")
        #expect(NumberText.count(4_040) == "4,040")
        #expect(NumberText.count(16_083) == "16,083")
        #expect(NumberText.count(1_234_567) == "1,234,567")
        #expect(NumberText.count(-4_040) == "-4,040")
        #expect(NumberText.count(100_000) == "100,000")
        #expect(NumberText.count(-999) == "-999")
        #expect(NumberText.count(3_742_115) == "3,742,115")
        #expect(NumberText.count(Int.min) == "-9,223,372,036,854,775,808")
    }

    @Test("Decimals round half away from zero, as the published figures do")
    func decimals() {
        #expect(NumberText.decimal(4_040.0 / 62) == "65.2")
        #expect(NumberText.decimal(361.0 / 62) == "5.8")
        #expect(NumberText.decimal(0.25, places: 1) == "0.3")
        #expect(NumberText.decimal(1_234.5, places: 0) == "1,235")
        #expect(NumberText.decimal(-0.04) == "0.0")
        #expect(NumberText.decimal(-0.06) == "-0.1")
    }

    @Test("Rates print as percentages")
    func percentages() {
        #expect(NumberText.percent(62.0 / 70) == "88.6%")
        #expect(NumberText.percent(0) == "0.0%")
        #expect(NumberText.percent(1) == "100.0%")
    }
}
