/// A market's figures for every day at once, small enough to read for 1,400 markets in a blink.
///
/// Built from the market's stores with the store-level definitions (`Store.figures(asOf:)`):
/// the market's figures only change on the days listed in its timeline, so keeping the running
/// totals at those days answers `figures(asOf:)` for any day without the stores themselves.
/// The programme overview reads digests; only a market's own screen reads its stores.
///
/// A digest is its bytes in `DigestLayout` and reads every value from them when asked. A digest
/// from the cache is those bytes where the cache file is mapped, so a thousand sessions on the
/// national data hold it once, in the page cache, rather than a copy each.
public struct MarketDigest: Hashable, Sendable, Identifiable {
    /// Running totals of the time-dependent figures from `on` until the next point.
    struct Point {
        var on: CalendarDate
        var channelsOpened: Int
        var friends: Int
        var messagesSent: Int
        var posts: Int
        var activeStores: Int
    }

    /// The values a digest is laid out from.
    struct Fields {
        var id: String
        var name: String
        var region: String
        var district: String?
        var schedule: MarketSchedule?
        var stores: [StoreLabel]
        var eligibleStores: Int
        var ownerAgeTotal: Int
        var ownerAgeCount: Int
        var latestRecordedDate: CalendarDate?
        /// Sorted by day; the figures before the first point are all zero.
        var timeline: [Point]
    }

    /// Kept apart from the bytes: the market's identity is asked for at every turn.
    public let id: String
    let bytes: DigestBytes

    /// Summarises `market`. Cost: O(records) per store, plus one slot per day of its span.
    public init(market: Market) {
        self.init(Fields(market: market, withStores: true))
    }

    /// Summarises `market`'s figures alone, with no store in `stores`: for a reading that shows
    /// no store and keeps nothing (`summary --no-cache`), which then neither copies the labels
    /// nor works out the search keys of 200,000 stores. Never cached: a session needs the stores.
    public init(figuresOf market: Market) {
        self.init(Fields(market: market, withStores: false))
    }

    init(_ fields: Fields) {
        bytes = DigestBytes(copying: DigestLayout.bytes(of: fields))
        id = fields.id
    }

    /// The digest in `bytes`, or nil unless they hold a whole, well-formed one.
    init?(checking bytes: DigestBytes) {
        guard DigestLayout.isValid(bytes), let id = DigestLayout.text(at: DigestLayout.Field.id.offset, in: bytes) else { return nil }
        self.bytes = bytes
        self.id = id
    }

    public var name: String { text(.name) ?? "" }
    public var region: String { text(.region) ?? "" }
    public var district: String? { text(.district) }
    public var eligibleStores: Int { int(.eligibleStores) }
    public var ownerAgeTotal: Int { int(.ownerAgeTotal) }
    public var ownerAgeCount: Int { int(.ownerAgeCount) }
    public var latestRecordedDate: CalendarDate? { DigestLayout.day(at: DigestLayout.Field.latestRecordedDate.offset, in: bytes) }

    public var schedule: MarketSchedule? {
        DigestLayout.day(at: DigestLayout.Field.scheduleStarts.offset, in: bytes).map { MarketSchedule(starts: $0, weeks: int(.scheduleWeeks)) }
    }

    /// Every store of the market, eligible or not, in file order.
    public var stores: StoreLabels {
        StoreLabels(bytes: bytes, count: int(.storeCount), points: pointCount)
    }

    public var storeCount: Int {
        int(.storeCount)
    }

    /// The market's figures on `asOf`, equal to `Market.figures(asOf:)` of the market it summarises.
    /// Cost: O(log n) in the number of change days.
    public func figures(asOf: CalendarDate) -> MarketFigures {
        guard schedule?.hasStarted(by: asOf) ?? true else { return MarketFigures() }
        var figures = MarketFigures()
        figures.eligibleStores = eligibleStores
        figures.ownerAgeTotal = ownerAgeTotal
        figures.ownerAgeCount = ownerAgeCount
        guard let point = lastPoint(onOrBefore: asOf) else { return figures }
        func value(_ field: DigestLayout.PointField) -> Int { bytes.int(at: DigestLayout.offset(ofPoint: point, field)) }
        figures.channelsOpened = value(.channelsOpened)
        figures.friends = value(.friends)
        figures.messagesSent = value(.messagesSent)
        figures.posts = value(.posts)
        figures.activeStores = value(.activeStores)
        return figures
    }

    public static func == (lhs: MarketDigest, rhs: MarketDigest) -> Bool {
        lhs.bytes.buffer.elementsEqual(rhs.bytes.buffer)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: bytes.buffer)
    }

    private var pointCount: Int {
        int(.pointCount)
    }

    /// The index of the last timeline point on or before `day`, or nil when there is none.
    private func lastPoint(onOrBefore day: CalendarDate) -> Int? {
        var low = 0
        var high = pointCount
        while low < high {
            let middle = (low + high) / 2
            if bytes.int(at: DigestLayout.offset(ofPoint: middle, .on)) <= day.dayNumber { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : low - 1
    }

    private func int(_ field: DigestLayout.Field) -> Int {
        bytes.int(at: field.offset)
    }

    private func text(_ field: DigestLayout.Field) -> String? {
        DigestLayout.text(at: field.offset, in: bytes)
    }
}
