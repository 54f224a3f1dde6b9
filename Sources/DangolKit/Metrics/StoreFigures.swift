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
        guard let opened = channelOpenedOn, opened <= asOf else { return .none }
        let friends = friendReadings.last { $0.on <= asOf }?.count ?? 0
        // One pass for both sums: this runs for every store on every day its figures change.
        var sent = 0
        var ads = 0
        for message in messages where message.on <= asOf {
            sent += message.count
            if message.kind == .ad { ads += message.count }
        }
        let postsSoFar = posts.lazy.filter { $0 <= asOf }
        let lastMessage = messages.last { $0.on <= asOf }?.on
        let lastActivity = CalendarDate.later(lastMessage, postsSoFar.last)
        return StoreFigures(
            isOpen: true,
            friends: friends,
            messagesSent: sent,
            adsSent: ads,
            posts: postsSoFar.count,
            isActive: lastActivity.map { ActivityWindow.covers($0, asOf: asOf) } ?? false,
            lastActivity: lastActivity)
    }

    /// The days on which `figures(asOf:)` can change, in order, each once: every record date,
    /// and the day each message or post stops counting as recent activity.
    var figureChangeDates: [CalendarDate] {
        guard let opened = channelOpenedOn else { return [] }
        var dates = [opened]
        dates.reserveCapacity(1 + friendReadings.count + 2 * (messages.count + posts.count))
        for reading in friendReadings {
            dates.append(reading.on)
        }
        func addActivity(on day: CalendarDate) {
            dates.append(day)
            dates.append(day.adding(days: ActivityWindow.days))
        }
        for message in messages {
            addActivity(on: message.on)
        }
        for post in posts {
            addActivity(on: post)
        }
        dates.sort()
        var uniqueCount = 1
        for index in dates.indices.dropFirst() where dates[index] != dates[uniqueCount - 1] {
            dates[uniqueCount] = dates[index]
            uniqueCount += 1
        }
        dates.removeLast(dates.count - uniqueCount)
        return dates
    }
}
