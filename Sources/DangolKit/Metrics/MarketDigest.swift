/// A market's figures for every day at once, small enough to read for 1,400 markets in a blink.
///
/// Built from the market's stores with the store-level definitions (`Store.figures(asOf:)`):
/// the market's figures only change on the days listed in `timeline`, so keeping the running
/// totals at those days answers `figures(asOf:)` for any day without the stores themselves.
/// The programme overview reads digests; only a market's own screen reads its stores.
public struct MarketDigest: Codable, Hashable, Sendable, Identifiable {
    /// Running totals of the time-dependent figures from `on` until the next point.
    public struct Point: Codable, Hashable, Sendable {
        public var on: CalendarDate
        public var channelsOpened: Int
        public var friends: Int
        public var messagesSent: Int
        public var posts: Int
        public var activeStores: Int
    }

    public var id: String
    public var name: String
    public var region: String
    public var district: String?
    public var schedule: MarketSchedule?
    public var storeCount: Int
    public var eligibleStores: Int
    public var ownerAgeTotal: Int
    public var ownerAgeCount: Int
    public var latestRecordedDate: CalendarDate?
    /// Sorted by day; the figures before the first point are all zero.
    public var timeline: [Point]

    /// Summarises `market`. Cost: O(records) per store, plus a sort of the change days.
    public init(market: Market) {
        id = market.id
        name = market.name
        region = market.region
        district = market.district
        schedule = market.schedule
        storeCount = market.stores.count
        latestRecordedDate = market.latestRecordedDate
        var staticPart = MarketFigures()
        var changes: [CalendarDate: MarketFigures] = [:]
        for store in market.stores where store.eligible {
            staticPart.countEligible(store)
            var previous = StoreFigures.none
            for day in store.figureChangeDates.sorted() {
                let current = store.figures(asOf: day)
                changes[day, default: MarketFigures()].add(current)
                changes[day, default: MarketFigures()].add(previous, sign: -1)
                previous = current
            }
        }
        eligibleStores = staticPart.eligibleStores
        ownerAgeTotal = staticPart.ownerAgeTotal
        ownerAgeCount = staticPart.ownerAgeCount
        var running = MarketFigures()
        timeline = changes.keys.sorted().map { day in
            running = running + changes[day]!
            return Point(
                on: day, channelsOpened: running.channelsOpened, friends: running.friends,
                messagesSent: running.messagesSent, posts: running.posts, activeStores: running.activeStores)
        }
    }

    /// The market's figures on `asOf`, equal to `Market.figures(asOf:)` of the market it summarises.
    /// Cost: O(log n) in the number of change days.
    public func figures(asOf: CalendarDate) -> MarketFigures {
        var figures = MarketFigures()
        figures.eligibleStores = eligibleStores
        figures.ownerAgeTotal = ownerAgeTotal
        figures.ownerAgeCount = ownerAgeCount
        guard let point = lastPoint(onOrBefore: asOf) else { return figures }
        figures.channelsOpened = point.channelsOpened
        figures.friends = point.friends
        figures.messagesSent = point.messagesSent
        figures.posts = point.posts
        figures.activeStores = point.activeStores
        return figures
    }

    private func lastPoint(onOrBefore day: CalendarDate) -> Point? {
        var low = 0
        var high = timeline.count
        while low < high {
            let middle = (low + high) / 2
            if timeline[middle].on <= day { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : timeline[low - 1]
    }
}
