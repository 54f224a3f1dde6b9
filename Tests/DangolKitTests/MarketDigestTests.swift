import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Market digests")
struct MarketDigestTests {
    @Test("The digest gives the same figures as the stores on every day of a hand-made market")
    func handMade() {
        let market = handMadeMarket()
        let digest = MarketDigest(market: market)
        for offset in -5...80 {
            let asOf = day("2022-08-01").adding(days: offset)
            #expect(digest.figures(asOf: asOf) == market.figures(asOf: asOf), "on \(asOf)")
        }
    }

    @Test("A digest of the figures alone has the full digest's figures on every day, and no store")
    func figuresAlone() {
        for market in SampleProgram.build().markets {
            let full = MarketDigest(market: market)
            let figures = MarketDigest(figuresOf: market)
            #expect(full.storeCount == market.stores.count && figures.storeCount == 0 && figures.stores.isEmpty)
            #expect([figures.id, figures.name, figures.region] == [market.id, market.name, market.region])
            #expect(figures.schedule == market.schedule && figures.latestRecordedDate == market.latestRecordedDate)
            let first = market.schedule!.starts.adding(days: -1)
            let days = (0...160).map { first.adding(days: $0) }
            #expect(days.allSatisfy { figures.figures(asOf: $0) == full.figures(asOf: $0) }, "\(market.id)")
        }
    }

    @Test("The digest agrees with the stores on every day of every sample market")
    func sample() throws {
        for market in SampleProgram.build().markets {
            let digest = MarketDigest(market: market)
            let first = market.schedule!.starts.adding(days: -1)
            for offset in stride(from: 0, through: 160, by: 1) {
                let asOf = first.adding(days: offset)
                guard digest.figures(asOf: asOf) == market.figures(asOf: asOf) else {
                    Issue.record("\(market.id) differs on \(asOf)")
                    return
                }
            }
        }
    }
}
