import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("dangol import and export")
struct ImportExportTests {
    let data = ScratchFolder()
    let environment = ["DANGOL_TODAY": "2022-12-20"]

    init() throws {
        let folder = DataFolder(path: data.path)
        try folder.createIfNeeded(program: Program(name: "시험"))
        try folder.addMarket(Market(id: "mangwon", name: "망원시장", region: "서울",
                                    schedule: MarketSchedule(starts: CalendarDate("2022-11-14")!, weeks: 7)))
    }

    private func dangol(_ arguments: [String]) throws -> DangolProcess.Result {
        try DangolProcess.run(arguments + ["--data", data.path], environment: environment)
    }

    private var market: Market {
        get throws { try DataFolder(path: data.path).readMarket("mangwon") }
    }

    static let koreanSheet = """
        점포코드,점포명,업종,대표자연령,참여대상,담당튜터,채널개설일,친구수,메시지발송
        m01,망원떡집,떡,64,예,김튜터,2022-11-15,30,4
        m02,"행복한 우리 두부, 콩물",두부,58,O,김튜터,2022-11-20,12,0
        m03,구경가게,잡화,71,아니오,,,,
        ,이름만있는가게,,,,,,,

        """

    private func importFile(_ name: String, bytes: [UInt8], dryRun: Bool = false) throws -> DangolProcess.Result {
        try Data(bytes).write(to: URL(fileURLWithPath: data.file(name)))
        return try dangol(["import", data.file(name), "--market", "mangwon"] + (dryRun ? ["--dry-run"] : []))
    }

    private func expectImported() throws {
        let stores = try market.stores
        #expect(stores.map(\.id) == ["m01", "m02", "m03", "s001"])
        #expect(stores.map(\.name) == ["망원떡집", "행복한 우리 두부, 콩물", "구경가게", "이름만있는가게"])
        #expect(stores[0].friendReadings == [FriendReading(on: CalendarDate("2022-12-20")!, count: 30)])
        #expect(stores[0].messages == [MessageRecord(on: CalendarDate("2022-12-20")!, kind: .ad, count: 4)])
        #expect(stores[1].messages.isEmpty)
        #expect(stores.map(\.eligible) == [true, true, false, true])
        #expect(stores[2].channelOpenedOn == nil)
        #expect(stores[0].ownerAge == 64 && stores[0].tutor == "김튜터" && stores[0].category == "떡")
    }

    @Test("UTF-8 with Korean headers")
    func utf8() throws {
        let result = try importFile("stores.csv", bytes: Array(Self.koreanSheet.utf8))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Read \(data.file("stores.csv")) (UTF-8, 4 rows).\nAdded 4, updated 0, 0 unchanged."))
        try expectImported()
    }

    @Test("A Korean sheet's errors come in Korean and name its columns as its header does")
    func koreanHeadersInErrors() throws {
        let sheet = "점포명,대표자연령,친구수\n망원떡집,쉰,\n구경가게,,12\n"
        try Data(sheet.utf8).write(to: URL(fileURLWithPath: data.file("ko.csv")))
        let result = try DangolProcess.run(["import", data.file("ko.csv"), "--market", "mangwon", "--data", data.path],
                                           environment: DangolProcess.noLanguageAsked)
        #expect(result.status == 1)
        let file = data.file("ko.csv")
        #expect(result.errors.split(separator: "\n").map(String.init) == [
            "\(file):2: 대표자연령은(는) 정수여야 합니다 ('쉰'이 아니라)",
            "\(file):3: 친구수 값이 있지만 채널이 열리지 않았습니다: 채널개설일 칸을 채우세요",
            "dangol: 잘못된 행이 2개 있어 아무것도 가져오지 않았습니다.",
        ])
    }

    @Test("UTF-8 with a byte-order mark, as Excel's 'CSV UTF-8' writes")
    func utf8BOM() throws {
        let result = try importFile("stores.csv", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.koreanSheet.utf8))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("(UTF-8 with BOM, 4 rows)"))
        try expectImported()
    }

    @Test("CP949, as Korean Excel writes plain CSV")
    func cp949() throws {
        let bytes = try #require(SpreadsheetText.convert(Array(Self.koreanSheet.utf8), from: "UTF-8", to: "CP949"))
        #expect(String(validating: bytes, as: UTF8.self) == nil, "the test file must really be CP949")
        let result = try importFile("stores.csv", bytes: bytes)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("(CP949, 4 rows)"))
        try expectImported()
    }

    @Test("Importing the same file twice changes nothing the second time")
    func idempotent() throws {
        _ = try importFile("stores.csv", bytes: Array(Self.koreanSheet.utf8))
        let path = DataFolder(path: data.path).marketPath("mangwon")
        let once = fileBytes(path)
        let again = try importFile("stores.csv", bytes: Array(Self.koreanSheet.utf8))
        #expect(again.output.contains("Added 0, updated 0, 4 unchanged."))
        #expect(try market.stores.count == 4)
        let text = String(decoding: fileBytes(path), as: UTF8.self)
        #expect(text == String(decoding: once, as: UTF8.self))
    }

    @Test("Store codes as association sheets write them are kept as written, matched exactly, and bad ones named by row")
    func sheetCodes() throws {
        let sheet = """
            점포코드,점포명
            TI001,통인정육점
            TI002,서촌방앗간
            ti001,소문자가게
            정육-3,한글코드가게

            """
        let result = try importFile("codes.csv", bytes: Array(sheet.utf8))
        #expect(result.status == 0, "\(result.errors)")
        #expect(try market.stores.map(\.id) == ["TI001", "TI002", "ti001", "정육-3"])
        // The same sheet again matches every row to its store, case and all.
        #expect(try importFile("codes.csv", bytes: Array(sheet.utf8)).output.contains("Added 0, updated 0, 4 unchanged."))
        let bad = try importFile("bad-codes.csv", bytes: Array("점포코드,점포명\nTI 003,빈칸가게\n-TI4,줄표가게\n".utf8))
        #expect(bad.status == 1)
        #expect(bad.errors.contains("bad-codes.csv:2: 'TI 003' is not a store id"), "\(bad.errors)")
        #expect(bad.errors.contains("bad-codes.csv:3: '-TI4' is not a store id"), "\(bad.errors)")
    }

    @Test("A sheet on standard input is named as --sheet-name says, in the report; a name with a control character is refused")
    func sheetFromStandardInput() throws {
        let file = data.file("stdin.csv")
        try Data(Self.koreanSheet.utf8).write(to: URL(fileURLWithPath: file))
        let line = [DangolProcess.executable, "import", "--market", "mangwon", "--sheet-name", "망원 명단.csv", "-", "--data", data.path]
            .map { "'\($0)'" }.joined(separator: " ")
        let result = try Spawn.runCapturing("/bin/sh", ["-c", "DANGOL_TODAY=2022-12-20 DANGOL_LANG=en \(line) < '\(file)'"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("Read 망원 명단.csv (UTF-8, 4 rows)."), "\(result.output)")
        try expectImported()
        let refused = try dangol(["import", "--market", "mangwon", "--sheet-name", "x\u{1B}[2J", "-"])
        #expect(refused.status == 64 && refused.errors.contains("--sheet-name"), "\(refused.errors)")
    }

    @Test("Every bad row is reported as FILE:ROW and nothing is written")
    func allOrNothing() throws {
        let sheet = """
            id,name,owner_age,eligible,channel_opened_on,friends,messages
            a1,좋은가게,50,Y,2022-11-15,10,1
            a2,,50,Y,,,
            a3,나이가게,쉰,Y,,,
            a4,미래가게,50,Y,2023-05-01,,
            a5,친구만,50,Y,,7,
            a6,애매가게,50,maybe,,,
            a1,또좋은가게,50,Y,,,

            """
        let path = DataFolder(path: data.path).marketPath("mangwon")
        let before = fileBytes(path)
        let result = try importFile("bad.csv", bytes: Array(sheet.utf8))
        #expect(result.status == 1)
        let file = data.file("bad.csv")
        #expect(result.errors.split(separator: "\n").map(String.init) == [
            "\(file):3: the name cell is empty",
            "\(file):4: owner_age must be a whole number, not '쉰'",
            "\(file):5: channel_opened_on 2023-05-01 is in the future",
            "\(file):6: friends is given but the channel has not opened: fill channel_opened_on",
            "\(file):7: eligible must be Y/N, yes/no, true/false, 1/0, 예/아니오 or O/X, not 'maybe'",
            "\(file):8: this is the same store as row 2 (또좋은가게)",
            "dangol: nothing was imported: 6 bad row(s).",
        ])
        #expect(fileBytes(path) == before)
    }

    @Test("--dry-run reports the changes and writes nothing")
    func dryRun() throws {
        let path = DataFolder(path: data.path).marketPath("mangwon")
        let before = fileBytes(path)
        let result = try importFile("stores.csv", bytes: Array(Self.koreanSheet.utf8), dryRun: true)
        #expect(result.status == 0)
        #expect(result.output.contains("Would add 4, would update 0, 0 unchanged."))
        #expect(result.output.contains("  + m01 망원떡집"))
        #expect(result.output.hasSuffix("Nothing was written (--dry-run).\n"))
        #expect(fileBytes(path) == before)
    }

    @Test("A file that is neither UTF-8 nor CP949 is refused")
    func unreadable() throws {
        let result = try importFile("binary.csv", bytes: [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xFF, 0xFF, 0xFF, 0x0A])
        #expect(result.status == 1)
        #expect(result.errors.contains("neither UTF-8 nor CP949"))
    }

    @Test("Export to CSV then import into a new market gives the same columns back")
    func roundTrip() throws {
        let sample = ScratchFolder.sampleCopy()
        let exported = try DangolProcess.run(["export", "--market", "sinyoung", "--format", "csv", "--data", sample.path])
        #expect(exported.status == 0)
        #expect(exported.output.hasPrefix("id,name,category,owner_age,eligible,tutor,channel_opened_on,friends,messages\n"))
        let file = data.file("sinyoung.csv")
        try exported.output.write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try dangol(["import", file, "--market", "mangwon"])
        #expect(imported.status == 0, "\(imported.errors)")
        let again = try DangolProcess.run(["export", "--market", "mangwon", "--format", "csv", "--data", data.path])
        #expect(again.output == exported.output)
        let summary = try dangol(["summary", "--market", "mangwon", "--format", "csv"])
        #expect(summary.output.split(separator: "\n")[1].hasPrefix("mangwon,망원시장,서울,,2022-12-20,70,62,88.6%,4040,"),
                "a market in no round, without a schedule, reads as of its latest record")
    }

    @Test("Exporting the same market back into itself changes nothing")
    func reimportUnchanged() throws {
        let sample = ScratchFolder.sampleCopy()
        let file = data.file("sinyoung.csv")
        _ = try DangolProcess.run(["export", "--market", "sinyoung", "--format", "csv", "--output", file, "--data", sample.path])
        #expect(fileBytes(file).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        let result = try DangolProcess.run(["import", file, "--market", "sinyoung", "--dry-run", "--data", sample.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("Would add 0, would update 0, 104 unchanged."))
    }

    @Test("JSON export holds the programme and every market")
    func jsonExport() throws {
        let sample = ScratchFolder.sampleCopy()
        let result = try DangolProcess.run(["export", "--format", "json", "--data", sample.path])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((document["program"] as? [String: Any])?["name"] as? String == "우리동네 단골시장")
        #expect(((document["program"] as? [String: Any])?["rounds"] as? [Any])?.count == 3)
        #expect((document["markets"] as? [Any])?.count == 14)
    }
}
