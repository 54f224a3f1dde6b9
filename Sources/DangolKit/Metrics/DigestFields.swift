extension MarketDigest.Fields {
    /// The digest's values worked out from `market`'s stores; their labels only `withStores`.
    init(market: Market, withStores: Bool) {
        var sums = MarketDigest.StoreSums(withLabels: withStores)
        // By index and borrowed, not `for store in` or `let store =`: those copied every store,
        // a cost seen at 200,000 stores.
        for index in market.stores.indices {
            sums.add(market.stores[index])
        }
        self = sums.fields(of: market)
    }
}

extension MarketDigest {
    /// What a digest sums over a market's stores, added one store at a time: a market's stores
    /// walked in memory, or read one by one from its file (`Market.read(from:eachStore:)`).
    struct StoreSums {
        private let withLabels: Bool
        private var labels: [StoreLabel] = []
        private var staticPart = MarketFigures()
        private var changes = DailyChanges()
        private var latestRecordedDate: CalendarDate?

        /// Sums that keep each store's label too when `withLabels`.
        init(withLabels: Bool) {
            self.withLabels = withLabels
        }

        /// Adds one store, eligible or not, after those added before it in file order.
        @inline(__always) // so that the store is read where it lies: a call copied it whole
        mutating func add(_ store: borrowing Store) {
            if withLabels {
                labels.append(StoreLabel(id: store.id, name: store.name, category: store.category, channelOpenedOn: store.channelOpenedOn))
            }
            latestRecordedDate = CalendarDate.later(latestRecordedDate, store.latestRecordedDate)
            guard store.eligible else { return }
            staticPart.countEligible(store)
            StoreFiguresWalk.over(store) { Self.addChanges(of: &$0, to: &changes) }
        }

        /// The digest's values: the sums of the stores added, and the rest from `market`'s own
        /// fields (its stores are not looked at).
        func fields(of market: Market) -> Fields {
            Fields(id: market.id, name: market.name, region: market.region, district: market.district, schedule: market.schedule,
                   stores: labels, eligibleStores: staticPart.eligibleStores, ownerAgeTotal: staticPart.ownerAgeTotal,
                   ownerAgeCount: staticPart.ownerAgeCount, latestRecordedDate: latestRecordedDate, timeline: changes.timeline())
        }

        /// Adds how a store's figures change on each day they do, walking them from the start.
        private static func addChanges(of walk: inout StoreFiguresWalk, to changes: inout DailyChanges) {
            var previous = StoreFigures.none
            while let day = walk.nextChange() {
                let current = walk.figures(on: day)
                changes.add(current, replacing: previous, on: day)
                previous = current
            }
        }
    }
}

/// A market's figure changes summed per day, in one slot per day from the earliest change
/// added: no sort and no hashing, which matters when 1,400 markets are digested at once. The
/// days run to the last record plus the activity window, a few hundred for a real market; the
/// date rule (`MarketRules.dates`) keeps any market's within a century, under 3 MB of slots.
private struct DailyChanges {
    /// One day's changes, summed where they lie (a copy of the slot in and out cost more than
    /// the sum), and whether a store's figures changed that day at all: a day whose changes
    /// cancel out still has its point, as it always had.
    private struct Slot {
        var change = MarketFigures()
        var changed = false

        /// Adds a store's change from `previous` to `current`: one access to the slot, where
        /// three (two sums and the mark) each checked the list's bounds and uniqueness.
        @inline(__always)
        mutating func add(_ current: StoreFigures, replacing previous: StoreFigures) {
            change.add(current)
            change.add(previous, sign: -1)
            changed = true
        }
    }

    /// The day of the first slot: the earliest day a change was added on.
    private var firstDay: CalendarDate?
    private var slots: [Slot] = []

    /// Adds one store's change on `day`, from its figures `previous` to `current`. Inlined
    /// where a store's walk is, as the walk's steps are: a call per day of every store's walk
    /// set its figures out in memory.
    @inline(__always)
    mutating func add(_ current: StoreFigures, replacing previous: StoreFigures, on day: CalendarDate) {
        slots[slot(of: day)].add(current, replacing: previous)
    }

    /// The place of `day`'s slot, which the slots nearly always already reach.
    @inline(__always)
    private mutating func slot(of day: CalendarDate) -> Int {
        if let firstDay, day >= firstDay {
            let index = day.dayNumber - firstDay.dayNumber
            if index < slots.count { return index }
        }
        return addSlots(reaching: day)
    }

    /// Adds slots up to `day`'s and returns its place. A day before the first slot's moves the
    /// slots up: stores come in file order, not by opening, so that happens a few times per market.
    private mutating func addSlots(reaching day: CalendarDate) -> Int {
        if let firstDay, day < firstDay {
            slots.insert(contentsOf: repeatElement(Slot(), count: firstDay.dayNumber - day.dayNumber), at: 0)
        }
        let first = min(firstDay ?? day, day)
        firstDay = first
        let index = day.dayNumber - first.dayNumber
        if index >= slots.count {
            slots.append(contentsOf: repeatElement(Slot(), count: index + 1 - slots.count))
        }
        return index
    }

    /// The running totals on each day something changed, in day order.
    func timeline() -> [MarketDigest.Point] {
        guard let firstDay else { return [] }
        var running = MarketFigures()
        var timeline: [MarketDigest.Point] = []
        for (index, slot) in slots.enumerated() where slot.changed {
            running.add(slot.change)
            timeline.append(MarketDigest.Point(
                on: firstDay.adding(days: index), channelsOpened: running.channelsOpened, friends: running.friends,
                messagesSent: running.messagesSent, posts: running.posts, activeStores: running.activeStores))
        }
        return timeline
    }
}
