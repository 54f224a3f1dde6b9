import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("The JSON-file store")
struct DataFolderTests {
    let scratch = ScratchFolder()
    var folder: DataFolder { DataFolder(path: scratch.path) }

    private func makeFolder(with market: Market = handMadeMarket()) throws {
        try folder.createIfNeeded(program: Program(name: "시험 프로그램"))
        try folder.addMarket(market)
    }

    @Test("A file is read to its end even past the size it had when opened, and empty files read empty")
    func readsPastTheStatSize() throws {
        // The kernel gives /proc files a size of 0 and their text on reading: all of it must come back.
        let status = try OpenFolder("/proc/self").read("status", limit: .program).bytes
        #expect(String(decoding: status, as: UTF8.self).contains("\nVmRSS:"))
        #expect(String(decoding: status, as: UTF8.self).hasSuffix("\n"))
        #expect(throws: DangolError.self) { try OpenFolder("/proc/self").read("status", limit: FileLimit(kind: Localized(verbatim: "x"), bytes: 16)) }
        FileManager.default.createFile(atPath: "\(scratch.path)/empty.json", contents: Data())
        let big = [UInt8](repeating: UInt8(ascii: "a"), count: 300_000)
        FileManager.default.createFile(atPath: "\(scratch.path)/big.json", contents: Data(big))
        #expect(try OpenFolder(scratch.path).read("empty.json", limit: .program).bytes.isEmpty)
        #expect(try OpenFolder(scratch.path).read("big.json", limit: .program).bytes == big)
    }

    @Test("Program and market files round-trip unchanged")
    func roundTrip() throws {
        try makeFolder()
        #expect(try folder.readProgram() == Program(name: "시험 프로그램"))
        #expect(try folder.readMarket("test") == handMadeMarket())
        let bytes = fileBytes(folder.marketPath("test"))
        try folder.updateMarket("test") { _ in }
        #expect(fileBytes(folder.marketPath("test")) == bytes)
    }

    @Test("Files are pretty-printed with sorted keys, Hangul as is, and carry schemaVersion")
    func readableFiles() throws {
        try makeFolder()
        let text = String(decoding: fileBytes(folder.marketPath("test")), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"district\" : \"양천구\",\n  \"id\" : \"test\",\n  \"name\" : \"시험시장\",\n"))
        #expect(text.contains("\"schemaVersion\" : 1"))
        #expect(text.hasSuffix("}\n"))
    }

    @Test("An edit rewrites only its own market's file")
    func editTouchesOneFile() throws {
        try makeFolder()
        var other = handMadeMarket()
        other.id = "other"
        try folder.addMarket(other)
        let otherBytes = fileBytes(folder.marketPath("other"))
        let programBytes = fileBytes(folder.programPath)
        try folder.updateMarket("test") { try $0.recordPost(storeID: "s001", on: day("2022-09-01"), today: day("2022-09-01")) }
        #expect(fileBytes(folder.marketPath("other")) == otherBytes)
        #expect(fileBytes(folder.programPath) == programBytes)
        #expect(try folder.readMarket("test").stores[0].posts == [day("2022-08-25"), day("2022-09-01")])
    }

    @Test("A market file from a newer dangol is refused and never rewritten")
    func newerSchema() throws {
        try makeFolder()
        let path = folder.marketPath("test")
        let text = String(decoding: fileBytes(path), as: UTF8.self).replacingOccurrences(of: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : 2")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let before = fileBytes(path)
        #expect(throws: DangolError.self) { try folder.readMarket("test") }
        do {
            try folder.updateMarket("test") { try $0.recordPost(storeID: "s001", on: day("2022-09-01"), today: day("2022-09-01")) }
            Issue.record("the update was not refused")
        } catch let error as DangolError {
            guard case .newerSchema(let location, 2, 1) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("schemaVersion") }! + 1
            #expect(location == FileLocation(path: path, line: line, column: 21))
            #expect("\(error)".contains("newer dangol"))
        }
        #expect(fileBytes(path) == before)
    }

    @Test("A corrupt market file is refused with its place and left as it was")
    func corruptNeverRewritten() throws {
        try makeFolder()
        let path = folder.marketPath("test")
        let bytes = fileBytes(path)
        try bytes.prefix(bytes.count / 2).write(to: URL(fileURLWithPath: path))
        let truncated = fileBytes(path)
        #expect(throws: DangolError.self) {
            try folder.updateMarket("test") { try $0.recordPost(storeID: "s001", on: day("2022-09-01"), today: day("2022-09-01")) }
        }
        #expect(fileBytes(path) == truncated)
        let problems = folder.check()
        #expect(problems.count == 1)
        #expect("\(problems[0])".hasPrefix("\(path):"))
    }

    @Test("Invalid values are refused with the reason, and nothing is written")
    func invalidValues() throws {
        try makeFolder()
        let before = fileBytes(folder.marketPath("test"))
        let today = day("2022-09-30")
        let attempts: [(String, (inout Market) throws -> Void)] = [
            ("must be 0 to 10000000, not -", { try $0.recordFriends(storeID: "s001", count: -1, on: day("2022-09-01"), today: today) }),
            ("before the channel opened", { try $0.recordFriends(storeID: "s001", count: 3, on: day("2022-08-01"), today: today) }),
            ("has not opened", { try $0.recordMessage(storeID: "s003", kind: .ad, count: 1, on: day("2022-09-01"), today: today) }),
            ("no store 's999'", { try $0.recordPost(storeID: "s999", on: day("2022-09-01"), today: today) }),
            ("in the future", { try $0.recordPost(storeID: "s001", on: day("2022-10-01"), today: today) }),
            ("must be 1 to 100000, not 0", { try $0.recordMessage(storeID: "s001", kind: .info, count: 0, on: day("2022-09-01"), today: today) }),
            ("already opened", { try $0.recordChannelOpened(storeID: "s001", on: day("2022-09-01"), today: today) }),
            ("already used", { try $0.addStore(Store(id: "s001", name: "새가게")) }),
        ]
        for (reason, attempt) in attempts {
            do {
                try folder.updateMarket("test", attempt)
                Issue.record("not refused: \(reason)")
            } catch {
                #expect("\(error)".contains(reason), "\(error)")
            }
        }
        #expect(fileBytes(folder.marketPath("test")) == before)
    }

    @Test("A friend reading on a day that has one corrects it")
    func correctReading() throws {
        try makeFolder()
        let replaced = try folder.updateMarket("test") {
            try $0.recordFriends(storeID: "s001", count: 27, on: day("2022-08-20"), today: day("2022-09-01"))
        }
        #expect(replaced == 25)
        #expect(try folder.readMarket("test").stores[0].friendReadings.map(\.count) == [10, 27])
    }

    @Test("Records are inserted in date order whatever order they are entered in")
    func dateOrder() throws {
        try makeFolder()
        try folder.updateMarket("test") {
            try $0.recordMessage(storeID: "s001", kind: .info, count: 2, on: day("2022-08-05"), today: day("2022-09-01"))
            try $0.recordMessage(storeID: "s001", kind: .ad, count: 1, on: day("2022-08-30"), today: day("2022-09-01"))
        }
        #expect(try folder.readMarket("test").stores[0].messages.map(\.on) == [day("2022-08-05"), day("2022-08-12"), day("2022-08-30")])
    }

    @Test("Temp files left by a killed writer are ignored by readers and swept by the next writer")
    func orphans() throws {
        try makeFolder()
        let orphan = folder.marketsPath + "/.test.json.tmp-99999-1"
        try Data("{ half a fi".utf8).write(to: URL(fileURLWithPath: orphan))
        #expect(try folder.marketIDs() == ["test"])
        #expect(folder.check().isEmpty)
        try folder.updateMarket("test") { _ in }
        #expect(!FileManager.default.fileExists(atPath: orphan))
    }

    @Test("The digest cache follows hand edits of a market file")
    func cacheInvalidation() throws {
        try makeFolder()
        #expect(try folder.digest(of: "test").figures(asOf: day("2022-09-30")).friends == 30)
        let path = folder.marketPath("test")
        let edited = String(decoding: fileBytes(path), as: UTF8.self).replacingOccurrences(of: "\"count\" : 25", with: "\"count\" : 40")
        try edited.write(toFile: path, atomically: false, encoding: .utf8)
        #expect(try folder.digest(of: "test").figures(asOf: day("2022-09-30")).friends == 45)
    }

    @Test("A market whose id does not match its file name is reported")
    func idMismatch() throws {
        try makeFolder()
        try FileManager.default.moveItem(atPath: folder.marketPath("test"), toPath: folder.marketPath("renamed"))
        let problems = folder.check().map(\.description)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("does not match the file name 'renamed.json'") == true)
    }

    @Test("A folder without program.json is not mistaken for an empty programme")
    func missingProgram() {
        #expect(throws: DangolError.self) { try folder.readProgram() }
        #expect(folder.check().count == 1)
    }
}
