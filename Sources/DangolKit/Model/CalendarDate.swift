import Foundation

/// A day on the calendar, written `YYYY-MM-DD`, with no time of day and no time zone.
///
/// Stored as a count of days since 1970-01-01 so that comparing, adding days and
/// measuring spans are single integer operations; the civil-date conversions follow
/// Howard Hinnant's `days_from_civil` algorithms.
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// Days since 1970-01-01 (negative before it).
    public let dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// Creates the date for a year, month (1–12) and day, or nil when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        self.dayNumber = era * 146_097 + dayOfEra - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`; anything else (or an impossible day) is nil.
    public init?(_ text: String) {
        guard let date = text.withUTF8Bytes({ CalendarDate(isoBytes: $0) }) else { return nil }
        self = date
    }

    /// Parses exactly `YYYY-MM-DD` from UTF-8 bytes, as they sit in a file.
    init?(isoBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        // Digit by digit, without a loop or a slice: 200,000 stores hold about a million dates.
        let digits = (0..<10).lazy.map { bytes[$0] &- UInt8(ascii: "0") }
        @inline(__always) func value(_ index: Int) -> Int { Int(digits[index]) }
        guard digits[0] < 10, digits[1] < 10, digits[2] < 10, digits[3] < 10, digits[5] < 10, digits[6] < 10,
              digits[8] < 10, digits[9] < 10 else { return nil }
        self.init(year: value(0) * 1000 + value(1) * 100 + value(2) * 10 + value(3), month: value(5) * 10 + value(6),
                  day: value(8) * 10 + value(9))
    }

    /// The later of two days that may be missing; nil only when both are.
    public static func later(_ first: CalendarDate?, _ second: CalendarDate?) -> CalendarDate? {
        guard let first else { return second }
        guard let second else { return first }
        return max(first, second)
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        CalendarDate(dayNumber: dayNumber + days)
    }

    /// Whole days from `other` to this date (positive when this date is later).
    public func days(since other: CalendarDate) -> Int {
        dayNumber - other.dayNumber
    }

    /// Today in the machine's local time zone: the day a tutor at the market calls today.
    public static func today(now: Date = Date(), calendar: Calendar = .current) -> CalendarDate {
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.dayNumber < rhs.dayNumber
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CalendarDate: CustomStringConvertible {
    /// The date as `YYYY-MM-DD`.
    public var description: String {
        var bytes: [UInt8] = []
        appendISO(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the date as `YYYY-MM-DD` (a year outside 1–9999 keeps its sign and every digit).
    func appendISO(to bytes: inout [UInt8]) {
        let (year, month, day) = components
        func appendDigits(_ value: Int, width: Int) {
            let digits = String(value.magnitude).utf8
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: max(0, width - digits.count)))
            bytes.append(contentsOf: digits)
        }
        appendDigits(year, width: 4)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(month, width: 2)
        bytes.append(UInt8(ascii: "-"))
        appendDigits(day, width: 2)
    }
}

extension CalendarDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(text) else {
            throw FileProblem(Localized("'\(TextRules.printable(text))'은(는) YYYY-MM-DD 꼴의 날짜가 아닙니다",
                                        "'\(TextRules.printable(text))' is not a calendar date of the form YYYY-MM-DD"), in: container)
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
