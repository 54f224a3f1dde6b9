/// The digest cache written by `JSONWriter`, the mirror of DigestReading.swift: the same keys
/// as the synthesised `Codable` conformances, so either decoder reads what is written here.
/// `MarketReadingTests` reads entries back both ways.
extension DigestCache.Entry: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("formatVersion", formatVersion)
            object.member("source", source)
            object.member("digest", digest)
        }
    }
}

extension FileStamp: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("inode", inode)
            object.member("size", size)
            object.member("modifiedNanoseconds", modifiedNanoseconds)
        }
    }
}

extension MarketDigest: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("id", id)
            object.member("name", name)
            object.member("region", region)
            object.member("district", district)
            object.member("schedule", schedule)
            object.member("stores", stores)
            object.member("eligibleStores", eligibleStores)
            object.member("ownerAgeTotal", ownerAgeTotal)
            object.member("ownerAgeCount", ownerAgeCount)
            object.member("latestRecordedDate", latestRecordedDate)
            object.member("timeline", timeline)
        }
    }
}

extension MarketDigest.StoreLabel: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("id", id)
            object.member("name", name)
            object.member("category", category)
            object.member("channelOpenedOn", channelOpenedOn)
        }
    }
}

extension MarketDigest.Point: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("on", on)
            object.member("channelsOpened", channelsOpened)
            object.member("friends", friends)
            object.member("messagesSent", messagesSent)
            object.member("posts", posts)
            object.member("activeStores", activeStores)
        }
    }
}

extension MarketSchedule: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeObject { object in
            object.member("starts", starts)
            object.member("weeks", weeks)
        }
    }
}

extension CalendarDate: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.writeUnescapedString(appendISO)
    }
}
