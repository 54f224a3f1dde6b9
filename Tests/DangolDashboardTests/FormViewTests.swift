import DangolKit
import Testing
@testable import DangolDashboard

/// Forms and long messages in a small terminal: every field reachable, nothing from beneath
/// showing through, messages read to their end.
@Suite("Forms and messages at 40x12")
struct FormViewTests {
    private func small() throws -> SampleDashboard {
        var screen = try SampleDashboard(width: 40, height: 12)
        screen.press(.enter, .down, .down, .down)
        return screen
    }

    @Test("The edit form shows all five fields at 40x12, and Tab to the last one keeps it and the cursor in view")
    func editFormFits() throws {
        var screen = try small()
        screen.press(.character("e"), .tab, .tab, .tab, .tab)
        #expect(screen.lines == [
            " 신영시장 (서울 양…  8주 과정 종료 +4주",
            " ──────────────────────────────────────",
            "   점포 정보 고치기: 대박수산",
            "   점포명           대박수산",
            "   업종             수산",
            "   대표 나이        73",
            "   참여 대상 (Y/N)  Y",
            "   튜터             최튜터",
            "   Tab 다음 칸  Enter 저장  Esc 취소",
            " ──────────────────────────────────────",
            " 소문난수산     미개설          0      0",
            " Tab 다음 칸  Enter 저장  Esc 취소",
        ])
        let grid = screen.dashboard.render()
        #expect(grid[26, 7].style == .cursor, "the text cursor sits after 최튜터")
    }

    @Test("No character of the rows beneath shows at the box's edges")
    func noBleed() throws {
        var screen = try small()
        screen.press(.character("e"))
        let grid = screen.dashboard.render()
        for row in 1...9 {
            #expect(grid[0, row].character == " " && grid[39, row].character == " ", "row \(row)")
        }
    }

    @Test("The remove confirmation names the keys it takes")
    func removeHints() throws {
        var screen = try small()
        screen.press(.character("d"))
        #expect(screen.lines[5...8] == ["   이 점포를 지울까요? 기록은 이력에", "   남습니다.", "", "   Enter 지우기  Esc 취소"])
    }

    @Test("A long note scrolls in its field: the end and the cursor stay in view")
    func longNoteField() throws {
        var screen = try small()
        screen.press(.character("n"))
        screen.type(String(repeating: "사장님 휴가 ", count: 6) + "끝")
        #expect(screen.lines[5] == "   메모  …사장님 휴가 사장님 휴가 끝")
        screen.press(.home)
        #expect(screen.lines[5] == "   메모  사장님 휴가 사장님 휴가 사장")
    }

    @Test("A status message too long for one row wraps above it instead of being cut")
    func longNoticeWraps() throws {
        var screen = try small()
        screen.press(.character("u"))
        let notice = try #require(screen.dashboard.state.notice)
        #expect(notice == "신영시장에서 김튜터 님이 되돌릴 기록이 없습니다")
        let lines = screen.lines
        #expect(lines[10...11] == [" 신영시장에서 김튜터 님이 되돌릴 기록이", " 없습니다"])
    }
}
