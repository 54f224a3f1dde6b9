import Foundation
import TerminalText
import ZIPFoundation

/// A one-sheet Office Open XML workbook (`.xlsx`), as Excel opens it as it is: numbers as
/// numbers, dates as dates, rates as percentages, the header row frozen, columns wide enough
/// for Hangul, and every text cell typed as text, so nothing in a name becomes a formula.
public struct Workbook {
    /// One cell's value and how it is shown.
    public enum Cell: Equatable {
        case text(String)
        case integer(Int)
        /// A number shown to one decimal place, as the screen shows averages.
        case decimal(Double)
        /// A share, 0–1, shown as a percentage to one place.
        case percent(Double)
        case date(CalendarDate)
        case empty
    }

    public var sheetName: String
    public var header: [String]
    public var rows: [[Cell]]

    public init(sheetName: String, header: [String], rows: [[Cell]]) {
        self.sheetName = sheetName
        self.header = header
        self.rows = rows
    }

    /// The workbook's bytes: a ZIP of its parts.
    public func bytes() throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
        guard let data = archive.data else { throw DangolError.refused(Localized("워크북을 만들 수 없습니다", "the workbook could not be made")) }
        return [UInt8](data)
    }

    /// The styles `cellXfs` lists, by index: what each kind of cell is drawn with.
    private enum Style: Int {
        case plain = 0, heading, decimal, percent, date
    }

    private var parts: [(String, String)] {
        [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="\(Workbook.escaped(String(sheetName.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <numFmts count="3"><numFmt numFmtId="164" formatCode="0.0"/><numFmt numFmtId="165" formatCode="0.0%"/>\
                <numFmt numFmtId="166" formatCode="yyyy-mm-dd"/></numFmts>\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>\
                <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
                <xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>\
                <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
                </styleSheet>
                """),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    }

    private var sheet: String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
            <sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
            </sheetView></sheetViews><cols>
            """
        for (index, width) in columnWidths.enumerated() {
            xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }
        xml += "</cols><sheetData>"
        let lines = [header.map(Cell.text)] + rows
        for (rowIndex, cells) in lines.enumerated() {
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (column, cell) in cells.enumerated() {
                xml += Workbook.xml(cell, at: "\(Workbook.columnName(column))\(rowIndex + 1)", heading: rowIndex == 0)
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    /// Each column's width in Excel's character units: its widest cell as a terminal measures
    /// it (a Hangul syllable two), and a little room.
    private var columnWidths: [Int] {
        (0..<header.count).map { column in
            let texts = [header[column]] + rows.map { $0.indices.contains(column) ? Workbook.shown($0[column]) : "" }
            return min(60, max(6, texts.map { TerminalWidth().columns(of: $0) }.max() ?? 0) + 2)
        }
    }

    private static func xml(_ cell: Cell, at reference: String, heading: Bool) -> String {
        switch cell {
        case .text(let text):
            return "<c r=\"\(reference)\" t=\"inlineStr\"\(heading ? " s=\"\(Style.heading.rawValue)\"" : "")><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
        case .integer(let value): return "<c r=\"\(reference)\"><v>\(value)</v></c>"
        case .decimal(let value): return "<c r=\"\(reference)\" s=\"\(Style.decimal.rawValue)\"><v>\(value)</v></c>"
        case .percent(let value): return "<c r=\"\(reference)\" s=\"\(Style.percent.rawValue)\"><v>\(value)</v></c>"
        case .date(let day): return "<c r=\"\(reference)\" s=\"\(Style.date.rawValue)\"><v>\(serial(of: day))</v></c>"
        case .empty: return ""
        }
    }

    /// Excel's day number: days since 1899-12-30 (the count its 1900 leap-year slip makes right from March 1900).
    static func serial(of day: CalendarDate) -> Int {
        day.days(since: CalendarDate(year: 1899, month: 12, day: 30)!)
    }

    /// `A` for column 0, `Z` for 25, `AA` for 26 …
    static func columnName(_ index: Int) -> String {
        var index = index
        var name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    private static func shown(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): return text
        case .integer(let value): return String(value)
        case .decimal(let value): return String(format: "%.1f", value)
        case .percent(let value): return String(format: "%.1f%%", value * 100)
        case .date(let day): return day.description
        case .empty: return ""
        }
    }

    /// `text` safe inside XML: markup characters escaped, and characters XML 1.0 cannot hold
    /// dropped (the rules keep them out of the data; a stray one must not break the file).
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value >= 0x20, scalar.value != 0xFFFE, scalar.value != 0xFFFF { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
