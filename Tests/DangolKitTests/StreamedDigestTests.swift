import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("A market file digested store by store, as it is read")
struct StreamedDigestTests {
    /// Every sample market file, generated ones, and one with every field filled in every store,
    /// each beside the market read whole.
    private func files() throws -> [(bytes: [UInt8], market: Market)] {
        let folder = DataFolder(path: Repository.data)
        var markets = try folder.marketIDs().map { try folder.loadMarket($0).market }
        markets += SyntheticProgram.build(markets: 3, stores: 60, weeks: 7, seed: 4).markets
        markets.append(filledMarket())
        return try markets.map { (try FileCodec.encode($0), $0) }
    }

    /// A market whose stores alternate between every field filled and none: a store read over
    /// the one before it must keep nothing of it.
    private func filledMarket() -> Market {
        let day = CalendarDate("2022-09-01")!
        let full = Store(id: "s1", name: "할매반찬", category: "반찬", ownerAge: 71, eligible: true, tutor: "김튜터",
                         channelOpenedOn: day, friendReadings: [FriendReading(on: day, count: 12), FriendReading(on: day.adding(days: 3), count: 15)],
                         messages: [MessageRecord(on: day, kind: .info, count: 2)], posts: [day, day.adding(days: 1)],
                         notes: [Note(on: day, author: "김튜터", text: "메모")])
        var bare = Store(id: "s2", name: "두부집", eligible: false)
        var second = full
        second.id = "s3"
        bare.name = "빈 가게"
        var last = Store(id: "s4", name: "떡집")
        last.ownerAge = 50
        return Market(id: "filled", name: "가득시장", region: "서울", district: "마포구", tutors: ["김튜터"],
                      schedule: MarketSchedule(starts: day, weeks: 7), stores: [full, bare, second, last])
    }

    @Test("Digested as read, with its stores or its figures alone, a file gives the digest of the market read whole")
    func sameAsWhole() throws {
        let files = try files()
        for (bytes, market) in files {
            #expect(MarketDigest.read(from: bytes, fileID: market.id, withStores: true) == MarketDigest(market: market), "\(market.id)")
            #expect(MarketDigest.read(from: bytes, fileID: market.id, withStores: false) == MarketDigest(figuresOf: market), "\(market.id)")
        }
        #expect(files.count == 18)
    }

    @Test("The stores handed on as they are read are the market's stores, each whole")
    func storesAsRead() throws {
        for (bytes, market) in try files() {
            var stores: [Store] = []
            let header = JSONReader.read(from: bytes) { reader in
                try Market.read(from: &reader) { stores.append($0) }
            }
            #expect(header?.stores == [] && header?.id == market.id && header?.tutors == market.tutors)
            #expect(stores == market.stores, "\(market.id)")
        }
    }

    @Test("A market's figures do not depend on the order of its stores in the file")
    func storeOrder() throws {
        for market in SampleProgram.build().markets {
            var reversed = market
            reversed.stores.reverse()
            var shuffled = market
            var generator = SeededGenerator(seed: 11)
            let draws = market.stores.map { _ in generator.next() }
            shuffled.stores = market.stores.indices.sorted { draws[$0] < draws[$1] }.map { market.stores[$0] }
            let digest = MarketDigest(figuresOf: market)
            for other in [reversed, shuffled] {
                #expect(MarketDigest.read(from: try FileCodec.encode(other), fileID: market.id, withStores: false) == digest, "\(market.id)")
            }
        }
    }

    @Test("A file that breaks a rule, or that only Foundation reads, is not digested as read, and the folder refuses it as a whole reading does")
    func refusedAsWhole() throws {
        let good = try #require(SampleProgram.build().markets.first)
        let lastStore = good.stores.count - 1
        var breakages: [(String, (inout Market) -> Void)] = [
            ("a friend count out of range in the last store", { $0.stores[lastStore].friendReadings = [FriendReading(on: $0.schedule!.starts, count: -1)] }),
            ("a store id used twice", { $0.stores[lastStore].id = $0.stores[0].id }),
            ("a post before the channel opened", { $0.stores[lastStore].channelOpenedOn = nil; $0.stores[lastStore].posts = [$0.schedule!.starts] }),
            ("a record out of order", { $0.stores[0].posts = [$0.schedule!.starts.adding(days: 9), $0.schedule!.starts.adding(days: 8)] }),
            ("a programme of no weeks", { $0.schedule!.weeks = 0 }),
            ("a tab in a store's name", { $0.stores[lastStore].name = "가\t나" }),
            ("an id that is not the file's", { $0.id = "elsewhere" }),
        ]
        breakages.append(("too many stores", { market in
            market.stores = (0...Bounds.storesPerMarket).map { Store(id: "s\($0)", name: "가게 \($0)") }
        }))
        for (what, breakage) in breakages {
            var market = good
            breakage(&market)
            let bytes = try FileCodec.encode(market)
            #expect(MarketDigest.read(from: bytes, fileID: good.id, withStores: false) == nil, "\(what)")
            #expect(MarketDigest.read(from: bytes, fileID: good.id, withStores: true) == nil, "\(what)")
            try expectRefusedAlike(bytes, id: good.id, what)
        }
        // A whole number written as a fraction: Foundation reads it, the fast reader does not.
        let weeks = "\"weeks\" : \(good.schedule!.weeks)\n"
        let text = String(decoding: try FileCodec.encode(good), as: UTF8.self)
        let fraction = Array(text.replacingOccurrences(of: weeks, with: "\"weeks\" : \(good.schedule!.weeks).0\n").utf8)
        #expect(text.contains(weeks) && MarketDigest.read(from: fraction, fileID: good.id, withStores: false) == nil)
    }

    /// Writes `bytes` as market `id`'s file in a copy of the sample and checks that the digest without the cache throws
    /// the error a whole reading throws, at the same line and column.
    private func expectRefusedAlike(_ bytes: [UInt8], id: String, _ what: String) throws {
        let scratch = ScratchFolder.sampleCopy()
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.file("markets/\(id).json")))
        let folder = DataFolder(path: scratch.path)
        let whole = #expect(throws: DangolError.self) { try folder.loadMarket(id) }
        let digested = #expect(throws: DangolError.self) { try folder.digestResults(usingCache: false).map { try $0.get() } }
        #expect(whole.map { "\($0)" } == digested.map { "\($0)" }, "\(what)")
    }
}
