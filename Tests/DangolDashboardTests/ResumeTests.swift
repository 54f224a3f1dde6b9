@testable import DangolDashboard
import DangolKit
import Foundation
import Testing
import TestSupport

/// Where a session opens: the screen the member's last session ended on, or their own market.
@Suite("Where a session opens")
struct ResumeTests {
    private func dashboard(on data: ScratchFolder, width: Int = 80, today: String = "2026-11-22", round: String? = nil,
                           place: Dashboard.Place?) throws -> Dashboard {
        try Dashboard(data: DataFolder(path: data.path), options: DisplayOptions(), width: width, height: 24,
                      today: CalendarDate(today)!, now: Fixtures.now, asOf: nil, round: round, place: place)
    }

    @Test("A remembered store opens over its market, and the way back leads to the overview with the cursor on that market")
    func opensTheStore() throws {
        let data = ScratchFolder.sampleCopy()
        var dashboard = try dashboard(on: data, place: Dashboard.Place(market: "jayang", store: "s002", opens: true))
        #expect(dashboard.state.screen == .store)
        #expect(dashboard.state.resumable.market == "jayang" && dashboard.state.resumable.store == "s002")
        #expect(dashboard.render().lines[0].contains("자양전통시장"))
        _ = dashboard.handle(.key(.escape))
        _ = dashboard.handle(.key(.escape))
        #expect(dashboard.state.screen == .overview)
        #expect(dashboard.state.selectedOverviewMarket == "jayang")
        #expect(dashboard.state.resumable.market == nil)
    }

    @Test("A member's own market under the cursor, its screen not opened; a market that is gone leaves the overview as it is")
    func cursorOnOwnMarket() throws {
        let data = ScratchFolder.sampleCopy()
        let own = try dashboard(on: data, place: Dashboard.Place(market: "mangwon", opens: false))
        #expect(own.state.screen == .overview && own.state.selectedOverviewMarket == "mangwon")
        let gone = try dashboard(on: data, place: Dashboard.Place(market: "nowhere", store: "s001", opens: true))
        let plain = try dashboard(on: data, place: nil)
        #expect(gone.state.screen == .overview && gone.state.selectedOverviewMarket == plain.state.selectedOverviewMarket)
        let storeGone = try dashboard(on: data, place: Dashboard.Place(market: "jayang", store: "zz9", opens: true))
        #expect(storeGone.state.screen == .market)
    }

    @Test("Line 2 at 80 columns keeps the running round's day when four rounds are read on different days")
    func runningRoundFirst() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        try folder.updateProgram { try $0.addRound(Round(id: "2024", name: "2024 본사업", markets: [])) }
        try folder.addMarket(Market(id: "tongin", name: "통인시장", region: "서울",
                                    schedule: MarketSchedule(starts: CalendarDate("2024-03-04")!, weeks: 7)), inRound: "2024")
        var dashboard = try dashboard(on: data, today: "2024-03-20", place: nil)
        let line = dashboard.render().lines[1]
        #expect(line.hasPrefix(" 기준 2024 본사업 2024-03-20 진행 중, 2023 본사업"), "\(line)")
    }

    @Test("A note typed when the connection dropped comes back on its form, saying so; Enter saves it as usual and journals it")
    func draftComesBack() throws {
        let data = ScratchFolder.sampleCopy()
        var first = try dashboard(on: data, place: Dashboard.Place(market: "jayang", store: "s001", opens: true))
        _ = first.handle(.key(.character("n")))
        for character in "오후에 다시 방문" { _ = first.handle(.key(.character(character))) }
        let draft = try #require(first.state.draft(at: Fixtures.now))
        #expect(draft.form == "note" && draft.market == "jayang" && draft.store == "s001")
        #expect(draft.fields.contains("오후에 다시 방문"))

        var again = try Dashboard(data: DataFolder(path: data.path), options: DisplayOptions(), width: 80, height: 24,
                                  today: CalendarDate("2026-11-22")!, now: Fixtures.now, asOf: nil, author: "김튜터", draft: draft)
        #expect(again.state.screen == .form)
        let lines = again.render().lines
        #expect(lines.contains { $0.contains("오후에 다시 방문") })
        #expect(lines.last?.contains("연결이 끊겼을 때 쓰던 초안입니다") == true, "\(lines.last ?? "")")
        _ = again.handle(.key(.enter))
        #expect(again.state.screen == .store)
        let folder = DataFolder(path: data.path)
        #expect(try folder.readMarket("jayang").stores.first { $0.id == "s001" }?.notes.last?.text == "오후에 다시 방문")
        #expect(try folder.journal(of: "jayang").last?.action == .note)
    }

    @Test("Esc discards a restored draft; a draft of a store that is gone leaves the session on its market")
    func draftDiscarded() throws {
        let data = ScratchFolder.sampleCopy()
        let draft = MemberSession.Draft(form: "note", market: "jayang", store: "s001", fields: ["버릴 메모", "2026-11-22"], keptAt: Fixtures.now)
        var restored = try Dashboard(data: DataFolder(path: data.path), options: DisplayOptions(), width: 80, height: 24,
                                     today: CalendarDate("2026-11-22")!, now: Fixtures.now, asOf: nil, draft: draft)
        #expect(restored.state.screen == .form)
        _ = restored.handle(.key(.escape))
        #expect(restored.state.screen == .store && restored.state.draft(at: Fixtures.now) == nil)
        var gone = draft
        gone.store = "zz9"
        let elsewhere = try Dashboard(data: DataFolder(path: data.path), options: DisplayOptions(), width: 80, height: 24,
                                      today: CalendarDate("2026-11-22")!, now: Fixtures.now, asOf: nil, draft: gone)
        #expect(elsewhere.state.screen == .market)
    }
}
