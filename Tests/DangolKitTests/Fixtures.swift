@testable import DangolKit

/// Shorthand for dates in tests: `day("2022-08-01")`.
func day(_ text: String) -> CalendarDate {
    CalendarDate(text)!
}

/// A small hand-made market whose figures are easy to work out by hand.
///
/// - 두부가게: opened 08-03, readings 10 (08-10) and 25 (08-20), 3 ad messages 08-12, a post 08-25.
/// - 떡집: opened 08-15, reading 5 (08-16), no activity.
/// - 미개설반찬: eligible, never opened.
/// - 구경가게: not eligible, opened 08-05 with 100 friends: counts for nothing.
func handMadeMarket() -> Market {
    Market(
        id: "test", name: "시험시장", region: "서울", district: "양천구", tutors: ["김튜터"],
        schedule: MarketSchedule(starts: day("2022-08-01"), weeks: 8),
        stores: [
            Store(id: "s001", name: "두부가게", category: "두부", ownerAge: 60, tutor: "김튜터",
                  channelOpenedOn: day("2022-08-03"),
                  friendReadings: [FriendReading(on: day("2022-08-10"), count: 10), FriendReading(on: day("2022-08-20"), count: 25)],
                  messages: [MessageRecord(on: day("2022-08-12"), kind: .ad, count: 3)],
                  posts: [day("2022-08-25")]),
            Store(id: "s002", name: "떡집", ownerAge: 70, channelOpenedOn: day("2022-08-15"),
                  friendReadings: [FriendReading(on: day("2022-08-16"), count: 5)]),
            Store(id: "s003", name: "미개설반찬"),
            Store(id: "s004", name: "구경가게", ownerAge: 30, eligible: false, channelOpenedOn: day("2022-08-05"),
                  friendReadings: [FriendReading(on: day("2022-08-06"), count: 100)]),
        ])
}
