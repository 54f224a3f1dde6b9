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
        let result = try Spawn.runCapturing("/usr/bin/python3", ["-c", script, file, encoding])
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
}
