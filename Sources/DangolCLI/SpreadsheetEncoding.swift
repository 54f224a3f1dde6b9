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

/// `--output` and `--encoding` of the commands that write files: where the output goes, and
/// how a CSV's text is encoded.
struct FileOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp(
        "utf-8, utf-8-bom or cp949 (default: utf-8 on standard output, utf-8-bom in a file, which Korean Excel opens as it is).",
        valueName: "encoding"))
    var encoding: SpreadsheetText.Encoding?

    /// Writes CSV `text` in the chosen encoding to `--output`, or to standard output made safe
    /// for a terminal first (`ClientOutput`), as every other output is.
    func write(csv text: String) throws {
        if let file = output {
            try FileIO.replace(path: file, with: try SpreadsheetText.encode(text, as: encoding ?? .utf8WithBOM))
            return
        }
        let bytes = try SpreadsheetText.encode(ClientOutput.text(text), as: encoding ?? .utf8)
        fflush(nil)  // whatever print() buffered goes first
        FileHandle.standardOutput.write(Data(bytes))
    }
}

extension FileOutputOptions {
    /// Writes `workbook` to `--output`, or to standard output when that is not a terminal (a
    /// workbook's bytes would scramble one).
    func write(_ workbook: Workbook) throws {
        let bytes = try workbook.bytes()
        if let output { return try FileIO.replace(path: output, with: bytes) }
        guard isatty(STDOUT_FILENO) == 0 else { throw DangolError.refused(CLIText.workbookToTerminal) }
        fflush(nil)
        FileHandle.standardOutput.write(Data(bytes))
    }

    /// Writes `text` (a table, JSON) as UTF-8 to `--output`, or to standard output.
    func write(text: String) throws {
        guard let output else { return StandardOutput.write(text) }
        try FileIO.replace(path: output, with: Array((text + "\n").utf8))
    }
}

/// How `summary` and `awards` print their figures: a table on screen, or a file of CSV, a
/// workbook or JSON.
enum FiguresFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv, xlsx
}
