import ArgumentParser
import DangolKit
import Foundation

extension CalendarDate: ExpressibleByArgument {
    /// Parses a date as `DateReading` does (`2024.3.6`, `3/6`, `어제` …), seen from the run's today.
    public init?(argument: String) {
        guard let day = try? CalendarDate.reading(argument) else { return nil }
        self = day
    }

    /// A date option as the command line reads it, seen from today (`$DANGOL_TODAY` when set);
    /// refused with the forms it takes, in the language of the environment.
    static func reading(_ text: String) throws -> CalendarDate {
        // A bad $DANGOL_TODAY is the command's to refuse, with its own message. Today is
        // worked out only for a date that needs it (`어제`, `3/6`): the system calendar and
        // time zone it loads were a tenth of the start of every command given a full date.
        guard let day = DateReading.day(text, today: (try? Environment.today()) ?? CalendarDate.today()) else {
            throw ValidationError(DateReading.refusal(text)(DangolMain.errorLanguage()))
        }
        return day
    }
}

extension MessageKind: ExpressibleByArgument {
    /// `ad` or `info`, or in Korean 광고 or 정보, as the form takes them.
    public init?(argument: String) {
        self.init(typed: argument)
    }

    public static var allValueStrings: [String] { ["ad", "info", "광고", "정보"] }
}
