import Glibc

/// Each market's digest, kept on disk next to the data so the overview need not parse stores.
///
/// `.dangol/cache/<id>.digest` is a 64-byte header and the digest in `DigestLayout`:
///
///     magic "dangoldg" · format version · the market file's inode, size, modification time and
///     change time (its `FileStamp`) · the digest's length · when a provisional entry was written
///     · the digest
///
/// Readers map the file and read the digest in place, so every session on the server shares one
/// copy of the national data in the page cache. An entry is used only while the market file still
/// has the stamp it records, change time included, so an edit in place that puts the modification
/// time back is caught; and only when it holds a whole, well-formed digest of that market;
/// anything else (a hand edit, a restored backup, a file from an older version) simply rebuilds
/// it. A save writes the entry before it renames the market file, when the file's change time is
/// not known yet: that entry is provisional (change time 0, the time it was written instead) and
/// counts for a market file changed within `provisionalWindow` of it, until the saver confirms it
/// with the real change time right after the rename. Entries are replaced by renaming a new file
/// into place, and only the change-time field of a provisional one is ever written into, so a
/// session that has one mapped keeps reading the version it mapped. The market files stay the
/// only source of truth; `dangol check` compares every entry with a digest built afresh.
struct DigestCache: Sendable {
    /// Changes whenever `DigestLayout`, the digest's meaning or the bytes a market gives change,
    /// so old entries are rebuilt rather than reported stale by `dangol check` (5: a timeline
    /// holds the days `StoreFiguresWalk` stops on, not every record's day and its window's end).
    static let formatVersion = 5
    private static let magic = Array("dangoldg".utf8)
    private static let headerSize = 64
    /// How far a market file's change time may lie from a provisional entry's writing: a rename
    /// follows within milliseconds; the window allows for the kernel's coarse file clock.
    private static let provisionalWindow: Int64 = 2_000_000_000

    /// The header's fields after the magic, by index.
    private enum Header: Int {
        case version = 1, inode, size, modified, changed, length, provisionalAt
    }

    let folder: DataFolder
    /// `markets/` and `.dangol/cache/` as they were when this was made, for the 1,400 digests a
    /// caller may read (and the stamps it takes first); nil when missing. They are the folders
    /// `folder` holds open between reads (`HeldFolders`).
    let markets: OpenFolder?
    private let cache: OpenFolder?

    init(folder: DataFolder) {
        self.folder = folder
        (markets, cache) = folder.heldFolders.current()
    }

    /// The cache file of market `id` (whose id has been checked).
    static func fileName(of id: String) -> String {
        "\(id).digest"
    }

    /// The cached digest of market `id`, if it matches the market file as it is now, or as
    /// `stamped` (a stamp the caller has just taken, so the file is not looked at twice).
    func digest(for id: String, stamped: FileStamp? = nil) -> MarketDigest? {
        guard let name = try? DataFolder.fileName(ofMarket: id), let current = stamped ?? markets?.stamp(of: name),
              let (file, _) = try? cache?.map(DigestCache.fileName(of: id), limit: .cache),
              let digest = DigestCache.digest(in: file), digest.id == id,
              DigestCache.isBuilt(from: current, header: file.bytes) else { return nil }
        return digest
    }

    /// Stores a digest built from the market file version `source`; `provisional` when the file
    /// is about to be renamed into place, so its change time is not known yet. Best effort: a
    /// read-only session writes nothing, and a folder the user may only read (or a cache folder
    /// that is a link, which is never followed) just goes without a cache.
    func store(_ digest: MarketDigest, for id: String, source: FileStamp, provisional: Bool = false) {
        guard !folder.isReadOnly, digest.bytes.count <= Bounds.digestBytes, let name = try? DataFolder.fileName(ofMarket: id),
              let cache = try? folder.stateFolder("cache", creating: true) else { return }
        let fileName = DigestCache.fileName(of: id)
        try? cache.replace(fileName, with: DigestCache.fileBytes(of: digest, source: source, provisional: provisional), durable: false)
        // Versions before the mapped cache kept a JSON entry per market; it is dead weight now.
        cache.remove(name)
    }

    /// Removes the temp files that cache writers of market `id` killed mid-write left behind;
    /// cache writers take no lock, so only those of processes no longer running. A save calls
    /// it, so a reader building a digest does not list the cache folder.
    func sweepOrphans(of id: String) {
        (try? folder.stateFolder("cache"))?.sweepOrphans(of: DigestCache.fileName(of: id), onlyOfDeadWriters: true)
    }

    /// Writes the market file's real change time into a provisional entry of that version, once
    /// the file is in place.
    func confirm(_ id: String, source: FileStamp) {
        guard !folder.isReadOnly, let cache = try? folder.stateFolder("cache"),
              let (file, _) = try? cache.map(DigestCache.fileName(of: id), limit: .cache),
              DigestCache.digest(in: file) != nil, DigestCache.field(.changed, of: file.bytes) == 0,
              DigestCache.stamp(in: file.bytes).sameVersion(as: source),
              let descriptor = try? cache.openForWriting(DigestCache.fileName(of: id), flags: O_WRONLY) else { return }
        defer { close(descriptor) }
        var value = source.changedNanoseconds.littleEndian
        _ = pwrite(descriptor, &value, 8, off_t(Header.changed.rawValue * 8))
    }

    /// The whole cache file for `digest` built from the market file version `source`.
    static func fileBytes(of digest: MarketDigest, source: FileStamp, provisional: Bool = false) -> [UInt8] {
        var bytes = magic
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let writtenAt = Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
        for value in [Int64(formatVersion), Int64(bitPattern: source.inode), source.size, source.modifiedNanoseconds,
                      provisional ? 0 : source.changedNanoseconds, Int64(digest.bytes.count), provisional ? writtenAt : 0] {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes.append(contentsOf: digest.bytes.buffer)
        return bytes
    }

    /// The digest in a mapped cache file, or nil unless the file is one of this version, whole and well-formed.
    static func digest(in file: MappedFile) -> MarketDigest? {
        let bytes = file.bytes
        guard bytes.count >= headerSize, bytes.prefix(magic.count).elementsEqual(magic),
              field(.version, of: bytes) == Int64(formatVersion), field(.length, of: bytes) == Int64(bytes.count - headerSize)
        else { return nil }
        return MarketDigest(checking: DigestBytes(in: file, at: headerSize, count: bytes.count - headerSize))
    }

    /// Whether a checked header records the market file version `current`: the same inode, size
    /// and times, or, for a provisional entry, a change time close to when it was written.
    private static func isBuilt(from current: FileStamp, header bytes: UnsafeRawBufferPointer) -> Bool {
        guard stamp(in: bytes).sameVersion(as: current) else { return false }
        let changed = field(.changed, of: bytes)
        if changed != 0 { return changed == current.changedNanoseconds }
        return abs(current.changedNanoseconds - field(.provisionalAt, of: bytes)) <= provisionalWindow
    }

    /// The inode, size and modification time a checked header records.
    private static func stamp(in bytes: UnsafeRawBufferPointer) -> FileStamp {
        FileStamp(inode: UInt64(bitPattern: field(.inode, of: bytes)), size: field(.size, of: bytes),
                  modifiedNanoseconds: field(.modified, of: bytes), changedNanoseconds: field(.changed, of: bytes))
    }

    private static func field(_ field: Header, of bytes: UnsafeRawBufferPointer) -> Int64 {
        Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: field.rawValue * 8, as: Int64.self))
    }
}
