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
    private let friendReadings: UnsafeBufferPointer<FriendReading>
    private let messages: UnsafeBufferPointer<MessageRecord>
    private let posts: UnsafeBufferPointer<CalendarDate>
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

    private init(opened: CalendarDate?, friendReadings: UnsafeBufferPointer<FriendReading>,
                 messages: UnsafeBufferPointer<MessageRecord>, posts: UnsafeBufferPointer<CalendarDate>) {
        self.opened = opened
        self.friendReadings = friendReadings
        self.messages = messages
        self.posts = posts
    }

    /// What `body` makes of a walk over `store`'s figures, which it cannot keep: the walk reads
    /// the store's lists where they lie, neither copying nor holding them (each held list was
    /// retained and released, per store of every digest). Inlined where it is called, so that
    /// the store is not copied to be passed either.
    @inline(__always)
    static func over<Result>(_ store: borrowing Store, _ body: (inout StoreFiguresWalk) -> Result) -> Result {
        store.friendReadings.withUnsafeBufferPointer { friendReadings in
            store.messages.withUnsafeBufferPointer { messages in
                store.posts.withUnsafeBufferPointer { posts in
                    var walk = StoreFiguresWalk(opened: store.channelOpenedOn, friendReadings: friendReadings, messages: messages, posts: posts)
                    return body(&walk)
                }
            }
        }
    }

    /// The store's figures on `day`, which must not be earlier than the day read before.
    /// Inlined where the walk is, as `nextChange` is.
    @inline(__always)
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
    /// activity stops counting (`ActivityWindow`). Inlined where the walk is, so that its
    /// state stays where it is: a call set it out in memory, per day of every store's walk.
    @inline(__always)
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
