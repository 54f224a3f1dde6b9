import Foundation
import DangolKit

/// Everything the screens show; views are functions of this and nothing else.
public struct DashboardState: Sendable {
    /// A market's screen: its stores with their figures, and the list's cursor, filter and sort.
    public struct MarketScreen: Sendable {
        public var market: Market
        /// The day the market's round is read as of (`RoundCalendar`).
        public var asOf: CalendarDate
        public var figures: MarketFigures
        /// The market's figures week by week, for its charts.
        public var weeks: [WeekFigures]
        public var rows: [StoreRow]
        public var list = ListState()
        /// Indices into `rows` after filtering and sorting: what the list shows.
        public var visible: [Int] = []
        /// Whether the weekly charts show instead of the store list.
        public var showCharts = false

        /// Market `market`'s screen as of `asOf`, its list in file order.
        init(market: Market, asOf: CalendarDate, showCharts: Bool) {
            self.market = market
            self.asOf = asOf
            figures = market.figures(asOf: asOf)
            weeks = MarketDigest(market: market).weekly(asOf: asOf)
            rows = market.stores.map { StoreRow(store: $0, figures: $0.figures(asOf: asOf)) }
            self.showCharts = showCharts
        }

        /// The same screen over `market` as it is now, or as of another day; the list keeps its
        /// filter, sort and charts (the caller puts the cursor back).
        func showing(_ market: Market, asOf: CalendarDate) -> MarketScreen {
            var screen = MarketScreen(market: market, asOf: asOf, showCharts: showCharts)
            screen.list = list
            return screen
        }

        /// The store the cursor is on.
        var selectedRow: StoreRow? {
            visible[safe: list.cursor].map { rows[$0] }
        }
    }

    /// One store's screen, its history from the journal, and how far it is scrolled.
    public struct StoreScreen: Sendable {
        public var row: StoreRow
        public var history: [JournalEntry] = []
        /// The screen's lines, laid out when the store, its history or the width change, so
        /// moving over them lays out nothing.
        var page: StorePage
        public var scroll = 0
        /// The record picked to correct or delete, an index into `StoreRecord.all(of:)`; nil
        /// before the first ↑ or ↓, and for a store with no records.
        public var selected: Int?
        /// Whether its market's screen was opened with it (from a list of several markets'
        /// stores), and so closes with it.
        var openedWithMarket = false

        /// The picked record, if it is still there.
        public var selectedRecord: StoreRecord? {
            selected.flatMap { StoreRecord.all(of: row.store)[safe: $0] }
        }
    }

    /// The day's worklist: stores needing a visit, for one market or for the user's stores.
    public struct WorklistScreen: Sendable {
        public var title: String
        /// The day every listed market is read as of, or nil when their rounds differ.
        public var asOf: CalendarDate?
        /// Whether the list covers several markets (and so names each store's).
        public var acrossMarkets: Bool
        public var items: [WorkItem]
        public var list = ListState()
    }

    /// The award ranking of one market or of the whole programme.
    public struct AwardsScreen: Sendable {
        public var title: String
        public var acrossMarkets: Bool
        /// The day every ranked market is read as of, or nil when their rounds differ.
        public var asOf: CalendarDate?
        public var entries: [AwardRanking.Entry]
        public var list = ListState()
    }

    /// Finding a store anywhere in the programme by name or initials.
    ///
    /// Every store is a place in the digests, eight bytes, and its name is matched on the search
    /// key its digest keeps: with the digests mapped from the cache, a search over 200,000 stores
    /// copies none of their names.
    public struct SearchScreen: Sendable {
        /// One store of the programme, as drawn and opened.
        public struct Entry: Sendable {
            public var marketID: String
            public var marketName: String
            public var store: MarketDigest.StoreLabel
        }

        /// Where a store is: its market among `markets`, and its index there.
        struct Place: Sendable {
            var market: Int32
            var store: Int32
        }

        /// The markets searched, as the overview lists them.
        let markets: [MarketDigest]
        /// Every store of every market, built once when the search opens.
        let places: [Place]
        public var query = ""
        /// Indices into the stores: those matching the query.
        public var visible: [Int] = []
        /// Each shorter query typed so far with its matches, so Backspace costs nothing.
        var earlierMatches: [(query: String, visible: [Int])] = []
        public var list = ListState()

        /// A search over every store of `markets`, all of them matching the empty query.
        init(markets: [MarketDigest]) {
            self.markets = markets
            places = markets.indices.flatMap { market in
                markets[market].stores.indices.map { Place(market: Int32(market), store: Int32($0)) }
            }
            visible = Array(places.indices)
        }

        /// How many stores there are to search.
        public var storeCount: Int {
            places.count
        }

        /// Store `index` as drawn, read from its digest.
        public func entry(_ index: Int) -> Entry {
            let market = markets[Int(places[index].market)]
            return Entry(marketID: market.id, marketName: market.name, store: market.stores[Int(places[index].store)])
        }

        /// The stores among `candidates` whose name matches the query.
        func matches(among candidates: [Int]) -> [Int] {
            let prepared = HangulSearch.Prepared(query)
            var matching: [Int] = []
            // Candidates come market by market: each market's stores are looked up once, not per store.
            var current: (market: Int32, stores: MarketDigest.StoreLabels)?
            for index in candidates {
                let place = places[index]
                if current?.market != place.market { current = (place.market, markets[Int(place.market)].stores) }
                if current?.stores.name(at: Int(place.store), matches: prepared) == true { matching.append(index) }
            }
            return matching
        }

        /// The matches of the query just shortened, taken from the earlier queries' matches.
        mutating func matchesAfterBackspace() -> [Int] {
            // Usually the top entry; deeper when a combining mark had joined the letter before it.
            while let earlier = earlierMatches.popLast() {
                if earlier.query == query { return earlier.visible }
            }
            return matches(among: Array(places.indices))
        }
    }

    /// Who is using the dashboard and whether they may change anything.
    public struct Session: Sendable {
        public var author: String
        public var readOnly: Bool
        public var today: CalendarDate
        /// The moment as the runner last read the clock: what a save is stamped with.
        public var now: Date
        /// Whether `today` follows `now` past midnight (false when the day is pinned).
        public var followsClock: Bool
        /// The local midnight at which `today` moves on (the distant future when pinned).
        public var dayEnds: Date
        /// What the person may read and write, from team.json as the runner last read it.
        public var rights: Rights

        /// The team member working, in a `dangol session`; nil for the folder's own user.
        public var member: Member? {
            rights.member
        }

        public init(author: String, readOnly: Bool, today: CalendarDate, now: Date, followsClock: Bool = false,
                    dayEnds: Date = .distantFuture, rights: Rights) {
            self.author = author
            self.readOnly = readOnly
            self.today = today
            self.now = now
            self.followsClock = followsClock
            self.dayEnds = dayEnds
            self.rights = rights
        }
    }

    public var width: Int
    public var height: Int
    public var options: DisplayOptions
    public var session: Session
    public var programName: String
    /// The programme's rounds, from program.json.
    public var rounds: [Round] = []
    /// The day each round is read as of, re-resolved whenever the data changes.
    public var calendar: RoundCalendar
    public var requestedAsOf: CalendarDate?
    /// The round the overview is narrowed to (`r`, `--round`), or nil for every round.
    public var round: String?
    /// One row per market, in programme order (`MarketDigest.programmeOrder`).
    public var overviewRows: [OverviewRow]
    /// The rows' totals and each round's subtotal, kept as the rows change.
    public var overviewSums = OverviewTotals()
    /// Market files that could not be read, one sentence each.
    public var problems: [String]
    public var overview = ListState()
    /// The overview's list after filtering and sorting: round headings and markets.
    public var overviewVisible: [OverviewEntry] = []
    /// Channels opened by the end of each programme week over the overview's markets, for its
    /// sparkline: worked out when the rows change, not on every frame.
    public var overviewWeeklyOpenings = WeeklyOpenings()
    /// Other sessions' saves not read yet, and when to read them.
    public var pendingReads = PendingReads()
    /// The screens over the overview, the one in front last (`Screen`).
    public var stack: [Screen] = []
    /// Whether the overview shows its weekly charts instead of the table.
    public var showCharts = false
    public var awardTiers: [AwardTier] = AwardTier.standard
    public var isEditingFilter = false
    /// A one-line notice in the status line until the next key, such as a file that failed to load.
    public var notice: String?
    /// The undo waiting for `y`, asked because it is not of the store on screen.
    public var undoQuestion: Effect?
    /// The change being undone, for the notice that says it was.
    public var undoing: JournalEntry?
    /// Why the session is over (the member was removed from team.json); the backend then ends it.
    public var ended: String?

    /// The markets the overview covers: every market, or the narrowed round's.
    public var overviewMarkets: [OverviewRow] {
        guard round != nil else { return overviewRows }
        let index = narrowedReading
        return overviewRows.filter { $0.reading == index }
    }

    /// The index in the calendar's readings of the round the overview is narrowed to.
    var narrowedReading: Int? {
        round.flatMap { id in calendar.readings.firstIndex { $0.id == id } }
    }

    /// The round the overview is narrowed to, as the calendar reads it.
    public var narrowedRound: RoundCalendar.Reading? {
        narrowedReading.map { calendar.readings[$0] }
    }

    /// The days the overview's markets are read as of: the whole calendar, or the narrowed round.
    public var overviewCalendar: RoundCalendar {
        guard let round else { return calendar }
        return calendar.keeping(round: round)
    }

    /// The overview's totals, each market on its round's day.
    public var totals: MarketFigures {
        guard round != nil else { return overviewSums.all }
        return narrowedReading.map { overviewSums.rounds[$0] } ?? MarketFigures()
    }

    /// The widths of the averages of the overview's markets.
    public var overviewAverageWidths: AverageWidths {
        guard round != nil else { return overviewSums.allAverages }
        return narrowedReading.map { overviewSums.roundAverages[$0] } ?? AverageWidths()
    }

    /// Whether the overview lists markets under a heading per round.
    public var groupsByRound: Bool {
        round == nil && calendar.readings.count > 1
    }

    /// The market row a list entry stands for, if it is one.
    public func overviewRow(_ entry: OverviewEntry?) -> OverviewRow? {
        guard case .market(let index)? = entry else { return nil }
        return overviewRows[index]
    }

    /// The market the overview's cursor is on, if it is on a market.
    var selectedOverviewMarket: String? {
        overviewRow(overviewVisible[safe: overview.cursor])?.digest.id
    }
}
