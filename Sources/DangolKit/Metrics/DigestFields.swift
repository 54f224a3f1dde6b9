extension MarketDigest.Fields {
    /// The digest's values worked out from `market`'s stores; their labels only `withStores`.
    init(market: Market, withStores: Bool) {
        id = market.id
        name = market.name
        region = market.region
        district = market.district
        schedule = market.schedule
        stores = withStores ? market.stores.map {
            MarketDigest.StoreLabel(id: $0.id, name: $0.name, category: $0.category, channelOpenedOn: $0.channelOpenedOn)
        } : []
        latestRecordedDate = market.latestRecordedDate
        var staticPart = MarketFigures()
        var changes = DailyChanges(from: Self.firstOpening(in: market))
        // By index and borrowed, not `for store in` or `let store =`: those copied every store,
        // a cost seen at 200,000 stores.
        for index in market.stores.indices where market.stores[index].eligible {
            staticPart.countEligible(market.stores[index])
            Self.addChanges(of: StoreFiguresWalk(market.stores[index]), to: &changes)
        }
        eligibleStores = staticPart.eligibleStores
        ownerAgeTotal = staticPart.ownerAgeTotal
        ownerAgeCount = staticPart.ownerAgeCount
        timeline = changes.timeline()
    }

    /// The first day an eligible store's channel opened: no figure changes before it.
    private static func firstOpening(in market: Market) -> CalendarDate? {
        var first: CalendarDate?
        for index in market.stores.indices where market.stores[index].eligible {
            if let opened = market.stores[index].channelOpenedOn, first.map({ opened < $0 }) ?? true { first = opened }
        }
        return first
    }

    /// Adds how a store's figures change on each day they do, walking them from the start.
    private static func addChanges(of walk: consuming StoreFiguresWalk, to changes: inout DailyChanges) {
        var previous = StoreFigures.none
        while let day = walk.nextChange() {
            let current = walk.figures(on: day)
            var change = MarketFigures()
            change.add(current)
            change.add(previous, sign: -1)
            changes.add(change, on: day)
            previous = current
        }
    }
}

/// A market's figure changes summed per day, in one slot per day from its first opening on:
/// no sort and no hashing, which matters when 1,400 markets are digested at once. The days run
/// to the last record plus the activity window, a few hundred for a real market; the date
/// rule (`MarketRules.dates`) keeps any market's within a century, under 3 MB of slots.
private struct DailyChanges {
    private let firstDay: CalendarDate?
    /// The change summed on each slot's day, nil where no store's figures changed. A day whose
    /// changes cancel out still has its point, as it always had.
    private var changes: [MarketFigures?] = []

    init(from firstDay: CalendarDate?) {
        self.firstDay = firstDay
    }

    /// Adds `change` on `day`, which is not before the first day.
    mutating func add(_ change: MarketFigures, on day: CalendarDate) {
        guard let firstDay else { preconditionFailure("a change before any channel opened") }
        let slot = day.dayNumber - firstDay.dayNumber
        if slot >= changes.count {
            changes.append(contentsOf: repeatElement(nil, count: slot + 1 - changes.count))
        }
        changes[slot] = (changes[slot] ?? MarketFigures()) + change
    }

    /// The running totals on each day something changed, in day order.
    func timeline() -> [MarketDigest.Point] {
        guard let firstDay else { return [] }
        var running = MarketFigures()
        var timeline: [MarketDigest.Point] = []
        for (slot, change) in changes.enumerated() {
            guard let change else { continue }
            running = running + change
            timeline.append(MarketDigest.Point(
                on: firstDay.adding(days: slot), channelsOpened: running.channelsOpened, friends: running.friends,
                messagesSent: running.messagesSent, posts: running.posts, activeStores: running.activeStores))
        }
        return timeline
    }
}
