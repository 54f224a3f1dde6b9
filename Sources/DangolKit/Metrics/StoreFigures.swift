/// One store's figures on a given day: the unit every market and programme figure sums.
///
/// These are the programme's metric definitions at store level; `MarketFigures` adds them up
/// and `MarketDigest` stores how they change over time. No view computes a figure any other way.
public struct StoreFigures: Hashable, Sendable {
    /// The channel opened on or before as-of.
    public var isOpen: Bool
    /// The latest friend reading on or before as-of (0 before the first reading).
    public var friends: Int
    /// Messages sent on or before as-of.
    public var messagesSent: Int
    /// Of those, the ones that were ads (광고); the rest were information (정보).
    public var adsSent: Int
    /// Posts published on or before as-of.
    public var posts: Int
    /// Open, and a message or post within the activity window up to as-of.
    public var isActive: Bool
    /// The latest message or post on or before as-of.
    public var lastActivity: CalendarDate?

    /// A store with nothing recorded.
    public static let none = StoreFigures(
        isOpen: false, friends: 0, messagesSent: 0, adsSent: 0, posts: 0, isActive: false, lastActivity: nil)
}

extension Store {
    /// This store's figures on `asOf`. Nothing counts before the channel opened.
    public func figures(asOf: CalendarDate) -> StoreFigures {
        StoreFiguresWalk.over(self) { $0.figures(on: asOf) }
    }
}
