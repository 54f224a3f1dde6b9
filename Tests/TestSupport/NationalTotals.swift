import DangolKit

/// A programme of two markets whose totals are national-sized: 3,742,115 friends and 488,630
/// messages, the width of the figures 1,400 markets add up to.
public enum NationalTotals {
    public static let friends = "3,742,115"
    public static let messages = "488,630"
    /// The day its markets are read as of while their round runs.
    public static let today = CalendarDate("2024-03-20")!

    public static func programme() throws -> ScratchFolder {
        let data = ScratchFolder()
        let folder = DataFolder(path: data.path)
        try folder.createIfNeeded(program: Program(name: "가상 전국 프로그램"))
        let opened = CalendarDate("2024-03-05")!
        for (index, (friends, messages)) in [(3_000_000, 400_000), (742_115, 88_630)].enumerated() {
            // Six stores each, as a message record holds at most 100,000.
            let stores = (1...6).map { number in
                Store(id: "s\(number)", name: "가게 \(number)", channelOpenedOn: opened,
                      friendReadings: [FriendReading(on: opened, count: friends / 6 + (number == 1 ? friends % 6 : 0))],
                      messages: [MessageRecord(on: opened, kind: .ad, count: messages / 6 + (number == 1 ? messages % 6 : 0))])
            }
            try folder.addMarket(Market(id: "m\(index + 1)", name: "큰시장 \(index + 1)", region: "서울",
                                        schedule: MarketSchedule(starts: CalendarDate("2024-03-04")!, weeks: 7), stores: stores))
        }
        return data
    }
}
