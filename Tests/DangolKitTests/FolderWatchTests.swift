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
}
