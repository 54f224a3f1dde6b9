import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// The first sheet of an `.xlsx` workbook as rows of cell texts, read as `import` reads a CSV:
/// shared and inline strings as they are, numbers as written, a date-formatted number as its
/// day (`2024-03-06`), TRUE/FALSE as `1`/`0`.
enum WorkbookSheet {
    /// Whether `bytes` are a ZIP archive, as every `.xlsx` is.
    static func isWorkbook(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    /// The header and the records of the workbook's first sheet.
    static func rows(of bytes: [UInt8], file: String) throws -> (header: [String], records: [[String]]) {
        let unreadable = Localized("\(file): 엑셀 워크북(.xlsx)으로 읽을 수 없습니다", "\(file): cannot be read as an Excel workbook (.xlsx)")
        do {
            return try rows(of: Archive(data: Data(bytes), accessMode: .read, pathEncoding: nil))
        } catch let part as UnreadablePart {
            throw DangolError.refused(Localized("\(unreadable.ko): \(part.reason.ko)", "\(unreadable.en): \(part.reason.en)"))
        } catch {
            throw DangolError.refused(unreadable)
        }
    }

    /// A workbook part that is missing or cannot be read whole. Reading on from what a damaged
    /// part held up to the fault would quietly drop rows or cells, so the workbook is refused.
    fileprivate struct UnreadablePart: Error {
        let reason: Localized
    }

    /// Thrown while a part is read, where its name is not known: `part` names it.
    fileprivate struct MalformedXML: Error {}

    private static func rows(of archive: Archive) throws -> (header: [String], records: [[String]]) {
        let workbook = try required("xl/workbook.xml", of: archive) { try xmlElements($0, named: "sheet") }
        let relations = try required("xl/_rels/workbook.xml.rels", of: archive) { try xmlElements($0, named: "Relationship") }
        let firstSheet = workbook.first?["r:id"]
        guard let target = relations.first(where: { $0["Id"] == firstSheet })?["Target"] else {
            throw UnreadablePart(reason: Localized("첫 시트를 찾을 수 없습니다", "it names no first sheet"))
        }
        let sheet = try required(target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target, of: archive) { try SheetCells($0).cells }
        let shared = try part("xl/sharedStrings.xml", of: archive, sharedStrings) ?? []
        let dateStyles = try part("xl/styles.xml", of: archive, dateStyleIndices) ?? []
        var rows: [Int: [Int: String]] = [:]
        for cell in sheet {
            guard let (column, row) = position(cell.reference) else { continue }
            rows[row, default: [:]][column] = text(of: cell, shared: shared, dateStyles: dateStyles)
        }
        guard let last = rows.keys.max() else { return ([], []) }
        let table = (1...last).map { row -> [String] in
            let cells = rows[row] ?? [:]
            return (0..<((cells.keys.max() ?? -1) + 1)).map { cells[$0] ?? "" }
        }
        return (table[0], Array(table.dropFirst()))
    }

    /// What `read` makes of the part at `path`, which every workbook has.
    private static func required<Value>(_ path: String, of archive: Archive, _ read: (Data) throws -> Value) throws -> Value {
        guard let value = try part(path, of: archive, read) else {
            throw UnreadablePart(reason: Localized("\(path)이(가) 없습니다", "it has no \(path)"))
        }
        return value
    }

    /// What `read` makes of the whole part at `path`, or nil when the workbook has none; a part
    /// too large, damaged, cut short or not well-formed XML is refused, by name.
    private static func part<Value>(_ path: String, of archive: Archive, _ read: (Data) throws -> Value) throws -> Value? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= Int64(FileLimit.sheet.bytes) else {
            throw UnreadablePart(reason: Localized("\(path)이(가) \(FileLimit.sheet.sizeText)보다 큽니다", "its \(path) is larger than \(FileLimit.sheet.sizeText)"))
        }
        do {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            return try read(data)
        } catch {
            throw UnreadablePart(reason: Localized("\(path)이(가) 손상되었거나 잘렸습니다", "its \(path) is damaged or cut short"))
        }
    }

    private static func text(of cell: SheetCells.Cell, shared: [String], dateStyles: Set<Int>) -> String {
        switch cell.type {
        case "s": return Int(cell.value).flatMap { shared.indices.contains($0) ? shared[$0] : nil } ?? ""
        case "inlineStr", "str": return cell.inline ?? cell.value
        case "b": return cell.value == "1" ? "1" : "0"
        default:
            guard let number = Double(cell.value) else { return cell.value }
            if let style = cell.style, dateStyles.contains(style) {
                return CalendarDate(dayNumber: CalendarDate(year: 1899, month: 12, day: 30)!.dayNumber + Int(number.rounded(.down))).description
            }
            return number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : cell.value
        }
    }

    /// `B12` as (column 1, row 12).
    private static func position(_ reference: String) -> (Int, Int)? {
        let letters = reference.prefix { $0.isLetter }
        guard !letters.isEmpty, let row = Int(reference.dropFirst(letters.count)) else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
        return (column, row)
    }

    /// Each `<si>`'s text, its runs joined.
    private static func sharedStrings(_ data: Data) throws -> [String] {
        try TextCollector(data, item: "si").items
    }

    /// The `cellXfs` indices whose number format is a date: Excel's built-in date formats, and
    /// custom ones whose code has a day, month or year outside quotes and brackets.
    private static func dateStyleIndices(_ data: Data) throws -> Set<Int> {
        let custom = Dictionary(try xmlElements(data, named: "numFmt").compactMap { format -> (Int, String)? in
            guard let id = format["numFmtId"].flatMap(Int.init), let code = format["formatCode"] else { return nil }
            return (id, code)
        }, uniquingKeysWith: { first, _ in first })
        let formats = try xmlElements(data, named: "xf", inside: "cellXfs").map { $0["numFmtId"].flatMap(Int.init) ?? 0 }
        return Set(formats.indices.filter { index in
            let id = formats[index]
            if (14...22).contains(id) || (45...47).contains(id) { return true }
            guard let code = custom[id] else { return false }
            let bare = code.replacingOccurrences(of: #"\[[^\]]*\]|"[^"]*""#, with: "", options: .regularExpression).lowercased()
            return bare.contains("y") || bare.contains("d") || (bare.contains("m") && !bare.contains("h"))
        })
    }
}

/// The attributes of every element named `name` (within `parent`, when given).
private func xmlElements(_ data: Data, named name: String, inside parent: String? = nil) throws -> [[String: String]] {
    final class Collector: NSObject, XMLParserDelegate {
        let name: String
        let parent: String?
        var inside = false
        var found: [[String: String]] = []
        init(name: String, parent: String?) {
            self.name = name
            self.parent = parent
            inside = parent == nil
        }
        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if element == parent { inside = true }
            if inside && element == name { found.append(attributes) }
        }
        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == parent { inside = false }
        }
    }
    let collector = Collector(name: name, parent: parent)
    try collector.parse(data)
    return collector.found
}

/// The text of each element named `item`, its `<t>` runs joined.
private final class TextCollector: NSObject, XMLParserDelegate {
    private let item: String
    private var current: String?
    private var inText = false
    private(set) var items: [String] = []

    init(_ data: Data, item: String) throws {
        self.item = item
        super.init()
        try parse(data)
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        if element == item { current = "" }
        if element == "t" { inText = true }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current? += string }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        if element == "t" { inText = false }
        if element == item, let text = current {
            items.append(text)
            current = nil
        }
    }
}

/// The cells of a worksheet: reference, type, style, value and inline text.
private final class SheetCells: NSObject, XMLParserDelegate {
    struct Cell {
        var reference: String
        var type: String?
        var style: Int?
        var value = ""
        var inline: String?
    }

    private(set) var cells: [Cell] = []
    private var cell: Cell?
    private var reading: String?

    init(_ data: Data) throws {
        super.init()
        try parse(data)
    }

    func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        switch element {
        case "c": cell = Cell(reference: attributes["r"] ?? "", type: attributes["t"], style: attributes["s"].flatMap(Int.init))
        case "v": reading = "v"
        case "t" where cell != nil:
            reading = "t"
            if cell?.inline == nil { cell?.inline = "" }
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        switch reading {
        case "v": cell?.value += string
        case "t": cell?.inline? += string
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
        switch element {
        case "v", "t": reading = nil
        case "c":
            if let cell { cells.append(cell) }
            cell = nil
        default: break
        }
    }
}

extension XMLParserDelegate {
    /// Runs an XML parser over `data` with this delegate; XML that is not well-formed throws,
    /// rather than leave what the delegate gathered before the fault.
    fileprivate func parse(_ data: Data) throws {
        let parser = XMLParser(data: data)
        parser.delegate = self
        // Foundation on Linux returns true from `parse` at a premature end, with the error set.
        guard parser.parse(), parser.parserError == nil else { throw WorkbookSheet.MalformedXML() }
    }
}
