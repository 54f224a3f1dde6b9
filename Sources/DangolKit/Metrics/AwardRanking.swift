/// The best-store awards: a score from the three figures the programme judged stores by, a
/// ranking with a stated tie rule, and tiers handed out in order.
///
/// Score = friends × 1 + messages sent × 5 + posts × 3. A message reaches every friend, so
/// sending is weighted above a single friend; posts stay on the channel and count a little less.
public enum AwardRanking {
    public static let friendWeight = 1
    public static let messageWeight = 5
    public static let postWeight = 3

    /// One ranked store, with the figures and each one's part of the score.
    public struct Entry: Hashable, Sendable {
        public var marketID: String
        public var marketName: String
        public var store: Store
        public var figures: StoreFigures
        public var rank: Int
        /// The tier won within its market, if any.
        public var tier: String?

        public var friendPoints: Int { figures.friends * AwardRanking.friendWeight }
        public var messagePoints: Int { figures.messagesSent * AwardRanking.messageWeight }
        public var postPoints: Int { figures.posts * AwardRanking.postWeight }
        public var score: Int { friendPoints + messagePoints + postPoints }
    }

    /// The share of a market's open channels that may win a tier at most: in a market of a
    /// few channels, awarding all of them would mean nothing.
    public static let maximumShare = (numerator: 1, denominator: 2)

    /// How many stores of a market with `openChannels` open channels may win a tier.
    public static func maximumAwards(openChannels: Int) -> Int {
        openChannels * maximumShare.numerator / maximumShare.denominator
    }

    /// The eligible, opened stores of a market, best first, with tiers handed out in order to
    /// the stores that earned them (`AwardTier.isEarned`), at most `maximumAwards` of them.
    ///
    /// Ties go to more friends, then more messages, then more posts, then the earlier
    /// channel, then the smaller store id: never to chance.
    public static func rank(_ market: Market, tiers: [AwardTier], asOf: CalendarDate) -> [Entry] {
        let candidates = market.stores.filter(\.eligible).compactMap { store -> Entry? in
            let figures = store.figures(asOf: asOf)
            guard figures.isOpen else { return nil }
            return Entry(marketID: market.id, marketName: market.name, store: store, figures: figures, rank: 0)
        }
        var ranked = candidates.sorted(by: comesFirst)
        var prizes = tiers.flatMap { Array(repeating: $0, count: max(0, $0.count)) }[...]
        let most = maximumAwards(openChannels: ranked.count)
        var awarded = 0
        for index in ranked.indices {
            ranked[index].rank = index + 1
            // The next prize goes to the best store that earned it; one that did not keeps its rank, unawarded.
            guard awarded < most, let prize = prizes.first, prize.isEarned(by: ranked[index].figures) else { continue }
            ranked[index].tier = prize.name
            prizes.removeFirst()
            awarded += 1
        }
        return ranked
    }

    /// Every market's entries together, best first by the same rule, ranks across the programme
    /// (each entry keeps the tier it won within its own market, on its round's day).
    public static func rankProgramme(_ markets: [Market], tiers: [AwardTier], calendar: RoundCalendar) -> [Entry] {
        var all = markets.flatMap { rank($0, tiers: tiers, asOf: calendar.asOf(ofMarket: $0.id)) }.sorted(by: comesFirst)
        for index in all.indices { all[index].rank = index + 1 }
        return all
    }

    static func comesFirst(_ a: Entry, _ b: Entry) -> Bool {
        let left = (a.score, a.figures.friends, a.figures.messagesSent, a.figures.posts)
        let right = (b.score, b.figures.friends, b.figures.messagesSent, b.figures.posts)
        if left != right { return left > right }
        let opened = (a.store.channelOpenedOn ?? .init(dayNumber: .max), b.store.channelOpenedOn ?? .init(dayNumber: .max))
        if opened.0 != opened.1 { return opened.0 < opened.1 }
        return (a.marketID, a.store.id) < (b.marketID, b.store.id)
    }
}
