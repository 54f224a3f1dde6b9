import Foundation
import Glibc
import Testing
import TestSupport
@testable import DangolKit

/// Rights come from team.json as it is at each read and write, and never change a figure.
@Suite("Rights as team.json says now", .serialized)
struct LiveRightsTests {
    private let data = ScratchFolder.sampleCopy()
    private var owner: DataFolder { DataFolder(path: data.path) }

    static let leeKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3"
    private static let keys = [
        "kim": TeamTests.kimKey,
        "lee": leeKey,
        "park": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4ECHlHvVLilGX8xvW1zz529PxZ06fma4DIpqQsDUHF",
    ]

    private func team(kimMarkets: [String]? = ["sinyoung"], leeMarkets: [String] = ["mangwon"]) throws {
        var members = [Member(id: "park", name: "박관리", role: .admin, keys: [try PublicKey(line: Self.keys["park"]!)]),
                       Member(id: "lee", name: "이상인", role: .staff, markets: leeMarkets, keys: [try PublicKey(line: Self.keys["lee"]!)])]
        if let kimMarkets {
            members.append(Member(id: "kim", name: "김튜터", role: .tutor, markets: kimMarkets, keys: [try PublicKey(line: Self.keys["kim"]!)]))
        }
        try owner.updateTeam { $0.members = members }
    }

    private func post(_ folder: DataFolder, in market: String) throws {
        let storeID = try owner.readMarket(market).stores.first { $0.channelOpenedOn != nil }!.id
        try folder.editStore(in: market, author: "김튜터", action: .post) { market in
            try market.recordPost(storeID: storeID, on: day("2023-06-01"), today: day("2023-06-01"))
            return storeID
        }
    }

    @Test("A changed market list and a removal bite at once in a folder opened before them")
    func changesBiteAtOnce() throws {
        try team()
        let kim = try owner.seen(byMember: "kim")
        try post(kim, in: "sinyoung")
        try team(kimMarkets: ["mangwon"])
        #expect { try post(kim, in: "sinyoung") } throws: { "\($0)".contains("'sinyoung'") }
        try post(kim, in: "mangwon")
        try team(kimMarkets: nil)
        #expect(kim.rights.isRemoved)
        let before = FolderSnapshot(data.path)
        #expect { try post(kim, in: "mangwon") } throws: { "\($0)".contains("no member 'kim'") }
        #expect { try kim.readMarket("mangwon") } throws: { "\($0)".contains("no member 'kim'") }
        #expect(try kim.marketIDs().isEmpty, "a removed member sees no market at all")
        #expect(FolderSnapshot(data.path) == before)
    }

    @Test("A write waiting for the lock while the member is removed is refused under the lock")
    func checkedUnderTheLock() throws {
        try team()
        let kim = try owner.seen(byMember: "kim")
        try post(kim, in: "sinyoung")  // lock file and journal exist from here on
        let posts = try owner.readMarket("sinyoung").stores.map(\.posts.count).reduce(0, +)
        nonisolated(unsafe) var outcome: Error?
        let waiting = DispatchSemaphore(value: 0)
        try owner.withLock("sinyoung") {
            let writer = Thread {
                do { try post(kim, in: "sinyoung") } catch { outcome = error }
                waiting.signal()
            }
            writer.start()
            usleep(200_000)  // the writer has passed the first check and waits for the lock
            try team(kimMarkets: nil)
        }
        waiting.wait()
        #expect(outcome.map { "\($0)".contains("no member 'kim'") } == true, "\(String(describing: outcome))")
        #expect(try owner.readMarket("sinyoung").stores.map(\.posts.count).reduce(0, +) == posts)
    }

    @Test("Staff read a round on the same day as the admin, and the programme names none of the markets they may not read")
    func sameFigures() throws {
        // One 2023 market runs far longer: the round's day moves for everyone, staff of mangwon too.
        try owner.updateMarket("sample-h") { $0.schedule?.weeks = 40 }
        try team()
        let staff = try owner.seen(byMember: "lee")
        let today = day("2023-07-01")
        let all = try owner.digests()
        let admin = try owner.roundCalendar(readable: all, today: today, requested: nil)
        let theirs = try staff.roundCalendar(readable: try staff.digests(), today: today, requested: nil)
        #expect(theirs.readings.map(\.marketIDs) == [["mangwon"]])
        #expect(theirs.asOf(ofMarket: "mangwon") == admin.asOf(ofMarket: "mangwon"))
        #expect(theirs.figures(of: try staff.digest(of: "mangwon")) == admin.figures(of: try owner.digest(of: "mangwon")))
        #expect(try staff.readProgram().rounds.flatMap(\.markets) == ["mangwon"])
        #expect(try owner.readProgram().rounds.flatMap(\.markets).count == 14)
    }
}
