import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Rounds: each read as of its own day")
struct RoundCalendarTests {
    let sample = SampleProgram.build()

    private var digests: [MarketDigest] {
        sample.markets.map(MarketDigest.init(market:)).sorted(by: MarketDigest.programmeOrder)
    }

    private func calendar(today: String, asOf: String? = nil) -> RoundCalendar {
        RoundCalendar(rounds: sample.program.rounds, digests: digests, today: day(today), requested: asOf.map(day))
    }

    private func total(_ calendar: RoundCalendar, round: String) -> MarketFigures {
        let ids = Set(calendar.readings.first { $0.id == round }?.marketIDs ?? [])
        return digests.filter { ids.contains($0.id) }.map(calendar.figures(of:)).reduce(MarketFigures(), +)
    }

    @Test("Finished rounds read as of their last tutor week plus four follow-up weeks")
    func finishedRounds() {
        let readings = calendar(today: "2026-11-23").readings
        #expect(readings.map(\.id) == ["2022-pilot", "2022", "2023"])
        #expect(readings.map(\.asOf) == [day("2022-10-23"), day("2023-01-29"), day("2023-05-21")])
        #expect(readings.allSatisfy { !$0.isRunning })
        #expect(readings.map(\.marketIDs.count) == [1, 10, 3])
    }

    @Test("A later round never changes an earlier round's figures")
    func laterRoundLeavesEarlierAlone() {
        let during2023 = calendar(today: "2023-04-19")
        let afterwards = calendar(today: "2026-11-23")
        for round in ["2022-pilot", "2022"] {
            #expect(total(during2023, round: round) == total(afterwards, round: round), "\(round)")
        }
        let round = total(during2023, round: "2022")
        #expect([round.eligibleStores, round.channelsOpened, round.friends] as [Int] == [831, 513, 16_083])
        #expect(total(during2023, round: "2022-pilot").activeStores == total(afterwards, round: "2022-pilot").activeStores)
        #expect(total(during2023, round: "2022-pilot").activeStores > 0)
    }

    @Test("A running round reads as of today, even before anything is recorded that day")
    func runningRoundReadsToday() throws {
        let reading = try #require(calendar(today: "2023-03-14").readings.last)
        #expect(reading.isRunning)
        #expect(reading.asOf == day("2023-03-14"))
        let mangwon = try #require(sample.markets.first { $0.id == "mangwon" })
        #expect(mangwon.schedule?.week(of: reading.asOf) == 2)
    }

    @Test("A market that has not started by the as-of day counts for nothing")
    func notStartedCountsNothing() {
        let beforeStart = calendar(today: "2023-03-05")
        #expect(beforeStart.readings.last?.asOf == day("2023-03-05"))
        #expect(total(beforeStart, round: "2023") == MarketFigures())
        let sameDay = calendar(today: "2026-11-23", asOf: "2023-01-01")
        #expect(sameDay.commonAsOf == day("2023-01-01"))
        let all = digests.map(sameDay.figures(of:)).reduce(MarketFigures(), +)
        #expect(all.eligibleStores == 901)
    }

    @Test("Markets in no round are a round of their own; without schedules they read as of the latest record")
    func unassignedAndUnscheduled() {
        var loose = sample.markets[0]
        loose.id = "loose"
        loose.schedule = nil
        let calendar = RoundCalendar(rounds: sample.program.rounds, digests: digests + [MarketDigest(market: loose)],
                                     today: day("2026-11-23"), requested: nil)
        let last = calendar.readings.last
        #expect(last?.isUnassigned == true)
        #expect(last?.marketIDs == ["loose"])
        #expect(last?.asOf == loose.latestRecordedDate)
        #expect(calendar.asOf(ofMarket: "loose") == loose.latestRecordedDate)
    }

    @Test("Narrowing to one market or round keeps the day the whole round gave it")
    func narrowingKeepsTheDay() {
        let whole = calendar(today: "2026-11-23")
        let one = whole.keeping { $0 == "jayang" }
        #expect(one.readings.map(\.marketIDs) == [["jayang"]])
        #expect(one.asOf(ofMarket: "jayang") == day("2023-01-29"))
        #expect(whole.keeping(round: "2023").readings.map(\.id) == ["2023"])
        #expect(whole.commonAsOf == nil)
    }

    @Test("program.json refuses a market in two rounds, a repeated round and a bad round id, at their place")
    func badRounds() throws {
        let scratch = ScratchFolder()
        let folder = DataFolder(path: scratch.path)
        try folder.createIfNeeded(program: Program(name: "시험"))
        let cases: [(String, String)] = [
            (#"[{"id":"a","name":"가","markets":["m1"]},{"id":"b","name":"나","markets":["m1"]}]"#, "market m1 is in round a and in round b"),
            (#"[{"id":"a","name":"가"},{"id":"a","name":"나"}]"#, "round a appears twice"),
            (#"[{"id":"A B","name":"가"}]"#, "'A B' is not a round id"),
            (#"[{"id":"a","name":"가","followUpWeeks":99}]"#, "followUpWeeks must be 0 to 52"),
            (#"[{"id":"a","name":"가","weeks":3}]"#, "weeks"),
        ]
        for (rounds, expected) in cases {
            let text = #"{"schemaVersion":2,"name":"시험","rounds":"# + rounds + "}"
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(scratch.path)/program.json"))
            #expect(throws: DangolError.self) { try folder.readProgram() }
            do {
                _ = try folder.readProgram()
            } catch {
                #expect("\(error)".contains("program.json:1:"), "\(error)")
                #expect("\(error)".contains(expected), "\(error)")
            }
        }
    }
}
