import DangolKit

/// One store on a market's screen: the store and its figures on the as-of date.
public struct StoreRow: Sendable {
    public let store: Store
    public let figures: StoreFigures

    /// The columns a market's store list can be sorted by, in the order `s` cycles through them.
    enum Column: Int, CaseIterable, SortColumn {
        case name, category, channel, friends, messages, posts, lastActivity, tutor

        var title: Localized {
            switch self {
            case .name: return UIText.store
            case .category: return UIText.category
            case .channel: return UIText.channel
            case .friends: return UIText.friends
            case .messages: return UIText.messages
            case .posts: return UIText.posts
            case .lastActivity: return UIText.lastActivity
            case .tutor: return UIText.tutor
            }
        }

        /// Text sorts A to Z first; figures and dates largest or newest first.
        var startsAscending: Bool {
            self == .name || self == .category || self == .tutor
        }

        /// In ascending order, stores without a value (no channel, no activity) come last.
        func ascending(_ a: StoreRow, _ b: StoreRow) -> Bool? {
            switch self {
            case .name: return order(a.store.name, b.store.name)
            case .category: return orderMissingLast(a.store.category, b.store.category)
            case .channel: return orderMissingLast(a.store.channelOpenedOn, b.store.channelOpenedOn)
            case .friends: return order(a.figures.friends, b.figures.friends)
            case .messages: return order(a.figures.messagesSent, b.figures.messagesSent)
            case .posts: return order(a.figures.posts, b.figures.posts)
            case .lastActivity: return orderMissingLast(a.figures.lastActivity, b.figures.lastActivity)
            case .tutor: return orderMissingLast(a.store.tutor, b.store.tutor)
            }
        }
    }
}

private func orderMissingLast<T: Comparable>(_ a: T?, _ b: T?) -> Bool? {
    switch (a, b) {
    case let (a?, b?): return order(a, b)
    case (nil, nil): return nil
    case (nil, _): return false
    case (_, nil): return true
    }
}
