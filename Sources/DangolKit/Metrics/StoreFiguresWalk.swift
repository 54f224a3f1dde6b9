/// One store's figures read on days in rising order, each record passed once: the one place
/// the store-level metric definitions are worked out (`Store.figures(asOf:)` is a walk of one
/// step, a digest's timeline a walk over every day the figures change).
///
/// Records are listed oldest first (`MarketRules`' order rule, which every loaded or edited
/// store passes), so the figures on a day are those of the records up to the first one after
/// it: the latest friend reading among them, the messages and posts summed, the latest
/// activity.
struct StoreFiguresWalk: ~Copyable {
    private let opened: CalendarDate?
    private let friendReadings: [FriendReading]
    private let messages: [MessageRecord]
    private let posts: [CalendarDate]
    /// How many of each list the walk has passed.
    private var readingsPassed = 0
    private var messagesPassed = 0
    private var postsPassed = 0
    /// The figures of the records passed, before `isOpen` and `isActive` are decided per day.
    private var friends = 0
    private var messagesSent = 0
    private var adsSent = 0
    private var lastMessage: CalendarDate?
    private var lastPost: CalendarDate?
    /// The last day read, which the next may not precede.
    private var lastDay: CalendarDate?

    /// Inlined where it is made, so that the store's lists are taken from where it lies: a
    /// call copied the whole store to pass it, once per store of every digest.
    @inline(__always)
    init(_ store: borrowing Store) {
        opened = store.channelOpenedOn
        friendReadings = store.friendReadings
        messages = store.messages
        posts = store.posts
    }

    /// The store's figures on `day`, which must not be earlier than the day read before.
    mutating func figures(on day: CalendarDate) -> StoreFigures {
        precondition(lastDay.map { $0 <= day } ?? true, "a figures walk goes forward in time")
        lastDay = day
        guard let opened, opened <= day else { return .none }
        while readingsPassed < friendReadings.count, friendReadings[readingsPassed].on <= day {
            friends = friendReadings[readingsPassed].count
            readingsPassed += 1
        }
        while messagesPassed < messages.count, messages[messagesPassed].on <= day {
            let message = messages[messagesPassed]
            messagesSent += message.count
            if message.kind == .ad { adsSent += message.count }
            lastMessage = message.on
            messagesPassed += 1
        }
        while postsPassed < posts.count, posts[postsPassed] <= day {
            lastPost = posts[postsPassed]
            postsPassed += 1
        }
        let lastActivity = CalendarDate.later(lastMessage, lastPost)
        return StoreFigures(
            isOpen: true, friends: friends, messagesSent: messagesSent, adsSent: adsSent, posts: postsPassed,
            isActive: lastActivity.map { ActivityWindow.covers($0, asOf: day) } ?? false,
            lastActivity: lastActivity)
    }

    /// The first day after the last one read on which the figures can change, or nil when they
    /// never will again: the channel's opening, the next record, or the day the latest
    /// activity stops counting (`ActivityWindow`).
    func nextChange() -> CalendarDate? {
        guard let opened else { return nil }
        guard let lastDay, opened <= lastDay else { return opened }
        var next: CalendarDate?
        func consider(_ day: CalendarDate?) {
            guard let day, day > lastDay else { return }
            next = next.map { min($0, day) } ?? day
        }
        consider(readingsPassed < friendReadings.count ? friendReadings[readingsPassed].on : nil)
        consider(messagesPassed < messages.count ? messages[messagesPassed].on : nil)
        consider(postsPassed < posts.count ? posts[postsPassed] : nil)
        consider(CalendarDate.later(lastMessage, lastPost)?.adding(days: ActivityWindow.days))
        return next
    }
}
