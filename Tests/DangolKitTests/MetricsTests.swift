import Testing
@testable import DangolKit

@Suite("Metric definitions")
struct MetricsTests {
    @Test("Ads sent are the messages of kind ad on or before the day, counted only once the channel opened: one definition for the store screen and the printout")
    func adsSent() {
        var store = handMadeMarket().stores[0]
        #expect(store.figures(asOf: day("2022-08-11")).adsSent == 0)
        #expect(store.figures(asOf: day("2022-08-20")).adsSent == 3)
        store.messages.append(MessageRecord(on: day("2022-08-21"), kind: .info, count: 2))
        let figures = store.figures(asOf: day("2022-08-22"))
        #expect(figures.adsSent == 3 && figures.messagesSent == 5)
        store.channelOpenedOn = day("2022-09-01")
        #expect(store.figures(asOf: day("2022-08-22")).adsSent == 0, "nothing counts before the channel opened")
    }

    @Test("A market's figures near the end of the programme")
    func endOfProgramme() {
        let figures = handMadeMarket().figures(asOf: day("2022-09-20"))
        #expect(figures.eligibleStores == 3)
        #expect(figures.channelsOpened == 2)
        #expect(figures.participationRate == 2.0 / 3)
        #expect(figures.friends == 30)
        #expect(figures.averageFriends == 15)
        #expect(figures.messagesSent == 3)
        #expect(figures.averageMessages == 1.5)
        #expect(figures.posts == 1)
        #expect(figures.activeStores == 1)
        #expect(figures.averageOwnerAge == 65)
    }

    @Test("Only what happened on or before as-of counts")
    func asOfCutsOff() {
        let market = handMadeMarket()
        let early = market.figures(asOf: day("2022-08-14"))
        #expect(early.channelsOpened == 1)
        #expect(early.friends == 10)
        #expect(early.messagesSent == 3)
        let before = market.figures(asOf: day("2022-08-02"))
        #expect(before.channelsOpened == 0)
        #expect(before.friends == 0)
        #expect(before.averageFriends == 0)
    }

    @Test("Active means a message or post within the 30 days up to as-of")
    func activityWindow() {
        let market = handMadeMarket()
        // The last activity is the post on 08-25: active through 09-23, inactive from 09-24.
        #expect(market.figures(asOf: day("2022-09-23")).activeStores == 1)
        #expect(market.figures(asOf: day("2022-09-24")).activeStores == 0)
        #expect(market.stores[0].figures(asOf: day("2022-09-24")).lastActivity == day("2022-08-25"))
    }

    @Test("A market with no eligible store has zero rates, not a crash")
    func zeroEligible() {
        let market = Market(id: "empty", name: "빈시장", region: "서울", stores: [Store(id: "s001", name: "가게", eligible: false)])
        let figures = market.figures(asOf: day("2022-09-01"))
        #expect(figures.eligibleStores == 0)
        #expect(figures.participationRate == 0)
        #expect(figures.averageFriends == 0)
        #expect(figures.averageOwnerAge == nil)
    }

    @Test("A market where nothing opened has zero averages")
    func zeroOpened() {
        let market = Market(id: "closed", name: "닫힌시장", region: "부산", stores: [Store(id: "s001", name: "가게", ownerAge: 50)])
        let figures = market.figures(asOf: day("2022-09-01"))
        #expect(figures.eligibleStores == 1)
        #expect(figures.channelsOpened == 0)
        #expect(figures.averageFriends == 0)
        #expect(figures.averageMessages == 0)
        #expect(figures.activeRate == 0)
        #expect(figures.averageOwnerAge == 50)
    }

    @Test("Walked day by day, every sample store's figures are those its records give, and the walk stops on every day they change")
    func walk() {
        for market in SampleProgram.build().markets {
            let first = market.schedule!.starts.adding(days: -1)
            for store in market.stores {
                let changeDays = StoreFiguresWalk.over(store) { stepping in
                    var days: Set<CalendarDate> = []
                    while let next = stepping.nextChange() {
                        days.insert(next)
                        _ = stepping.figures(on: next)
                    }
                    return days
                }
                let walked = StoreFiguresWalk.over(store) { walk in (0...200).map { walk.figures(on: first.adding(days: $0)) } }
                var before = StoreFigures.none
                for offset in 0...200 {
                    let asOf = first.adding(days: offset)
                    let expected = MetricsTests.figuresFromRecords(store, asOf: asOf)
                    guard walked[offset] == expected else {
                        Issue.record("\(market.id)/\(store.id) on \(asOf)")
                        return
                    }
                    if expected != before && !changeDays.contains(asOf) {
                        Issue.record("\(market.id)/\(store.id): the figures change on \(asOf), which the walk passes over")
                        return
                    }
                    before = expected
                }
            }
        }
    }

    /// The store-level definitions read straight off the records, for checking the walk.
    private static func figuresFromRecords(_ store: Store, asOf: CalendarDate) -> StoreFigures {
        guard let opened = store.channelOpenedOn, opened <= asOf else { return .none }
        let messages = store.messages.filter { $0.on <= asOf }
        let posts = store.posts.filter { $0 <= asOf }
        let lastActivity = (messages.map(\.on) + posts).max()
        return StoreFigures(
            isOpen: true, friends: store.friendReadings.last { $0.on <= asOf }?.count ?? 0,
            messagesSent: messages.reduce(0) { $0 + $1.count },
            adsSent: messages.filter { $0.kind == .ad }.reduce(0) { $0 + $1.count }, posts: posts.count,
            isActive: lastActivity.map { asOf.days(since: $0) < ActivityWindow.days } ?? false, lastActivity: lastActivity)
    }
}
