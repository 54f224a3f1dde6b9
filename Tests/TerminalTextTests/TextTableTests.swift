import Testing
import TerminalText

@Suite("Text tables")
struct TextTableTests {
    @Test("Columns line up in terminal columns with Korean and mixed names")
    func koreanRows() {
        var table = TextTable(columns: [.init("Market", .left), .init("Friends")])
        table.append(["신영시장", "4,040"])
        table.append(["Cafe 온기", "12"])
        table.append(["신도꼼지락시장", "1,404"])
        #expect(table.lines() == [
            "Market          Friends",
            "신영시장          4,040",
            "Cafe 온기            12",
            "신도꼼지락시장    1,404",
        ])
    }

    @Test("Rows with ambiguous symbols stay aligned when those symbols are measured wide")
    func ambiguousSymbols() {
        let wide = TerminalWidth(ambiguousIsWide: true)
        var table = TextTable(columns: [.init("Bar", .left), .init("Rate")])
        table.append(["███", "88.6%"])
        table.append(["█", "5.0%"])
        let lines = table.lines(measuredBy: wide)
        // Three blocks measured wide take six columns: every line is 6 + 2 + 5 = 13 wide.
        #expect(lines == ["Bar      Rate", "███  88.6%", "█       5.0%"])
        #expect(Set(lines.map { wide.columns(of: $0) }) == [13])
    }
}
