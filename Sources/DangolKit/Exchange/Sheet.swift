import CSV

/// A CSV store list read into cells by column, with the spreadsheet row number of every row.
public struct Sheet: Sendable {
    /// One data row: its row number as a spreadsheet shows it (the header is row 1) and its cells.
    public struct Row: Sendable {
        public var number: Int
        public var cells: [SheetColumn: String]

        /// The trimmed cell of `column`, or nil when the column is absent or the cell empty.
        public subscript(column: SheetColumn) -> String? {
            guard let value = cells[column]?.trimmingWhitespace, !value.isEmpty else { return nil }
            return value
        }
    }

    /// What the sheet was read from: its text encoding (`UTF-8`, `CP949` …) or `xlsx`.
    public var format: String
    public var columns: [SheetColumn]
    /// Each column's header as the sheet wrote it (`대표자연령`, `owner_age`), for messages.
    public var headers: [SheetColumn: String]
    /// Headers that name no known column; their cells are not read.
    public var ignoredHeaders: [String]
    public var rows: [Row]

    /// A column as this sheet's header names it (`대표자연령`, `owner_age`), so a message points
    /// at what its author sees; a column the sheet lacks is named in the sheet's language.
    public func name(of column: SheetColumn) -> String {
        headers[column] ?? (headers.values.contains(where: Language.containsHangul) ? column.koreanHeader : column.rawValue)
    }

    /// Reads CSV bytes in UTF-8, UTF-8 with BOM or CP949, or the first sheet of an `.xlsx` workbook.
    /// - Throws: `DangolError.refused` naming `file` when the text or its header cannot be read.
    public init(bytes: [UInt8], file: String) throws {
        if WorkbookSheet.isWorkbook(bytes) {
            let (header, records) = try WorkbookSheet.rows(of: bytes, file: file)
            guard !header.isEmpty else { throw DangolError.refused(Localized("\(file): 제목 행이 없습니다", "\(file): the file has no header row")) }
            try self.init(header: header, records: records, format: "xlsx", file: file)
            return
        }
        guard let (text, encoding) = SpreadsheetText.decode(bytes) else {
            throw DangolError.refused(Localized("\(file): UTF-8도 CP949(EUC-KR)도 아닌 파일입니다: 엑셀에서 CSV UTF-8로 저장하세요",
                                                "\(file): the file is neither UTF-8 nor CP949 (EUC-KR) text; save it from the spreadsheet as CSV UTF-8"))
        }
        if let problem = CSVQuoting.firstProblem(in: text) {
            throw SheetImport.Refusal(problems: [SheetImport.RowProblem(file: file, row: problem.row, reason: problem.message)])
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw DangolError.refused(Localized("\(file): 제목 행이 없습니다", "\(file): the file has no header row"))
        }
        var records: [[String]] = []
        while let fields = reader.next() { records.append(fields.map(SpreadsheetFormula.restored)) }
        if let error = reader.error {
            throw DangolError.refused(Localized(verbatim: "\(file):\(records.count + 2): \(error)"))
        }
        try self.init(header: reader.headerRow ?? [], records: records, format: encoding.rawValue, file: file)
    }

    /// The store list a header row and the records under it hold (a CSV's, a workbook's
    /// first sheet's), every bad row reported as `FILE:ROW`.
    init(header headers: [String], records: [[String]], format: String, file: String) throws {
        var positions: [(Int, SheetColumn)] = []
        var ignored: [String] = []
        for (position, header) in headers.enumerated() {
            guard let column = SheetColumn(header: header) else {
                if !header.isBlank { ignored.append(header) }
                continue
            }
            if positions.contains(where: { $0.1 == column }) {
                throw DangolError.refused(Localized("\(file):1: 열 '\(header)'이(가) 두 번 있습니다: 하나만 남기세요", "\(file):1: the column '\(header)' appears twice; keep one"))
            }
            positions.append((position, column))
        }
        guard positions.contains(where: { $0.1 == .name }) else {
            throw DangolError.refused(Localized("\(file):1: 점포 이름 열(점포명 또는 name)이 없습니다", "\(file):1: there is no name column (name or 점포명)"))
        }
        var rows: [Row] = []
        var problems: [SheetImport.RowProblem] = []
        for (offset, fields) in records.enumerated() {
            let number = offset + 2
            // Empty cells past the header are what some spreadsheets write; filled ones belong to
            // no column, so the row is not what its author thinks.
            if let extra = fields.indices.first(where: { $0 >= headers.count && !fields[$0].isBlank }) {
                problems.append(SheetImport.RowProblem(
                    file: file, row: number,
                    reason: Localized("이 행의 \(extra + 1)번째 칸('\(fields[extra])')에 값이 있지만 제목 행에는 열이 \(headers.count)개뿐입니다",
                                      "this row has a cell in column \(extra + 1) ('\(fields[extra])') but the header names only \(headers.count) columns")))
                continue
            }
            var cells: [SheetColumn: String] = [:]
            for (position, column) in positions where position < fields.count {
                cells[column] = fields[position]
            }
            let row = Row(number: number, cells: cells)
            if SheetColumn.allCases.contains(where: { row[$0] != nil }) { rows.append(row) }
        }
        guard problems.isEmpty else { throw SheetImport.Refusal(problems: problems) }
        self.format = format
        self.columns = positions.map(\.1)
        self.headers = Dictionary(positions.map { ($0.1, headers[$0.0].trimmingWhitespace) }, uniquingKeysWith: { first, _ in first })
        self.ignoredHeaders = ignored
        self.rows = rows
    }
}
