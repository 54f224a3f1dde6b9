/// One shop in a market and everything a tutor recorded about its KakaoTalk Channel.
///
/// Records are listed oldest first (a rule of `MarketRules`; edits insert in order), so the
/// latest friend reading on or before a day is the last such one.
public struct Store: Hashable, Sendable, Identifiable {
    /// Stable identifier, unique within its market; never reused for another shop.
    public var id: String
    public var name: String
    /// 업종: what the shop sells (반찬, 떡, 수산 …).
    public var category: String?
    public var ownerAge: Int?
    /// Whether the shop is one of the market's stores taking part in the programme (참여 대상).
    public var eligible: Bool
    public var tutor: String?
    public var channelOpenedOn: CalendarDate?
    public var friendReadings: [FriendReading]
    public var messages: [MessageRecord]
    /// The dates on which the store published a channel post.
    public var posts: [CalendarDate]
    public var notes: [Note]

    public init(
        id: String, name: String, category: String? = nil, ownerAge: Int? = nil, eligible: Bool = true,
        tutor: String? = nil, channelOpenedOn: CalendarDate? = nil, friendReadings: [FriendReading] = [],
        messages: [MessageRecord] = [], posts: [CalendarDate] = [], notes: [Note] = []
    ) {
        self.id = id
        self.name = name
        self.category = category
        self.ownerAge = ownerAge
        self.eligible = eligible
        self.tutor = tutor
        self.channelOpenedOn = channelOpenedOn
        self.friendReadings = friendReadings
        self.messages = messages
        self.posts = posts
        self.notes = notes
    }

    /// The latest date the store's data mentions, for clamping the as-of date to the data.
    public var latestRecordedDate: CalendarDate? {
        // Pairwise, without an array of the candidates: this runs once per store on every load.
        let later = CalendarDate.later
        return later(later(channelOpenedOn, friendReadings.last?.on), later(later(messages.last?.on, posts.last), notes.last?.on))
    }
}

extension Store: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, name, category, ownerAge, eligible, tutor, channelOpenedOn
        case friendReadings = "friends", messages, posts, notes
    }

    /// Decodes a store, treating absent record lists as empty so hand-written files stay short.
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        id = try values.decode(String.self, forKey: .id)
        name = try values.decode(String.self, forKey: .name)
        category = try values.decodeIfPresent(String.self, forKey: .category)
        ownerAge = try values.decodeIfPresent(Int.self, forKey: .ownerAge)
        eligible = try values.decodeIfPresent(Bool.self, forKey: .eligible) ?? true
        tutor = try values.decodeIfPresent(String.self, forKey: .tutor)
        channelOpenedOn = try values.decodeIfPresent(CalendarDate.self, forKey: .channelOpenedOn)
        friendReadings = try values.decodeIfPresent([FriendReading].self, forKey: .friendReadings) ?? []
        messages = try values.decodeIfPresent([MessageRecord].self, forKey: .messages) ?? []
        posts = try values.decodeIfPresent([CalendarDate].self, forKey: .posts) ?? []
        notes = try values.decodeIfPresent([Note].self, forKey: .notes) ?? []
    }

    /// Encodes a store, leaving out empty record lists (reading treats them as empty).
    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(id, forKey: .id)
        try values.encode(name, forKey: .name)
        try values.encodeIfPresent(category, forKey: .category)
        try values.encodeIfPresent(ownerAge, forKey: .ownerAge)
        try values.encode(eligible, forKey: .eligible)
        try values.encodeIfPresent(tutor, forKey: .tutor)
        try values.encodeIfPresent(channelOpenedOn, forKey: .channelOpenedOn)
        try values.encodeUnlessEmpty(friendReadings, forKey: .friendReadings)
        try values.encodeUnlessEmpty(messages, forKey: .messages)
        try values.encodeUnlessEmpty(posts, forKey: .posts)
        try values.encodeUnlessEmpty(notes, forKey: .notes)
    }
}

extension KeyedEncodingContainer {
    /// Writes a list only when it has elements, keeping files free of empty `[ ]` noise.
    mutating func encodeUnlessEmpty<Element: Encodable>(_ list: [Element], forKey key: Key) throws {
        if !list.isEmpty { try encode(list, forKey: key) }
    }
}
