/// The market file read by `JSONReader`: the same fields, defaults and types as the `Codable`
/// conformances in Model/, which stay the reference. Keys are the models' own `CodingKeys`
/// (`JSONReader.KeyTable`), switched over exhaustively, so a field added there cannot be missed
/// here. `MarketReadingTests` checks that both read every sample and generated market, and one
/// with every key filled, identically.
extension Market: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        var version: Int?
        var id: String?
        var name: String?
        var region: String?
        var district: String?
        var tutors: [String] = []
        var schedule: MarketSchedule?
        var stores: [Store] = []
        try reader.readObject(Market.keys) { reader, key in
            switch key {
            case .schemaVersion: version = try reader.readInt()
            case .id: id = try reader.readString()
            case .name: name = try reader.readString()
            case .region: region = try reader.readString()
            case .district: district = try reader.readOptional { try $0.readString() }
            case .tutors: tutors = try reader.readListOrNull { try $0.readRecurringString() }
            case .schedule: schedule = try reader.readOptional(MarketSchedule.init(reading:))
            case .stores: stores = try reader.readListOrNull(Store.init(reading:))
            }
        }
        // Other versions are refused, or their error located, by the Codable path.
        guard version == Market.schemaVersion else { throw JSONReader.Unsupported() }
        self.init(id: try id.required(), name: try name.required(), region: try region.required(),
                  district: district, tutors: tutors, schedule: schedule, stores: stores)
    }
}

extension Store: JSONReadable {
    private static let keys = JSONReader.KeyTable(CodingKeys.self)

    init(reading reader: inout JSONReader) throws {
        // Fields go into locals and the store is made once: building a `Store` first and
        // setting its fields copied the whole store per file entry.
        var id: String?
        var name: String?
        var category: String?
        var ownerAge: Int?
        var eligible = true
        var tutor: String?
        var channelOpenedOn: CalendarDate?
        var friendReadings: [FriendReading] = []
        var messages: [MessageRecord] = []
        var posts: [CalendarDate] = []
        var notes: [Note] = []
        try reader.readObject(Store.keys) { reader, key in
            switch key {
            case .id: id = try reader.readString()
            case .name: name = try reader.readString()
            case .category: category = try reader.readOptional { try $0.readRecurringString() }
            case .ownerAge: ownerAge = try reader.readOptional { try $0.readInt() }
            case .eligible: eligible = try reader.readOptional { try $0.readBool() } ?? true
            case .tutor: tutor = try reader.readOptional { try $0.readRecurringString() }
            case .channelOpenedOn: channelOpenedOn = try reader.readOptional(CalendarDate.init(reading:))
            case .friendReadings: friendReadings = try reader.readListOrNull(FriendReading.init(reading:))
            case .messages: messages = try reader.readListOrNull(MessageRecord.init(reading:))
            case .posts: posts = try reader.readListOrNull(CalendarDate.init(reading:))
            case .notes: notes = try reader.readListOrNull(Note.init(reading:))
            }
        }
        self.init(id: try id.required(), name: try name.required(), category: category, ownerAge: ownerAge,
                  eligible: eligible, tutor: tutor, channelOpenedOn: channelOpenedOn, friendReadings: friendReadings,
                  messages: messages, posts: posts, notes: notes)
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
    /// Every kind's raw value as bytes, for matching a file's bytes without a `String`.
    private static let spellings = allCases.map { (utf8: Array($0.rawValue.utf8), kind: $0) }

    /// The kind whose raw value `utf8` spells, or nil.
    fileprivate init?(utf8: UnsafeBufferPointer<UInt8>) {
        guard let match = MessageKind.spellings.first(where: { $0.utf8.elementsEqual(utf8) }) else { return nil }
        self = match.kind
    }
}

extension CalendarDate: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        // Ten bytes, digits and dashes only (`isoBytes`), so neither a quote nor a backslash.
        self = try reader.readUnescapedString(count: 10) { CalendarDate(isoBytes: $0) }
    }
}

extension JSONReader {
    /// A list that may also be written as `null`, meaning empty.
    mutating func readListOrNull<Element>(_ element: (inout JSONReader) throws -> Element) throws -> [Element] {
        try readOptional { try $0.readList(element) } ?? []
    }
}

extension Optional {
    /// The value of a field the fast path needs; its absence is the Codable path's to report.
    func required() throws -> Wrapped {
        guard let self else { throw JSONReader.Unsupported() }
        return self
    }
}
