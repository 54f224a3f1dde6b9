/// What an eligible store needs next, on a day: one table of rules that the tutor's worklist
/// and the merchant's one-page printout both read, each in its own words.
public enum StoreAttention: Sendable, Equatable {
    /// The channel has not opened.
    case notOpened
    /// The friend count was last read `days` days ago (nil: never).
    case readingDue(days: Int?)
    /// No message or post for `days` days (nil: never): the channel is going quiet, well
    /// before the store stops counting as active (`ActivityWindow`).
    case quiet(days: Int?)
    /// The last two friend readings did not grow; the count is the latest.
    case stalled(friends: Int)

    /// A friend reading older than this many days is due again.
    public static let readingDays = 7
    /// No message or post for this many days means the channel is going quiet.
    public static let quietDays = 14

    /// Everything `store` needs on `day`, in the order to act on it; empty for a store that is
    /// not eligible, or needs nothing.
    public static func needs(of store: Store, on day: CalendarDate) -> [StoreAttention] {
        guard store.eligible else { return [] }
        guard let opened = store.channelOpenedOn, opened <= day else { return [.notOpened] }
        var needs: [StoreAttention] = []
        let readings = store.friendReadings.filter { $0.on <= day }
        let readingAge = readings.last.map { day.days(since: $0.on) }
        if readingAge.map({ $0 >= readingDays }) ?? true { needs.append(.readingDue(days: readingAge)) }
        let quietFor = store.figures(asOf: day).lastActivity.map { day.days(since: $0) }
        if quietFor.map({ $0 >= quietDays }) ?? true { needs.append(.quiet(days: quietFor)) }
        if let last = readings.last, readings.count >= 2, last.count <= readings[readings.count - 2].count {
            needs.append(.stalled(friends: last.count))
        }
        return needs
    }

    /// For the tutor's worklist: why to visit, in a few words.
    public var reason: Localized {
        switch self {
        case .notOpened: return Localized("채널 미개설", "channel not opened")
        case .readingDue(nil): return Localized("친구 기록 없음", "no friend reading yet")
        case .readingDue(let days?): return Localized("친구 기록 \(days)일 전", "friends last read \(days) days ago")
        case .quiet(nil): return Localized("메시지/포스트 없음", "no message or post yet")
        case .quiet(let days?): return Localized("메시지/포스트 \(days)일 없음", "no message or post for \(days) days")
        case .stalled(let friends): return Localized("친구 수 그대로 (\(friends))", "friends stopped growing at \(friends)")
        }
    }

    /// For the merchant's printout: what to do, in a sentence.
    public var advice: Localized {
        switch self {
        case .notOpened:
            return Localized("카카오톡 채널을 열어 보세요. 담당 튜터가 휴대전화로 함께 만들어 드립니다.",
                             "Open a KakaoTalk Channel: your tutor will set it up with you on your phone.")
        case .readingDue:
            return Localized("채널 친구 수를 튜터에게 알려 주세요. 관리자 화면 첫 쪽에 있습니다.",
                             "Tell your tutor your channel's friend count; it is on the first page of the admin app.")
        case .quiet:
            let days = ActivityWindow.days
            return Localized("이번 주에 메시지나 포스트를 하나 올려 보세요. 할인, 새로 들어온 물건, 쉬는 날 안내면 됩니다. \(days)일 안에 하나라도 있으면 '활성' 점포입니다.",
                             "Send a message or a post this week: a discount, new stock, a closing day. One within \(days) days keeps the store active.")
        case .stalled:
            return Localized("친구가 늘지 않고 있습니다. 계산대 옆 QR 안내문과 친구 추가 쿠폰으로 손님을 모아 보세요.",
                             "Friends have stopped growing: a QR sign at the counter and a coupon for adding the channel bring customers in.")
        }
    }
}
