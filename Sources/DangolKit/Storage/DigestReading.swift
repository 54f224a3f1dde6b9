/// The digest cache read by `JSONReader`, so opening the dashboard on 1,400 markets costs
/// milliseconds. A cache entry it cannot read is simply rebuilt from the market file.
extension DigestCache.Entry: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        var formatVersion: Int?
        var source: FileStamp?
        var digest: MarketDigest?
        try reader.readObject { reader, key in
            switch key {
            case "formatVersion": formatVersion = try reader.readInt()
            case "source": source = try FileStamp(reading: &reader)
            case "digest": digest = try MarketDigest(reading: &reader)
            default: throw JSONReader.Unsupported()
            }
        }
        self.init(formatVersion: try formatVersion.required(), source: try source.required(), digest: try digest.required())
    }
}

extension FileStamp: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        var inode: Int?
        var size: Int?
        var modified: Int?
        try reader.readObject { reader, key in
            switch key {
            case "inode": inode = try reader.readInt()
            case "size": size = try reader.readInt()
            case "modifiedNanoseconds": modified = try reader.readInt()
            default: throw JSONReader.Unsupported()
            }
        }
        self.init(inode: UInt64(truncatingIfNeeded: try inode.required()), size: Int64(try size.required()),
                  modifiedNanoseconds: Int64(try modified.required()))
    }
}

extension MarketDigest: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        var id, name, region: String?
        var district: String?
        var schedule: MarketSchedule?
        var stores: [StoreLabel]?
        var eligibleStores, ownerAgeTotal, ownerAgeCount: Int?
        var latestRecordedDate: CalendarDate?
        var timeline: [Point]?
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try reader.readString()
            case "name": name = try reader.readString()
            case "region": region = try reader.readString()
            case "district": district = try reader.readOptional { try $0.readString() }
            case "schedule": schedule = try reader.readOptional(MarketSchedule.init(reading:))
            case "stores": stores = try reader.readList(StoreLabel.init(reading:))
            case "eligibleStores": eligibleStores = try reader.readInt()
            case "ownerAgeTotal": ownerAgeTotal = try reader.readInt()
            case "ownerAgeCount": ownerAgeCount = try reader.readInt()
            case "latestRecordedDate": latestRecordedDate = try reader.readOptional(CalendarDate.init(reading:))
            case "timeline": timeline = try reader.readList(Point.init(reading:))
            default: throw JSONReader.Unsupported()
            }
        }
        self.id = try id.required()
        self.name = try name.required()
        self.region = try region.required()
        self.district = district
        self.schedule = schedule
        self.stores = try stores.required()
        self.eligibleStores = try eligibleStores.required()
        self.ownerAgeTotal = try ownerAgeTotal.required()
        self.ownerAgeCount = try ownerAgeCount.required()
        self.latestRecordedDate = latestRecordedDate
        self.timeline = try timeline.required()
    }
}

extension MarketDigest.StoreLabel: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        var id, name: String?
        var label = MarketDigest.StoreLabel(id: "", name: "")
        try reader.readObject { reader, key in
            switch key {
            case "id": id = try reader.readString()
            case "name": name = try reader.readString()
            case "category": label.category = try reader.readOptional { try $0.readString() }
            case "channelOpenedOn": label.channelOpenedOn = try reader.readOptional(CalendarDate.init(reading:))
            default: throw JSONReader.Unsupported()
            }
        }
        label.id = try id.required()
        label.name = try name.required()
        self = label
    }
}

extension MarketDigest.Point: JSONReadable {
    init(reading reader: inout JSONReader) throws {
        var on: CalendarDate?
        var opened, friends, messages, posts, active: Int?
        try reader.readObject { reader, key in
            switch key {
            case "on": on = try CalendarDate(reading: &reader)
            case "channelsOpened": opened = try reader.readInt()
            case "friends": friends = try reader.readInt()
            case "messagesSent": messages = try reader.readInt()
            case "posts": posts = try reader.readInt()
            case "activeStores": active = try reader.readInt()
            default: throw JSONReader.Unsupported()
            }
        }
        self.init(on: try on.required(), channelsOpened: try opened.required(), friends: try friends.required(),
                  messagesSent: try messages.required(), posts: try posts.required(), activeStores: try active.required())
    }
}
