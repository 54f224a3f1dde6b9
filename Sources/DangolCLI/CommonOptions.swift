import ArgumentParser
import DangolKit
import Foundation

/// The options every command accepts: where the data lives.
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The data folder (default: $DANGOL_DATA, else ./Data).", valueName: "dir"))
    var data: String?

    /// The data folder: `--data`, else `$DANGOL_DATA`, else `./Data`.
    var folder: DataFolder {
        DataFolder(path: data ?? Environment.value("DANGOL_DATA") ?? "Data")
    }

    /// Today, or `$DANGOL_TODAY` when set (for reproducible scripts and tests).
    func today() throws -> CalendarDate {
        guard let text = Environment.value("DANGOL_TODAY") else { return CalendarDate.today() }
        guard let date = CalendarDate(text) else {
            throw DangolError.refused("DANGOL_TODAY must be a date like 2022-11-14, not '\(text)'")
        }
        return date
    }
}

/// `--as-of`, shared by every command that shows figures.
///
/// Declared once as an option group: argument-parser then hands the value to the subcommand
/// even though the root command (the dashboard) accepts it too.
struct AsOfOption: ParsableArguments {
    @Option(name: .customLong("as-of"), help: ArgumentHelp(
        "The day to compute figures for (default: today, or the latest recorded day if earlier).", valueName: "date"))
    var asOf: CalendarDate?
}

/// Reads environment variables, treating empty ones as unset.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else { return nil }
        return value
    }

    /// Who an edit is by when no option says: `$DANGOL_TUTOR`, else the login name.
    static var author: String {
        value("DANGOL_TUTOR") ?? value("LOGNAME") ?? value("USER") ?? ProcessInfo.processInfo.userName
    }
}

/// Writes lines to standard error, where every problem report goes.
enum StandardError {
    static func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
