import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Weekly series and staying power")
struct WeeklySeriesTests {
    @Test("Week by week, cumulative, up to the week of the as-of day, after the programme too")
    func handMade() {
        let digest = MarketDigest(market: handMadeMarket())
        let weeks = digest.weekly(asOf: day("2022-09-30"))
        #expect(weeks.map(\.week) == Array(1...9))
        #expect(weeks.first?.on == day("2022-08-07"))
        #expect(weeks.last?.on == day("2022-09-30"), "the as-of day closes the last, partial week")
        #expect(weeks.map(\.figures.channelsOpened) == [1, 1, 2, 2, 2, 2, 2, 2, 2])
        // Week 3 ends 08-21: 두부가게's 25 (08-20) and 떡집's 5 (08-16) are both read by then.
        #expect(weeks.map(\.figures.friends) == [0, 10, 30, 30, 30, 30, 30, 30, 30])
        #expect(weeks.map(\.figures.messagesSent) == [0, 3, 3, 3, 3, 3, 3, 3, 3])
        // Active: the post of 08-25 keeps 두부가게 active through 09-23, so not at the end of
        // week 8 (09-25).
        #expect(weeks.map(\.figures.activeStores) == [0, 1, 1, 1, 1, 1, 1, 0, 0])
        #expect(weeks[3].figures.activeRate == 0.5)
    }

    @Test("Weeks with no data keep the figures; no schedule or an as-of before the start gives none")
    func edges() {
        let digest = MarketDigest(market: handMadeMarket())
        #expect(digest.weekly(asOf: day("2022-07-31")).isEmpty)
        var unscheduled = handMadeMarket()
        unscheduled.schedule = nil
        #expect(MarketDigest(market: unscheduled).weekly(asOf: day("2022-09-30")).isEmpty)
    }

    @Test("Markets with different start dates add up by their own programme weeks")
    func differentStarts() {
        let early = MarketDigest(market: handMadeMarket())
        var later = handMadeMarket()
        later.id = "later"
        later.schedule = MarketSchedule(starts: day("2022-08-15"), weeks: 8)
        let late = MarketDigest(market: later)
        let calendar = RoundCalendar(rounds: [], digests: [early, late], today: day("2026-11-22"), requested: day("2022-09-30"))
        let combined = ProgramWeeks.weekly([early, late], calendar: calendar)
        #expect(combined.count == 9)
        let earlyWeeks = early.weekly(asOf: day("2022-09-30"))
        let lateWeeks = late.weekly(asOf: day("2022-09-30"))
        #expect(combined[0].figures.channelsOpened == earlyWeeks[0].figures.channelsOpened + lateWeeks[0].figures.channelsOpened)
        #expect(combined[8].figures.channelsOpened == earlyWeeks[8].figures.channelsOpened + lateWeeks.last!.figures.channelsOpened)
    }

    @Test("The sample pilot's staying power falls after the tutors left")
    func pilotStayingPower() throws {
        let digest = MarketDigest(market: SampleProgram.build().markets[0])
        let weeks = digest.weekly(asOf: day("2023-01-01"))
        #expect(weeks.count == 22)
        #expect(weeks[7].figures.channelsOpened == 62)
        #expect(weeks[7].figures.activeRate > 0.8)
        #expect(weeks.last!.figures.activeRate < 0.25)
    }
}

@Suite("Best-store awards")
struct AwardRankingTests {
    private func store(_ id: String, friends: Int, messages: Int, posts: Int, opened: String = "2022-08-01") -> Store {
        Store(id: id, name: "가게 \(id)", channelOpenedOn: day(opened),
              friendReadings: [FriendReading(on: day("2022-09-01"), count: friends)],
              messages: messages == 0 ? [] : [MessageRecord(on: day("2022-09-01"), kind: .ad, count: messages)],
              posts: Array(repeating: day("2022-09-01"), count: posts))
    }

    @Test("The score is friends + 5 × messages + 3 × posts, and each part is shown")
    func score() {
        let market = Market(id: "m", name: "시장", region: "서울", stores: [store("s1", friends: 40, messages: 6, posts: 2)])
        let entry = AwardRanking.rank(market, tiers: AwardTier.standard, asOf: day("2022-09-30"))[0]
        #expect((entry.friendPoints, entry.messagePoints, entry.postPoints, entry.score) == (40, 30, 6, 76))
    }

    @Test("Ties go to friends, then messages, then posts, then the earlier channel, then the id")
    func ties() {
        let market = Market(id: "m", name: "시장", region: "서울", stores: [
            store("s5", friends: 50, messages: 0, posts: 0, opened: "2022-08-02"),
            store("s4", friends: 50, messages: 0, posts: 0, opened: "2022-08-01"),
            store("s3", friends: 45, messages: 1, posts: 0),
            store("s2", friends: 40, messages: 2, posts: 0),
            store("s1", friends: 50, messages: 0, posts: 0, opened: "2022-08-02"),
        ])
        let ranked = AwardRanking.rank(market, tiers: AwardTier.standard, asOf: day("2022-09-30"))
        #expect(ranked.map(\.score) == [50, 50, 50, 50, 50])
        #expect(ranked.map(\.store.id) == ["s4", "s1", "s5", "s3", "s2"])
        #expect(ranked.map(\.rank) == [1, 2, 3, 4, 5])
    }

    @Test("Tiers are handed out in order and count per market; unopened and ineligible stores are not ranked")
    func tiers() {
        var stores = (1...12).map { store("s\($0)", friends: 100 - $0, messages: 1, posts: 0) }
        stores.append(Store(id: "x1", name: "미개설"))
        stores.append(Store(id: "x2", name: "대상 아님", eligible: false, channelOpenedOn: day("2022-08-01")))
        let ranked = AwardRanking.rank(Market(id: "m", name: "시장", region: "서울", stores: stores),
                                       tiers: AwardTier.standard, asOf: day("2022-09-30"))
        #expect(ranked.count == 12)
        #expect(ranked.map(\.tier) == ["대상", "금상", "은상", "동상", "동상", "특별상"] + Array(repeating: nil, count: 6))
    }

    @Test("A tier goes only to a store that earned it in the round: friends alone, with nothing sent or posted, win nothing")
    func earned() {
        let stores = [store("s1", friends: 900, messages: 0, posts: 0)] + (2...12).map { store("s\($0)", friends: 100 - $0, messages: 0, posts: 1) }
        let ranked = AwardRanking.rank(Market(id: "m", name: "시장", region: "서울", stores: stores), tiers: AwardTier.standard, asOf: day("2022-09-30"))
        #expect(ranked.first?.store.id == "s1" && ranked.first?.rank == 1 && ranked.first?.tier == nil, "first by score, but no tier")
        #expect(ranked[1].tier == "대상" && ranked[1].store.id == "s2")
        let strict = [AwardTier(name: "대상", count: 1, minimumMessagesAndPosts: 3)]
        let none = AwardRanking.rank(Market(id: "m", name: "시장", region: "서울", stores: stores), tiers: strict, asOf: day("2022-09-30"))
        #expect(none.allSatisfy { $0.tier == nil }, "a minimum no store reached awards no one")
    }

    @Test("A market awards at most half of its open channels: six channels, three awards")
    func share() {
        let stores = (1...6).map { store("s\($0)", friends: 40 - $0, messages: 1, posts: 0) }
        let ranked = AwardRanking.rank(Market(id: "m", name: "시장", region: "서울", stores: stores), tiers: AwardTier.standard, asOf: day("2022-09-30"))
        #expect(ranked.map(\.tier) == ["대상", "금상", "은상", nil, nil, nil])
        #expect(AwardRanking.maximumAwards(openChannels: 7) == 3 && AwardRanking.maximumAwards(openChannels: 1) == 0)
    }

    @Test("The sample round awards sixty stores, as reported")
    func sampleRound() throws {
        let sample = SampleProgram.build()
        let round = sample.markets.filter { sample.program.rounds[1].markets.contains($0.id) }
        let calendar = RoundCalendar(rounds: sample.program.rounds, digests: round.map(MarketDigest.init(market:)), today: day("2026-11-23"), requested: nil)
        let ranked = AwardRanking.rankProgramme(round, tiers: sample.program.awardTiers, calendar: calendar)
        #expect(ranked.filter { $0.tier != nil }.count == 60)
        #expect(ranked.map(\.rank) == Array(1...ranked.count))
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.score >= $1.score })
    }

    @Test("A programme file without award tiers uses the standard ones; a negative count is refused")
    func programFile() throws {
        let plain = try FileCodec.decode(Program.self, from: Array(#"{"schemaVersion": 1, "name": "p"}"#.utf8), path: "p.json")
        #expect(plain.awardTiers == AwardTier.standard)
        #expect(throws: DangolError.self) {
            try FileCodec.decode(Program.self, from: Array(#"{"schemaVersion": 1, "name": "p", "awardTiers": [{"name": "대상", "count": -1}]}"#.utf8), path: "p.json")
        }
    }
}
