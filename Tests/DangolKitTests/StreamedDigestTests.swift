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

    @Test("The stores handed on as they are read are the market's stores, each whole, or spelled apart")
    func storesAsRead() throws {
        for (bytes, market) in try files() {
            for spellingStores in [false, true] {
                var stores: [Store] = []
                var spelled: [[String]] = []
                let header = JSONReader.read(from: bytes) { reader in
                    try Market.read(from: &reader, spellingStores: spellingStores) { store, spelling in
                        stores.append(store)
                        spelled.append([spelling.id.string, spelling.name.string])
                    }
                }
                #expect(header?.stores == [] && header?.id == market.id && header?.tutors == market.tutors)
                // Spelled apart, a store's own id and name stay empty, and the rest is the store.
                #expect(stores == (spellingStores ? market.stores.map(\.withoutIDAndName) : market.stores), "\(market.id)")
                #expect(spelled == market.stores.map { [$0.id, $0.name] }, "\(market.id)")
            }
        }
    }

    @Test("A store's texts checked where the file holds them are judged as the rules judge them as Strings")
    func spelledTextJudgedAlike() throws {
        let good = try #require(SampleProgram.build().markets.first)
        let accepted: [(id: String, name: String)] = [
            ("정육-3", "\"왕\" 채소"), ("s-a", "역\\슬래시"), ("s-b", "엄마–반찬"), ("s-c", "김·이네"), ("s-d", "🍞빵집"),
            ("s-e", String(repeating: "떡", count: Bounds.storeName.maxLength)), ("s-f", "가\u{FFFD}나"), ("S_7", "A/S 센터"),
        ]
        var market = good
        for (index, text) in accepted.enumerated() {
            market.stores[index].id = text.id
            market.stores[index].name = text.name
        }
        (market.stores[0].category, market.stores[1].tutor, market.stores[2].category) = ("반–찬", "\"김\" 튜터", "빵🍞")
        #expect(MarketRules.problems(in: market).isEmpty)
        let bytes = try FileCodec.encode(market)
        #expect(MarketDigest.read(from: bytes, fileID: market.id, withStores: false) == MarketDigest(figuresOf: market))
        let tooLong = String(repeating: "떡", count: Bounds.storeName.maxLength + 1)
        let refused: [(text: String, breakage: (inout Store, String) -> Void)] = [
            (tooLong, { $0.name = $1 }), (" 앞 공백", { $0.name = $1 }), ("뒤 공백 ", { $0.name = $1 }),
            ("방향\u{202E}바꿈", { $0.name = $1 }), ("\u{3000}", { $0.name = $1 }),
            ("-s1", { $0.id = $1 }), ("가게 1", { $0.id = $1 }), ("가\u{1100}", { $0.id = $1 }),
            (" 반찬", { $0.category = $1 }), ("반\u{0007}찬", { $0.category = $1 }), (tooLong, { $0.tutor = $1 }), ("김\u{200F}", { $0.tutor = $1 }),
        ]
        for (text, breakage) in refused {
            var broken = good
            breakage(&broken.stores[1], text)
            #expect(!MarketRules.problems(in: broken).isEmpty, "\(text)")
            #expect(MarketDigest.read(from: try FileCodec.encode(broken), fileID: good.id, withStores: false) == nil, "\(text)")
        }
    }

    @Test("UTF-8 is validated in place exactly as the standard library validates it")
    func utf8AsTheStandardLibrary() {
        // Every lead byte with continuations at the edges of every range, whole and cut short,
        // alone and after Hangul and ASCII.
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF]
        var disagreements: [[UInt8]] = []
        for lead in UInt8.min...UInt8.max {
            for second in edges {
                for third in edges {
                    for prefix in [[], Array("가a".utf8)] {
                        for text in [prefix + [lead, second, third], prefix + [lead, second, third, 0x80], prefix + [lead, second]] {
                            let inPlace = text.withUnsafeBufferPointer(JSONReader.isValidUTF8)
                            if inPlace != (String(validating: text, as: UTF8.self) != nil) { disagreements.append(text) }
                        }
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
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

extension Store {
    /// This store without its id and name, as a reading that spells them leaves it.
    fileprivate var withoutIDAndName: Store {
        var store = self
        store.id = ""
        store.name = ""
        return store
    }
}
