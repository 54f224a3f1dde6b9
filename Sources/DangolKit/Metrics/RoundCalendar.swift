/// The day each round, and so each market, is read as of: the one definition every view,
/// report and command uses.
///
/// - A round runs from its first market's start to its last market's last tutor week plus the
///   round's follow-up weeks (`Round.followUpWeeks`, 4 unless program.json says otherwise).
/// - While it runs it is read as of today; once it is over, as of its last day; an explicit
///   `--as-of` day wins over both. So a later round never changes an earlier round's figures.
/// - A market that has not started by that day counts for nothing (`MarketSchedule.hasStarted`).
/// - Markets in no round form one more round, after the others, read by the same rule.
/// - A round none of whose markets has a schedule has no known end: it is read as of today,
///   but not past the latest day its records mention.
public struct RoundCalendar: Sendable {
    /// One round as it is read: its markets present in the data and its day.
    public struct Reading: Sendable, Identifiable {
        /// The round; the markets in no round have one with an empty id and name.
        public var round: Round
        /// The round's markets that have files, in programme order.
        public var marketIDs: [String]
        /// The day the round's figures are for.
        public var asOf: CalendarDate
        /// The round's last day, follow-up included, when its markets have schedules.
        public var ends: CalendarDate?
        /// Whether today is on or before the round's last day (or the end is unknown).
        public var isRunning: Bool

        public var id: String { round.id }
        /// Whether this stands for the markets program.json puts in no round.
        public var isUnassigned: Bool { round.id.isEmpty }
    }

    /// The rounds that have markets, in program.json's order, the unassigned markets last.
    public let readings: [Reading]
    /// The day asked for on the command line, if any.
    public let requested: CalendarDate?
    private let today: CalendarDate
    private let readingOfMarket: [String: Int]

    /// Reads `rounds` over the markets `digests` summarise (in programme order).
    public init(rounds: [Round], digests: [MarketDigest], today: CalendarDate, requested: CalendarDate?) {
        let byID = Dictionary(digests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let assigned = Set(rounds.flatMap(\.markets))
        let unassigned = digests.map(\.id).filter { !assigned.contains($0) }
        var groups = rounds.map { round in (round, digests.map(\.id).filter(Set(round.markets).contains)) }
        if !unassigned.isEmpty { groups.append((Round(id: "", name: "", markets: unassigned), unassigned)) }
        let readings = groups.filter { !$0.1.isEmpty }.map { round, ids in
            RoundCalendar.reading(round, members: ids.compactMap { byID[$0] }, today: today, requested: requested)
        }
        self.init(readings: readings, requested: requested, today: today)
    }

    private init(readings: [Reading], requested: CalendarDate?, today: CalendarDate) {
        self.readings = readings
        self.requested = requested
        self.today = today
        readingOfMarket = Dictionary(readings.enumerated().flatMap { index, reading in reading.marketIDs.map { ($0, index) } },
                                     uniquingKeysWith: { first, _ in first })
    }

    private static func reading(_ round: Round, members: [MarketDigest], today: CalendarDate, requested: CalendarDate?) -> Reading {
        let lastTutorDay = members.compactMap(\.schedule?.ends).max()
        let ends = lastTutorDay?.adding(days: 7 * round.followUpWeeks)
        let isRunning = ends.map { today <= $0 } ?? true
        let natural: CalendarDate
        if let ends {
            natural = isRunning ? today : ends
        } else {
            natural = members.compactMap(\.latestRecordedDate).max().map { min(today, $0) } ?? today
        }
        return Reading(round: round, marketIDs: members.map(\.id), asOf: requested ?? natural, ends: ends, isRunning: isRunning)
    }

    /// The reading of the round market `id` is in.
    public func reading(ofMarket id: String) -> Reading? {
        readingIndex(ofMarket: id).map { readings[$0] }
    }

    /// The index in `readings` of the round market `id` is in.
    public func readingIndex(ofMarket id: String) -> Int? {
        readingOfMarket[id]
    }

    /// The day market `id` is read as of; a market the calendar has not seen reads as of today.
    public func asOf(ofMarket id: String) -> CalendarDate {
        reading(ofMarket: id)?.asOf ?? requested ?? today
    }

    /// A market's figures on its round's day.
    public func figures(of digest: MarketDigest) -> MarketFigures {
        digest.figures(asOf: asOf(ofMarket: digest.id))
    }

    /// The day all of the calendar's rounds share, or nil when they are read on different days.
    public var commonAsOf: CalendarDate? {
        // Without building a set of the days: every frame of the overview asks, twice.
        guard let first = readings.first?.asOf else { return requested ?? today }
        return readings.allSatisfy { $0.asOf == first } ? first : nil
    }

    /// The same days for fewer markets: each round keeps the day all its markets gave it, so
    /// narrowing a report to one market never moves that market's as-of day.
    public func keeping(round roundID: String? = nil, markets keep: (String) -> Bool = { _ in true }) -> RoundCalendar {
        let kept = readings.compactMap { reading -> Reading? in
            guard roundID == nil || reading.id == roundID else { return nil }
            var reading = reading
            reading.marketIDs = reading.marketIDs.filter(keep)
            return reading.marketIDs.isEmpty ? nil : reading
        }
        return RoundCalendar(readings: kept, requested: requested, today: today)
    }

    /// Whether round `id` has markets in the data (the empty id is the markets in no round).
    public func contains(round id: String) -> Bool {
        readings.contains { $0.id == id }
    }
}
