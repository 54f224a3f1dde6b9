/// Each market's digest, kept on disk next to the data so the overview need not parse stores.
///
/// `.dangol/cache/<id>.digest` is a 48-byte header and the digest in `DigestLayout`:
///
///     magic "dangoldg" · format version · the market file's inode, size and modification time
///     (its `FileStamp`) · the digest's length · the digest
///
/// Readers map the file and read the digest in place, so every session on the server shares one
/// copy of the national data in the page cache. An entry is used only while the market file still
/// has the stamp it records, and only when it holds a whole, well-formed digest of that market;
/// anything else (a hand edit, a restored backup, a file from an older version) simply rebuilds
/// it. Entries are replaced by renaming a new file into place, never written into, so a session
/// that has one mapped keeps reading the version it mapped. The market files stay the only
/// source of truth.
struct DigestCache: Sendable {
    /// Changes whenever `DigestLayout` or the digest's meaning changes, so old entries are rebuilt.
    static let formatVersion = 3
    private static let magic = Array("dangoldg".utf8)
    private static let headerSize = 48

    let folder: DataFolder
    /// `markets/` and `.dangol/cache/` as they were when this was made, opened once for the
    /// 1,400 digests a caller may read; nil when missing.
    private let markets: OpenFolder?
    private let cache: OpenFolder?

    init(folder: DataFolder) {
        self.folder = folder
        markets = try? folder.marketsFolder()
        cache = try? folder.stateFolder("cache")
    }

    /// The cache file of market `id` (whose id has been checked).
    static func fileName(of id: String) -> String {
        "\(id).digest"
    }

    /// The cached digest of market `id`, if it matches the market file as it is now.
    func digest(for id: String) -> MarketDigest? {
        guard let name = try? DataFolder.fileName(ofMarket: id), let current = markets?.stamp(of: name),
              let (file, _) = try? cache?.map(DigestCache.fileName(of: id), limit: .cache),
              let digest = DigestCache.digest(in: file), digest.id == id,
              DigestCache.source(in: file) == current else { return nil }
        return digest
    }

    /// Stores a digest built from the market file version `source`. Best effort: a read-only
    /// session writes nothing, and a folder the user may only read (or a cache folder that is a
    /// link, which is never followed) just goes without a cache.
    func store(_ digest: MarketDigest, for id: String, source: FileStamp) {
        guard !folder.isReadOnly, let name = try? DataFolder.fileName(ofMarket: id),
              let cache = try? folder.stateFolder("cache", creating: true) else { return }
        try? cache.replace(DigestCache.fileName(of: id), with: DigestCache.fileBytes(of: digest, source: source), durable: false)
        // Versions before the mapped cache kept a JSON entry per market; it is dead weight now.
        cache.remove(name)
    }

    /// The whole cache file for `digest` built from the market file version `source`.
    static func fileBytes(of digest: MarketDigest, source: FileStamp) -> [UInt8] {
        var bytes = magic
        for value in [Int64(formatVersion), Int64(bitPattern: source.inode), source.size, source.modifiedNanoseconds, Int64(digest.bytes.count)] {
            withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
        }
        bytes.append(contentsOf: digest.bytes.buffer)
        return bytes
    }

    /// The digest in a mapped cache file, or nil unless the file is one of this version, whole and well-formed.
    static func digest(in file: MappedFile) -> MarketDigest? {
        let bytes = file.bytes
        guard bytes.count >= headerSize, bytes.prefix(magic.count).elementsEqual(magic),
              field(1, of: bytes) == Int64(formatVersion), field(5, of: bytes) == Int64(bytes.count - headerSize) else { return nil }
        return MarketDigest(checking: DigestBytes(in: file, at: headerSize, count: bytes.count - headerSize))
    }

    /// The market file version a cache file was built from; its header must have been checked.
    private static func source(in file: MappedFile) -> FileStamp {
        FileStamp(inode: UInt64(bitPattern: field(2, of: file.bytes)), size: field(3, of: file.bytes),
                  modifiedNanoseconds: field(4, of: file.bytes))
    }

    /// The header's 64-bit field `index` (the magic being field 0).
    private static func field(_ index: Int, of bytes: UnsafeRawBufferPointer) -> Int64 {
        Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: Int64.self))
    }
}
