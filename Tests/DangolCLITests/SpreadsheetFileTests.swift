import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// Files Excel opens as they are: CSV in CP949 or UTF-8 with a byte-order mark, Korean
/// headings in the Korean UI, figures as on screen; and the award list as a file.
@Suite("Spreadsheet files")
struct SpreadsheetFileTests {
    let data = ScratchFolder.sampleCopy()
    let out = ScratchFolder()

    /// The bytes `dangol ARGUMENTS` writes to standard output.
    private func bytes(_ arguments: [String], language: String = "ko") throws -> [UInt8] {
        let file = out.file("out-\(UUID().uuidString)")
        let line = ([DangolProcess.executable] + arguments + ["--data", data.path]).map { "'\($0)'" }.joined(separator: " ")
        let result = try Spawn.runCapturing("/bin/sh", ["-c", "DANGOL_LANG=\(language) \(line) > '\(file)'"])
        #expect(result.status == 0, "\(arguments): \(result.errors)")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: file)))
    }

    /// The cells of a CSV read by Python's csv module from `bytes` in `encoding`: a reader of its own.
    private func pythonCells(_ bytes: [UInt8], encoding: String) throws -> [[String]] {
        let file = out.file("read-\(UUID().uuidString).csv")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let script = "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding=sys.argv[2], newline='')))))"
        let result = try Spawn.runCapturing("/usr/bin/env", ["python3", "-c", script, file, encoding])
        #expect(result.status == 0, "\(result.errors)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
    }

    @Test("summary --encoding cp949 is what Korean Excel reads as CSV: Korean headings, rates as percentages, averages as on screen")
    func cp949Summary() throws {
        let cells = try pythonCells(try bytes(["summary", "--format", "csv", "--encoding", "cp949"]), encoding: "cp949")
        #expect(cells[0] == ["시장코드", "시장", "지역", "차수", "기준일", "대상", "개설", "참여율", "친구", "평균 친구", "메시지", "평균 메시지",
                             "포스트", "활성", "활성률", "평균 연령"])
        let pilot = try #require(cells.first { $0.first == "sinyoung" })
        #expect(pilot == ["sinyoung", "신영시장", "서울", "2022-pilot", "2022-10-23", "70", "62", "88.6%", "4040", "65.2", "361", "5.8",
                          "235", "56", "90.3%", "63.0"])
        #expect(cells.count == 1 + 14 + 1)
    }

    @Test("A CSV in UTF-8 with a byte-order mark starts with it; plain UTF-8 has none; English headings in English")
    func utf8() throws {
        let bom = try bytes(["summary", "--format", "csv", "--encoding", "utf-8-bom"], language: "en")
        #expect(Array(bom.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let plain = try bytes(["summary", "--format", "csv"], language: "en")
        #expect(plain.first == UInt8(ascii: "i"))
        #expect(try pythonCells(bom, encoding: "utf-8-sig")[0].first == "id")
    }

    @Test("A name CP949 has no code for is refused with the character named, and nothing is written")
    func cp949Refusal() throws {
        try DataFolder(path: data.path).editStore(in: "sinyoung", author: "김튜터", action: .edit) { market in
            try market.editDetails(storeID: "s001", name: "할매손두부 😀", category: nil, ownerAge: nil, eligible: true, tutor: nil)
            return "s001"
        }
        let result = try DangolProcess.run(["export", "--market", "sinyoung", "--format", "csv", "--encoding", "cp949",
                                            "--output", out.file("x.csv"), "--data", data.path], environment: ["DANGOL_LANG": "en"])
        #expect(result.status == 1)
        #expect(result.errors.contains("'😀' has no code in CP949"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: out.file("x.csv")))
    }

    @Test("export --lang ko writes Korean headers, and import reads them back")
    func koreanExport() throws {
        let file = out.file("신영.csv")
        let result = try DangolProcess.run(["export", "--market", "sinyoung", "--format", "csv", "--lang", "ko", "--output", file, "--data", data.path])
        #expect(result.status == 0, "\(result.errors)")
        let cells = try pythonCells([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))), encoding: "utf-8-sig")
        #expect(cells[0] == ["점포코드", "점포명", "업종", "대표자연령", "참여대상", "담당튜터", "채널개설일", "친구수", "메시지발송"])
        let again = try DangolProcess.run(["import", file, "--market", "sinyoung", "--data", data.path], environment: ["DANGOL_LANG": "en"])
        #expect(again.output.contains("Added 0, updated 0"), "\(again.output)\(again.errors)")
    }

    @Test("dangol awards: the 2022 round's sixty awards as a file, tier, store, market, figures and points")
    func awards() throws {
        let cells = try pythonCells(try bytes(["awards", "--round", "2022", "--format", "csv"]), encoding: "utf-8")
        #expect(cells[0] == ["상", "점포", "시장", "친구", "메시지", "포스트", "친구+메시지+포스트", "점수"])
        #expect(cells.count == 1 + 60)
        let json = try bytes(["awards", "--round", "2022", "--format", "json"])
        let awards = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [[String: Any]])
        #expect(awards.count == 60)
        for (row, award) in zip(cells.dropFirst(), awards) {
            #expect(row[0] == award["tier"] as? String && row[1] == award["storeName"] as? String && row[2] == award["marketName"] as? String)
            #expect(Int(row[7]) == award["score"] as? Int)
        }
    }

    /// Every cell of the first sheet as openpyxl reads it: value (dates as YYYY-MM-DD), its
    /// type (n number, s text, d date, f formula) and number format; and the frozen cell.
    private func openpyxlCells(_ bytes: [UInt8]) throws -> (cells: [[[String]]], frozen: String) {
        let file = out.file("read-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let script = """
            import json, sys, openpyxl
            sheet = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
            rows = [[[c.value.strftime('%Y-%m-%d') if c.is_date else ('' if c.value is None else str(c.value)), \
                      'd' if c.is_date else c.data_type, c.number_format] for c in row] for row in sheet.iter_rows()]
            print(json.dumps({'cells': rows, 'frozen': sheet.freeze_panes or ''}))
            """
        let result = try Spawn.runCapturing("/usr/bin/env", ["python3", "-c", script, file])
        #expect(result.status == 0, "openpyxl: \(result.errors)")
        struct Read: Decodable { var cells: [[[String]]]; var frozen: String }
        let read = try JSONDecoder().decode(Read.self, from: Data(result.output.utf8))
        return (read.cells, read.frozen)
    }

    @Test("summary --format xlsx is a real workbook: openpyxl reads every cell as summary --format json has it, numbers as numbers, the day as a date, rates as percentages, the header frozen")
    func summaryWorkbook() throws {
        let (cells, frozen) = try openpyxlCells(try bytes(["summary", "--format", "xlsx"]))
        #expect(frozen == "A2")
        #expect(cells[0].map { $0[0] } == ["시장코드", "시장", "지역", "차수", "기준일", "대상", "개설", "참여율", "친구", "평균 친구", "메시지",
                                           "평균 메시지", "포스트", "활성", "활성률", "평균 연령"])
        let json = try bytes(["summary", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any])
        let markets = try #require(document["markets"] as? [[String: Any]])
        #expect(cells.count == 1 + markets.count + 1)
        let keys = ["id", "name", "region", "round", "asOf", "eligibleStores", "channelsOpened", "participationRate", "friends", "averageFriends",
                    "messagesSent", "averageMessages", "posts", "activeStores", "activeRate", "averageOwnerAge"]
        for (row, market) in zip(cells.dropFirst(), markets) {
            for (column, key) in keys.enumerated() {
                let cell = row[column]
                switch market[key] {
                case let text as String where key == "asOf": #expect(cell[0] == text && cell[1] == "d", "\(key): \(cell)")
                case let text as String: #expect(cell[0] == text && cell[1] == "s", "\(key): \(cell)")
                case let number as NSNumber:
                    #expect(cell[1] == "n" && abs((Double(cell[0]) ?? .nan) - number.doubleValue) < 1e-9, "\(market["id"] ?? ""): \(key): \(cell) vs \(number)")
                default: #expect(cell[0].isEmpty, "\(key): \(cell)")
                }
            }
            #expect(row[7][2] == "0.0%" && row[14][2] == "0.0%" && row[9][2] == "0.0", "rates as percentages, averages to one place")
        }
    }

    @Test("A name that looks like a formula stays text in a workbook; export's columns as a workbook; the award list too")
    func workbookText() throws {
        try DataFolder(path: data.path).editStore(in: "sinyoung", author: "김튜터", action: .edit) { market in
            try market.editDetails(storeID: "s001", name: "=HYPERLINK(\"x\")", category: "두부", ownerAge: 70, eligible: true, tutor: nil)
            return "s001"
        }
        let file = out.file("신영.xlsx")
        let export = try DangolProcess.run(["export", "--market", "sinyoung", "--format", "xlsx", "--output", file, "--data", data.path])
        #expect(export.status == 0, "\(export.errors)")
        let (cells, _) = try openpyxlCells([UInt8](try Data(contentsOf: URL(fileURLWithPath: file))))
        #expect(cells[0].map { $0[0] } == ["id", "name", "category", "owner_age", "eligible", "tutor", "channel_opened_on", "friends", "messages"])
        #expect(cells[1][1] == ["=HYPERLINK(\"x\")", "s", "General"], "text, not a formula")
        #expect(cells[1][3][1] == "n")
        let opened = try #require(cells.first { $0[0][0] == "s004" })
        #expect(opened[6][1] == "d" && opened[6][0] == "2022-08-09")
        let awardsFile = out.file("시상.xlsx")
        #expect(try DangolProcess.run(["awards", "--round", "2022", "--format", "xlsx", "--output", awardsFile, "--data", data.path]).status == 0)
        let (awards, _) = try openpyxlCells([UInt8](try Data(contentsOf: URL(fileURLWithPath: awardsFile))))
        #expect(awards.count == 1 + 60 && awards[1][7][1] == "n")
    }

    @Test("import reads the first sheet of a workbook another program wrote (openpyxl): Korean headers, dates as dates, numbers as numbers, codes as written")
    func importWorkbook() throws {
        let file = out.file("명단.xlsx")
        let script = """
            import sys, datetime, openpyxl
            book = openpyxl.Workbook()
            sheet = book.active
            sheet.append(['점포코드', '점포명', '업종', '대표자연령', '참여대상', '채널개설일', '친구수'])
            sheet.append(['TI001', '통인정육점', '정육', 61, '예', datetime.date(2022, 8, 20), 30])
            sheet.append(['TI002', '서촌방앗간', '떡', 55, '아니오', None, None])
            book.create_sheet('다른 시트').append(['무시', '됩니다'])
            book.save(sys.argv[1])
            """
        #expect(try Spawn.runCapturing("/usr/bin/env", ["python3", "-c", script, file]).status == 0)
        let result = try DangolProcess.run(["import", file, "--market", "sinyoung", "--data", data.path],
                                           environment: ["DANGOL_LANG": "en", "DANGOL_TODAY": "2022-10-01"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Read \(file) (xlsx, 2 rows)."), "\(result.output)")
        let stores = try DataFolder(path: data.path).readMarket("sinyoung").stores
        let butcher = try #require(stores.first { $0.id == "TI001" })
        #expect(butcher.channelOpenedOn == CalendarDate("2022-08-20") && butcher.ownerAge == 61 && butcher.friendReadings.last?.count == 30)
        #expect(stores.first { $0.id == "TI002" }?.eligible == false)
    }

    @Test("A workbook with a damaged part (its sheet or its styles cut short) is refused, naming the file and the part, and nothing is written")
    func damagedWorkbook() throws {
        let script = """
            import sys, zipfile, openpyxl
            book = openpyxl.Workbook()
            book.active.append(['점포코드', '점포명'])
            for number in range(1, 200):
                book.active.append(['TI%03d' % number, '통인정육점 %d' % number])
            book.save(sys.argv[1])
            with zipfile.ZipFile(sys.argv[1]) as whole:
                parts = {name: whole.read(name) for name in whole.namelist()}
            damaged = sys.argv[3]
            parts[damaged] = parts[damaged][:len(parts[damaged]) // 2]
            with zipfile.ZipFile(sys.argv[2], 'w') as cut:
                for name, data in parts.items():
                    cut.writestr(name, data)
            """
        let before = try Data(contentsOf: URL(fileURLWithPath: "\(data.path)/markets/sinyoung.json"))
        for damaged in ["xl/worksheets/sheet1.xml", "xl/styles.xml"] {
            let file = out.file("잘린 명단.xlsx")
            let made = try Spawn.runCapturing("/usr/bin/env", ["python3", "-c", script, out.file("whole.xlsx"), file, damaged])
            #expect(made.status == 0, "\(made.output)")
            let result = try DangolProcess.run(["import", file, "--market", "sinyoung", "--data", data.path],
                                               environment: ["DANGOL_LANG": "en", "DANGOL_TODAY": "2022-10-01"])
            #expect(result.status != 0, "\(damaged): \(result.output)")
            #expect(result.errors.contains("\(file): cannot be read as an Excel workbook (.xlsx)"), "\(damaged): \(result.errors)")
            #expect(result.errors.contains("its \(damaged) is damaged or cut short"), "names the part: \(result.errors)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: "\(data.path)/markets/sinyoung.json")) == before)
        }
    }

    @Test("A workbook export imports back into a new market with the same stores")
    func workbookRoundTrip() throws {
        let file = out.file("신영.xlsx")
        #expect(try DangolProcess.run(["export", "--market", "sinyoung", "--format", "xlsx", "--output", file, "--data", data.path]).status == 0)
        let folder = DataFolder(path: data.path)
        try folder.addMarket(Market(id: "copy", name: "복사시장", region: "서울"))
        let result = try DangolProcess.run(["import", file, "--market", "copy", "--data", data.path], environment: ["DANGOL_TODAY": "2022-10-23"])
        #expect(result.status == 0, "\(result.errors)")
        let original = try folder.readMarket("sinyoung").stores
        let copied = try folder.readMarket("copy").stores
        #expect(copied.map(\.id) == original.map(\.id) && copied.map(\.name) == original.map(\.name))
        #expect(copied.map(\.channelOpenedOn) == original.map(\.channelOpenedOn) && copied.map(\.ownerAge) == original.map(\.ownerAge))
    }
}
