import DangolKit
import Testing
@testable import DangolDashboard

/// The charts, awards and search screens at 80x24 on the sample, against reviewed literal lines.
@Suite("Charts, awards and search")
struct ProgressViewTests {
    @Test("c shows the market's weeks: the pilot's staying power falls after the tutors left")
    func marketCharts() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("c"))
        #expect(Array(screen.lines[3...10]) == [
            " 주간 추이 (누적, 주차 끝 기준)",
            " 채널 개설  ▂▂▃▅▆▇▇█████  5 → 62",
            " 친구       ▁▁▂▂▃▄▅█████  0 → 4,040",
            " 메시지     ▁▁▂▂▃▄▆█████  7 → 361",
            " 활성 비율  ▅▆▇▇▇▇█████▇  60.0% → 90.3%",
            "            1주 → 12주",
            "",
            "  주  개설    친구 메시지 활성 비율",
        ])
        #expect(screen.lines[22] == "  12    62   4,040    361     90.3%")
        screen.press(.character("c"))
        #expect(screen.lines[4].hasPrefix("▶할매손두부"))
    }

    @Test("c on the overview adds the markets up by their own weeks")
    func overviewCharts() throws {
        var screen = try SampleDashboard()
        screen.press(.character("c"))
        #expect(screen.lines[3] == " 채널 개설  ▂▃▄▅▆▇██████  65 → 691")
        #expect(screen.lines[4] == " 친구       ▁▁▂▂▃▅██████  0 → 23,303")
    }

    @Test("t ranks a market's stores, each row explaining its score; Enter opens the store")
    func marketAwards() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("t"))
        #expect(Array(screen.lines.prefix(8)) == [
            " dangol │ 전체 › 우수 점포 시상: 신영시장                       기준 2022-10-23",
            " 점수 = 친구 + 메시지 x5 + 포스트 x3. 동점이면 친구, 메시지, 포스트, 개설일 순",
            "",
            " 순위 점포                 상       친구 메시지 포스트 친구+메시지+포스트   점수",
            "▶   1 고향청과             대상      218      9      3           218+45+9    272",
            "    2 복반찬가게           금상      213      7      7          213+35+21    269",
            "    3 진주의류             은상      165     17      3           165+85+9    259",
            "    4 정든반찬가게         동상      163     11      5          163+55+15    233",
        ])
        #expect(screen.lines[9] == "    6 제일밑반찬           특별상    123      8      6          123+40+18    181")
        #expect(screen.lines[23] == " ↑↓ 이동  Enter 점포  Esc 뒤로  ? 도움말  q 끝")
        screen.press(.down, .enter)
        #expect(screen.lines[0].contains("신영시장 › 복반찬가게"))
        screen.press(.escape)
        #expect(screen.dashboard.state.screen == .awards)
    }

    @Test("t on the overview ranks the round it is narrowed to, naming each store's market")
    func programmeAwards() throws {
        var screen = try SampleDashboard()
        screen.press(.character("r"), .character("r"), .character("t"))
        #expect(screen.lines[0] == " dangol │ 전체 › 우수 점포 시상: 2022 본사업                    기준 2023-01-29")
        #expect(Array(screen.lines[3...5]) == [
            " 순위 점포                 시장       상       친구 메시지 포스트   점수",
            "▶   1 영광통닭             샘플시장 A 대상      161     24      5    296",
            "    2 영광한복             샘플시장 D 대상      123     16      5    218",
        ])
        let awarded = screen.dashboard.state.awards!.entries.filter { $0.tier != nil }
        #expect(awarded.count == 60)
        screen.press(.enter)
        #expect(screen.lines[0].contains("샘플시장 A › 영광통닭"))
    }

    @Test(": finds any store in any market by initials, and Enter opens it")
    func search() throws {
        var screen = try SampleDashboard()
        screen.press(.character(":"))
        screen.type("ㅂㅊ")
        #expect(Array(screen.lines.prefix(5)) == [
            " dangol │ 전체 › 점포 찾기                                              84/1364",
            " : ㅂㅊ",
            "",
            " 점포                         시장           업종   채널",
            "▶정든반찬가게                 신영시장       반찬   2022-08-16",
        ])
        let hits = screen.dashboard.state.search!
        #expect(hits.visible.allSatisfy { HangulSearch.matches("ㅂㅊ", in: hits.entry($0).store.name) })
        #expect(Set(hits.visible.map { hits.entry($0).marketID }).count > 1, "hits from more than one market")
        screen.press(.down, .enter)
        #expect(screen.dashboard.state.screen == .store)
        #expect(screen.lines[0].contains("› 제일밑반찬"))
    }

    @Test("Typing narrows the search and Backspace gives back exactly the matches of the shorter query")
    func searchBackspace() throws {
        var screen = try SampleDashboard()
        screen.press(.character(":"))
        screen.type("ㅂ")
        let afterOne = screen.dashboard.state.search!.visible
        screen.type("ㅊ가")
        let narrowed = screen.dashboard.state.search!.visible
        screen.press(.backspace, .backspace)
        let search = screen.dashboard.state.search!
        #expect(search.query == "ㅂ")
        #expect(search.visible == afterOne)
        #expect(search.visible == (0..<search.storeCount).filter { HangulSearch.matches("ㅂ", in: search.entry($0).store.name) })
        #expect(narrowed.count < afterOne.count && !narrowed.isEmpty)
        screen.press(.backspace)
        #expect(screen.dashboard.state.search!.visible.count == search.storeCount)
    }
}
