import Foundation
import Glibc

/// A market's journal: one JSON line per change in `DIR/journal/<market>.jsonl`, appended under
/// the market's lock right after the market file is saved.
///
/// The market file stays the source of truth; the journal explains it. Whatever its length, it is
/// read from its end in fixed-size chunks (`Lines`), so the history and undo read only as far
/// back as they need and hold one chunk and the entries they keep. A line that does not parse
/// (torn by a crash or a full disk, or longer than twice `Bounds.journalEntryBytes`) is skipped, never
/// read as part of another entry, and `dangol check` reports it.
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

        /// Appends one encoded entry (`line`, without its line break) and flushes it to disk.
        ///
        /// The append starts on a fresh line even when the journal ends in a torn one, and a
        /// failed write (a full disk) is cut off again, so no entry is ever glued to another.
        func append(line: [UInt8]) throws {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw failure() }
            let size = off_t(info.st_size)
            var bytes: [UInt8] = []
            if size > 0 {
                var last: UInt8 = 0
                if pread(descriptor, &last, 1, size - 1) == 1, last != UInt8(ascii: "\n") { bytes.append(UInt8(ascii: "\n")) }
            }
            bytes += line
            bytes.append(UInt8(ascii: "\n"))
            do {
                try OpenFolder.writeAll(bytes, to: descriptor, path: path)
                guard retryingInterrupted({ fsync(descriptor) }) == 0 else { throw failure() }
            } catch {
                _ = ftruncate(descriptor, size)
                throw error
            }
        }

        private func failure() -> DangolError {
            DangolError.io(path: path, KitText.cannot(KitText.writeJournal, systemErrorText()))
        }
    }

    /// Opens the journal for one append, creating `journal/` and the file when missing (for
    /// reading too: the append looks at the last byte there is).
    func openForAppending() throws -> Writer {
        let journals = try OpenFolder(folder.path, below: ["journal"], creating: true)
        return Writer(descriptor: try journals.openForWriting(name, flags: O_RDWR | O_APPEND | O_CREAT), path: path)
    }

    /// One entry as the line it is written as; refused when it would pass the bound a line is read with.
    static func line(of entry: JournalEntry) throws -> [UInt8] {
        let line = try FileCodec.encodeCompact(entry)
        if let problem = Bounds.sizeProblem(line.count, limit: Bounds.journalEntryBytes, Localized("이력 한 줄", "one journal entry")) {
            throw DangolError.refused(problem)
        }
        return line
    }

    // MARK: Reading

    /// The journal's lines from the last to the first, with their byte offsets; nil without a journal.
    private func linesFromEnd() throws -> Lines? {
        do {
            let journals = try OpenFolder(folder.path, below: ["journal"])
            let (descriptor, info) = try journals.openRegular(name, flags: O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC | O_NOFOLLOW)
            return Lines(descriptor: descriptor, size: Int(info.st_size))
        } catch DangolError.notFound {
            return nil
        }
    }

    /// The newest `limit` entries that `matching` keeps, oldest first.
    func latest(limit: Int, matching: (JournalEntry) -> Bool = { _ in true }) throws -> [JournalEntry] {
        guard limit > 0, let lines = try linesFromEnd() else { return [] }
        var kept: [JournalEntry] = []
        while kept.count < limit, let line = lines.previous() {
            if let entry = MarketJournal.entry(line), matching(entry) { kept.append(entry) }
        }
        return kept.reversed()
    }

    /// The latest entry by `author` (by the team `member`, when there is one) that is neither
    /// an undo nor already undone; reads back only as far as that entry.
    func lastUndoable(by author: String, member: String?) throws -> JournalEntry? {
        guard let lines = try linesFromEnd() else { return nil }
        let mine: (JournalEntry) -> Bool = member.map { id in { $0.member == id } } ?? { $0.author == author && $0.member == nil }
        // An undo always comes after what it undid, so reading backwards meets it first.
        var undone = Set<String>()
        while let line = lines.previous() {
            guard let entry = MarketJournal.entry(line) else { continue }
            if let target = entry.undoes { undone.insert(target) }
            if entry.action != .undo, mine(entry), !undone.contains(entry.id) { return entry }
        }
        return nil
    }

    /// The journal's last readable entry.
    func last() throws -> JournalEntry? {
        try latest(limit: 1).first
    }

    /// How many entries the journal holds and the line number of each line that cannot be read.
    func scan() throws -> (entries: Int, unreadableLines: [Int]) {
        guard let lines = try linesFromEnd() else { return (0, []) }
        var entries = 0
        var unreadable: [Int] = []
        var total = 0
        while let line = lines.previous() {
            total += 1
            if MarketJournal.entry(line) == nil { unreadable.append(total) } else { entries += 1 }
        }
        // Counted from the end: turned into line numbers from the start.
        return (entries, unreadable.map { total + 1 - $0 }.reversed())
    }

    private static func entry(_ line: Lines.Line) -> JournalEntry? {
        guard case .text(let bytes) = line else { return nil }
        return try? JSONDecoder().decode(JournalEntry.self, from: Data(bytes))
    }

    /// A journal read line by line from its end, one chunk at a time.
    final class Lines {
        /// One line: its bytes, or a line longer than an entry may be, skipped without being held.
        enum Line {
            case text([UInt8])
            case overlong
        }

        private static let chunkSize = 1 << 16
        private let descriptor: Int32
        /// Everything before this offset is still to be read; `pending` is what was read of it.
        private var offset: Int
        private var pending: [UInt8] = []
        /// Whether the line being gathered grew past any entry's length and is being skipped.
        private var skipping = false

        init(descriptor: Int32, size: Int) {
            self.descriptor = descriptor
            offset = size
        }

        deinit {
            close(descriptor)
        }

        /// The line before the last one handed out, blank lines passed over; nil at the start.
        func previous() -> Line? {
            while true {
                if let newline = pending.lastIndex(of: UInt8(ascii: "\n")) {
                    let line = Array(pending[(newline + 1)...])
                    pending.removeSubrange(newline...)
                    if let line = take(line) { return line }
                    continue
                }
                guard offset > 0 else {
                    let line = pending
                    pending = []
                    return take(line)
                }
                let count = min(Lines.chunkSize, offset)
                var chunk = [UInt8](repeating: 0, count: count)
                let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, off_t(offset - count)) }
                guard read == count else { return nil }
                offset -= count
                pending = chunk + pending
                // Twice what a writer writes: a margin for lines written by hand or by another version.
                if pending.count > 2 * Bounds.journalEntryBytes, !pending.contains(UInt8(ascii: "\n")) {
                    pending = []
                    skipping = true
                }
            }
        }

        /// The line just cut off, or nil when it is blank (as after the journal's final line break).
        private func take(_ line: [UInt8]) -> Line? {
            defer { skipping = false }
            if skipping { return .overlong }
            return line.isEmpty ? nil : .text(line)
        }
    }
}
