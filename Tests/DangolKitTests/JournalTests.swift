import Foundation
import Glibc
import Testing
import TestSupport
@testable import DangolKit

/// The journal holds changes, is read from its end, and agrees with the market file.
@Suite("The journal")
struct JournalTests {
    private let data = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: data.path) }
    private var journalPath: String { data.file("journal/sinyoung.jsonl") }

    private func openStore() throws -> String {
        try #require(try folder.readMarket("sinyoung").stores.first { $0.channelOpenedOn != nil }).id
    }

    private func note(_ text: String, on storeID: String) throws {
        try folder.editStore(in: "sinyoung", author: "김튜터", action: .note) { market in
            try market.addNote(storeID: storeID, text: text, author: "김튜터", today: day("2022-10-01"))
            return storeID
        }
    }

    private func journalSize() -> Int {
        (try? FileManager.default.attributesOfItem(atPath: journalPath)[.size] as? Int) ?? 0
    }

    @Test("An entry holds the change, not the store: 60 notes of 1,000 characters grow the journal linearly")
    func linearGrowth() throws {
        let storeID = try openStore()
        let longNote = String(repeating: "메", count: Bounds.noteText.maxLength)
        var sizes: [Int] = []
        for _ in 0..<60 {
            try note(longNote, on: storeID)
            sizes.append(journalSize())
        }
        let growth = zip(sizes, sizes.dropFirst()).map { $1 - $0 }
        // One note of 3,000 bytes plus the entry's few hundred; a copy of the store would add 3 KB per note already there.
        #expect(growth.allSatisfy { $0 < 4_000 }, "largest entry \(growth.max() ?? 0) bytes")
        #expect(growth.max()! - growth.min()! < 100, "every entry the same size, whatever the store holds: \(growth.min()!)…\(growth.max()!)")
        let entry = try #require(try folder.journal(of: "sinyoung", latest: 1).first)
        #expect(entry.storeChange.notes?.inserted.map(\.text) == [longNote])
        #expect(entry.storeChange.notes?.removed == [])
    }

    @Test("Undo replays the change backwards, and refuses when the store has changed since")
    func undoFromChanges() throws {
        let storeID = try openStore()
        let before = try folder.readMarket("sinyoung")
        try folder.editStore(in: "sinyoung", author: "김튜터", action: .friends) { market in
            _ = try market.recordFriends(storeID: storeID, count: 999, on: day("2022-10-02"), today: day("2022-10-02"))
            return storeID
        }
        try folder.undoLastEdit(in: "sinyoung", author: "김튜터")
        #expect(try folder.readMarket("sinyoung") == before, "undo puts the market back byte for byte")
        let undo = try #require(try folder.journal(of: "sinyoung", latest: 1).first)
        #expect(undo.action == .undo && undo.storeChange.friends?.removed.map(\.count) == [999])

        try note("하나", on: storeID)
        try folder.editStore(in: "sinyoung", author: "다른튜터", action: .note) { market in
            try market.addNote(storeID: storeID, text: "둘", author: "다른튜터", today: day("2022-10-03"))
            return storeID
        }
        let changed = try folder.readMarket("sinyoung")
        #expect { try folder.undoLastEdit(in: "sinyoung", author: "김튜터") } throws: { "\($0)".contains("changed") }
        #expect(try folder.readMarket("sinyoung") == changed, "a refused undo writes nothing")
    }

    @Test("History and undo read the journal's end: a journal of 20,000 entries answers from its last lines")
    func readsFromTheEnd() throws {
        let storeID = try openStore()
        try note("처음", on: storeID)
        let line = try String(contentsOfFile: journalPath, encoding: .utf8)
        let filler = String(repeating: line.replacingOccurrences(of: "김튜터", with: "누군가"), count: 20_000)
        try (filler + line).write(toFile: journalPath, atomically: true, encoding: .utf8)
        try note("마지막", on: storeID)
        let latest = try folder.journal(of: "sinyoung", latest: 2) { $0.author == "김튜터" }
        #expect(latest.map { $0.storeChange.notes?.inserted.first?.text } == ["처음", "마지막"])
        let undone = try folder.undoLastEdit(in: "sinyoung", author: "김튜터")
        #expect(undone.storeChange.notes?.removed.first?.text == "마지막")
    }

    @Test("A torn last line: the next entry starts on a fresh line, the torn one is skipped and check names it")
    func tornLine() throws {
        let storeID = try openStore()
        try note("하나", on: storeID)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journalPath))
        handle.seekToEndOfFile()
        handle.write(Data("{\"action\":\"note\",\"at\":\"2022".utf8))
        try handle.close()
        try note("둘", on: storeID)
        let lines = try String(contentsOfFile: journalPath, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 3 && lines[1] == "{\"action\":\"note\",\"at\":\"2022")
        let texts = try folder.journal(of: "sinyoung").map { $0.storeChange.notes?.inserted.first?.text }
        #expect(texts == ["하나", "둘"], "the torn line is never read as part of another entry")
        #expect(folder.check().map(\.description) == ["\(journalPath):2: a journal line that cannot be read (cut off mid-write, or edited by hand); it is skipped"])
        #expect(try folder.undoLastEdit(in: "sinyoung", author: "김튜터").storeChange.notes?.removed.first?.text == "둘")
    }

    @Test("A change left pending after its rename is journaled by the next writer or by check; one left before it is dropped")
    func pendingChanges() throws {
        let storeID = try openStore()
        try note("하나", on: storeID)
        let markets = try folder.marketsFolder()
        let stamp = try #require(markets.stamp(of: "sinyoung.json"))
        // As a writer killed right after its rename leaves it: the entry pending, the file in place.
        let entry = JournalEntry(at: Date(), author: "김튜터", action: .post, storeID: storeID, before: nil, after: nil)
        let pending = try folder.stateFolder("pending", creating: true)
        try pending.replace("sinyoung.json", with: FileCodec.encode(PendingChange(entry: entry, file: stamp)))
        let readOnly = DataFolder(path: folder.path, readOnly: true)
        #expect(readOnly.check().map(\.description).contains { $0.contains("a change a stopped writer left") },
                "a read-only check leaves the change for the next writer and says so")
        #expect(pending.contains("sinyoung.json"))
        try note("둘", on: storeID)
        let ids = try folder.journal(of: "sinyoung").map(\.id)
        #expect(ids.suffix(2).first == entry.id, "the waiting entry comes before the next writer's own")
        #expect(!pending.contains("sinyoung.json"))

        // As a writer killed before its rename leaves it: the file is another version, nothing is journaled.
        var other = stamp
        other.inode += 1
        let dropped = JournalEntry(at: Date(), author: "김튜터", action: .post, storeID: storeID, before: nil, after: nil)
        try pending.replace("sinyoung.json", with: FileCodec.encode(PendingChange(entry: dropped, file: other)))
        try note("셋", on: storeID)
        #expect(!(try folder.journal(of: "sinyoung").map(\.id)).contains(dropped.id))
        #expect(folder.check().isEmpty, "\(folder.check())")

        // check settles a pending change itself, as the next writer would, and finds nothing wrong.
        let settled = JournalEntry(at: Date(), author: "김튜터", action: .post, storeID: storeID, before: nil, after: nil)
        let now = try #require(markets.stamp(of: "sinyoung.json"))
        try pending.replace("sinyoung.json", with: FileCodec.encode(PendingChange(entry: settled, file: now)))
        #expect(folder.check().isEmpty, "\(folder.check())")
        #expect(try folder.journal(of: "sinyoung").last?.id == settled.id)
        #expect(!pending.contains("sinyoung.json"))
    }

    @Test("Entries written as whole before/after copies by older versions are still read and undone")
    func olderEntries() throws {
        let storeID = try openStore()
        let market = try folder.readMarket("sinyoung")
        var store = market.stores.first { $0.id == storeID }!
        let before = store
        store.posts.append(day("2022-11-30"))
        try folder.updateMarket("sinyoung") { $0.stores[$0.storeIndex(id: storeID)!] = store }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        struct Old: Encodable { let id, at, author, action, storeID: String; let before, after: Store }
        let old = Old(id: "OLD-1", at: "2022-11-30T10:00:00+09:00", author: "김튜터", action: "post", storeID: storeID, before: before, after: store)
        try FileManager.default.createDirectory(atPath: data.file("journal"), withIntermediateDirectories: true)
        try (String(decoding: try encoder.encode(old), as: UTF8.self) + "\n").write(toFile: journalPath, atomically: true, encoding: .utf8)
        let read = try #require(try folder.journal(of: "sinyoung").first)
        #expect(read.storeName == store.name && read.storeChange.posts?.inserted == [day("2022-11-30")])
        try folder.undoLastEdit(in: "sinyoung", author: "김튜터")
        #expect(try folder.readMarket("sinyoung") == market)
    }

    @Test("A store change applied and reversed gives back each side, for every kind of edit")
    func changeRoundTrip() throws {
        let market = handMadeMarket()
        let original = market.stores[0]
        var edits: [Store] = []
        var edited = original
        edited.name = "새 이름"
        edits.append(edited)
        edited = original
        edited.friendReadings.insert(FriendReading(on: day("2022-08-15"), count: 17), at: 1)
        edits.append(edited)
        edited = original
        edited.friendReadings.removeFirst()
        edited.posts = []
        edits.append(edited)
        edited = original
        edited.messages[0].count = 9
        edited.channelOpenedOn = day("2022-08-02")
        edits.append(edited)
        for after in edits {
            let change = StoreChange(from: original, to: after)
            #expect(change.applied(to: original) == after)
            #expect(change.reversed.applied(to: after) == original)
        }
        #expect(StoreChange(from: original, to: edits[0]).applied(to: edits[0]) == nil, "a rename does not apply to a store already renamed")
        #expect(StoreChange(from: original, to: edits[2]).applied(to: edits[2]) == nil, "a deletion does not apply where the record is gone")
    }
}
