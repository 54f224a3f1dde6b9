/// A market's (or the whole programme's) headline figures on one day.
///
/// Counts are sums of `StoreFigures` over the eligible stores; rates and averages derive from
/// the counts here and nowhere else, so the dashboard, `dangol summary` and reports agree.
public struct MarketFigures: Hashable, Sendable {
    /// Stores marked eligible (참여 대상).
    public var eligibleStores = 0
    /// Eligible stores whose channel opened on or before as-of.
    public var channelsOpened = 0
    /// Sum over opened stores of their latest friend reading.
    public var friends = 0
    public var messagesSent = 0
    public var posts = 0
    /// Opened stores with a message or post within the activity window.
    public var activeStores = 0
    /// Sum and count of the owners' ages known for eligible stores.
    public var ownerAgeTotal = 0
    public var ownerAgeCount = 0

    public init() {}

    /// Channels opened per eligible store, 0 when the market has no eligible store.
    public var participationRate: Double {
        ratio(channelsOpened, eligibleStores)
    }

    /// Friends per opened channel, 0 when none opened.
    public var averageFriends: Double {
        ratio(friends, channelsOpened)
    }

    /// Messages per opened channel, 0 when none opened.
    public var averageMessages: Double {
        ratio(messagesSent, channelsOpened)
    }

    /// Opened channels that are active, 0 when none opened.
    public var activeRate: Double {
        ratio(activeStores, channelsOpened)
    }

    /// The eligible owners' average age, nil when no age is known.
    public var averageOwnerAge: Double? {
        ownerAgeCount == 0 ? nil : ratio(ownerAgeTotal, ownerAgeCount)
    }

    /// Adds one eligible store's figures; other stores are not part of the programme's figures.
    public mutating func add(_ store: Store, asOf: CalendarDate) {
        guard store.eligible else { return }
        countEligible(store)
        add(store.figures(asOf: asOf))
    }

    /// Counts an eligible store and its owner's age: the part of the figures no date changes.
    mutating func countEligible(_ store: Store) {
        eligibleStores += 1
        if let age = store.ownerAge {
            ownerAgeTotal += age
            ownerAgeCount += 1
        }
    }

    /// Adds the time-dependent part of one eligible store's figures. Inlined where a digest
    /// sums each store's change on each day it changes (a call per side of every change).
    @inline(__always)
    mutating func add(_ figures: StoreFigures, sign: Int = 1) {
        channelsOpened += sign * (figures.isOpen ? 1 : 0)
        friends += sign * figures.friends
        messagesSent += sign * figures.messagesSent
        posts += sign * figures.posts
        activeStores += sign * (figures.isActive ? 1 : 0)
    }

    /// The figures of several markets together.
    public static func + (lhs: MarketFigures, rhs: MarketFigures) -> MarketFigures {
        lhs.adding(rhs, sign: 1)
    }

    /// These figures with `other` added (`sign` 1) or taken away (`sign` -1): totals kept by
    /// difference as one market changes.
    public func adding(_ other: MarketFigures, sign: Int) -> MarketFigures {
        var sum = self
        sum.add(other, sign: sign)
        return sum
    }

    /// Adds `other` to these figures (`sign` 1) or takes it away (`sign` -1), in place.
    mutating func add(_ other: MarketFigures, sign: Int = 1) {
        eligibleStores += sign * other.eligibleStores
        channelsOpened += sign * other.channelsOpened
        friends += sign * other.friends
        messagesSent += sign * other.messagesSent
        posts += sign * other.posts
        activeStores += sign * other.activeStores
        ownerAgeTotal += sign * other.ownerAgeTotal
        ownerAgeCount += sign * other.ownerAgeCount
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }
}

extension Market {
    /// This market's figures on `asOf`, straight from its stores; nothing before it starts.
    public func figures(asOf: CalendarDate) -> MarketFigures {
        guard schedule?.hasStarted(by: asOf) ?? true else { return MarketFigures() }
        return stores.reduce(into: MarketFigures()) { $0.add($1, asOf: asOf) }
    }
}
