import Testing
@testable import DangolKit

/// Dates as Koreans write them, one reader for forms and the command line.
@Suite("Reading a date")
struct DateReadingTests {
    private let today = CalendarDate("2024-03-20")!

    @Test("Each form a tutor writes names the day it means", arguments: [
        ("2024-03-06", "2024-03-06"), ("2024.03.06", "2024-03-06"), ("2024.3.6", "2024-03-06"), ("2024. 3. 6.", "2024-03-06"),
        ("24.3.6", "2024-03-06"), ("2024/3/6", "2024-03-06"), ("3.6", "2024-03-06"), ("3/6", "2024-03-06"), (" 3/6 ", "2024-03-06"),
        ("오늘", "2024-03-20"), ("어제", "2024-03-19"), ("그제", "2024-03-18"), ("그저께", "2024-03-18"), ("today", "2024-03-20"),
    ])
    func forms(_ text: String, _ expected: String) {
        #expect(DateReading.day(text, today: today) == CalendarDate(expected))
    }

    @Test("Today is asked for only by a date that needs it: a full date reads without the clock")
    func todayOnlyWhenNeeded() {
        var asked = 0
        func clock() -> CalendarDate {
            asked += 1
            return today
        }
        let full = [DateReading.day("2024-03-06", today: clock()), DateReading.day("24.3.6", today: clock())]
        #expect(full == [CalendarDate("2024-03-06"), CalendarDate("2024-03-06")])
        #expect(asked == 0, "a full date never asks")
        let seen = [DateReading.day("어제", today: clock()), DateReading.day("3/6", today: clock())]
        #expect(seen == [CalendarDate("2024-03-19"), CalendarDate("2024-03-06")])
        #expect(asked == 2, "a relative date and a month and day each ask once")
    }

    @Test("A month and day still ahead this year is last year's")
    func lastYear() {
        #expect(DateReading.day("12/24", today: today) == CalendarDate("2023-12-24"))
        #expect(DateReading.day("3.20", today: today) == today)
        #expect(DateReading.day("2.29", today: CalendarDate("2025-01-10")!) == CalendarDate("2024-02-29"), "the last 29 February")
    }

    @Test("What names no day is nil, and the refusal names every form taken, in both languages",
          arguments: ["", "abc", "2024-02-30", "13/1", "3/32", "2024-3", "3.6.7.8", "2024.03.06.07", "１/２", "3-", "2024-3-6x", "-3-6"])
    func refused(_ text: String) {
        #expect(DateReading.day(text, today: today) == nil, "\(text)")
        let refusal = DateReading.refusal(text)
        #expect(refusal.ko.contains("2024.3.6") && refusal.ko.contains("어제") && refusal.en.contains("3/6"))
    }
}
