import DangolKit
import Foundation
import Testing
import TestSupport

/// The bound on markets in a programme, and every command working at it.
@Suite("Stress: a programme at its bound of markets", .serialized)
struct MarketCountTests {
    /// A programme of exactly `Bounds.markets` one-store markets, written file by file.
    private static func programmeAtTheBound() throws -> ScratchFolder {
        let data = ScratchFolder()
        try FileManager.default.copyItem(atPath: "\(Repository.data)/program.json", toPath: data.file("program.json"))
        try FileManager.default.createDirectory(atPath: data.file("markets"), withIntermediateDirectories: true)
        for index in 0..<Bounds.markets {
            let id = String(format: "m%05d", index)
            let market = Market(id: id, name: "시장 \(index)", region: "서울",
                                schedule: MarketSchedule(starts: CalendarDate("2023-03-06")!, weeks: 7),
                                stores: [Store(id: "s001", name: "가게", channelOpenedOn: CalendarDate("2023-03-07")!,
                                               friendReadings: [FriendReading(on: CalendarDate("2023-03-08")!, count: index % 50)])])
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            try encoder.encode(market).write(to: URL(fileURLWithPath: data.file("markets/\(id).json")))
        }
        return data
    }

    @Test("5,000 markets: summary, check, export and report work; market add and check refuse one more")
    func atTheBound() throws {
        let data = try Self.programmeAtTheBound()
        let started = Date()
        let summary = try DangolProcess.run(["summary", "--format", "json", "--data", data.path])
        #expect(summary.status == 0, "\(summary.errors)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(summary.output.utf8)) as? [String: Any])
        #expect((document["markets"] as? [Any])?.count == Bounds.markets)
        let seconds = Date().timeIntervalSince(started)
        for command in [["check"], ["export", "--format", "csv"], ["report"]] {
            let result = try DangolProcess.run(command + ["--data", data.path])
            #expect(result.status == 0, "\(command): \(result.errors.prefix(300))")
        }
        let before = FolderSnapshot(data.file("markets"))
        let added = try DangolProcess.run(["market", "add", "--id", "one-more", "--name", "하나 더", "--region", "서울", "--data", data.path])
        #expect(added.status == 1 && added.errors.contains("at most \(Bounds.markets) markets in one programme are kept"), "\(added.errors)")
        #expect(FolderSnapshot(data.file("markets")) == before)
        // One more written by hand: check names the bound.
        try FileManager.default.copyItem(atPath: data.file("markets/m00000.json"), toPath: data.file("markets/zz.json"))
        try String(contentsOfFile: data.file("markets/zz.json"), encoding: .utf8).replacingOccurrences(of: "\"m00000\"", with: "\"zz\"")
            .write(toFile: data.file("markets/zz.json"), atomically: true, encoding: .utf8)
        let check = try DangolProcess.run(["check", "--data", data.path])
        #expect(check.status == 1 && (check.output + check.errors).contains("at most \(Bounds.markets) market files are kept, not 5001"),
                "\(check.output)\(check.errors)")
        print("\(Bounds.markets) markets: summary in \(String(format: "%.2f", seconds)) s (debug build); one more refused by market add and by check")
    }
}
