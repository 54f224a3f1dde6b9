@testable import DangolDashboard
import DangolKit
import Foundation
import Testing
import TestSupport

/// An import undone from the dashboard, as the one change the journal holds it as.
@Suite("Undoing an import")
struct ImportUndoTests {
    @Test("u on the market's screen takes a whole import back, its stores gone, the sheet named")
    func undoAnImport() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let before = try folder.readMarket("sinyoung")
        let sheet = try Sheet(bytes: Array("점포코드,점포명\nTI001,통인정육점\nTI002,서촌방앗간\n".utf8), file: "명단.csv")
        let importer = SheetImport(sheet: sheet, file: "명단.csv", today: CalendarDate("2022-10-01")!)
        _ = try folder.saveImport(into: "sinyoung", sheet: "명단.csv", author: "김튜터") { try importer.apply(to: &$0) }
        var dashboard = try Dashboard(data: folder, options: DisplayOptions(), width: 80, height: 24, today: CalendarDate("2026-11-22")!,
                                      now: Fixtures.now, asOf: nil, author: "김튜터", place: Dashboard.Place(market: "sinyoung", opens: true))
        #expect(dashboard.state.market?.rows.contains { $0.store.id == "TI002" } == true)
        _ = dashboard.handle(.key(.character("u")))
        #expect(dashboard.state.notice?.hasPrefix("명단.csv의 '명단.csv 가져옴: 추가 2, 변경 0'") == true, "\(dashboard.state.notice ?? "")")
        _ = dashboard.handle(.key(.character("y")))
        #expect(dashboard.state.notice?.contains("되돌렸습니다") == true, "\(dashboard.state.notice ?? "")")
        #expect(dashboard.state.market?.rows.contains { $0.store.id == "TI002" } == false)
        #expect(try folder.readMarket("sinyoung") == before)
    }
}
