import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Stress: many writers on one market", .serialized)
struct ConcurrentEditsTests {
    private static let writers = 16
    private static let editsEach = StressScale.count(short: 6, long: 100)

    @Test("16 processes, each a run of mixed edits on the same market: every edit is present afterwards")
    func everyEditSurvives() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let stores = Array(try Pilot.openStores(in: folder).prefix(ConcurrentEditsTests.writers))
        try #require(stores.count == ConcurrentEditsTests.writers)
        let before = try folder.readMarket(Pilot.market)
        let processes = try stores.enumerated().map { writer, store in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script(writer: writer, store: store.id)]
            process.environment = ["DANGOL": DangolProcess.executable, "DATA": data.path, "PATH": "/usr/bin:/bin",
                                   "DANGOL_TODAY": "2030-01-01", "DANGOL_TUTOR": "writer\(writer)", "LANG": "C.UTF-8"]
            try process.run()
            return process
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })

        let after = try folder.readMarket(Pilot.market)
        var missing: [String] = []
        for (writer, store) in stores.enumerated() {
            let old = before.stores.first { $0.id == store.id }!
            let new = after.stores.first { $0.id == store.id }!
            for edit in 0..<ConcurrentEditsTests.editsEach {
                let expected = ConcurrentEditsTests.edit(edit, writer: writer)
                let present: Bool
                switch edit % 4 {
                case 0: present = new.friendReadings.contains(FriendReading(on: expected.day, count: expected.count))
                case 1: present = new.messages.contains { $0.on == expected.day && $0.count == expected.count }
                case 2: present = new.posts.contains(expected.day)
                default: present = new.notes.contains { $0.text == expected.text }
                }
                if !present { missing.append("writer \(writer) edit \(edit)") }
            }
            #expect(new.posts.count - old.posts.count == (0..<ConcurrentEditsTests.editsEach).filter { $0 % 4 == 2 }.count)
        }
        let journaled = try folder.journal(of: Pilot.market).count
        let total = ConcurrentEditsTests.writers * ConcurrentEditsTests.editsEach
        print("\(ConcurrentEditsTests.writers) processes x \(ConcurrentEditsTests.editsEach) mixed edits: "
              + "\(total - missing.count) of \(total) present, \(journaled) journal entries, check \(Pilot.problems(folder) == nil ? "clean" : "NOT clean")")
        #expect(missing.isEmpty, "lost: \(missing)")
        #expect(journaled == total)
        #expect(Pilot.problems(folder) == nil)
    }

    /// Edit `edit` of `writer`: its own day (after every sample date) and values, so each is recognisable.
    private static func edit(_ edit: Int, writer: Int) -> (day: CalendarDate, count: Int, text: String) {
        (CalendarDate("2024-01-01")!.adding(days: edit), 1_000 + edit, "stress writer \(writer) edit \(edit)")
    }

    private func script(writer: Int, store: String) -> String {
        let base = "\"$DANGOL\" record %@ --data \"$DATA\" --market \(Pilot.market) --store \(store)"
        return (0..<ConcurrentEditsTests.editsEach).map { edit in
            let wanted = ConcurrentEditsTests.edit(edit, writer: writer)
            let command: String
            switch edit % 4 {
            case 0: command = "friends --count \(wanted.count) --on \(wanted.day)"
            case 1: command = "message --kind info --count \(wanted.count) --on \(wanted.day)"
            case 2: command = "post --on \(wanted.day)"
            default: command = "note --text '\(wanted.text)'"
            }
            return base.replacingOccurrences(of: "%@", with: command) + " >/dev/null || exit 1"
        }.joined(separator: "\n")
    }
}
