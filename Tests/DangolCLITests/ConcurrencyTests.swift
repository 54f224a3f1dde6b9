import Foundation
import Glibc
import Testing
import TestSupport
@testable import DangolKit

@Suite("Several writers at once", .serialized)
struct ConcurrencyTests {
    /// A store with an open channel in the sample's pilot, to send messages from.
    private func openStore(in folder: DataFolder) throws -> String {
        try #require(try folder.readMarket("sinyoung").stores.first { $0.channelOpenedOn != nil }).id
    }

    @Test("8 processes each recording 25 messages at once: exactly 200 more messages")
    func parallelWriters() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let store = try openStore(in: folder)
        let before = try folder.readMarket("sinyoung").figures(asOf: CalendarDate("2023-01-01")!).messagesSent
        let script = """
            for i in $(seq 25); do
              "$DANGOL" record message --market sinyoung --store \(store) --on 2022-09-20 --data "$DATA" >/dev/null || exit 1
            done
            """
        let writers = try (0..<8).map { _ in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script]
            process.environment = ["DANGOL": DangolProcess.executable, "DATA": data.path, "PATH": "/usr/bin:/bin"]
            try process.run()
            return process
        }
        writers.forEach { $0.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        let after = try folder.readMarket("sinyoung").figures(asOf: CalendarDate("2023-01-01")!).messagesSent
        #expect(after - before == 200)
        #expect(folder.check().isEmpty)
    }

    @Test("A writer killed with SIGKILL mid-save, 50 times, leaves every file valid")
    func killedWriters() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let store = try openStore(in: folder)
        let arguments = ["record", "post", "--market", "sinyoung", "--store", store, "--on", "2022-09-20", "--data", data.path]
        // Time one whole save on this machine, then spread the kills over twice that: from
        // start-up through reading, writing the temp file, fsync and rename, and just after.
        let started = Date()
        _ = try DangolProcess.run(arguments)
        let span = max(20_000, Int(Date().timeIntervalSince(started) * 2 * 1_000_000))
        var kills = 0
        var saved = 1  // the timing run above saved one post
        var orphans = 0
        for attempt in 0..<50 {
            let writer = try DangolProcess.start(arguments)
            usleep(useconds_t((attempt * span / 50 + attempt * 997) % span))
            kill(writer.process.processIdentifier, SIGKILL)
            writer.process.waitUntilExit()
            if writer.process.terminationReason == .uncaughtSignal { kills += 1 } else { saved += 1 }
            let problems = folder.check()
            #expect(problems.isEmpty, "after attempt \(attempt): \(problems)")
            #expect(try folder.marketIDs().count == 11)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.marketsPath).filter { $0.hasPrefix(".") }
            orphans = max(orphans, leftovers.count)
        }
        print("\(kills) writers killed, \(saved - 1) finished first (a save took \(span / 2_000) ms alone), "
              + "up to \(orphans) orphan temp files at once; 0 torn files")
        let posts = try folder.readMarket("sinyoung").stores.first { $0.id == store }!.posts.filter { $0 == CalendarDate("2022-09-20")! }
        #expect(posts.count >= saved)
        #expect(kills > 0 && saved > 1, "the kill moments must straddle the save")
    }
}
