import DangolKit
import Foundation

/// Target 5: saving one edit in a 150-store market the way every tutor's save goes: lock,
/// re-read, change, write a temporary file, fsync, rename, fsync the folder, journal.
struct SaveBench {
    let folder: String
    let edits: Int

    func run(into table: inout ResultTable) throws {
        let data = DataFolder(path: folder)
        guard let marketID = try data.marketIDs().first else { throw ProgramRun.Failure(description: "\(folder) has no market") }
        let storeIDs = try data.readMarket(marketID).stores.map(\.id)
        let today = CalendarDate("2023-10-15")!
        var times = Samples()
        for edit in 0..<edits {
            let storeID = storeIDs[edit % storeIDs.count]
            let started = ContinuousClock.now
            try data.editStore(in: marketID, author: "bench", action: .note) { market in
                try market.addNote(storeID: storeID, text: "벤치마크 메모 \(edit)", author: "bench", today: today)
                return storeID
            }
            times.add((ContinuousClock.now - started).seconds * 1000)
        }
        table.addTiming("save one edit in a \(storeIDs.count)-store market (lock … fsync folder, journal)", times,
                        targetMilliseconds: 15)
    }
}
