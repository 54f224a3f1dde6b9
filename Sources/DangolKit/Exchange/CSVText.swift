import CSV
import Foundation

/// CSV text from rows of fields, written by CSV.swift so quoting follows RFC 4180.
public enum CSVText {
    /// The rows as CSV, one line each, ending in a line break; every cell a spreadsheet could
    /// take for a formula is neutralized (`SpreadsheetFormula`).
    public static func write(_ rows: [[String]]) throws -> String {
        let stream = OutputStream(toMemory: ())
        stream.open()
        let writer = try CSVWriter(stream: stream)
        for row in rows {
            try writer.write(row: row.map(SpreadsheetFormula.neutralized))
        }
        stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
