import Testing
@testable import DangolDashboard

@Suite("Remembered rows")
struct RowMemoTests {
    /// Frames of a two-row table of Korean market names, drawn through one memo.
    private struct Frames {
        var memo = RowMemo<String>()
        var drawn: [String] = []
        let layout = RowMemo<String>.Layout(width: 24, columns: [1, 10], options: DisplayOptions())

        /// Draws `rows` (nil leaves a grid row out of the frame) and returns the frame's lines.
        mutating func frame(_ rows: [String?], layout: RowMemo<String>.Layout? = nil) -> [String] {
            var grid = CellGrid(width: 24, height: rows.count)
            memo.startFrame(layout ?? self.layout)
            for (y, row) in rows.enumerated() {
                guard let row else { continue }
                memo.draw(row, selected: false, style: .plain, into: &grid, y: y) { grid in
                    drawn.append(row)
                    grid.put(" \(row)", x: 0, y: y)
                }
            }
            return grid.lines
        }
    }

    @Test("A row drawn once is copied while it shows the same, and drawn again when it changes")
    func copiedUntilChanged() {
        var frames = Frames()
        let first = frames.frame(["신영시장", "망원시장"])
        #expect(frames.drawn == ["신영시장", "망원시장"])
        #expect(frames.frame(["신영시장", "망원시장"]) == first)
        #expect(frames.drawn.count == 2, "nothing drawn again")
        #expect(frames.frame(["신영시장", "통인시장"]) == [" 신영시장", " 통인시장"])
        #expect(frames.drawn == ["신영시장", "망원시장", "통인시장"])
    }

    @Test("A row a frame leaves out is copied, exactly, when it shows the same again")
    func rowLeftOut() {
        var frames = Frames()
        let whole = frames.frame(["신영시장", "망원시장"])
        #expect(frames.frame(["신영시장", nil]) == [" 신영시장", ""])
        #expect(frames.frame(["신영시장", "망원시장"]) == whole)
        #expect(frames.drawn == ["신영시장", "망원시장"])
    }

    @Test("Another layout (width, columns, options) draws every row again")
    func layoutChanged() {
        var frames = Frames()
        _ = frames.frame(["신영시장", "망원시장"])
        var moved = frames.layout
        moved.columns = [1, 12]
        _ = frames.frame(["신영시장", "망원시장"], layout: moved)
        #expect(frames.drawn == ["신영시장", "망원시장", "신영시장", "망원시장"])
    }
}
