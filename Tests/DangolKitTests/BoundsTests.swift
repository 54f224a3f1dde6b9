import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// Every bound of `Bounds`, held on the write path: a value at the bound is saved, one past it is
/// refused with the reason, and nothing is written.
@Suite("Bounds every writer keeps")
struct BoundsTests {
    private let data = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: data.path) }

    /// Hangul, since a syllable is one scalar and three bytes: the worst case for the bytes a bound allows.
    private func text(_ length: Int) -> String {
        String(repeating: "가", count: length)
    }

    private func addStore(_ store: Store) throws {
        try folder.editStore(in: "sinyoung", author: "김튜터", action: .add) { market in
            try market.addStore(store)
            return store.id
        }
    }

    @Test("Each text field of a store: its bound saved, one more character refused with the field and the bound",
          arguments: [("name", Bounds.storeName), ("category", Bounds.category), ("tutor", Bounds.personName)])
    func storeTexts(field: String, bound: Bounds.Text) throws {
        func store(_ length: Int) -> Store {
            var store = Store(id: "bound-\(length)", name: "경계")
            switch field {
            case "name": store.name = text(length)
            case "category": store.category = text(length)
            default: store.tutor = text(length)
            }
            return store
        }
        try addStore(store(bound.maxLength))
        let before = FolderSnapshot(data.path)
        #expect {
            try addStore(store(bound.maxLength + 1))
        } throws: { "\($0)".contains("at most \(bound.maxLength) characters long, not \(bound.maxLength + 1)") }
        #expect(FolderSnapshot(data.path) == before, "a refused store leaves every file as it was")
    }

    @Test("A store id used again in a market file is refused at each repeat, naming where it was first used")
    func repeatedStoreIDs() {
        let ids = ["정육-1", "s2", "정육-1", "정육-1", "s5", "s2"]
        let market = Market(id: "m", name: "시장", region: "서울", stores: ids.map { Store(id: $0, name: "가게") })
        #expect(MarketRules.problems(in: market).map(\.description) == [
            "stores[2].id: store id '정육-1' is already used by stores[0]",
            "stores[3].id: store id '정육-1' is already used by stores[0]",
            "stores[5].id: store id 's2' is already used by stores[1]",
        ])
    }

    @Test("Store ids are told apart well past the table's first size: one byte, case or length apart, Hangul or not")
    func storeIDTable() {
        var ids = MarketRules.StoreIDs(capacity: 4)
        let distinct = (0..<1_000).map { "s\($0)" } + ["TI001", "ti001", "정육-3", "정육-30", "정육3", "가", "각"]
        for id in distinct {
            let new = ids.isNew(.string(id))
            #expect(new, "\(id) is met for the first time")
        }
        for id in distinct.reversed() {
            let new = ids.isNew(.string(id))
            #expect(!new, "\(id) was met before")
        }
    }

    @Test("A store id: codes of letters in either case, Hangul, digits, '-' and '_' up to the bound saved; anything else refused before it is written")
    func storeIDs() throws {
        let kept = ["TI001", "ti001", "정육-3", "A_b-9", "ㄱ1", "0Az_-9aZ", String(repeating: "가", count: MarketRules.storeIDLength),
                    String(repeating: "a", count: MarketRules.storeIDLength)]
        for id in kept {
            try addStore(Store(id: id, name: "가게 \(id)"))
        }
        #expect(try folder.readMarket("sinyoung").stores.suffix(kept.count).map(\.id) == kept)
        // 가 spelt with conjoining jamo would equal the syllable 가 under String's ==.
        // The bytes on either side of each ASCII range allowed (digits, capitals, small letters).
        let refused = ["", "-a", "_a", "a b", "a/b", "../x", "a\u{7}", "TI\u{00A0}1", "\u{1100}\u{1161}", "é",
                       "a:", "a@", "a[", "a`", "a{", "a\u{7F}", "a.b", "s001é",
                       String(repeating: "a", count: MarketRules.storeIDLength + 1),
                       String(repeating: "가", count: MarketRules.storeIDLength + 1)]
        let before = fileBytes(folder.marketPath("sinyoung"))
        for id in refused {
            #expect(throws: DangolError.self, "\(id.debugDescription)") { try addStore(Store(id: id, name: "가게")) }
            #expect(MarketRules.problems(in: Store(id: id, name: "가게"), at: JSONPath()).first?.localized.en.contains("is not a store id") == true)
        }
        #expect(fileBytes(folder.marketPath("sinyoung")) == before)
    }

    @Test("A market's texts and a note: at the bound saved, past it refused")
    func marketAndNoteTexts() throws {
        let long = Market(id: "longname", name: text(Bounds.marketName.maxLength + 1), region: "서울")
        #expect { try folder.addMarket(long) } throws: { "\($0)".contains("at most \(Bounds.marketName.maxLength) characters") }
        try folder.addMarket(Market(id: "longname", name: text(Bounds.marketName.maxLength), region: text(Bounds.region.maxLength)))
        let storeID = try #require(try folder.readMarket("sinyoung").stores.first { $0.channelOpenedOn != nil }).id
        func note(_ length: Int) throws {
            try folder.editStore(in: "sinyoung", author: "김튜터", action: .note) { market in
                try market.addNote(storeID: storeID, text: text(length), author: "김튜터", today: day("2022-10-01"))
                return storeID
            }
        }
        try note(Bounds.noteText.maxLength)
        #expect { try note(Bounds.noteText.maxLength + 1) } throws: { "\($0)".contains("at most \(Bounds.noteText.maxLength) characters") }
    }

    @Test("Notes per store: the bound saved, one more refused; stores per market likewise")
    func counts() throws {
        let storeID = try #require(try folder.readMarket("sinyoung").stores.first).id
        try folder.updateMarket("sinyoung") { market in
            let index = market.storeIndex(id: storeID)!
            market.stores[index].notes = (0..<Bounds.notesPerStore).map { Note(on: day("2022-09-01"), author: "김", text: "메모 \($0)") }
        }
        #expect {
            try folder.updateMarket("sinyoung") { market in
                market.stores[market.storeIndex(id: storeID)!].notes.append(Note(on: day("2022-09-02"), author: "김", text: "하나 더"))
            }
        } throws: { "\($0)".contains("at most \(Bounds.notesPerStore) notes of one store are kept") }

        try folder.updateMarket("sinyoung") { market in
            let existing = market.stores.count
            market.stores += (existing..<Bounds.storesPerMarket).map { Store(id: "x\($0)", name: "가게\($0)") }
        }
        #expect(try folder.readMarket("sinyoung").stores.count == Bounds.storesPerMarket)
        #expect { try addStore(Store(id: "one-more", name: "하나 더")) } throws: {
            "\($0)".contains("at most \(Bounds.storesPerMarket) stores in one market are kept")
        }
    }

    @Test("A save whose market file would pass what dangol writes is refused with the size, and nothing is written")
    func fileSize() throws {
        // Within every length and count bound, and still too large: the size check is the last word.
        let note = Note(on: day("2022-09-01"), author: "김튜터", text: text(Bounds.noteText.maxLength))
        let stores = (0..<1_000).map { Store(id: "big\($0)", name: "가게\($0)", notes: Array(repeating: note, count: 17)) }
        try folder.updateMarket("sinyoung") { _ in }  // the market's lock and cache exist from here on
        let before = FolderSnapshot(data.path)
        #expect {
            try folder.updateMarket("sinyoung") { $0.stores += stores }
        } throws: { "\($0)".contains("not saved: the market file would be") && "\($0)".contains("at most 48.0 MB") }
        #expect(FolderSnapshot(data.path) == before)
    }

    @Test("A market over the bounds (by hand) is brought back within them by repair, the old file kept")
    func repair() throws {
        let path = folder.marketPath("sinyoung")
        var market = try folder.readMarket("sinyoung")
        market.stores[0].name = text(40_000)
        market.stores[1].notes = (0..<(Bounds.notesPerStore + 5)).map { Note(on: day("2022-09-01"), author: "김", text: "메모 \($0)") }
        let original = try FileCodec.encode(market)
        try Data(original).write(to: URL(fileURLWithPath: path))
        #expect(!folder.check().isEmpty, "check refuses the hand-grown file")
        let (cuts, keptAt) = try folder.repairMarket("sinyoung")
        #expect(cuts.map(\.en) == ["shortened 1 × name to \(Bounds.storeName.maxLength) characters",
                                   "dropped the 5 oldest notes, keeping \(Bounds.notesPerStore) per store"])
        #expect(fileBytes(try #require(keptAt)) == Data(original), "the file as it was is kept whole")
        let repaired = try folder.readMarket("sinyoung")
        #expect(repaired.stores[0].name == text(Bounds.storeName.maxLength))
        #expect(repaired.stores[1].notes.first?.text == "메모 5", "the newest notes are the ones kept")
        #expect(folder.check().isEmpty, "\(folder.check())")
    }

    @Test("A team, a round and a key comment keep their bounds too")
    func teamAndProgramme() throws {
        let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3"
        #expect { try PublicKey(line: key + " " + String(repeating: "c", count: Bounds.keyComment.maxLength + 1)) } throws: {
            "\($0)".contains("at most \(Bounds.keyComment.maxLength) characters")
        }
        let member = Member(id: "kim", name: text(Bounds.memberName.maxLength + 1), role: .tutor, keys: [try PublicKey(line: key)])
        #expect(Team(members: [member]).problems.map(\.description).contains {
            $0.contains("at most \(Bounds.memberName.maxLength) characters")
        })
        let round = Round(id: "r", name: text(Bounds.roundName.maxLength + 1), markets: [])
        #expect(round.problem?.en.contains("at most \(Bounds.roundName.maxLength) characters") == true)
    }
}
