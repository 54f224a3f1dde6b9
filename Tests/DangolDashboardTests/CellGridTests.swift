import Testing
import TerminalText
@testable import DangolDashboard

@Suite("Cell grid")
struct CellGridTests {
    @Test("A wide character fills two cells and is read back once")
    func wideCharacters() {
        var grid = CellGrid(width: 6, height: 1)
        let end = grid.put("가a나", x: 0, y: 0)
        #expect(end == 5)
        #expect(grid[1, 0].character == nil)
        #expect(grid.lines == ["가a나"])
    }

    @Test("Characters of several scalars come back whole from their cells, and the same character makes the same cell")
    func clusters() {
        // e with a combining acute, a flag, a family joined by ZWJ, 가 spelt as conjoining jamo.
        let clusters = ["e\u{301}", "🇰🇷", "👩\u{200D}👩\u{200D}👧", "\u{1100}\u{1161}"]
        var grid = CellGrid(width: 20, height: 2)
        for (row, text) in [clusters.joined(separator: " "), clusters.reversed().joined(separator: " ")].enumerated() {
            grid.put(text, x: 0, y: row)
        }
        #expect(grid.lines == [clusters.joined(separator: " "), clusters.reversed().joined(separator: " ")])
        let first = (0..<grid.width).first { grid[$0, 0].character == "🇰🇷" }
        let second = (0..<grid.width).first { grid[$0, 1].character == "🇰🇷" }
        #expect(first != nil && second != nil)
        #expect(grid[first!, 0] == grid[second!, 1], "one flag, one code, wherever it is drawn")
        #expect(grid[0, 0] != CellGrid.Cell(character: "e", style: .plain), "e with its accent is not a bare e")
    }

    @Test("A wide character that would cross the edge becomes a space")
    func edge() {
        var grid = CellGrid(width: 5, height: 1)
        grid.put("가나다", x: 0, y: 0)
        #expect(grid.text(ofRow: 0) == "가나 ")
    }

    @Test("Overwriting half of a wide character blanks the other half")
    func overwrite() {
        var grid = CellGrid(width: 4, height: 1)
        grid.put("가나", x: 0, y: 0)
        grid.put("x", x: 1, y: 0)
        #expect(grid.text(ofRow: 0) == " x나")
        grid.put("y", x: 2, y: 0)
        #expect(grid.text(ofRow: 0) == " xy ")
        grid.put("다", x: 0, y: 0)
        #expect(grid.text(ofRow: 0) == "다y ")
    }

    @Test("Ambiguous symbols take two cells when measured wide")
    func ambiguousWide() {
        var grid = CellGrid(width: 6, height: 1, measure: TerminalWidth(ambiguousIsWide: true))
        #expect(grid.put("██x", x: 0, y: 0) == 5)
        #expect(grid.lines == ["██x"])
    }

    @Test("Putting text fitted to a column draws what fitting it first and putting the result draws")
    func fittedPut() {
        let texts = ["", "a", "abc", "가", "가나다", "가a나", "신영시장 1", "e\u{301}x", "①②", "█▌", "👩\u{200D}👧", "\u{200B}a"]
        for measure in [TerminalWidth(), TerminalWidth(ambiguousIsWide: true)] {
            for text in texts {
                for width in 0...7 {
                    for alignment in [Alignment.left, .right] {
                        for ellipsis in ["…", "~"] {
                            // Over a row already holding wide characters, from an odd column.
                            var direct = CellGrid(width: 10, height: 1, measure: measure)
                            direct.put("가나다라마", x: 0, y: 0)
                            var viaString = direct
                            direct.put(text, x: 1, y: 0, fittedTo: width, alignment: alignment, ellipsis: ellipsis, style: .heading)
                            viaString.put(measure.fit(text, to: width, alignment: alignment, ellipsis: ellipsis), x: 1, y: 0,
                                          style: .heading, limit: 1 + width)
                            #expect(direct.cells == viaString.cells,
                                    "\(text) in \(width) columns, \(alignment), ambiguous wide: \(measure.ambiguousIsWide)")
                        }
                    }
                }
            }
        }
    }
}
