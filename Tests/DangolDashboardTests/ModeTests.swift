import DangolKit
import Testing
@testable import DangolDashboard

/// Esc leaves the innermost mode before the screen, and a jump comes back where it started.
@Suite("Modes and the way back")
struct ModeTests {
    @Test("Esc on the market's charts leaves the charts, then the market; the overview is not left in chart mode")
    func chartsThenScreen() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("c"))
        #expect(screen.lines[3] == " 주간 추이 (누적, 주차 끝 기준)")
        let kept1 = screen.press(.escape)
        #expect(kept1)
        #expect(screen.dashboard.state.screen == .market)
        #expect(screen.lines[4].hasPrefix("▶할매손두부"))
        let kept2 = screen.press(.escape)
        #expect(kept2)
        #expect(screen.dashboard.state.screen == .overview)
        #expect(screen.lines[2].hasPrefix(" 시장"), "the overview shows its table")
    }

    @Test("On the overview Esc clears the filter, then the charts, then the narrowed round, and never quits: q does")
    func overviewModes() throws {
        var screen = try SampleDashboard()
        screen.press(.character("r"), .character("c"), .character("/"))
        screen.type("신영")
        screen.press(.enter)
        #expect(screen.dashboard.state.overview.filter == "신영")
        let kept3 = screen.press(.escape)
        #expect(kept3)
        #expect(screen.dashboard.state.overview.filter.isEmpty)
        #expect(screen.dashboard.state.showCharts)
        let kept4 = screen.press(.escape)
        #expect(kept4)
        #expect(!screen.dashboard.state.showCharts)
        #expect(screen.dashboard.state.round == "2022-pilot")
        let kept5 = screen.press(.escape)
        #expect(kept5)
        #expect(screen.dashboard.state.round == nil)
        // Esc never quits, however often it is pressed (two presses from a market closed staff sessions); q does.
        let kept6 = screen.press(.escape) && screen.press(.escape)
        #expect(kept6, "the plain overview stays")
        #expect(screen.dashboard.state.notice?.contains("q") == true)
        let quit = !screen.press(.character("q"))
        #expect(quit, "q quits")
    }

    @Test("r shows one round at a time with its own day and total, then every round again; Enter on a heading picks it")
    func rounds() throws {
        var screen = try SampleDashboard()
        screen.press(.character("r"), .character("r"))
        #expect(screen.lines[0].hasSuffix("› 2022 본사업                       기준 2023-01-29"))
        #expect(screen.lines.contains { $0.hasPrefix(" 합계 10개 시장") && $0.contains("831") && $0.contains("513") && $0.contains("16,083") })
        #expect(!screen.lines.contains { $0.contains("신영시장") })
        screen.press(.character("r"), .character("r"))
        #expect(screen.dashboard.state.round == nil)
        screen.press(.character("g"))
        #expect(screen.dashboard.state.overviewVisible[screen.dashboard.state.overview.cursor] == .round(0))
        screen.press(.enter)
        #expect(screen.dashboard.state.round == "2022-pilot")
        #expect(screen.dashboard.state.screen == .overview)
    }

    @Test(": search, Enter on a store, Esc: back to the results; Esc again: back where the search began")
    func searchReturns() throws {
        var screen = try SampleDashboard()
        screen.press(.enter)
        screen.press(.character(":"))
        screen.type("ㅂㅊ")
        screen.press(.down, .down, .down, .down, .down)
        let chosen = screen.dashboard.state.search!.list.cursor
        screen.press(.enter)
        #expect(screen.dashboard.state.screen == .store)
        #expect(screen.lines[0].contains("동문공설시장 › 복반찬가게"))
        screen.press(.escape)
        #expect(screen.dashboard.state.screen == .search)
        #expect(screen.dashboard.state.search?.query == "ㅂㅊ")
        #expect(screen.dashboard.state.search?.list.cursor == chosen)
        screen.press(.escape)
        #expect(screen.dashboard.state.screen == .market)
        #expect(screen.lines[0].contains("전체 › 신영시장"), "the market the search was opened from")
    }

    @Test("The worklist and the awards also come back to where they were opened")
    func jumpsReturn() throws {
        var screen = try SampleDashboard()
        screen.press(.character("r"), .character("r"), .character("t"), .enter)
        #expect(screen.lines[0].contains("샘플시장 A › 영광통닭"))
        screen.press(.escape, .escape)
        #expect(screen.dashboard.state.screen == .overview)
        #expect(screen.dashboard.state.round == "2022")
    }
}

/// Stores outside the programme look different everywhere, in colour and without.
@Suite("Non-eligible stores")
struct NonEligibleTests {
    @Test("A non-eligible store's row is dim in every cell and its channel column says why; its screen says what it means")
    func distinct() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .down, .down, .down, .down, .down)
        #expect(screen.lines[9].hasPrefix("▶착한약초"))
        screen.press(.down)
        let grid = screen.dashboard.render()
        let row = 9
        let dimCells = (1..<grid.width).filter { grid[$0, row].style.dim }
        let inked = (1..<grid.width).filter { grid[$0, row].character.map { !$0.isWhitespace } ?? false }
        #expect(inked.count > 10)
        #expect(Set(inked).isSubset(of: Set(dimCells)), "every drawn cell of the row is dim")
        screen.press(.up, .enter)
        #expect(screen.lines.contains { $0.hasSuffix("참여 대상 아님: 모든 집계에서 빠짐 (e로 바꿈)") })
    }
}
