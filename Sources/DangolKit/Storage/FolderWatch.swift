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
    private var marketsWatch: Int32 = -1

    /// Events that say the markets changed: a file renamed into place (every save), written,
    /// created, removed, renamed away; and the folder itself replaced.
    private static let marketEvents = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB
                                             | IN_DELETE_SELF | IN_MOVE_SELF)
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
        guard inotify_add_watch(descriptor, folder.path, FolderWatch.rootEvents) >= 0 else {
            let code = errno
            close(descriptor)
            (mode, self.descriptor) = (.polling(WatchText.limit(code)), -1)
            return
        }
        (mode, self.descriptor) = (.notifying, descriptor)
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
    }

    /// Reads every pending event and says which markets they are about, so a session stats
    /// those files only, not all 1,400.
    public func drain() -> Change {
        guard descriptor >= 0 else { return .nothing }
        var markets: Set<String> = []
        var everything = false
        var any = false
        let header = MemoryLayout<inotify_event>.size
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            any = true
            var offset = 0
            while offset + header <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                let nameBytes = buffer[(offset + header)..<min(count, offset + header + Int(event.len))].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                let aboutTheFolder = event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF | IN_Q_OVERFLOW) != 0
                if aboutTheFolder || (event.wd != marketsWatch && FolderWatch.rootNames.contains(name)) {
                    everything = true
                } else if event.wd == marketsWatch, name.hasSuffix(".json"), !name.hasPrefix(".") {
                    markets.insert(String(name.dropLast(5)))
                }
                // Any other name (a save's temporary file, the journal) says nothing.
                offset += header + Int(event.len)
            }
        }
        guard any else { return .nothing }
        if everything {
            // `markets/` created, replaced or removed since: watch whatever is there now.
            watchMarkets()
            return .everything
        }
        return markets.isEmpty ? .nothing : .markets(markets)
    }

    /// Watches `markets/` as it is now; adding the same folder again only refreshes the watch.
    private func watchMarkets() {
        marketsWatch = inotify_add_watch(descriptor, folder.marketsPath, FolderWatch.marketEvents)
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
