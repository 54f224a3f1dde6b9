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

    /// What the program-wide search shows of a store, so searching 200,000 stores reads no market.
    public struct StoreLabel: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var category: String?
        public var channelOpenedOn: CalendarDate?

        public init(id: String, name: String, category: String? = nil, channelOpenedOn: CalendarDate? = nil) {
            self.id = id
            self.name = name
            self.category = category
            self.channelOpenedOn = channelOpenedOn
        }
    }

    public var id: String
    public var name: String
    public var region: String
    public var district: String?
    public var schedule: MarketSchedule?
    /// Every store of the market, eligible or not, in file order.
    public var stores: [StoreLabel]
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
        stores = market.stores.map {
            StoreLabel(id: $0.id, name: $0.name, category: $0.category, channelOpenedOn: $0.channelOpenedOn)
        }
        latestRecordedDate = market.latestRecordedDate
        var staticPart = MarketFigures()
        // One entry per store and change day, summed per day after one sort: no hashing, which
        // matters when 1,400 markets are digested at once.
        var changes: [(day: CalendarDate, change: MarketFigures)] = []
        // By index, not `for store in`: that copied every store, a cost seen at 200,000 stores.
        for index in market.stores.indices where market.stores[index].eligible {
            let store = market.stores[index]
            staticPart.countEligible(store)
            var previous = StoreFigures.none
            for day in store.figureChangeDates {
                let current = store.figures(asOf: day)
                var change = MarketFigures()
                change.add(current)
                change.add(previous, sign: -1)
                changes.append((day, change))
                previous = current
            }
        }
        eligibleStores = staticPart.eligibleStores
        ownerAgeTotal = staticPart.ownerAgeTotal
        ownerAgeCount = staticPart.ownerAgeCount
        var running = MarketFigures()
        timeline = []
        let order = MarketDigest.dayOrder(of: changes.map(\.day))
        for (position, index) in order.enumerated() {
            let entry = changes[index]
            running = running + entry.change
            guard position + 1 == order.count || changes[order[position + 1]].day != entry.day else { continue }
            timeline.append(Point(
                on: entry.day, channelsOpened: running.channelsOpened, friends: running.friends,
                messagesSent: running.messagesSent, posts: running.posts, activeStores: running.activeStores))
        }
    }

    /// The indices of `days` in day order. Sorts one 8-byte key per entry (day above, index
    /// below) rather than the entries, which carry a whole `MarketFigures` each.
    private static func dayOrder(of days: [CalendarDate]) -> [Int] {
        var keys = days.indices.map { index in
            let day = UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: days[index].dayNumber)) ^ 0x8000_0000)
            return day << 32 | UInt64(index)
        }
        keys.sort()
        return keys.map { Int($0 & 0xFFFF_FFFF) }
    }

    public var storeCount: Int {
        stores.count
    }

    /// The market's figures on `asOf`, equal to `Market.figures(asOf:)` of the market it summarises.
    /// Cost: O(log n) in the number of change days.
    public func figures(asOf: CalendarDate) -> MarketFigures {
        guard schedule?.hasStarted(by: asOf) ?? true else { return MarketFigures() }
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
