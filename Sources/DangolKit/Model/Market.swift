/// A traditional market (전통시장) in the programme, with its tutors and its stores.
public struct Market: Hashable, Sendable, Identifiable {
    /// The market file's format; files with a larger number are refused, never downgraded.
    public static let schemaVersion = 1

    /// Stable identifier, also the file name: lowercase ASCII letters, digits and hyphens.
    public var id: String
    public var name: String
    /// 시/도, for example 서울 or 제주.
    public var region: String
    /// 시/군/구, for example 양천구.
    public var district: String?
    public var tutors: [String]
    public var schedule: MarketSchedule?
    public var stores: [Store]

    public init(
        id: String, name: String, region: String, district: String? = nil, tutors: [String] = [],
        schedule: MarketSchedule? = nil, stores: [Store] = []
    ) {
        self.id = id
        self.name = name
        self.region = region
        self.district = district
        self.tutors = tutors
        self.schedule = schedule
        self.stores = stores
    }

    /// The index of the store with `id`, if the market has one.
    public func storeIndex(id: String) -> Int? {
        stores.firstIndex { $0.id == id }
    }

    /// The latest date any store's records mention.
    public var latestRecordedDate: CalendarDate? {
        // By index: `reduce` copied every store, a cost seen at 200,000 stores.
        var latest: CalendarDate?
        for index in stores.indices {
            latest = CalendarDate.later(latest, stores[index].latestRecordedDate)
        }
        return latest
    }
}

extension Market: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable {
        case schemaVersion, id, name, region, district, tutors, schedule, stores
    }

    /// Decodes a market file, refusing one written by a newer dangol before reading anything else.
    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        try SchemaVersion.check(values, key: .schemaVersion, supported: Market.schemaVersion)
        id = try values.decode(String.self, forKey: .id)
        name = try values.decode(String.self, forKey: .name)
        region = try values.decode(String.self, forKey: .region)
        district = try values.decodeIfPresent(String.self, forKey: .district)
        tutors = try values.decodeIfPresent([String].self, forKey: .tutors) ?? []
        schedule = try values.decodeIfPresent(MarketSchedule.self, forKey: .schedule)
        stores = try values.decodeIfPresent([Store].self, forKey: .stores) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var values = encoder.container(keyedBy: CodingKeys.self)
        try values.encode(Market.schemaVersion, forKey: .schemaVersion)
        try values.encode(id, forKey: .id)
        try values.encode(name, forKey: .name)
        try values.encode(region, forKey: .region)
        try values.encodeIfPresent(district, forKey: .district)
        try values.encodeUnlessEmpty(tutors, forKey: .tutors)
        try values.encodeIfPresent(schedule, forKey: .schedule)
        try values.encodeUnlessEmpty(stores, forKey: .stores)
    }
}
