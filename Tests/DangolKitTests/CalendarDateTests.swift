import Testing
@testable import DangolKit

@Suite("Calendar dates")
struct CalendarDateTests {
    @Test("Dates parse and print as YYYY-MM-DD", arguments: ["2022-08-01", "2000-02-29", "1969-12-31", "2023-01-01"])
    func roundTrip(text: String) {
        #expect(CalendarDate(text)?.description == text)
    }

    @Test("Impossible or malformed dates are refused",
          arguments: ["2022-02-29", "2022-13-01", "2022-00-10", "2022-8-1", "22-08-01", "2022/08/01", "", "2022-08-01T00:00"])
    func refused(text: String) {
        #expect(CalendarDate(text) == nil)
    }

    @Test("A date's bytes are refused when any one of them is out of place: below or above the digits, not ASCII, or a dash swapped with a digit")
    func refusedByte() {
        let valid = Array("2023-09-15".utf8)
        for index in valid.indices {
            let strangers: [UInt8] = index == 4 || index == 7 ? [UInt8(ascii: "0"), 0x2C, 0x2E, 0xAD] : [0x2F, 0x3A, UInt8(ascii: "-"), 0xB0, 0xE3]
            for stranger in strangers {
                var bytes = valid
                bytes[index] = stranger
                let date = bytes.withUnsafeBufferPointer { CalendarDate(isoBytes: $0) }
                #expect(date == nil, "byte \(index) as \(stranger)")
            }
        }
        #expect(valid.withUnsafeBufferPointer { CalendarDate(isoBytes: $0) } == day("2023-09-15"))
    }

    @Test("Day arithmetic crosses months, years and leap days")
    func arithmetic() {
        #expect(day("2022-11-14").adding(days: 48) == day("2023-01-01"))
        #expect(day("2024-02-28").adding(days: 1) == day("2024-02-29"))
        #expect(day("2023-01-01").days(since: day("2022-11-14")) == 48)
        #expect(day("1970-01-01").dayNumber == 0)
    }

    @Test("Programme weeks: week N is days [start + 7(N-1), start + 7N)")
    func weeks() {
        let schedule = MarketSchedule(starts: day("2022-11-14"), weeks: 7)
        #expect(schedule.week(of: day("2022-11-14")) == 1)
        #expect(schedule.week(of: day("2022-11-20")) == 1)
        #expect(schedule.week(of: day("2022-11-21")) == 2)
        #expect(schedule.week(of: day("2023-01-01")) == 7)
        #expect(schedule.week(of: day("2023-01-02")) == 8)
        #expect(schedule.week(of: day("2022-11-13")) == 0)
        #expect(schedule.week(of: day("2022-11-07")) == 0)
        #expect(schedule.week(of: day("2022-11-06")) == -1)
        #expect(schedule.ends == day("2023-01-01"))
        #expect(schedule.firstDay(ofWeek: 3) == day("2022-11-28"))
    }
}
