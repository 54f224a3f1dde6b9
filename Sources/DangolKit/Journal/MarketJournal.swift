import Foundation
import Glibc

/// A market's journal: one JSON line per change in `DIR/journal/<market>.jsonl`, appended under
/// the market's lock right after the market file is saved.
///
/// The market file stays the source of truth; the journal explains it. A line torn by a crash
/// mid-append is skipped when reading.
struct MarketJournal {
    let folder: DataFolder
    let marketID: String

    private var name: String { "\(marketID).jsonl" }

    /// The journal's path, for messages.
    var path: String { "\(folder.path)/journal/\(name)" }

    /// The journal opened for appending, refused (before anything is saved) when it cannot be
    /// written: a link, a folder in its place, or a file this user may not write.
    final class Writer {
        private let descriptor: Int32
        let path: String

        fileprivate init(descriptor: Int32, path: String) {
            self.descriptor = descriptor
            self.path = path
        }

        deinit {
            close(descriptor)
        }

        /// Appends one entry and flushes it to disk.
        func append(_ entry: JournalEntry) throws {
            var line = try FileCodec.encodeCompact(entry)
            line.append(UInt8(ascii: "\n"))
            try OpenFolder.writeAll(line, to: descriptor, path: path)
            guard retryingInterrupted({ fsync(descriptor) }) == 0 else {
                throw DangolError.io(path: path, KitText.cannot(KitText.writeJournal, systemErrorText()))
            }
        }
    }

    /// Opens the journal for one append, creating `journal/` and the file when missing.
    func openForAppending() throws -> Writer {
        let journals = try OpenFolder(folder.path, below: ["journal"], creating: true)
        return Writer(descriptor: try journals.openForWriting(name, flags: O_WRONLY | O_APPEND | O_CREAT), path: path)
    }

    /// Every readable entry, oldest first; a missing journal is an empty one.
    func entries() throws -> [JournalEntry] {
        let bytes: [UInt8]
        do {
            bytes = try OpenFolder(folder.path, below: ["journal"]).read(name, limit: .journal).bytes
        } catch DangolError.notFound {
            return []
        }
        let decoder = JSONDecoder()
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap { try? decoder.decode(JournalEntry.self, from: Data($0)) }
    }

    /// The latest entry by `author` (by the team `member`, when there is one) that is neither
    /// an undo nor already undone.
    func lastUndoable(by author: String, member: String?) throws -> JournalEntry? {
        let all = try entries()
        let undone = Set(all.compactMap(\.undoes))
        let mine: (JournalEntry) -> Bool = member.map { id in { $0.member == id } } ?? { $0.author == author && $0.member == nil }
        return all.last { mine($0) && $0.action != .undo && !undone.contains($0.id) }
    }
}
