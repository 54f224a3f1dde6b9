import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("dangol generate")
struct GenerateCommandTests {
    @Test("Writes a valid programme of the asked size, the same for the same seed, another for another seed")
    func deterministic() throws {
        let scratch = ScratchFolder()
        func generate(_ name: String, seed: Int) throws -> DataFolder {
            let result = try DangolProcess.run(["generate", "--markets", "6", "--stores", "25", "--out", scratch.file(name), "--seed", "\(seed)"])
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.output.hasPrefix("Wrote 6 markets of 25 stores to \(scratch.file(name))"))
            return DataFolder(path: scratch.file(name))
        }
        let first = try generate("a", seed: 42)
        let again = try generate("b", seed: 42)
        let other = try generate("c", seed: 43)
        #expect(first.check().isEmpty)
        let ids = try first.marketIDs()
        #expect(ids.count == 6)
        #expect(try ids.allSatisfy { try first.readMarket($0).stores.count == 25 })
        #expect(ids.allSatisfy { fileBytes(first.marketPath($0)) == fileBytes(again.marketPath($0)) })
        #expect(ids.contains { fileBytes(first.marketPath($0)) != fileBytes(other.marketPath($0)) })
        let market = try first.readMarket(ids[0])
        #expect(market.name.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) }, "Hangul names")
        #expect(market.stores.contains { $0.friendReadings.count > 1 }, "weekly readings")
    }

    @Test("Refuses a folder that holds a programme, and nonsense sizes")
    func refusals() throws {
        let sample = ScratchFolder.sampleCopy()
        let existing = try DangolProcess.run(["generate", "--markets", "1", "--stores", "1", "--out", sample.path])
        #expect(existing.status == 1)
        #expect(existing.errors.contains("already holds a programme"))
        let empty = try DangolProcess.run(["generate", "--markets", "0", "--stores", "5", "--out", ScratchFolder().file("x")])
        #expect(empty.status == 64)
        #expect(empty.errors.contains("--markets and --stores must be at least 1"))
    }
}
