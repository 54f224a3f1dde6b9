/// The bytes of one market's digest in `DigestLayout`, read where they lie: inside a read-only
/// mapping of its cache file, which every session shares through the page cache, or in memory
/// of its own for a digest just built. Never written once made, so threads share it freely.
final class DigestBytes: @unchecked Sendable {
    let start: UnsafeRawPointer
    let count: Int
    /// The mapping the bytes lie in, kept while they are; nil when the memory is this object's.
    private let mapping: MappedFile?

    /// A copy of `bytes` in memory of its own.
    init(copying bytes: [UInt8]) {
        // Eight-byte alignment, as a page-aligned mapping gives, so both read the same way.
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: Swift.max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        start = UnsafeRawPointer(memory.baseAddress!)
        count = bytes.count
        mapping = nil
    }

    /// The `count` bytes at `offset` in `mapping`, which the caller has checked are there.
    init(in mapping: MappedFile, at offset: Int, count: Int) {
        start = mapping.bytes.baseAddress! + offset
        self.count = count
        self.mapping = mapping
    }

    deinit {
        if mapping == nil { start.deallocate() }
    }

    /// Whether the bytes lie in a mapped cache file rather than in this process's own memory.
    var isMapped: Bool {
        mapping != nil
    }

    var buffer: UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: start, count: count)
    }

    /// The little-endian 64-bit integer at `offset`.
    func int(at offset: Int) -> Int {
        Int(Int64(littleEndian: start.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
    }

    /// The `length` bytes at `offset` as UTF-8 text (a malformed sequence reads as U+FFFD).
    func text(at offset: Int, length: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(start: start + offset, count: length), as: UTF8.self)
    }
}
