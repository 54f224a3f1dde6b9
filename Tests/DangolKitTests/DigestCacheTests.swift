import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("The mapped digest cache")
struct DigestCacheTests {
    private let stamp = FileStamp(inode: 7, size: 1_234, modifiedNanoseconds: 1_700_000_000_123_456_789, changedNanoseconds: 1_700_000_000_223_456_789)

    /// A market with every kind of text a cache must carry back unchanged.
    private func oddMarket() -> Market {
        var market = SampleProgram.build().markets[0]
        market.district = nil
        market.stores[0].name = "\"할매\" 반찬\\집\n\t\u{1}😀/"
        market.stores[1].name = "Cafe 온기"
        market.stores[1].category = nil
        market.stores[1].channelOpenedOn = nil
        return market
    }

    /// `bytes` written to a file and mapped, as a session maps a cache file.
    private func mapped(_ bytes: [UInt8], in scratch: ScratchFolder, name: String = "m.digest") throws -> MappedFile {
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.file(name)))
        return try OpenFolder(scratch.path).map(name, limit: .cache).file
    }

    @Test("A digest read in place from its cache file is the digest written: texts, stores, search keys and figures")
    func roundTrip() throws {
        let scratch = ScratchFolder()
        let market = oddMarket()
        let built = MarketDigest(market: market)
        let read = try #require(DigestCache.digest(in: try mapped(DigestCache.fileBytes(of: built, source: stamp), in: scratch)))
        #expect(read.bytes.isMapped && !built.bytes.isMapped)
        #expect(read == built)
        #expect(read.id == market.id && read.name == market.name && read.region == market.region && read.district == nil)
        #expect(read.schedule == market.schedule)
        #expect(Array(read.stores) == market.stores.map {
            MarketDigest.StoreLabel(id: $0.id, name: $0.name, category: $0.category, channelOpenedOn: $0.channelOpenedOn)
        })
        #expect(read.stores.name(at: 1, matches: HangulSearch.Prepared("cafeㅇㄱ")))
        #expect(read.stores.name(at: 0, matches: HangulSearch.Prepared("반찬\\ㅈ")))
        #expect(!read.stores.name(at: 1, matches: HangulSearch.Prepared("반찬")))
        let first = market.schedule!.starts
        for offset in stride(from: -1, through: 120, by: 1) {
            #expect(read.figures(asOf: first.adding(days: offset)) == market.figures(asOf: first.adding(days: offset)))
        }
    }

    @Test("A cache file cut short anywhere, or of another version, is refused")
    func truncated() throws {
        let scratch = ScratchFolder()
        let bytes = DigestCache.fileBytes(of: MarketDigest(market: handMadeMarket()), source: stamp)
        for length in 0..<bytes.count {
            let file = try? mapped(Array(bytes.prefix(length)), in: scratch)
            #expect(file.flatMap(DigestCache.digest(in:)) == nil, "cut to \(length) of \(bytes.count) bytes")
        }
        var older = bytes
        older[8] = 2
        #expect(DigestCache.digest(in: try mapped(older, in: scratch)) == nil)
    }

    @Test("A cache file changed anywhere is refused or read whole: nothing in it is trusted past the bytes there are")
    func corrupted() throws {
        let scratch = ScratchFolder()
        let original = DigestCache.fileBytes(of: MarketDigest(market: oddMarket()), source: stamp)
        let hostile: [Int64] = [.max, .min, -1, 0, 1, 1 << 32, Int64(original.count), 0xFFFF_FFFF, 0x7FFF_FFFF_0000_0000]
        var random = SeededGenerator(seed: 14)
        var refused = 0
        let tries = StressScale.count(short: 3_000, long: 30_000)
        for attempt in 0..<tries {
            var bytes = original
            if attempt % 2 == 0 {
                // A whole 8-byte field, anywhere, set to a value chosen to break arithmetic.
                let field = random.int(in: 0...(bytes.count / 8 - 1)) * 8
                withUnsafeBytes(of: random.pick(hostile).littleEndian) { bytes.replaceSubrange(field..<field + 8, with: $0) }
            } else {
                for _ in 0..<random.int(in: 1...4) {
                    bytes[random.int(in: 0...(bytes.count - 1))] = UInt8(truncatingIfNeeded: random.next())
                }
            }
            guard let digest = DigestCache.digest(in: try mapped(bytes, in: scratch)) else {
                refused += 1
                continue
            }
            // Accepted: then every value reads back without leaving the bytes.
            _ = (digest.name, digest.region, digest.district, digest.schedule, digest.latestRecordedDate, Array(digest.stores))
            let query = HangulSearch.Prepared("ㅂ")
            _ = digest.stores.indices.map { digest.stores.name(at: $0, matches: query) }
            _ = digest.weekly(asOf: day("2022-12-31"))
        }
        print("digest cache: \(tries) corrupted files, \(refused) refused, \(tries - refused) read whole without leaving their bytes")
        #expect(refused > tries / 2)
    }

    @Test("A digest from a fresh cache is read in place; a stale or foreign one is rebuilt from the market file")
    func freshness() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        let cacheFile = scratch.file(".dangol/cache/sinyoung.digest")
        let built = try folder.digest(of: "sinyoung")
        #expect(FileManager.default.fileExists(atPath: cacheFile), "the first read builds the digest and caches it")
        #expect(built.bytes.isMapped, "the reader that built it reads it from the cache like any other")
        #expect(built == MarketDigest(market: try folder.readMarket("sinyoung")))
        let cached = try folder.digest(of: "sinyoung")
        #expect(cached.bytes.isMapped && cached == built)
        // Another market's entry under this market's name is not this market's digest.
        let cache = scratch.file(".dangol/cache")
        _ = try folder.digest(of: "jayang")
        try FileManager.default.removeItem(atPath: "\(cache)/sinyoung.digest")
        try FileManager.default.copyItem(atPath: "\(cache)/jayang.digest", toPath: "\(cache)/sinyoung.digest")
        let rebuilt = try folder.digest(of: "sinyoung")
        #expect(rebuilt.id == "sinyoung" && rebuilt == built)
        #expect(DigestCache.digest(in: try OpenFolder(cache).map("sinyoung.digest", limit: .cache).file) == built,
                "the foreign entry is replaced")
    }

    @Test("A market file edited in place with its size, inode and modification time put back is not read from the old digest")
    func editedInPlace() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        let path = folder.marketPath("sinyoung")
        let old = try folder.digest(of: "sinyoung")
        var info = stat()
        stat(path, &info)
        // The same number of bytes, one friend count changed (two digits for two), written into the same inode.
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let range = try #require(text.range(of: "\"count\" : 77"))
        text.replaceSubrange(range, with: "\"count\" : 99")
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.write(Data(text.utf8))
        try handle.close()
        var times = [info.st_atim, info.st_mtim]
        utimensat(AT_FDCWD, path, &times, 0)
        var after = stat()
        stat(path, &after)
        #expect(after.st_ino == info.st_ino && after.st_size == info.st_size && after.st_mtim.tv_nsec == info.st_mtim.tv_nsec)
        let now = try folder.digest(of: "sinyoung")
        #expect(now != old, "the change time gives the edit away")
        #expect(now == MarketDigest(market: try folder.readMarket("sinyoung")))
    }

    @Test("check compares every cached digest with one built from its market file, and removes one that differs")
    func checkComparesDigests() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        _ = try folder.digest(of: "sinyoung")
        #expect(folder.check().isEmpty)
        var market = try folder.readMarket("sinyoung")
        market.name = "다른시장"
        let stamp = try #require(try folder.marketsFolder().stamp(of: "sinyoung.json"))
        let cacheFile = scratch.file(".dangol/cache/sinyoung.digest")
        try Data(DigestCache.fileBytes(of: MarketDigest(market: market), source: stamp)).write(to: URL(fileURLWithPath: cacheFile))
        #expect(try folder.digest(of: "sinyoung").name == "다른시장", "a lie with the right stamp is believed by readers")
        #expect(folder.check().map(\.description) == ["\(cacheFile): the cached digest differed from its market file; it was removed and is rebuilt at the next read"])
        #expect(!FileManager.default.fileExists(atPath: cacheFile))
        #expect(try folder.digest(of: "sinyoung") == MarketDigest(market: try folder.readMarket("sinyoung")))
    }

    @Test("A digest held mapped reads the version it mapped while another process saves the market and rebuilds the cache")
    func rebuiltWhileMapped() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        _ = try folder.digest(of: "sinyoung")
        let held = try folder.digest(of: "sinyoung")
        #expect(held.bytes.isMapped)
        let copy = Array(held.bytes.buffer)
        let asOf = day("2026-12-31")
        let before = held.figures(asOf: asOf)
        let store = try folder.readMarket("sinyoung").stores.first { $0.channelOpenedOn != nil }!
        let saved = try DangolProcess.run(["record", "friends", "--data", scratch.path, "--market", "sinyoung", "--store", store.id,
                                           "--on", "2023-01-02", "--count", "9999"])
        #expect(saved.status == 0, "\(saved.errors)")
        #expect(Array(held.bytes.buffer) == copy, "a save elsewhere leaves the held mapping whole")
        try FileManager.default.removeItem(atPath: scratch.file(".dangol/cache"))
        let rebuilt = try DangolProcess.run(["summary", "--data", scratch.path])
        #expect(rebuilt.status == 0, "\(rebuilt.errors)")
        #expect(Array(held.bytes.buffer) == copy, "a rebuild elsewhere leaves it whole too")
        #expect(held.figures(asOf: asOf) == before)
        let now = try folder.digest(of: "sinyoung")
        #expect(now.bytes.isMapped, "the other process rebuilt the cache")
        #expect(now.figures(asOf: asOf).friends > before.friends)
        #expect(now == MarketDigest(market: try folder.readMarket("sinyoung")))
    }

    @Test("A session's reads keep markets/ and the cache open while their paths name them, and open them anew once replaced")
    func heldFolders() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        _ = try folder.digest(of: "sinyoung")
        let first = folder.heldFolders.current()
        let again = folder.heldFolders.current()
        #expect(first.markets != nil && first.cache != nil)
        #expect(again.markets === first.markets && again.cache === first.cache, "the same descriptors, not opened again")

        // markets/ replaced by another folder, as a restore from a backup does: its files are read.
        let known = folder.marketStamps(of: ["sinyoung"])
        let fileManager = FileManager.default
        try fileManager.copyItem(atPath: scratch.file("markets"), toPath: scratch.file("restored"))
        var market = try folder.readMarket("sinyoung")
        market.name = "복원된 신영시장"
        try JSONEncoder().encode(market).write(to: URL(fileURLWithPath: scratch.file("restored/sinyoung.json")))
        try fileManager.moveItem(atPath: scratch.file("markets"), toPath: scratch.file("old-markets"))
        try fileManager.moveItem(atPath: scratch.file("restored"), toPath: scratch.file("markets"))
        let changed = folder.changedDigests(of: ["sinyoung"], known: known)
        #expect(folder.heldFolders.current().markets !== first.markets)
        #expect(try changed.digests["sinyoung"]?.get().name == "복원된 신영시장")

        // The cache folder removed: none is held; made again by a save, it is opened.
        try fileManager.removeItem(atPath: scratch.file(".dangol/cache"))
        #expect(folder.heldFolders.current().cache == nil)
        let rebuilt = try folder.digest(of: "sinyoung")
        #expect(rebuilt.bytes.isMapped && rebuilt.name == "복원된 신영시장", "the new cache folder is written and read")

        // A link put where the cache folder was is never followed.
        let elsewhere = scratch.file("elsewhere")
        try fileManager.moveItem(atPath: scratch.file(".dangol/cache"), toPath: elsewhere)
        try fileManager.createSymbolicLink(atPath: scratch.file(".dangol/cache"), withDestinationPath: elsewhere)
        #expect(folder.heldFolders.current().cache == nil)
        let throughNoLink = try folder.digest(of: "sinyoung")
        #expect(!throughNoLink.bytes.isMapped && throughNoLink == rebuilt)
    }
}
