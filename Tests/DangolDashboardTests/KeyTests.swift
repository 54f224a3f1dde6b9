import DangolKit
import Testing
@testable import DangolDashboard

/// Key sequences driving the state, as a user would press them.
@Suite("Keys")
struct KeyTests {
    @Test("Enter drills down to a market and a store; Esc, ← and h come back; Esc on top stays, q quits")
    func drillDownAndBack() throws {
        var screen = try SampleDashboard()
        #expect(screen.dashboard.state.screen == .overview)
        screen.press(.enter)
        #expect(screen.dashboard.state.screen == .market)
        #expect(screen.lines[0].contains("전체 › 신영시장"))
        screen.press(.character("l"))
        #expect(screen.dashboard.state.screen == .store)
        #expect(screen.lines[0].contains("신영시장 › 할매손두부"))
        screen.press(.escape)
        #expect(screen.dashboard.state.screen == .market)
        screen.press(.right, .left)
        #expect(screen.dashboard.state.screen == .market)
        screen.press(.character("h"))
        #expect(screen.dashboard.state.screen == .overview)
        let kept = screen.press(.escape)
        #expect(kept, "Esc never quits")
        #expect(screen.press(.character("q")) == false, "q does")
    }

    @Test("q quits from every screen, help included")
    func quitAnywhere() throws {
        for path in [[Key](), [.enter], [.enter, .enter], [.enter, .character("?")]] {
            var screen = try SampleDashboard()
            for key in path {
                let kept = screen.press(key)
                #expect(kept)
            }
            let kept = screen.press(.character("q"))
            #expect(kept == false, "after \(path)")
        }
    }

    @Test("Arrows, j/k, paging and g/G move the cursor and keep it on screen")
    func movement() throws {
        var screen = try SampleDashboard()
        screen.press(.enter)
        let page = ScreenLayout.page(.market, screen.dashboard.state)
        screen.press(.character("j"), .down)
        #expect(screen.dashboard.state.market!.list.cursor == 2)
        screen.press(.character("k"))
        #expect(screen.dashboard.state.market!.list.cursor == 1)
        screen.press(.pageDown)
        #expect(screen.dashboard.state.market!.list.cursor == 1 + page)
        screen.press(.character("G"))
        #expect(screen.dashboard.state.market!.list.cursor == 103)
        #expect(screen.lines[23 - 1].hasPrefix("▶"), "the last store is on screen, just above the status line")
        screen.press(.character("g"))
        #expect(screen.dashboard.state.market!.list.cursor == 0)
        #expect(screen.lines[4].hasPrefix("▶할매손두부"))
        screen.press(.up)
        #expect(screen.dashboard.state.market!.list.cursor == 0)
    }

    @Test("/ filters live by Hangul initials: ㅂㅊ finds the 반찬 shops; Esc clears")
    func initialConsonantFilter() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("/"))
        screen.type("ㅂㅊ")
        let state = screen.dashboard.state
        let names = state.market!.visible.map { state.market!.rows[$0].store.name }
        #expect(!names.isEmpty)
        // Every store of 신영시장 whose name has a syllable with ㅂ followed by one with ㅊ, by hand.
        #expect(names == ["정든반찬가게", "제일밑반찬", "복반찬가게", "오복반찬가게", "만복밑반찬"])
        #expect(screen.lines[2].hasPrefix(" / ㅂㅊ"))
        #expect(screen.lines[2].contains("\(names.count)/104"))
        screen.press(.enter)
        #expect(screen.dashboard.state.isEditingFilter == false)
        #expect(screen.dashboard.state.market!.visible.count == names.count)
        screen.press(.escape)
        #expect(screen.dashboard.state.market!.visible.count == 104)
        #expect(screen.dashboard.state.screen == .market)
    }

    @Test("Typing in the filter does not trigger keys: q is a letter there")
    func filterTakesLetters() throws {
        var screen = try SampleDashboard()
        screen.press(.character("/"))
        let kept = screen.press(.character("q"), .character("s"))
        #expect(kept)
        #expect(screen.dashboard.state.overview.filter == "qs")
        screen.press(.backspace, .backspace)
        screen.type("자양")
        #expect(screen.dashboard.state.overviewVisible == [.round(1), .market(2)], "자양전통시장 under its round's heading")
        screen.press(.enter, .enter)
        #expect(screen.lines[0].contains("자양전통시장"))
    }

    @Test("s cycles the sort column, S reverses, and the cursor stays on its store")
    func sorting() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .down, .down, .down)
        #expect(screen.lines[7].hasPrefix("▶대박수산"))
        screen.press(.character("s"))
        var state = screen.dashboard.state.market!
        let byName = state.visible.map { state.rows[$0].store.name }
        #expect(byName == byName.sorted())
        #expect(screen.lines[3].contains("점포▲"))
        #expect(state.rows[state.visible[state.list.cursor]].store.name == "대박수산")
        screen.press(.character("S"))
        state = screen.dashboard.state.market!
        #expect(state.visible.map { state.rows[$0].store.name } == byName.reversed())
        screen.press(.character("s"), .character("s"), .character("s"))
        state = screen.dashboard.state.market!
        let friends = state.visible.map { state.rows[$0].figures.friends }
        #expect(friends == friends.sorted(by: >))
        #expect(screen.lines[3].contains("친구▼"))
    }

    @Test("Resizing at any moment redraws at the new size and keeps the cursor visible")
    func resize() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("G"))
        _ = screen.dashboard.handle(.resize(width: 40, height: 12))
        #expect(screen.lines.count == 12)
        #expect(screen.lines.contains { $0.hasPrefix("▶") })
        _ = screen.dashboard.handle(.resize(width: 10, height: 4))
        #expect(screen.lines.joined().contains("창이"))
        _ = screen.dashboard.handle(.resize(width: 120, height: 40))
        #expect(screen.lines.count == 40)
        #expect(screen.lines.contains { $0.hasPrefix("▶") })
    }

    @Test("Help lists every key of the screen under it, from the same table dispatch uses")
    func helpFromTheKeyTable() throws {
        for (path, kind) in [([Key](), ScreenKind.overview), ([.enter], .market), ([.enter, .enter], .store)] {
            var screen = try SampleDashboard(width: 100, height: 40)
            for key in path { screen.press(key) }
            screen.press(.character("?"))
            let text = screen.lines.joined(separator: "\n")
            for binding in KeyBindings.bindings(on: kind) {
                #expect(text.contains(binding.help(.ko)), "\(kind): \(binding.help.ko)")
                #expect(text.contains(binding.keys.map { $0.label(.unicode) }.joined(separator: " ")))
            }
            screen.press(.character("?"))
            #expect(screen.dashboard.state.screen == kind)
        }
    }

    @Test("Every action in the key table is reachable on the screens it names")
    func tableIsDispatched() {
        for binding in KeyBindings.table {
            for screen in binding.screens {
                for key in binding.keys {
                    // The binding's own action, not a binding of the same key that shadows it.
                    let action = KeyBindings.action(for: key, on: screen)
                    #expect(action == binding.action, "\(key) on \(screen)")
                }
            }
        }
    }

    @Test("A market file that cannot be read is reported, and the others still show")
    func unreadableMarket() throws {
        var screen = try SampleDashboard()
        try "{ broken".write(toFile: screen.data.file("markets/zz-broken.json"), atomically: true, encoding: .utf8)
        screen = SampleDashboard(reusing: screen.data)
        #expect(screen.lines[1].contains("읽을 수 없는 시장 파일: 1"))
        #expect(screen.dashboard.state.overviewRows.count == 14)
    }
}

@Suite("Help text")
struct HelpTextTests {
    @Test("The market screen's help at 80x24 reads exactly so, keys aligned in one column")
    func marketHelpAt80Columns() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("?"))
        #expect(screen.lines == [
            " dangol │ 도움말",
            "  도움말: 시장 화면",
            "",
            "  ↑ k                위로",
            "  ↓ j                아래로",
            "  PgUp               한 쪽 위로",
            "  PgDn               한 쪽 아래로",
            "  Home g             맨 위로",
            "  End G              맨 아래로",
            "  Enter → l          선택한 항목 열기",
            "  Esc ← h Backspace  뒤로 (찾기 중이면 찾기 지우기)",
            "  /                  찾기: 이름 일부나 초성 (ㅂㅊ → 반찬)",
            "  s                  정렬할 열 바꾸기",
            "  S                  정렬 방향 뒤집기",
            "  o                  채널 개설 기록 (열린 채널은 개설일 고치기)",
            "  f                  친구 수 기록",
            "  m                  메시지 발송 기록",
            "  p                  포스트 기록",
            "  n                  메모 남기기",
            "  a                  점포 추가",
            "  e                  점포 정보 고치기",
            "  d                  점포 지우기 (확인 후)",
            "  u                  내 마지막 기록 되돌리기",
            " Esc 닫기  q 끝",
        ])
        screen.press(.end)
        #expect(screen.lines.contains { $0.hasPrefix("  " + UIText.helpClose(.ko)) }, "End scrolls to the help's last line")
    }
}
