extension MarketDigest {
    /// What the program-wide search shows of a store, so searching 200,000 stores reads no market.
    public struct StoreLabel: Hashable, Sendable {
        public var id: String
        public var name: String
        public var category: String?
        public var channelOpenedOn: CalendarDate?

        public init(id: String, name: String, category: String? = nil, channelOpenedOn: CalendarDate? = nil) {
            self.id = id
            self.name = name
            self.category = category
            self.channelOpenedOn = channelOpenedOn
        }
    }

    /// A digest's store labels, each read from the digest's bytes when asked for.
    public struct StoreLabels: RandomAccessCollection, Sendable {
        let bytes: DigestBytes
        public let count: Int
        /// The digest's timeline points, which come before the stores.
        let points: Int

        public var startIndex: Int { 0 }
        public var endIndex: Int { count }

        public subscript(index: Int) -> StoreLabel {
            precondition(indices.contains(index), "store \(index) of \(count)")
            return StoreLabel(
                id: text(index, .id) ?? "", name: text(index, .name) ?? "", category: text(index, .category),
                channelOpenedOn: DigestLayout.day(at: offset(index, .channelOpenedOn), in: bytes))
        }

        /// Whether store `index`'s name matches `query`, tested on the search key kept in the
        /// digest: nothing is decoded or copied, whichever of 200,000 stores it is.
        public func name(at index: Int, matches query: HangulSearch.Prepared) -> Bool {
            precondition(indices.contains(index), "store \(index) of \(count)")
            let (start, count) = DigestLayout.key(at: offset(index, .key), in: bytes)
            return withExtendedLifetime(bytes) {
                HangulSearch.matches(query, inKey: SearchKey(start: bytes.start + start, count: count))
            }
        }

        private func offset(_ index: Int, _ field: DigestLayout.StoreField) -> Int {
            DigestLayout.offset(ofStore: index, field, points: points)
        }

        private func text(_ index: Int, _ field: DigestLayout.StoreField) -> String? {
            DigestLayout.text(at: offset(index, field), in: bytes)
        }
    }

    /// A search key where it lies in a digest's bytes: 32-bit little-endian scalar values.
    struct SearchKey: RandomAccessCollection {
        let start: UnsafeRawPointer
        let count: Int

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        subscript(index: Int) -> UInt32 {
            UInt32(littleEndian: start.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))
        }
    }
}
