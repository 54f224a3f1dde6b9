import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Change events from the kernel")
struct FolderWatchTests {
    private let scratch = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: scratch.path) }

    private func watch() throws -> FolderWatch {
        let watch = FolderWatch(folder: folder)
        try #require(watch.mode == .notifying)
        return watch
    }

    @Test("A save names its market only: its temporary files, the cache and the journal say nothing")
    func save() throws {
        let watch = try watch()
        let store = try folder.readMarket("jayang").stores[0].id
        // The first save also makes journal/ and .dangol/ beside markets/.
        let saved = try DangolProcess.run(["record", "note", "--market", "jayang", "--store", store, "--text", "메모", "--data", scratch.path])
        #expect(saved.status == 0, "\(saved.errors)")
        #expect(watch.drain() == .markets(["jayang"]))
        try FileManager.default.createDirectory(atPath: scratch.file("journal/more"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.file(".dangol/else")))
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.file("notes.txt")))
        try Data("x".utf8).write(to: URL(fileURLWithPath: scratch.file("markets/.sindo.json.tmp-1-2")))
        #expect(watch.drain() == .nothing)
        #expect(watch.drain() == .nothing, "drained")
    }

    @Test("A market file replaced by rename, removed or added names that market")
    func marketFiles() throws {
        let watch = try watch()
        let markets = scratch.file("markets")
        try FileManager.default.copyItem(atPath: "\(markets)/sindo.json", toPath: scratch.file("sindo.json"))
        _ = watch.drain()
        #expect(rename(scratch.file("sindo.json"), "\(markets)/sindo.json") == 0)
        #expect(watch.drain() == .markets(["sindo"]))
        try FileManager.default.removeItem(atPath: "\(markets)/jayang.json")
        #expect(watch.drain() == .markets(["jayang"]))
        try FileManager.default.copyItem(atPath: "\(markets)/sindo.json", toPath: "\(markets)/new-one.json")
        #expect(watch.drain() == .markets(["new-one"]))
    }

    @Test("program.json, team.json or markets/ itself changed: everything is looked at, and markets/ watched again")
    func everything() throws {
        let watch = try watch()
        try Data(fileBytes(scratch.file("program.json"))).write(to: URL(fileURLWithPath: scratch.file("program.json")))
        #expect(watch.drain() == .everything)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: scratch.file("team.json")))
        #expect(watch.drain() == .everything)
        try FileManager.default.moveItem(atPath: scratch.file("markets"), toPath: scratch.file("old-markets"))
        try FileManager.default.copyItem(atPath: scratch.file("old-markets"), toPath: scratch.file("markets"))
        #expect(watch.drain() == .everything)
        try FileManager.default.removeItem(atPath: scratch.file("markets/sindo.json"))
        #expect(watch.drain() == .markets(["sindo"]), "the new markets/ is watched")
    }

    /// Whether the kernel has an event waiting: what would wake a session.
    private func wouldWake(_ watch: FolderWatch) -> Bool {
        var descriptor = pollfd(fd: watch.descriptor, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) == 1
    }

    /// Saves a note to a store of `market` the way every save goes (a temporary file renamed into place).
    private func save(_ market: String) throws {
        try folder.editStore(in: market, author: "이튜터", action: .note) { market in
            let store = market.stores[0].id
            try market.addNote(storeID: store, text: "메모", author: "이튜터", today: CalendarDate("2026-11-22")!)
            return store
        }
    }

    @Test("Focused on one market, a save elsewhere does not wake the session; a save to it does, every time")
    func oneMarket() throws {
        let watch = try watch()
        try save("sindo")
        _ = watch.drain()
        #expect(watch.follow(.market("jayang")) == .markets(["jayang"]), "what it may not have heard of: that one market")
        try save("sindo")
        #expect(!wouldWake(watch))
        for _ in 0..<3 {
            try save("jayang")
            #expect(wouldWake(watch))
            #expect(watch.drain() == .markets(["jayang"]), "the file replaced by a rename is watched again")
        }
        try FileManager.default.removeItem(atPath: scratch.file("markets/jayang.json"))
        #expect(watch.drain() == .markets(["jayang"]))
    }

    @Test("Focused on no market, saves wake nothing; back on every market, the session is told to look at all")
    func noMarketThenEvery() throws {
        let watch = try watch()
        try save("sindo")
        _ = watch.drain()
        #expect(watch.follow(.noMarket) == .nothing)
        try save("sindo")
        try save("jayang")
        #expect(!wouldWake(watch))
        #expect(watch.follow(.everyMarket) == .everything)
        #expect(watch.follow(.everyMarket) == .nothing, "already so")
        try save("sindo")
        #expect(watch.drain() == .markets(["sindo"]))
        #expect(watch.follow(.noMarket) == .nothing)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: scratch.file("team.json")))
        #expect(watch.drain() == .everything, "team.json is watched whatever the focus")
        try Data("{}".utf8).write(to: URL(fileURLWithPath: scratch.file("team.json")))
        #expect(watch.follow(.market("sindo")) == .everything, "what was heard before the focus moved is kept")
    }
}
