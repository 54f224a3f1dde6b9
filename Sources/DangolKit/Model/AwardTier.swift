/// A tier of the year-end best-store awards (우수 점포 시상) and how many stores of each market get it.
public struct AwardTier: Codable, Hashable, Sendable {
    public var name: String
    public var count: Int
    /// What a store must have done in the round to earn the tier: at least this many messages
    /// and posts together (a channel that only gathered friends has not been used).
    public var minimumMessagesAndPosts: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, count, minimumMessagesAndPosts
    }

    /// How many stores of a market one tier may award.
    public static let counts = 0...1_000
    /// The minimums a tier may ask for.
    public static let minimums = 0...10_000
    /// What a tier asks for when program.json says nothing: one message or post.
    public static let standardMinimum = 1

    public init(name: String, count: Int, minimumMessagesAndPosts: Int = AwardTier.standardMinimum) {
        self.name = name
        self.count = count
        self.minimumMessagesAndPosts = minimumMessagesAndPosts
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        name = try values.decode(String.self, forKey: .name)
        count = try values.decode(Int.self, forKey: .count)
        minimumMessagesAndPosts = try values.decodeIfPresent(Int.self, forKey: .minimumMessagesAndPosts) ?? AwardTier.standardMinimum
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(name, forKey: .name)
        try values.encode(count, forKey: .count)
        if minimumMessagesAndPosts != AwardTier.standardMinimum { try values.encode(minimumMessagesAndPosts, forKey: .minimumMessagesAndPosts) }
    }

    /// Whether a store with `figures` in the round has earned this tier.
    public func isEarned(by figures: StoreFigures) -> Bool {
        figures.messagesSent + figures.posts >= minimumMessagesAndPosts
    }

    /// The tiers the programme uses unless its file says otherwise: six stores per market
    /// (so the ten markets of the 2022 round award sixty, as reported).
    public static let standard = [
        AwardTier(name: "대상", count: 1), AwardTier(name: "금상", count: 1), AwardTier(name: "은상", count: 1),
        AwardTier(name: "동상", count: 2), AwardTier(name: "특별상", count: 1),
    ]
}
