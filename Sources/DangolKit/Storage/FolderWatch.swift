import Glibc

/// Learns of saves to a data folder from the kernel (inotify), so an idle dashboard sleeps in
/// one `poll` on the terminal and this descriptor and makes no other system call while
/// nothing changes.
///
/// Where the kernel cannot tell (a network file system, where another machine's writes raise
/// no event; the inotify limits reached; `DANGOL_WATCH=poll`) it says why, and the caller
/// falls back to looking once a second.
public final class FolderWatch: @unchecked Sendable {
    /// How changes are noticed.
    public enum Mode: Equatable, Sendable {
        /// The kernel reports them through `descriptor`.
        case notifying
        /// Nothing reports them; look every `pollingInterval` milliseconds. The reason is for
        /// the status line.
        case polling(Localized)
    }

    /// How often a polling session looks, in milliseconds.
    public static let pollingInterval: Int32 = 1000

    public let mode: Mode
    /// The inotify descriptor to wait on; -1 when polling.
    public let descriptor: Int32
    private let folder: DataFolder
    private var rootWatch: Int32 = -1
    private var marketsWatch: Int32 = -1
    /// The one market file watched under `.market` focus, and its watch.
    private var fileWatch: (id: String, watch: Int32)?
    public private(set) var focus = MarketFocus.everyMarket
    /// Read into again at every drain, not allocated each time.
    private var buffer = [UInt8](repeating: 0, count: 65_536)

    /// Events that say the markets changed: a file renamed into place (every save), written,
    /// removed, renamed away, its permissions changed; and the folder itself replaced. Not a
    /// file's creation: a save creates its temporary file first, and a file copied in is
    /// closed after writing, so waking for it would only wake every session once more per save.
    private static let marketEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_ATTRIB
                                             | IN_DELETE_SELF | IN_MOVE_SELF)
    /// Events on one market file: replaced by a rename (its link count drops: `IN_ATTRIB`),
    /// written in place, removed or renamed away.
    private static let fileEvents = UInt32(IN_ATTRIB | IN_CLOSE_WRITE | IN_DELETE_SELF | IN_MOVE_SELF)
    /// Events on the data folder: `markets/` appearing or replaced, `team.json` saved.
    private static let rootEvents = UInt32(IN_CREATE | IN_MOVED_TO | IN_CLOSE_WRITE | IN_DELETE)
    /// The names in the data folder a session reads; `journal/`, `.dangol/` and a save's
    /// temporary files come and go without anything on screen changing.
    private static let rootNames: Set<String> = ["markets", "program.json", "team.json"]

    /// Watches `folder`, or polls when `forcePolling` (DANGOL_WATCH=poll) or the kernel cannot.
    public init(folder: DataFolder, forcePolling: Bool = false) {
        self.folder = folder
        if forcePolling {
            (mode, descriptor) = (.polling(WatchText.asked), -1)
            return
        }
        if let type = MountTable.fileSystemType(of: folder.path), MountTable.isNetwork(type) {
            (mode, descriptor) = (.polling(WatchText.network(type)), -1)
            return
        }
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else {
            (mode, self.descriptor) = (.polling(WatchText.limit(errno)), -1)
            return
        }
        let rootWatch = inotify_add_watch(descriptor, folder.path, FolderWatch.rootEvents)
        guard rootWatch >= 0 else {
            let code = errno
            close(descriptor)
            (mode, self.descriptor) = (.polling(WatchText.limit(code)), -1)
            return
        }
        (mode, self.descriptor) = (.notifying, descriptor)
        self.rootWatch = rootWatch
        watchMarkets()
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// What the pending events say changed.
    public enum Change: Equatable, Sendable {
        case nothing
        /// These market files (by id) were written, renamed into place, created or removed.
        case markets(Set<String>)
        /// Something else (the folder itself, `markets/` replaced, too many events): look at all.
        case everything

        /// What this and `other` say together.
        func merged(with other: Change) -> Change {
            switch (self, other) {
            case (.everything, _), (_, .everything): return .everything
            case (.markets(let some), .markets(let more)): return .markets(some.union(more))
            case (.nothing, _): return other
            case (_, .nothing): return self
            }
        }
    }

    /// Watches what `focus` needs and no more: `markets/` for every market, one file for one
    /// market (so a save elsewhere does not so much as wake the session), nothing for none.
    /// - Returns: what may have changed unheard while it was not watched, for the caller to
    ///   look at: every market when `markets/` is watched again, the one market when its file is.
    public func follow(_ focus: MarketFocus) -> Change {
        guard descriptor >= 0, focus != self.focus else { return .nothing }
        // What was heard under the old focus is kept; the kernel's word that the old watches
        // are gone is read here, so it wakes nobody.
        let heard = drain()
        self.focus = focus
        unwatchMarkets()
        unwatchFile()
        let unheard: Change
        switch focus {
        case .everyMarket:
            watchMarkets()
            unheard = .everything
        case .market(let id):
            watchFile(of: id)
            unheard = .markets([id])
        case .noMarket:
            unheard = .nothing
        }
        return heard.merged(with: unheard).merged(with: drain())
    }

    /// Reads every pending event and says which markets they are about, so a session stats
    /// those files only, not all 1,400.
    public func drain() -> Change {
        guard descriptor >= 0 else { return .nothing }
        var markets: Set<String> = []
        var everything = false
        var any = false
        let header = MemoryLayout<inotify_event>.size
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            any = true
            var offset = 0
            while offset + header <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let name = String(decoding: buffer[(offset + header)..<min(count, offset + header + Int(event.len))].prefix { $0 != 0 },
                                  as: UTF8.self)
                switch classify(event, name: name) {
                case .nothing: break
                case .market(let id): markets.insert(id)
                case .everything: everything = true
                }
                offset += header + Int(event.len)
            }
        }
        guard any else { return .nothing }
        if everything {
            // `markets/` created, replaced or removed since: watch whatever is there now.
            if focus == .everyMarket { watchMarkets() }
            return .everything
        }
        return markets.isEmpty ? .nothing : .markets(markets)
    }

    /// What one event says: `drain` gathers them into a `Change`, without a set per event.
    private enum Event {
        case nothing
        case market(String)
        case everything
    }

    /// What one event says. Events of a watch already given up (the kernel's word that it was
    /// removed, or late ones) say nothing.
    private func classify(_ event: inotify_event, name: String) -> Event {
        if event.mask & UInt32(IN_Q_OVERFLOW) != 0 { return .everything }
        if let file = fileWatch, event.wd == file.watch {
            // Replaced by a rename, the file is a new one: watch that.
            if event.mask & UInt32(IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED) != 0 { watchFile(of: file.id) }
            return .market(file.id)
        }
        let aboutTheFolder = event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0
        if event.wd == rootWatch {
            return aboutTheFolder || FolderWatch.rootNames.contains(name) ? .everything : .nothing
        }
        guard event.wd == marketsWatch else { return .nothing }
        if aboutTheFolder { return .everything }
        // Any other name (a save's temporary file) says nothing.
        return name.hasSuffix(".json") && !name.hasPrefix(".") ? .market(String(name.dropLast(5))) : .nothing
    }

    /// Watches `markets/` as it is now; adding the same folder again only refreshes the watch.
    private func watchMarkets() {
        marketsWatch = inotify_add_watch(descriptor, folder.marketsPath, FolderWatch.marketEvents)
    }

    private func unwatchMarkets() {
        if marketsWatch >= 0 { inotify_rm_watch(descriptor, marketsWatch) }
        marketsWatch = -1
    }

    /// Watches market `id`'s file as it is now (none when it does not exist: its removal is
    /// then what the caller reads).
    private func watchFile(of id: String) {
        guard MarketRules.isValidID(id) else { return }
        let watch = inotify_add_watch(descriptor, "\(folder.marketsPath)/\(id).json", FolderWatch.fileEvents | UInt32(IN_DONT_FOLLOW))
        fileWatch = watch >= 0 ? (id, watch) : nil
    }

    private func unwatchFile() {
        if let file = fileWatch { inotify_rm_watch(descriptor, file.watch) }
        fileWatch = nil
    }
}

/// What a session says when it cannot be told of changes and looks once a second instead.
enum WatchText {
    static let asked = Localized("DANGOL_WATCH=poll: 다른 세션의 저장을 1초마다 확인합니다",
                                 "DANGOL_WATCH=poll: other sessions' saves are looked for once a second")

    static func network(_ type: String) -> Localized {
        Localized("자료 폴더가 네트워크 파일 시스템(\(type))이라 변경 알림이 오지 않습니다: 1초마다 확인합니다",
                  "the data folder is on a network file system (\(type)), which sends no change events: looking once a second")
    }

    static func limit(_ code: Int32) -> Localized {
        let reason = String(cString: strerror(code))
        return Localized("변경 알림을 쓸 수 없습니다 (\(reason); fs.inotify.max_user_instances/max_user_watches): 1초마다 확인합니다",
                         "change events are unavailable (\(reason); fs.inotify.max_user_instances/max_user_watches): looking once a second")
    }
}

/// Which file system a path is on, from `/proc/self/mountinfo`.
enum MountTable {
    /// File systems whose changes made on another machine raise no inotify event here.
    static func isNetwork(_ type: String) -> Bool {
        ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "afs", "ceph", "glusterfs", "lustre"].contains(type)
            || type.hasPrefix("fuse.")
    }

    /// The type of the mount holding `path` (the longest mount point that prefixes it).
    static func fileSystemType(of path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        let target = String(cString: resolved)
        free(resolved)
        guard let table = readAll("/proc/self/mountinfo") else { return nil }
        var best: (point: String, type: String)?
        for line in table.split(separator: "\n") {
            // ID PARENT MAJ:MIN ROOT MOUNTPOINT OPTIONS [OPTIONAL…] - TYPE SOURCE SUPER
            let fields = line.split(separator: " ")
            guard fields.count > 5, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
            let point = String(fields[4]).replacingOccurrences(of: "\\040", with: " ")
            let inside = point == "/" || target == point || target.hasPrefix(point + "/")
            if inside, point.count >= (best?.point.count ?? -1) { best = (point, String(fields[dash + 1])) }
        }
        return best?.type
    }

    /// A /proc file, which reports no size: read until the end.
    private static func readAll(_ path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
