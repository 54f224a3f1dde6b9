extension MarketDigest.Fields {
    /// The digest's values worked out from `market`'s stores.
    init(market: Market) {
        id = market.id
        name = market.name
        region = market.region
        district = market.district
        schedule = market.schedule
        stores = market.stores.map {
            MarketDigest.StoreLabel(id: $0.id, name: $0.name, category: $0.category, channelOpenedOn: $0.channelOpenedOn)
        }
        latestRecordedDate = market.latestRecordedDate
        var staticPart = MarketFigures()
        // One entry per store and change day, summed per day after one sort: no hashing, which
        // matters when 1,400 markets are digested at once.
        var changes: [(day: CalendarDate, change: MarketFigures)] = []
        // By index and borrowed, not `for store in` or `let store =`: those copied every store,
        // a cost seen at 200,000 stores.
        for index in market.stores.indices where market.stores[index].eligible {
            staticPart.countEligible(market.stores[index])
            Self.addChanges(of: market.stores[index], to: &changes)
        }
        eligibleStores = staticPart.eligibleStores
        ownerAgeTotal = staticPart.ownerAgeTotal
        ownerAgeCount = staticPart.ownerAgeCount
        var running = MarketFigures()
        timeline = []
        let order = Self.dayOrder(of: changes.map(\.day))
        for (position, index) in order.enumerated() {
            let entry = changes[index]
            running = running + entry.change
            guard position + 1 == order.count || changes[order[position + 1]].day != entry.day else { continue }
            timeline.append(MarketDigest.Point(
                on: entry.day, channelsOpened: running.channelsOpened, friends: running.friends,
                messagesSent: running.messagesSent, posts: running.posts, activeStores: running.activeStores))
        }
    }

    /// Adds how `store`'s figures change on each day they do.
    private static func addChanges(of store: borrowing Store, to changes: inout [(day: CalendarDate, change: MarketFigures)]) {
        var walk = StoreFiguresWalk(store)
        var previous = StoreFigures.none
        while let day = walk.nextChange() {
            let current = walk.figures(on: day)
            var change = MarketFigures()
            change.add(current)
            change.add(previous, sign: -1)
            changes.append((day, change))
            previous = current
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
}
