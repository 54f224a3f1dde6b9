import DangolKit

/// Everything the screens show; views are functions of this and nothing else.
public struct DashboardState: Sendable {
    /// A market's screen: its stores with their figures, and the list's cursor, filter and sort.
    public struct MarketScreen: Sendable {
        public var market: Market
        public var figures: MarketFigures
        public var rows: [StoreRow]
        public var list = ListState()
        /// Indices into `rows` after filtering and sorting: what the list shows.
        public var visible: [Int] = []
    }

    /// One store's screen and how far it is scrolled.
    public struct StoreScreen: Sendable {
        public var row: StoreRow
        public var scroll = 0
    }

    public var width: Int
    public var height: Int
    public var options: DisplayOptions
    public var programName: String
    public var asOf: CalendarDate
    public var overviewRows: [OverviewRow]
    /// Market files that could not be read, one sentence each.
    public var problems: [String]
    public var overview = ListState()
    /// Indices into `overviewRows` after filtering and sorting.
    public var overviewVisible: [Int] = []
    public var market: MarketScreen?
    public var store: StoreScreen?
    /// The help screen's scroll position; nil when help is closed.
    public var helpScroll: Int?
    public var isEditingFilter = false
    /// A one-line notice in the status line until the next key, such as a file that failed to load.
    public var notice: String?

    /// The screen in front.
    public var screen: ScreenKind {
        if helpScroll != nil { return .help }
        if store != nil { return .store }
        if market != nil { return .market }
        return .overview
    }

    /// The screen help describes: the one under the help screen.
    var screenUnderHelp: ScreenKind {
        store != nil ? .store : market != nil ? .market : .overview
    }

    /// The programme's totals on the as-of date.
    public var totals: MarketFigures {
        overviewRows.map(\.figures).reduce(MarketFigures(), +)
    }
}
