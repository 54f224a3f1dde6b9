/// Which keys each object of a dangol file may hold, so that a key dangol does not know (a
/// `"contact"` added by hand) is refused at its place instead of being dropped by the next save.
public indirect enum JSONShape: Sendable {
    /// An object with exactly these optional keys, each with the shape of its value.
    case object([String: JSONShape])
    /// An array whose elements all have one shape.
    case array(JSONShape)
    /// A string, number, true, false or null.
    case scalar

    /// An object of the keys `Key` lists, scalars unless `nested` says otherwise.
    static func object<Key: CodingKey & CaseIterable>(_ keys: Key.Type, nested: [String: JSONShape] = [:]) -> JSONShape {
        .object(Dictionary(uniqueKeysWithValues: keys.allCases.map { ($0.stringValue, nested[$0.stringValue] ?? .scalar) }))
    }
}

/// A file type whose shape the reader checks before decoding.
protocol JSONShaped {
    static var jsonShape: JSONShape { get }
}

extension Market: JSONShaped {
    static var jsonShape: JSONShape {
        .object(CodingKeys.self, nested: [
            CodingKeys.tutors.stringValue: .array(.scalar),
            CodingKeys.schedule.stringValue: .object(MarketSchedule.CodingKeys.self),
            CodingKeys.stores.stringValue: .array(Store.jsonShape),
        ])
    }
}

extension Store {
    static var jsonShape: JSONShape {
        .object(CodingKeys.self, nested: [
            CodingKeys.friendReadings.stringValue: .array(.object(FriendReading.CodingKeys.self)),
            CodingKeys.messages.stringValue: .array(.object(MessageRecord.CodingKeys.self)),
            CodingKeys.posts.stringValue: .array(.scalar),
            CodingKeys.notes.stringValue: .array(.object(Note.CodingKeys.self)),
        ])
    }
}

extension Program: JSONShaped {
    static var jsonShape: JSONShape {
        .object(CodingKeys.self, nested: [
            CodingKeys.awardTiers.stringValue: .array(.object(AwardTier.CodingKeys.self)),
            CodingKeys.rounds.stringValue: .array(.object(Round.CodingKeys.self, nested: [Round.CodingKeys.markets.stringValue: .array(.scalar)])),
        ])
    }
}

extension Team: JSONShaped {
    static var jsonShape: JSONShape {
        .object(CodingKeys.self, nested: [
            CodingKeys.members.stringValue: .array(.object(Member.CodingKeys.self, nested: [
                Member.CodingKeys.markets.stringValue: .array(.scalar),
                Member.CodingKeys.keys.stringValue: .array(.scalar),
            ])),
        ])
    }
}
