/// A dated count of a store's KakaoTalk Channel friends, as a tutor read it off the owner's phone.
public struct FriendReading: Codable, Hashable, Sendable {
    public var on: CalendarDate
    public var count: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case on, count
    }

    public init(on: CalendarDate, count: Int) {
        self.on = on
        self.count = count
    }
}

/// What a channel message was for: 광고 (sales, discounts, new stock) or 정보 (opening hours, notices).
public enum MessageKind: String, Codable, CaseIterable, Sendable {
    case ad
    case info

    /// The kind a person typed: `ad` or `info`, or in Korean 광고 or 정보 (a form, `--kind`).
    public init?(typed text: String) {
        switch text.trimmingWhitespace.lowercased() {
        case "ad", "광고": self = .ad
        case "info", "정보": self = .info
        default: return nil
        }
    }
}

/// One day's channel messages of one kind: `count` messages sent on `on`.
public struct MessageRecord: Codable, Hashable, Sendable {
    public var on: CalendarDate
    public var kind: MessageKind
    public var count: Int

    enum CodingKeys: String, CodingKey, CaseIterable {
        case on, kind, count
    }

    public init(on: CalendarDate, kind: MessageKind, count: Int) {
        self.on = on
        self.kind = kind
        self.count = count
    }
}

/// A dated free-text note about a store, with who wrote it.
public struct Note: Codable, Hashable, Sendable {
    public var on: CalendarDate
    public var author: String
    public var text: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case on, author, text
    }

    public init(on: CalendarDate, author: String, text: String) {
        self.on = on
        self.author = author
        self.text = text
    }
}
