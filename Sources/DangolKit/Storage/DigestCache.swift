import Foundation

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
        guard let current = FileStamp.of(path: folder.marketPath(id)),
              let (bytes, _) = try? FileIO.read(path: folder.cachePath(id)),
              let entry = try? FileCodec.decode(Entry.self, from: bytes, path: folder.cachePath(id)),
              entry.formatVersion == DigestCache.formatVersion, entry.source == current else { return nil }
        return entry.digest
    }

    /// Stores a digest built from the market file version `source`. Best effort: a folder the
    /// user may only read (staff on a shared folder) just goes without a cache.
    func store(_ digest: MarketDigest, for id: String, source: FileStamp) {
        let entry = Entry(formatVersion: DigestCache.formatVersion, source: source, digest: digest)
        let cacheFolder = "\(folder.statePath)/cache"
        guard (try? FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)) != nil,
              let bytes = try? FileCodec.encodeCompact(entry) else { return }
        try? FileIO.replace(path: folder.cachePath(id), with: bytes, durable: false)
    }
}
