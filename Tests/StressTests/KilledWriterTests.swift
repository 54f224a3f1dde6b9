import Foundation
import Glibc
import Testing
import TestSupport
@testable import DangolKit

@Suite("Stress: writers killed mid-save", .serialized)
struct KilledWriterTests {
    private static let attempts = StressScale.count(short: 40, long: 200)

    @Test("A writer killed with SIGKILL at random moments leaves every file valid, and no temp file is read as data")
    func killedWriters() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let store = try #require(try Pilot.openStores(in: folder).first).id
        let marketCount = try folder.marketIDs().count
        let arguments = ["record", "post", "--market", Pilot.market, "--store", store, "--on", "2022-09-20", "--data", data.path]
        // Time one whole save on this machine, then spread the kills over twice that: from
        // start-up through reading, writing the temp file, fsync and rename, and just after.
        let started = Date()
        _ = try DangolProcess.run(arguments)
        let span = max(20_000, Int(Date().timeIntervalSince(started) * 2 * 1_000_000))
        var random = SeededGenerator(seed: 6)
        var kills = 0
        var saved = 1  // the timing run above saved one post
        var orphansSeen = 0
        var torn = 0
        for attempt in 0..<KilledWriterTests.attempts {
            let writer = try DangolProcess.start(arguments)
            usleep(useconds_t(random.int(in: 0...span)))
            kill(writer.process.processIdentifier, SIGKILL)
            writer.process.waitUntilExit()
            if writer.process.terminationReason == .uncaughtSignal { kills += 1 } else { saved += 1 }
            if let problems = Pilot.problems(folder) {
                torn += 1
                Issue.record("after attempt \(attempt): \(problems)")
            }
            #expect(try folder.marketIDs().count == marketCount, "a temp file must never count as a market")
            orphansSeen += try FileManager.default.contentsOfDirectory(atPath: folder.marketsPath).filter { $0.hasPrefix(".") }.count
        }
        // The next save sweeps whatever a killed writer left behind.
        _ = try DangolProcess.run(arguments)
        saved += 1
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.marketsPath).filter { $0.hasPrefix(".") }
        print("\(KilledWriterTests.attempts) kills tried: \(kills) killed, \(saved - 2) finished first "
              + "(a save took \(span / 2_000) ms alone); \(orphansSeen) orphan temp files seen, \(leftovers.count) left "
              + "after the next save; \(torn) torn files")
        let posts = try folder.readMarket(Pilot.market).stores.first { $0.id == store }!.posts
            .filter { $0 == CalendarDate("2022-09-20")! }
        #expect(posts.count >= saved, "every save that finished is kept")
        let check = try DangolProcess.run(["check", "--data", data.path])
        #expect(check.status == 0, "dangol check: \(check.output)\(check.errors)")
        #expect(leftovers.isEmpty)
        #expect(kills > 0 && saved > 2, "the kill moments must straddle the save")
    }
}
