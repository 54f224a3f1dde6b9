import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("The shipped sample programme: the 2022 pilot and round, and part of the 2023 round")
struct SampleProgramTests {
    let scratch: ScratchFolder

    init() {
        scratch = ScratchFolder.sampleCopy()
    }

    private var data: DataFolder { DataFolder(path: scratch.path) }

    /// The markets' figures, each on its round's day, with today long after every round.
    private func figures(_ ids: [String]) throws -> MarketFigures {
        let digests = try data.digests()
        let calendar = RoundCalendar(rounds: try data.readProgram().rounds, digests: digests, today: day("2026-11-22"), requested: nil)
        return digests.filter { ids.contains($0.id) }.map(calendar.figures(of:)).reduce(MarketFigures(), +)
    }

    @Test("신영시장 reproduces the published pilot: 70 / 62 / 88.6% / 4,040 / 65.2 / 361 / 5.8 / age 63")
    func pilot() throws {
        let pilot = try figures(["sinyoung"])
        #expect(pilot.eligibleStores == 70)
        #expect(pilot.channelsOpened == 62)
        #expect((pilot.participationRate * 1000).rounded() == 886)
        #expect(pilot.friends == 4_040)
        #expect((pilot.averageFriends * 10).rounded() == 652)
        #expect(pilot.messagesSent == 361)
        #expect((pilot.averageMessages * 10).rounded() == 58)
        #expect(pilot.averageOwnerAge == 63)
    }

    @Test("The ten round markets add up to 831 eligible, 513 opened, 16,083 friends")
    func round() throws {
        let ids = try #require(try data.readProgram().rounds.first { $0.id == "2022" }).markets
        #expect(ids.count == 10)
        let round = try figures(ids)
        #expect(round.eligibleStores == 831)
        #expect(round.channelsOpened == 513)
        #expect(round.friends == 16_083)
    }

    @Test("Data/ is exactly what the generator writes, so it can be regenerated")
    func regenerates() throws {
        let sample = SampleProgram.build()
        #expect(try FileCodec.encode(sample.program) == [UInt8](fileBytes("\(Repository.data)/program.json")))
        for market in sample.markets {
            let committed = [UInt8](fileBytes("\(Repository.data)/markets/\(market.id).json"))
            #expect(try FileCodec.encode(market) == committed, "markets/\(market.id).json differs from the generator")
        }
    }

    @Test("Every sample file passes the checks")
    func valid() {
        #expect(data.check().isEmpty)
    }

    @Test("Openings rise through the weeks and friends grow")
    func believableProgress() throws {
        let market = try data.readMarket("jayang")
        let schedule = try #require(market.schedule)
        let weekly = (1...schedule.weeks).map { market.figures(asOf: schedule.firstDay(ofWeek: $0).adding(days: 6)) }
        #expect(weekly.first!.channelsOpened > 0)
        #expect(zip(weekly, weekly.dropFirst()).allSatisfy { $0.channelsOpened < $1.channelsOpened })
        #expect(zip(weekly, weekly.dropFirst()).allSatisfy { $0.friends < $1.friends })
    }
}
