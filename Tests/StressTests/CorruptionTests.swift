import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("Stress: corrupted market files")
struct CorruptionTests {
    private static let mutations = StressScale.count(short: 120, long: 500)
    /// The file a `PATH:LINE:COLUMN: message` refusal names, or nil when it has another form.
    private static func locatedFile(_ message: String) -> Substring? {
        message.firstMatch(of: #/^(?<path>[^:]+):(?<line>\d+):(?<column>\d+): .+/#)?.output.path
    }

    /// One random damage to a file's bytes.
    private enum Damage: CaseIterable {
        case truncation, flip, insertion

        func apply(to bytes: [UInt8], _ random: inout SeededGenerator) -> [UInt8] {
            var damaged = bytes
            let offset = random.int(in: 0...(bytes.count - 1))
            switch self {
            case .truncation: damaged.removeSubrange(offset...)
            case .flip: damaged[offset] ^= UInt8(1 << random.int(in: 0...7))
            case .insertion:
                let pieces = ["\"", "{", "]", ",", "x", "\u{0}", "가", "1e9", "null"]
                let inserted = pieces[random.int(in: 0...(pieces.count - 1))]
                damaged.insert(contentsOf: Array(inserted.utf8), at: offset)
            }
            return damaged
        }
    }

    @Test("Random truncations, bit flips and insertions: each refused with file, line and column; never a crash, never a rewrite")
    func randomDamage() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let path = folder.marketPath(Pilot.market)
        let original = [UInt8](fileBytes(path))
        let store = try #require(try Pilot.openStores(in: folder).first).id
        var random = SeededGenerator(seed: 500)
        var refused = [Damage: Int]()
        var stillValid = [Damage: Int]()
        for attempt in 0..<CorruptionTests.mutations {
            let damage = Damage.allCases[attempt % Damage.allCases.count]
            let damaged = damage.apply(to: original, &random)
            try Data(damaged).write(to: URL(fileURLWithPath: path))
            let problems = folder.check()
            let edit = Result { try folder.updateMarket(Pilot.market) { try $0.addNote(storeID: store, text: "x", author: "t", today: CalendarDate("2030-01-01")!) } }
            if problems.isEmpty {
                // A flip inside a name, or a digit changed, can leave a valid file: that is no error.
                stillValid[damage, default: 0] += 1
                continue
            }
            refused[damage, default: 0] += 1
            for problem in problems {
                #expect(CorruptionTests.locatedFile(problem.description) == Substring(path), "attempt \(attempt) (\(damage)): \(problem)")
            }
            #expect(throws: DangolError.self, "attempt \(attempt): an edit of a damaged file must be refused") { try edit.get() }
            #expect([UInt8](fileBytes(path)) == damaged, "attempt \(attempt): a file that cannot be read is never rewritten")
        }
        let summary = Damage.allCases.map { "\($0): \(refused[$0, default: 0]) refused, \(stillValid[$0, default: 0]) still valid" }
        print("\(CorruptionTests.mutations) random damages of \(Pilot.market).json, each refused with PATH:LINE:COLUMN "
              + "or still a valid file; none rewritten. " + summary.joined(separator: "; "))
        #expect(refused.values.reduce(0, +) > CorruptionTests.mutations / 2)
    }

    @Test("The real binary refuses damaged files with a located message and exit 1, never a crash")
    func binaryRefusesDamage() throws {
        let data = ScratchFolder.sampleCopy()
        let path = DataFolder(path: data.path).marketPath(Pilot.market)
        let original = [UInt8](fileBytes(path))
        var random = SeededGenerator(seed: 12)
        for damage in Damage.allCases {
            for _ in 0..<3 {
                let damaged = damage.apply(to: original, &random)
                try Data(damaged).write(to: URL(fileURLWithPath: path))
                for command in [["check"], ["summary"], ["record", "post", "--market", Pilot.market, "--store", "x"]] {
                    let result = try DangolProcess.run(command + ["--data", data.path])
                    #expect(result.status <= 1, "\(command) on a \(damage): exit \(result.status) (a crash would be 128+)")
                    if result.status == 1, command == ["check"] {
                        #expect(result.output.contains(path + ":") || result.errors.contains(path + ":"))
                    }
                }
                #expect([UInt8](fileBytes(path)) == damaged)
            }
        }
    }
}
