import Foundation

/// Dates as Koreans write them, read one way by forms and by the command line.
///
/// `2024-03-06`, `2024.03.06`, `2024.3.6` (and `2024. 3. 6.`, as Korean documents print it),
/// `24.3.6`, `3.6` and `3/6` (this year, or last year when this year's would be after today),
/// and 오늘, 어제, 그제 (today, yesterday, the day before).
public enum DateReading {
    /// What a refusal names: every form the reader takes.
    public static let forms = Localized("2024-03-06, 2024.3.6, 24.3.6, 3.6, 3/6, 오늘, 어제, 그제처럼 쓰세요",
                                        "write it like 2024-03-06, 2024.3.6, 24.3.6, 3.6, 3/6, 오늘 (today), 어제 (yesterday) or 그제")

    /// The words for days counted back from today.
    private static let relative: [String: Int] = ["오늘": 0, "today": 0, "어제": 1, "yesterday": 1, "그제": 2, "그저께": 2]

    /// The day `text` names, seen from `today`; nil when it names none.
    public static func day(_ text: String, today: @autoclosure () -> CalendarDate) -> CalendarDate? {
        let text = text.trimmingWhitespace
        if let back = relative[text.lowercased()] { return today().adding(days: -back) }
        guard let separator = text.first(where: { $0 == "-" || $0 == "." || $0 == "/" }) else { return nil }
        // "2024. 3. 6." prints a space after each dot and ends in one.
        var parts = text.split(separator: separator, omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: [" "]) }
        if separator == ".", parts.count > 2, parts.last == "" { parts.removeLast() }
        guard (2...3).contains(parts.count), parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
        let numbers = parts.map { Int($0)! }
        guard parts.count == 3 else { return monthAndDay(numbers[0], numbers[1], today: today()) }
        // A year of two digits is this century's.
        guard parts[0].count == 4 || parts[0].count == 2 else { return nil }
        guard parts[1].count <= 2, parts[2].count <= 2 else { return nil }
        return CalendarDate(year: parts[0].count == 2 ? 2000 + numbers[0] : numbers[0], month: numbers[1], day: numbers[2])
    }

    /// Month and day without a year: this year's, else last year's when this year's is still ahead.
    private static func monthAndDay(_ month: Int, _ day: Int, today: CalendarDate) -> CalendarDate? {
        let year = today.components.year
        guard let thisYear = CalendarDate(year: year, month: month, day: day) else {
            // 2/29 of a year without one: the last year that had it, if it is last year.
            return CalendarDate(year: year - 1, month: month, day: day)
        }
        return thisYear > today ? CalendarDate(year: year - 1, month: month, day: day) : thisYear
    }

    /// Why `text` is not a day, in a sentence that names the forms taken.
    public static func refusal(_ text: String) -> Localized {
        Localized("'\(TextRules.printable(text))'은(는) 날짜가 아닙니다: \(forms.ko)", "'\(TextRules.printable(text))' is not a date: \(forms.en)")
    }
}

