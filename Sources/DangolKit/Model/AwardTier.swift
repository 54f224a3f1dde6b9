/// A tier of the year-end best-store awards (우수 점포 시상) and how many stores of each market get it.
public struct AwardTier: Codable, Hashable, Sendable {
    public var name: String
    public var count: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, count
    }

    /// How many stores of a market one tier may award.
    public static let counts = 0...1_000

    public init(name: String, count: Int) {
        self.name = name
        self.count = count
    }

    /// The tiers the programme uses unless its file says otherwise: six stores per market
    /// (so the ten markets of the 2022 round award sixty, as reported).
    public static let standard = [
        AwardTier(name: "대상", count: 1), AwardTier(name: "금상", count: 1), AwardTier(name: "은상", count: 1),
        AwardTier(name: "동상", count: 2), AwardTier(name: "특별상", count: 1),
    ]
}
