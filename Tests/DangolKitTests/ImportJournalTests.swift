import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// An import is one change in the journal: one entry naming the sheet, a part per store it
/// added or changed, undone whole or not at all.
@Suite("Imports in the journal")
struct ImportJournalTests {
    private let data = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: data.path) }
    private let today = CalendarDate("2022-10-01")!

    private func importing(_ csv: String, as author: String = "박관리") throws -> JournalEntry? {
        let sheet = try Sheet(bytes: Array(csv.utf8), file: "명단.csv")
        let importer = SheetImport(sheet: sheet, file: "명단.csv", today: today)
        return try folder.saveImport(into: "sinyoung", sheet: "명단.csv", author: author) { try importer.apply(to: &$0) }.entry
    }

    /// Two new stores and a new category for 신영시장's s001 (할매손두부, 두부 until now).
    private static let sheet = "점포코드,점포명,업종\nTI001,통인정육점,정육\nTI002,서촌방앗간,떡\ns001,할매손두부,콩물\n"

    @Test("One entry names the sheet and holds a part for each store added or changed; the stores' history shows it")
    func oneEntry() throws {
        let before = try folder.readMarket("sinyoung")
        let entry = try #require(try importing(Self.sheet))
        #expect(entry.action == .importSheet && entry.storeName == "명단.csv" && entry.storeID.isEmpty)
        #expect(before.stores.first?.category == "두부")
        #expect(entry.parts.map(\.storeID) == ["s001", "TI001", "TI002"])
        #expect(entry.parts.first?.storeChange.detailsAfter?.category == "콩물")
        #expect(entry.parts.filter { $0.action == .add }.map(\.storeID) == ["TI001", "TI002"])
        #expect(try folder.journal(of: "sinyoung").last == entry)
        #expect(try folder.journal(of: "sinyoung") { $0.concerns(store: "TI002") }.last?.id == entry.id)
    }

    @Test("Undo takes the whole import back in one entry; the market is as it was")
    func undoneWhole() throws {
        let before = try folder.readMarket("sinyoung")
        let entry = try #require(try importing(Self.sheet))
        let undo = try folder.undoLastEdit(in: "sinyoung", author: "박관리")
        #expect(undo.action == .undo && undo.undoes == entry.id && undo.parts.count == entry.parts.count)
        #expect(try folder.readMarket("sinyoung") == before)
    }

    @Test("A store changed since the import refuses its undo, and nothing is written")
    func undoRefusedWhenChanged() throws {
        _ = try #require(try importing(Self.sheet))
        try folder.editStore(in: "sinyoung", author: "김튜터", action: .note) { market in
            try market.addNote(storeID: "TI001", text: "새 점포 첫 방문", author: "김튜터", today: today)
            return "TI001"
        }
        let file = fileBytes(folder.marketPath("sinyoung"))
        #expect(throws: DangolError.self) { try folder.undoLastEdit(in: "sinyoung", author: "박관리") }
        #expect(fileBytes(folder.marketPath("sinyoung")) == file)
    }

    @Test("A sheet that changes nothing writes nothing, not even a journal line")
    func nothingChanged() throws {
        _ = try importing(Self.sheet)
        let journal = fileBytes(data.file("journal/sinyoung.jsonl"))
        let market = fileBytes(folder.marketPath("sinyoung"))
        #expect(try importing(Self.sheet) == nil)
        #expect(fileBytes(data.file("journal/sinyoung.jsonl")) == journal && fileBytes(folder.marketPath("sinyoung")) == market)
    }
}
