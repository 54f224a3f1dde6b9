import DangolKit
import Foundation
import Testing
import TestSupport
@testable import DangolDashboard

/// Recording through the dashboard's forms, as a tutor at the market would.
@Suite("Recording in the dashboard")
struct RecordingTests {
    /// Opens 신영시장 and puts the cursor on 대박수산 (opened 2022-08-09, last reading 77).
    private func atDaebak() throws -> SampleDashboard {
        var screen = try SampleDashboard()
        screen.press(.enter, .down, .down, .down)
        return screen
    }

    /// At 대박수산 on 신영시장's screen, after my friend count of 85 there (77 before).
    private func afterMyReading() throws -> SampleDashboard {
        var screen = try atDaebak()
        screen.press(.character("f"))
        screen.type("85")
        screen.press(.enter)
        return screen
    }

    private func daebak(_ screen: SampleDashboard) throws -> Store {
        try screen.folder.readMarket("sinyoung").stores.first { $0.name == "대박수산" }!
    }

    @Test("f records a friend reading: typed, checked, saved, journaled and shown in the history")
    func friendReading() throws {
        var screen = try atDaebak()
        screen.press(.character("f"))
        #expect(screen.dashboard.state.form?.kind == .friends)
        #expect(screen.dashboard.state.form?.fields[0].error?.ko == "숫자만 쓰세요", "an empty count is explained")
        screen.type("85")
        #expect(screen.dashboard.state.form?.isValid == true)
        screen.press(.enter)
        #expect(screen.dashboard.state.form == nil)
        #expect(try daebak(screen).friendReadings.last == FriendReading(on: CalendarDate("2026-11-22")!, count: 85))
        let journal = try screen.folder.journal(of: "sinyoung")
        #expect(journal.last?.action == .friends)
        #expect(journal.last?.author == "김튜터")
        #expect(journal.last?.storeChange.previousFriends?.count == 77, "the entry keeps the reading it follows, not the whole store")
        #expect(journal.last?.storeChange.friends?.inserted == [FriendReading(on: CalendarDate("2026-11-22")!, count: 85)])
        screen.press(.enter)
        #expect(screen.lines.contains { $0.contains("김튜터  친구 77 > 85") })
    }

    @Test("Each field explains a wrong value next to it, with the store's own rules")
    func validation() throws {
        var screen = try atDaebak()
        screen.press(.character("f"))
        screen.type("-3")
        #expect(screen.dashboard.state.form?.fields[0].error?.ko == "0 이상이어야 합니다")
        screen.press(.backspace, .backspace)
        screen.type("80")
        screen.press(.tab)
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2022-08-01")
        #expect(screen.dashboard.state.form?.fields[1].error?.ko == "2022-08-01은(는) 채널 개설일 2022-08-09보다 앞섭니다")
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2030-01-01")
        #expect(screen.dashboard.state.form?.fields[1].error?.ko == "2030-01-01은(는) 앞으로 올 날입니다 (오늘 2026-11-22)")
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2022-13-01")
        #expect(screen.dashboard.state.form?.fields[1].error?.ko == "'2022-13-01'은(는) 날짜가 아닙니다: 2024-03-06, 2024.3.6, 24.3.6, 3.6, 3/6, 오늘, 어제, 그제처럼 쓰세요")
        #expect(screen.lines.contains { $0.contains("! '2022-13-01'은(는) 날짜가 아닙니다") })
        let before = fileBytes(screen.folder.marketPath("sinyoung"))
        screen.press(.enter)
        #expect(screen.dashboard.state.form != nil, "an invalid form is not saved")
        #expect(fileBytes(screen.folder.marketPath("sinyoung")) == before)
    }

    @Test("A friend count lower than the last one asks for a second Enter")
    func fallingCount() throws {
        var screen = try atDaebak()
        screen.press(.character("f"))
        screen.type("70")
        #expect(screen.dashboard.state.form?.warning != nil)
        screen.press(.enter)
        #expect(screen.dashboard.state.form != nil)
        #expect(try daebak(screen).friendReadings.last?.count == 77)
        screen.press(.enter)
        #expect(screen.dashboard.state.form == nil)
        #expect(try daebak(screen).friendReadings.last?.count == 70)
    }

    @Test("m records messages of a kind; p a post; n a note in Hangul")
    func messagesPostsNotes() throws {
        var screen = try atDaebak()
        screen.press(.character("m"))
        for _ in 0..<2 { screen.press(.backspace) }
        screen.type("info")
        screen.press(.tab, .backspace)
        screen.type("3")
        screen.press(.enter)
        screen.press(.character("p"), .enter)
        screen.press(.character("n"))
        screen.type("사장님 주말 할인 메시지 연습")
        screen.press(.enter)
        let store = try daebak(screen)
        #expect(store.messages.last == MessageRecord(on: CalendarDate("2026-11-22")!, kind: .info, count: 3))
        #expect(store.posts.last == CalendarDate("2026-11-22")!)
        #expect(store.notes.last == Note(on: CalendarDate("2026-11-22")!, author: "김튜터", text: "사장님 주말 할인 메시지 연습"))
    }

    @Test("a adds, e edits and d removes a store; the removal is journaled, not silent")
    func storeLifecycle() throws {
        var screen = try atDaebak()
        screen.press(.character("a"))
        screen.type("망원떡집")
        screen.press(.tab)
        screen.type("떡")
        screen.press(.tab)
        screen.type("64")
        screen.press(.enter)
        var market = try screen.folder.readMarket("sinyoung")
        let added = try #require(market.stores.last)
        #expect(added.name == "망원떡집" && added.category == "떡" && added.ownerAge == 64 && added.eligible)
        #expect(added.tutor == "김튜터", "a new store is in the care of whoever adds it, unless they change the field")
        screen.press(.character("G"), .character("e"))
        for _ in 0..<4 { screen.press(.backspace) }
        screen.type("망원떡방앗간")
        screen.press(.enter)
        #expect(try screen.folder.readMarket("sinyoung").stores.last?.name == "망원떡방앗간")
        screen.press(.character("d"))
        #expect(screen.lines.contains { $0.contains("이 점포를 지울까요?") })
        #expect(screen.lines.last == " Enter 지우기  Esc 취소", "no field to move to, nothing to save: it removes")
        screen.press(.enter)
        market = try screen.folder.readMarket("sinyoung")
        #expect(!market.stores.contains { $0.id == added.id })
        let journal = try screen.folder.journal(of: "sinyoung")
        #expect(journal.map(\.action).suffix(3) == [.add, .edit, .remove])
        guard case .removed(let removed)? = journal.last?.change else {
            Issue.record("the last entry is not a removal")
            return
        }
        #expect(removed.name == "망원떡방앗간" && journal.last?.storeName == "망원떡방앗간")
    }

    @Test("Esc cancels a form with nothing written")
    func cancel() throws {
        var screen = try atDaebak()
        let before = fileBytes(screen.folder.marketPath("sinyoung"))
        screen.press(.character("f"))
        screen.type("999")
        screen.press(.escape)
        #expect(screen.dashboard.state.form == nil)
        #expect(fileBytes(screen.folder.marketPath("sinyoung")) == before)
        #expect(try screen.folder.journal(of: "sinyoung").isEmpty)
    }

    @Test("u on another store asks first, naming the store, the change, when and by whom; any key but y keeps it")
    func undoAsks() throws {
        var screen = try afterMyReading()
        screen.press(.down)
        screen.press(.character("u"))
        let question = try #require(screen.dashboard.state.notice)
        #expect(question.hasPrefix("대박수산의 '친구 77 > 85' (") && question.hasSuffix("김튜터)을(를) 되돌릴까요? y: 되돌리기, 다른 키: 그대로 두기"), "\(question)")
        #expect(screen.lines.suffix(3).joined().contains("되돌릴까요?"), "the question is on screen, wrapped over the bottom rows")
        screen.press(.character("n"))
        #expect(screen.dashboard.state.notice == "되돌리지 않았습니다")
        #expect(try daebak(screen).friendReadings.last?.count == 85)
        screen.press(.character("u"), .character("y"))
        #expect(try daebak(screen).friendReadings.last?.count == 77)
    }

    @Test("An undo asked about is refused when another connection of mine saved meanwhile: what was named is what is undone")
    func undoTargetMoved() throws {
        var screen = try afterMyReading()
        screen.press(.down, .character("u"))
        var other = SampleDashboard(reusing: screen.data, author: "김튜터")
        other.press(.enter, .down, .down, .down, .character("p"), .enter)
        screen.press(.character("y"))
        #expect(screen.dashboard.state.notice?.contains("그사이 다른 연결에서 새로 고친 것이 있어 되돌리지 않았습니다") == true, "\(screen.dashboard.state.notice ?? "")")
        #expect(try daebak(screen).friendReadings.last?.count == 85)
    }

    @Test("u undoes my last edit as a journaled edit, and refuses when someone changed the store since")
    func undo() throws {
        var screen = try afterMyReading()
        // With the store under the cursor u undoes at once, and says what it undid.
        screen.press(.character("u"))
        #expect(try daebak(screen).friendReadings.last?.count == 77)
        #expect(try screen.folder.journal(of: "sinyoung").last?.action == .undo)
        #expect(screen.dashboard.state.notice?.hasPrefix("되돌렸습니다: 대박수산의 '친구 77 > 85' (") == true, "\(screen.dashboard.state.notice ?? "")")
        screen.press(.enter)
        #expect(screen.lines.contains { $0.contains("김튜터  되돌림 (지움 친구 2026-11-22 85)") }, "the store's history says what was undone")
        screen.press(.escape)
        screen.press(.character("u"))
        #expect(screen.dashboard.state.notice == "신영시장에서 김튜터 님이 되돌릴 기록이 없습니다")

        screen.press(.character("f"))
        screen.type("90")
        screen.press(.enter)
        var other = SampleDashboard(reusing: screen.data)
        other.press(.enter, .down, .down, .down, .character("p"), .enter)
        screen.press(.character("u"))
        #expect(screen.dashboard.state.notice?.hasPrefix("대박수산: 그 뒤에 누가 또 바꿔서 되돌리면 새 변경이 사라집니다") == true)
        #expect(try daebak(screen).friendReadings.last?.count == 90)
    }

    @Test("--read-only: every editing key says so and changes nothing")
    func readOnly() throws {
        var screen = try SampleDashboard(readOnly: true)
        screen.press(.enter, .down)
        let before = fileBytes(screen.folder.marketPath("sinyoung"))
        for (screenKind, keys) in [(ScreenKind.market, "ofmpnaedu"), (.store, "ofmpnedu")] {
            if screenKind == .store { screen.press(.enter) }
            for key in keys {
                screen.press(.character(key))
                #expect(screen.dashboard.state.form == nil)
                #expect(screen.dashboard.state.screen == screenKind)
                #expect(screen.lines[23].contains("읽기 전용"), "\(key) on \(screenKind)")
            }
        }
        #expect(fileBytes(screen.folder.marketPath("sinyoung")) == before)
    }

    @Test("Another session's save shows on refresh, with the cursor still on the same store")
    func liveRefresh() throws {
        var screen = try atDaebak()
        screen.press(.character("s"))
        let selected = screen.dashboard.state.market!.visible[screen.dashboard.state.market!.list.cursor]
        #expect(screen.dashboard.state.market!.rows[selected].store.name == "대박수산")
        let idle = screen.dashboard.refresh()
        #expect(idle == false, "nothing changed, nothing to redraw")
        var other = SampleDashboard(reusing: screen.data)
        other.press(.enter, .down, .down, .down, .character("f"))
        other.type("500")
        // Within the pilot's round (it reads as of 2022-10-23), so the figures include it.
        other.press(.tab)
        for _ in 0..<10 { other.press(.backspace) }
        other.type("2022-10-20")
        other.press(.enter)
        screen.wait()
        let changed = screen.dashboard.refresh()
        #expect(changed)
        let state = screen.dashboard.state.market!
        #expect(state.rows[state.visible[state.list.cursor]].store.name == "대박수산")
        #expect(state.rows[state.visible[state.list.cursor]].figures.friends == 500)
        #expect(state.figures.friends == 4_040 - 77 + 500)
        screen.wait()
        let again = screen.dashboard.refresh()
        #expect(again == false)
    }

    @Test("Told which market changed, the overview updates that row and the totals, and nothing else is re-read")
    func refreshOneMarket() throws {
        var screen = try SampleDashboard()
        let rowsBefore = screen.dashboard.state.overviewRows
        try screen.folder.editStore(in: "sinyoung", author: "이튜터", action: .friends) { market in
            let id = market.stores.first { $0.name == "대박수산" }!.id
            try market.recordFriends(storeID: id, count: 500, on: CalendarDate("2022-10-20")!, today: CalendarDate("2022-10-20")!)
            return id
        }
        let changed = screen.dashboard.refresh(markets: ["sinyoung"])
        #expect(changed)
        let rows = screen.dashboard.state.overviewRows
        #expect(rows.first { $0.digest.id == "sinyoung" }?.figures.friends == 4_040 - 77 + 500)
        #expect(zip(rows, rowsBefore).filter { $0.0.digest.id != "sinyoung" }.allSatisfy { $0.0.figures == $0.1.figures })
        #expect(screen.lines.contains { $0.hasPrefix("▶신영시장") && $0.contains("4,463") })
        screen.wait()
        let again = screen.dashboard.refresh(markets: ["sinyoung"])
        #expect(again == false, "the same stamp again: nothing to redraw")

        // A channel opened in week 8 of the pilot: the sparkline, patched for that one market,
        // gains it from week 8 on and equals the one worked out from every market.
        let before = screen.dashboard.state.overviewWeeklyOpenings.counts
        try screen.folder.editStore(in: "sinyoung", author: "이튜터", action: .channel) { market in
            let id = market.stores.first { $0.eligible && $0.channelOpenedOn == nil }!.id
            try market.recordChannelOpened(storeID: id, on: CalendarDate("2022-09-21")!, today: CalendarDate("2022-10-20")!)
            return id
        }
        screen.wait()
        let opened = screen.dashboard.refresh(markets: ["sinyoung"])
        #expect(opened)
        let state = screen.dashboard.state
        let after = state.overviewWeeklyOpenings.counts
        let gained = zip(before, after).map { pair in pair.1 - pair.0 }
        #expect(gained == before.indices.map { week in week >= 7 ? 1 : 0 })
        #expect(after == WeeklyOpenings(state.overviewMarkets, calendar: state.calendar).counts)
        #expect(screen.lines.contains { $0.contains("주간 채널 개설") && $0.contains("→ 12주 692") })
    }

    @Test("Saving to a store another session removed meanwhile: a clear message, the form and its values kept")
    func removedMeanwhile() throws {
        var screen = try atDaebak()
        screen.press(.character("f"))
        screen.type("88")
        try screen.folder.editStore(in: "sinyoung", author: "이튜터", action: .remove) { market in
            let id = market.stores.first { $0.name == "대박수산" }!.id
            try market.removeStore(id)
            return id
        }
        screen.press(.enter)
        let form = try #require(screen.dashboard.state.form)
        #expect(form.conflict?.ko.contains("이튜터 님이 이 점포를 지웠습니다") == true, "who removed it, and when")
        #expect(form.fields[0].text == "88")
        screen.press(.enter)
        #expect(screen.dashboard.state.form?.failure?.ko.contains("점포") == true)
        #expect(screen.dashboard.state.form?.fields[0].text == "88", "nothing typed is lost")
    }
}

@Suite("Worklist rules")
struct WorklistRuleTests {
    let day = CalendarDate("2022-09-30")!

    private func reasons(_ store: Store) -> [String] {
        WorklistRules.reasons(for: store, on: day).map { $0.en }
    }

    @Test("Each rule, alone and together")
    func rules() {
        let opened = CalendarDate("2022-08-01")!
        #expect(reasons(Store(id: "a", name: "미개설")) == ["channel not opened"])
        #expect(reasons(Store(id: "b", name: "참여 안 함", eligible: false)) == [])
        let fresh = Store(id: "c", name: "잘하는 가게", channelOpenedOn: opened,
                          friendReadings: [FriendReading(on: CalendarDate("2022-09-20")!, count: 10), FriendReading(on: CalendarDate("2022-09-27")!, count: 14)],
                          posts: [CalendarDate("2022-09-25")!])
        #expect(reasons(fresh) == [])
        let quiet = Store(id: "d", name: "조용한 가게", channelOpenedOn: opened,
                          friendReadings: [FriendReading(on: CalendarDate("2022-09-10")!, count: 20), FriendReading(on: CalendarDate("2022-09-20")!, count: 20)],
                          posts: [CalendarDate("2022-09-01")!])
        #expect(reasons(quiet) == ["friends last read 10 days ago", "no message or post for 29 days", "friends stopped growing at 20"])
        let nothing = Store(id: "e", name: "막 연 가게", channelOpenedOn: CalendarDate("2022-09-29")!)
        #expect(reasons(nothing) == ["no friend reading yet", "no message or post yet"])
    }

    @Test("The worklist of a tutor covers only their stores, across markets")
    func byTutor() {
        let first = Market(id: "a", name: "가시장", region: "서울", stores: [Store(id: "s1", name: "김가게", tutor: "김튜터"), Store(id: "s2", name: "이가게", tutor: "이튜터")])
        let second = Market(id: "b", name: "나시장", region: "부산", stores: [Store(id: "s1", name: "김상점", tutor: "김튜터")])
        let calendar = RoundCalendar(rounds: [], digests: [first, second].map(MarketDigest.init(market:)), today: day, requested: nil)
        let items = WorklistRules.items(in: [first, second], tutor: "김튜터", calendar: calendar)
        #expect(items.map(\.store.name) == ["김가게", "김상점"])
        #expect(items.map(\.marketName) == ["가시장", "나시장"])
    }

    @Test("w opens the market's worklist and Enter jumps to the store")
    func jump() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .character("w"))
        #expect(screen.dashboard.state.screen == .worklist)
        #expect(screen.lines[0].contains("오늘 할 일: 신영시장"))
        let first = try #require(screen.dashboard.state.worklist?.items.first)
        screen.press(.enter)
        #expect(screen.dashboard.state.screen == .store)
        #expect(screen.dashboard.state.store?.row.store.id == first.store.id)
        screen.press(.escape)
        #expect(screen.dashboard.state.screen == .worklist)
    }
}
