/// What a generated market must add up to: its size and its headline figures at programme end.
public struct MarketBlueprint: Sendable {
    public var id: String
    public var name: String
    public var region: String
    public var district: String?
    public var schedule: MarketSchedule
    /// All stores, eligible or not.
    public var storeCount: Int
    public var eligible: Int
    public var opened: Int
    /// Friends over all opened stores at programme end.
    public var friends: Int
    /// Messages sent by programme end.
    public var messages: Int
    /// When set, the eligible owners' ages add up to exactly this.
    public var ownerAgeTotal: Int?
    /// Stores the market must have, by name and category (for example ones a screen sketch shows).
    public var knownStores: [(name: String, category: String)] = []
    /// When set, some stores keep posting after the tutors leave, until at most this day.
    public var followUpUntil: CalendarDate?

    public init(
        id: String, name: String, region: String, district: String?, schedule: MarketSchedule,
        storeCount: Int, eligible: Int, opened: Int, friends: Int, messages: Int
    ) {
        self.id = id
        self.name = name
        self.region = region
        self.district = district
        self.schedule = schedule
        self.storeCount = storeCount
        self.eligible = eligible
        self.opened = opened
        self.friends = friends
        self.messages = messages
    }
}
