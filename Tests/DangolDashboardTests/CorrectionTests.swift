import DangolKit
import Foundation
import Testing
import TestSupport
@testable import DangolDashboard

/// Correcting what was recorded, and two tutors on one store: forms that remember the store
/// they were opened on, and records picked on the store's screen.
@Suite("Corrections and conflicts")
struct CorrectionTests {
    /// 대박수산's screen: opened 2022-08-09; readings 21 … 77 (7); messages 5 ad, 4 info, 3 ad; 6 posts.
    private func onDaebakScreen(author: String = "김튜터") throws -> SampleDashboard {
        var screen = try SampleDashboard(author: author)
        screen.press(.enter, .down, .down, .down, .enter)
        return screen
    }

    private func daebak(_ folder: DataFolder) throws -> Store {
        try folder.readMarket("sinyoung").stores.first { $0.name == "대박수산" }!
    }

    @Test("A friend count saved by someone else while my form was open: my Enter stops, says who and what, and the next Enter saves")
    func sameFieldConflict() throws {
        var mine = try onDaebakScreen()
        mine.press(.character("f"))
        mine.type("35")
        var theirs = SampleDashboard(reusing: mine.data, author: "이튜터")
        theirs.press(.enter, .down, .down, .down, .character("f"))
        theirs.type("33")
        theirs.press(.enter, .enter)
        #expect(try daebak(mine.folder).friendReadings.last?.count == 33, "their lower count, confirmed")

        mine.press(.enter)
        let form = try #require(mine.dashboard.state.form, "the form stays open")
        #expect(form.conflict?.ko.contains("이튜터 님이 먼저 바꿨습니다 (친구 77 > 33)") == true)
        #expect(form.fields[0].text == "35", "nothing typed is lost")
        #expect(mine.lines.contains { $0.contains("이튜터 님이 먼저 바꿨습니다") })
        #expect(try daebak(mine.folder).friendReadings.last?.count == 33, "nothing saved yet")

        mine.press(.enter)
        #expect(mine.dashboard.state.form == nil)
        #expect(try daebak(mine.folder).friendReadings.last?.count == 35)
    }

    @Test("A lower count checked against the store as it is now, after the conflict: the warning comes")
    func warningAgainstNewValue() throws {
        var mine = try onDaebakScreen()
        mine.press(.character("f"))
        mine.type("80")
        try mine.folder.editStore(in: "sinyoung", author: "이튜터", action: .friends) { market in
            let id = market.stores.first { $0.name == "대박수산" }!.id
            try market.recordFriends(storeID: id, count: 90, on: CalendarDate("2026-11-22")!, today: CalendarDate("2026-11-22")!)
            return id
        }
        mine.press(.enter)
        #expect(mine.dashboard.state.form?.warning?.ko.contains("지난 기록은 90명") == true)
        mine.press(.enter)
        #expect(mine.dashboard.state.form != nil, "the warning needs its own Enter")
        mine.press(.enter)
        #expect(try daebak(mine.folder).friendReadings.last?.count == 80)
    }

    @Test("Different records merge: a message form is not stopped by a friend count saved meanwhile")
    func differentRecordsMerge() throws {
        var mine = try onDaebakScreen()
        mine.press(.character("m"))
        var theirs = SampleDashboard(reusing: mine.data, author: "이튜터")
        theirs.press(.enter, .down, .down, .down, .character("f"))
        theirs.type("33")
        theirs.press(.enter, .enter)
        mine.press(.enter)
        #expect(mine.dashboard.state.form == nil)
        let store = try daebak(mine.folder)
        #expect(store.friendReadings.last?.count == 33 && store.messages.count == 4)
    }

    @Test("↑↓ pick a record, Enter corrects it under the same rules, the history says what changed, u undoes it")
    func correctReading() throws {
        var screen = try onDaebakScreen()
        screen.press(.down, .down)
        #expect(screen.dashboard.state.store?.selectedRecord == .friends(FriendReading(on: CalendarDate("2022-08-16")!, count: 21)))
        // Read off the drawn screen: the runs of cells drawn in the cursor's style.
        let grid = screen.dashboard.render()
        let picked = (0..<grid.height).compactMap { y -> String? in
            let run = (0..<grid.width).filter { grid[$0, y].style == .cursor && y < grid.height - 1 }.compactMap { grid[$0, y].character }
            return run.isEmpty ? nil : String(run)
        }
        #expect(picked.count == 1 && picked[0].hasPrefix("2022-08-16     21"), "the picked reading, and only it, is drawn as the cursor")
        screen.press(.enter)
        let form = try #require(screen.dashboard.state.form)
        #expect(form.fields.map(\.text) == ["21", "2022-08-16"])
        #expect(screen.lines.contains { $0.contains("고칠 기록: 친구 2022-08-16 21") })
        screen.press(.backspace, .backspace)
        screen.type("12")
        screen.press(.tab)
        // The date is selected: End keeps it for editing.
        screen.press(.end, .backspace)
        screen.type("5")
        #expect(screen.dashboard.state.form?.fields.allSatisfy { $0.error == nil } == true)
        screen.press(.enter)
        #expect(screen.dashboard.state.form == nil)
        var store = try daebak(screen.folder)
        #expect(store.friendReadings.first == FriendReading(on: CalendarDate("2022-08-15")!, count: 12))
        #expect(store.friendReadings.count == 7)
        #expect(try screen.folder.journal(of: "sinyoung").last?.action == .fix)
        #expect(screen.lines.contains { $0.contains("김튜터  고침 친구 2022-08-16 21 > 친구 2022-08-15 12") })

        screen.press(.character("u"))
        store = try daebak(screen.folder)
        #expect(store.friendReadings.first == FriendReading(on: CalendarDate("2022-08-16")!, count: 21))
    }

    @Test("A correction that breaks a rule is refused with the reason, and the form keeps what was typed")
    func correctionRefused() throws {
        var screen = try onDaebakScreen()
        screen.press(.down, .down, .down, .enter)
        screen.press(.tab)
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2022-08-30")
        screen.press(.enter)
        let form = try #require(screen.dashboard.state.form)
        #expect(form.failure?.ko.contains("2022-08-30에는 이미 친구 수 기록이 있습니다") == true)
        #expect(form.fields[1].text == "2022-08-30")
        #expect(try daebak(screen.folder).friendReadings[1].on == CalendarDate("2022-08-23")!)
    }

    @Test("x deletes the picked message after asking; the figures drop; u puts it back")
    func deleteMessage() throws {
        var screen = try onDaebakScreen()
        for _ in 0..<9 { screen.press(.down) }
        #expect(screen.dashboard.state.store?.selectedRecord == .message(MessageRecord(on: CalendarDate("2022-09-12")!, kind: .ad, count: 5)))
        screen.press(.character("x"))
        #expect(screen.dashboard.state.form?.kind == .deleteRecord)
        #expect(screen.lines.contains { $0.contains("이 기록을 지울까요? u로 되돌릴 수 있습니다.") })
        #expect(screen.lines.contains { $0.contains("메시지 2022-09-12 광고 5") }, "the question wraps; the record is named")
        screen.press(.enter)
        #expect(try daebak(screen.folder).messages.map(\.count) == [4, 3])
        #expect(try screen.folder.journal(of: "sinyoung").last?.action == .delete)
        #expect(screen.lines.contains { $0.contains("메시지 7 (광고 3, 정보 4)") })
        screen.press(.character("u"))
        #expect(try daebak(screen.folder).messages.map(\.count) == [5, 4, 3])
    }

    @Test("o on an opened store corrects the opening day; records before the new day are refused")
    func correctOpeningDay() throws {
        var screen = try onDaebakScreen()
        screen.press(.character("o"))
        let form = try #require(screen.dashboard.state.form)
        #expect(form.replacing == .channelOpened(CalendarDate("2022-08-09")!))
        #expect(form.fields[0].text == "2022-08-09")
        screen.press(.end, .backspace)
        screen.type("2")
        screen.press(.enter)
        #expect(try daebak(screen.folder).channelOpenedOn == CalendarDate("2022-08-02")!)
        screen.press(.character("o"))
        for _ in 0..<10 { screen.press(.backspace) }
        screen.type("2022-08-20")
        screen.press(.enter)
        #expect(screen.dashboard.state.form?.failure?.ko.contains("채널 개설일 2022-08-20보다 앞섭니다") == true)
        #expect(try daebak(screen.folder).channelOpenedOn == CalendarDate("2022-08-02")!)
    }

    @Test("Undoing a removal puts the store back where it stood, not at the bottom")
    func undoRemovalKeepsPlace() throws {
        var screen = try SampleDashboard()
        screen.press(.enter, .down, .down, .down)
        let before = try screen.folder.readMarket("sinyoung").stores.map(\.id)
        screen.press(.character("d"), .enter)
        #expect(try screen.folder.readMarket("sinyoung").stores.count == before.count - 1)
        // Not a store on screen (it is gone): u asks first, and y undoes.
        screen.press(.character("u"))
        #expect(screen.dashboard.state.notice?.contains("되돌릴까요?") == true)
        screen.press(.character("y"))
        #expect(try screen.folder.readMarket("sinyoung").stores.map(\.id) == before)
        #expect(try screen.folder.journal(of: "sinyoung").dropLast().last?.position == 3)
    }

    @Test("A record after the round's as-of day is saved, and the status line says it counts in no figure")
    func recordAfterAsOf() throws {
        var screen = try onDaebakScreen()
        screen.press(.character("p"), .enter)
        #expect(screen.dashboard.state.notice?.hasSuffix("(이 차수는 2022-10-23 기준이라 집계에는 들지 않습니다)") == true)
        #expect(try daebak(screen.folder).posts.last == CalendarDate("2026-11-22")!)
    }

    @Test("Enter or x with nothing picked says to pick a record first")
    func nothingPicked() throws {
        var screen = try onDaebakScreen()
        screen.press(.character("x"))
        #expect(screen.dashboard.state.form == nil)
        #expect(screen.dashboard.state.notice == "↑↓로 고칠 기록을 먼저 고르세요")
    }

    @Test("A long note is shown whole on the store's screen, wrapped, and opens whole for correcting")
    func longNote() throws {
        var screen = try onDaebakScreen()
        let note = String(repeating: "사장님이 주말마다 새벽 시장에 가셔서 ", count: 5) + "끝."
        screen.press(.character("n"))
        screen.type(note)
        screen.press(.enter)
        let all = try #require(screen.dashboard.state.store).page.lines.map { $0.map(\.text).joined() }.joined(separator: " ")
        #expect(all.replacingOccurrences(of: " ", with: "").contains(note.replacingOccurrences(of: " ", with: "")),
                "every character of the note is on the screen")
        screen.press(.end)
        let count = StoreRecord.all(of: try daebak(screen.folder)).count
        #expect(screen.dashboard.state.store?.selected == count - 1)
        screen.press(.enter)
        #expect(screen.dashboard.state.form?.fields[0].text == note.trimmingCharacters(in: .whitespaces))
    }
}
