/// Each market's digest, kept on disk next to the data so the overview need not parse stores.
///
/// A cache entry records the stamp of the market file it was built from and is used only while
/// the file still has that stamp; anything else (a hand edit, a restored backup, a torn cache
/// file after a crash) simply rebuilds it. The market files stay the only source of truth.
struct DigestCache {
    /// Changes whenever `MarketDigest`'s shape or meaning changes, so old entries are rebuilt.
    static let formatVersion = 2

    struct Entry: Codable {
        var formatVersion: Int
        var source: FileStamp
        var digest: MarketDigest
    }

    let folder: DataFolder

    /// The cached digest of market `id`, if it matches the market file as it is now.
    func digest(for id: String) -> MarketDigest? {
        let name = "\(id).json"
        guard let current = folder.marketStamp(id),
              let cache = try? folder.stateFolder("cache"),
              let (bytes, _) = try? cache.read(name, limit: .cache),
              let entry = try? FileCodec.decode(Entry.self, from: bytes, path: cache.file(name)),
              entry.formatVersion == DigestCache.formatVersion, entry.source == current else { return nil }
        return entry.digest
    }

    /// Stores a digest built from the market file version `source`. Best effort: a read-only
    /// session writes nothing, and a folder the user may only read (or a cache folder that is a
    /// link, which is never followed) just goes without a cache.
    func store(_ digest: MarketDigest, for id: String, source: FileStamp) {
        guard !folder.isReadOnly, let name = try? DataFolder.fileName(ofMarket: id),
              let cache = try? folder.stateFolder("cache", creating: true),
              let bytes = try? FileCodec.encodeCompact(Entry(formatVersion: DigestCache.formatVersion, source: source, digest: digest))
        else { return }
        try? cache.replace(name, with: bytes, durable: false)
    }
}
