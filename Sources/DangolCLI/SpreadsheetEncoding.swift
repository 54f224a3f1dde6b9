import ArgumentParser
import DangolKit
import Foundation

extension SpreadsheetText.Encoding: ExpressibleByArgument {
    public init?(argument: String) {
        guard let encoding = Self.allCases.first(where: { $0.optionName == argument.lowercased() }) else { return nil }
        self = encoding
    }

    public static var allValueStrings: [String] { allCases.map(\.optionName) }
}

/// `--encoding` for the commands that write CSV, and where the text goes.
struct CSVOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "utf-8, utf-8-bom or cp949 (default: utf-8 on standard output, utf-8-bom in a file, which Korean Excel opens as it is).",
        valueName: "encoding"))
    var encoding: SpreadsheetText.Encoding?

    /// Writes `text` in the chosen encoding to `file`, or to standard output made safe for a
    /// terminal first (`ClientOutput`), as every other output is.
    func write(_ text: String, toFile file: String?) throws {
        if let file {
            try FileIO.replace(path: file, with: try SpreadsheetText.encode(text, as: encoding ?? .utf8WithBOM))
            return
        }
        let bytes = try SpreadsheetText.encode(ClientOutput.text(text), as: encoding ?? .utf8)
        fflush(nil)  // whatever print() buffered goes first
        FileHandle.standardOutput.write(Data(bytes))
    }
}

/// Where a workbook goes: a file, or standard output when that is not a terminal (a workbook's
/// bytes would scramble one).
enum WorkbookOutput {
    static func write(_ workbook: Workbook, toFile file: String?) throws {
        let bytes = try workbook.bytes()
        if let file { return try FileIO.replace(path: file, with: bytes) }
        guard isatty(STDOUT_FILENO) == 0 else { throw DangolError.refused(CLIText.workbookToTerminal) }
        fflush(nil)
        FileHandle.standardOutput.write(Data(bytes))
    }
}
