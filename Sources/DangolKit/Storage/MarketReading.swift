/// The market file read by `JSONReader`: the same fields, defaults and types as the `Codable`
/// conformances in Model/, which stay the reference. Keys are the models' own `CodingKeys`
/// (`JSONReader.KeyTable`), switched over exhaustively, so a field added there cannot be missed
/// here. `MarketReadingTests` checks that both read every sample and generated market, and one
/// with every key filled, identically.
extension Market: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var stores: [Store] = []
        self = try Market.read(from: &reader, spellingStores: false) { store, _ in
            // The store read moves into the list, and the next is read into a new, empty one.
            var read = Store.unread
            swap(&read, &store)
            stores.append(read)
        }
        self.stores = stores
    }

    /// Reads a market file store by store: each store is read into one scratch value, handed to
    /// `eachStore` (which may keep it, or leave it to be read over) with the spelling of its id
    /// and name, and the market returned holds none. So a reading that keeps nothing but what
    /// it works out from each store, as a digest, never holds the whole market.
    ///
    /// When `spellingStores`, each store's id and name are read only into its spelling, as the
    /// file spells them (`StoreSpelling`), and the store's own stay empty: for a reading that
    /// checks them but keeps neither. Else the spelling is that of the store's own.
    static func read(from reader: inout JSONReader, spellingStores: Bool, eachStore: (inout Store, StoreSpelling) throws -> Void) throws -> Market {
        var version: Int?
        var id: String?
        var name: String?
        var region: String?
        var district: String?
        var tutors: [String] = []
        var schedule: MarketSchedule?
        var store = Store.unread
        var spelling = spellingStores ? StoreSpelling(of: store) : nil
        try reader.readObject(Market.keys) { reader, key in
            switch key {
            case .schemaVersion: version = try reader.readInt()
            case .id: id = try reader.readString()
            case .name: name = try reader.readString()
            case .region: region = try reader.readString()
            case .district: district = try reader.readOptional { try $0.readString() }
            case .tutors: try reader.readListOrNull(into: &tutors) { try $0.readRecurringString() }
            case .schedule: schedule = try reader.readOptional(MarketSchedule.init(reading:))
            case .stores:
                _ = try reader.readOptional { reader in
                    try reader.readEach { reader in
                        try store.read(from: &reader, spelling: &spelling)
                        try eachStore(&store, spelling ?? StoreSpelling(of: store))
                    }
                }
            }
        }
        // Other versions are refused, or their error located, by the Codable path.
        guard version == Market.schemaVersion else { throw JSONReader.Unsupported() }
        return Market(id: try id.required(), name: try name.required(), region: try region.required(),
                      district: district, tutors: tutors, schedule: schedule)
    }
}

extension Store: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    /// A store with nothing read into it yet, and no storage: what a reading starts from.
    static var unread: Store { Store(id: "", name: "") }

    init(reading reader: inout JSONReader) throws {
        self = Store.unread
        var noSpelling: StoreSpelling?
        try read(from: &reader, spelling: &noSpelling)
    }

    /// Reads a store over this one: every field the file leaves out takes its default, and the
    /// record lists keep their storage, so a store read after store into one value allocates
    /// its lists once. With a `spelling`, the id and name are read into it, not into the store.
    mutating func read(from reader: inout JSONReader, spelling: inout StoreSpelling?) throws {
        var hasID = false
        var hasName = false
        category = nil
        ownerAge = nil
        eligible = true
        tutor = nil
        channelOpenedOn = nil
        friendReadings.empty()
        messages.empty()
        posts.empty()
        notes.empty()
        try reader.readObject(Store.keys) { reader, key in
            switch key {
            case .id:
                if spelling != nil { spelling!.id = try reader.readText() } else { id = try reader.readString() }
                hasID = true
            case .name:
                if spelling != nil { spelling!.name = try reader.readText() } else { name = try reader.readString() }
                hasName = true
            case .category: category = try reader.readOptional { try $0.readRecurringString() }
            case .ownerAge: ownerAge = try reader.readOptional { try $0.readInt() }
            case .eligible: eligible = try reader.readOptional { try $0.readBool() } ?? true
            case .tutor: tutor = try reader.readOptional { try $0.readRecurringString() }
            case .channelOpenedOn: channelOpenedOn = try reader.readOptional(CalendarDate.init(reading:))
            case .friendReadings: try reader.readListOrNull(into: &friendReadings, FriendReading.init(reading:))
            case .messages: try reader.readListOrNull(into: &messages, MessageRecord.init(reading:))
            case .posts: try reader.readListOrNull(into: &posts, CalendarDate.init(reading:))
            case .notes: try reader.readListOrNull(into: &notes, Note.init(reading:))
            }
        }
        // Without either, the Codable path names the missing key.
        guard hasID, hasName else { throw JSONReader.Unsupported() }
    }
}

extension FriendReading: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var on: CalendarDate?
        var count: Int?
        try reader.readObject(FriendReading.keys) { reader, key in
            switch key {
            case .on: on = try CalendarDate(reading: &reader)
            case .count: count = try reader.readInt()
            }
        }
        self.init(on: try on.required(), count: try count.required())
    }
}

extension MessageRecord: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var on: CalendarDate?
        var kind: MessageKind?
        var count: Int?
        try reader.readObject(MessageRecord.keys) { reader, key in
            switch key {
            case .on: on = try CalendarDate(reading: &reader)
            case .kind: kind = try reader.readUnescapedString(MessageKind.init(utf8:))
            case .count: count = try reader.readInt()
            }
        }
        self.init(on: try on.required(), kind: try kind.required(), count: try count.required())
    }
}

extension Note: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var on: CalendarDate?
        var author: String?
        var text: String?
        try reader.readObject(Note.keys) { reader, key in
            switch key {
            case .on: on = try CalendarDate(reading: &reader)
            case .author: author = try reader.readRecurringString()
            case .text: text = try reader.readString()
            }
        }
        self.init(on: try on.required(), author: try author.required(), text: try text.required())
    }
}

extension MarketSchedule: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var starts: CalendarDate?
        var weeks: Int?
        try reader.readObject(MarketSchedule.keys) { reader, key in
            switch key {
            case .starts: starts = try CalendarDate(reading: &reader)
            case .weeks: weeks = try reader.readInt()
            }
        }
        self.init(starts: try starts.required(), weeks: try weeks.required())
    }
}

extension MessageKind {
    /// Every kind's raw value as bytes, for matching a file's bytes without a `String`
    /// (`JSONReader.permanentUTF8`), never written after it is made (so shared unchecked).
    nonisolated(unsafe) private static let spellings = allCases.map { (utf8: JSONReader.permanentUTF8(of: $0.rawValue), kind: $0) }

    /// The kind whose raw value `utf8` spells, or nil.
    fileprivate init?(utf8: UnsafeBufferPointer<UInt8>) {
        let match = MessageKind.spellings.withUnsafeBufferPointer { spellings in
            spellings.first { JSONReader.same($0.utf8, utf8) }?.kind
        }
        guard let match else { return nil }
        self = match
    }
}

extension CalendarDate: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        self = try reader.readDate()
    }
}

extension JSONReader {
    /// Reads into `list`, which must be empty, a list that may also be written as `null`,
    /// meaning empty.
    mutating func readListOrNull<Element>(into list: inout [Element], _ element: (inout JSONReader) throws -> Element) throws {
        _ = try readOptional { reader in
            try reader.readEach { reader in
                // Room for a store's usual records at once: growing from one element
                // reallocated every list three or four times.
                if list.capacity == 0 { list.reserveCapacity(8) }
                list.append(try element(&reader))
            }
        }
    }
}

extension Array {
    /// Removes every element, keeping the storage, and does nothing to a list already empty:
    /// most stores have no records, and `removeAll(keepingCapacity:)` costs a call even then.
    @inline(__always)
    fileprivate mutating func empty() {
        if !isEmpty { removeAll(keepingCapacity: true) }
    }
}

extension Optional {
    /// The value of a field the fast path needs; its absence is the Codable path's to report.
    func required() throws -> Wrapped {
        guard let self else { throw JSONReader.Unsupported() }
        return self
    }
}
