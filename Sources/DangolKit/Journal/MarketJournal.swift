import Foundation
import Glibc

/// A market's journal: one JSON line per change in `DIR/journal/<market>.jsonl`, appended under
/// the market's lock right after the market file is saved.
///
/// The market file stays the source of truth; the journal explains it. A line torn by a crash
/// mid-append is skipped when reading.
struct MarketJournal {
    let path: String

    /// Appends one entry and flushes it to disk.
    func append(_ entry: JournalEntry) throws {
        var line = try FileCodec.encodeCompact(entry)
        line.append(UInt8(ascii: "\n"))
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw DangolError.io(path: path, "cannot open the journal: \(systemErrorText())")
        }
        defer { close(descriptor) }
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count, retryingInterrupted({ fsync(descriptor) }) == 0 else {
            throw DangolError.io(path: path, "cannot write to the journal: \(systemErrorText())")
        }
    }

    /// Every readable entry, oldest first; a missing journal is an empty one.
    func entries() throws -> [JournalEntry] {
        let bytes: [UInt8]
        do {
            bytes = try FileIO.read(path: path).bytes
        } catch DangolError.notFound {
            return []
        }
        let decoder = JSONDecoder()
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The latest entry by `author` that is neither an undo nor already undone.
    func lastUndoable(by author: String) throws -> JournalEntry? {
        let all = try entries()
        let undone = Set(all.compactMap(\.undoes))
        return all.last { $0.author == author && $0.action != .undo && !undone.contains($0.id) }
    }
}
