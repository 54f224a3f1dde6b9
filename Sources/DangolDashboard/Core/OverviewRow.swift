import DangolKit

/// A line of the overview's list: a round's heading with its subtotal, or a market.
public enum OverviewEntry: Hashable, Sendable {
    /// Index into `RoundCalendar.readings`.
    case round(Int)
    /// Index into `DashboardState.overviewRows`.
    case market(Int)
}

/// One market on the overview: its digest, its round and its figures on its round's day.
public struct OverviewRow: Sendable {
    public let digest: MarketDigest
    /// The digest's name and region, read out of its bytes once per row rather than on every
    /// frame that draws, sorts or filters the row.
    public let name: String
    public let region: String
    /// The market's round: its index in the calendar's readings, looked up once here rather
    /// than by id for every row on every refresh.
    public let reading: Int?
    /// The day the market's round is read as of.
    public let asOf: CalendarDate
    public let figures: MarketFigures

    /// `digest`'s row as `calendar` reads it.
    init(digest: MarketDigest, calendar: RoundCalendar) {
        self.digest = digest
        name = digest.name
        region = digest.region
        reading = calendar.readingIndex(ofMarket: digest.id)
        asOf = calendar.asOf(ofMarket: digest.id)
        figures = digest.figures(asOf: asOf)
    }

    /// The columns the overview can be sorted by, in the order `s` cycles through them.
    enum Column: Int, CaseIterable, SortColumn {
        case name, region, eligible, opened, participation, friends, averageFriends, messages, averageMessages, active, activeRate

        var title: Localized {
            switch self {
            case .name: return UIText.market
            case .region: return UIText.region
            case .eligible: return UIText.eligible
            case .opened: return UIText.opened
            case .participation: return UIText.participation
            case .friends: return UIText.friends
            case .averageFriends, .averageMessages: return UIText.average
            case .messages: return UIText.messages
            case .active: return UIText.active
            case .activeRate: return UIText.activeRate
            }
        }

        /// Names sort A to Z first; figures largest first, which is what staff look for.
        var startsAscending: Bool {
            self == .name || self == .region
        }

        func ascending(_ a: OverviewRow, _ b: OverviewRow) -> Bool? {
            switch self {
            case .name: return order(a.name, b.name)
            case .region: return order(a.region, b.region)
            case .eligible: return order(a.figures.eligibleStores, b.figures.eligibleStores)
            case .opened: return order(a.figures.channelsOpened, b.figures.channelsOpened)
            case .participation: return order(a.figures.participationRate, b.figures.participationRate)
            case .friends: return order(a.figures.friends, b.figures.friends)
            case .averageFriends: return order(a.figures.averageFriends, b.figures.averageFriends)
            case .messages: return order(a.figures.messagesSent, b.figures.messagesSent)
            case .averageMessages: return order(a.figures.averageMessages, b.figures.averageMessages)
            case .active: return order(a.figures.activeStores, b.figures.activeStores)
            case .activeRate: return order(a.figures.activeRate, b.figures.activeRate)
            }
        }
    }
}

/// nil when equal, else whether `a` comes first in ascending order.
func order<T: Comparable>(_ a: T, _ b: T) -> Bool? {
    a == b ? nil : a < b
}
