import DangolKit

/// Keeping the overview's rows, totals and sparkline up to date as market digests change.
extension DashboardCore {
    /// Puts changed digests in place of the overview's. When every one is a market already
    /// shown that keeps its round's day, only those rows are worked out again (a save elsewhere
    /// changes one market: the other 1,399 stay as they are); otherwise the calendar is resolved
    /// again for the new set of markets. - Returns: the effects that needs.
    mutating func applyDigests(_ digests: [String: MarketDigest], removed: Set<String>, problems: [String]) -> [Effect] {
        guard !digests.isEmpty || !removed.isEmpty || problems != state.problems else { return [] }
        if problems.isEmpty, state.problems.isEmpty, removed.isEmpty, let replacements = replacements(digests) {
            if replacements.allSatisfy(keepsItsRoundsDay) {
                let selected = state.selectedOverviewMarket
                let narrowed = state.narrowedReading
                var openings = state.overviewWeeklyOpenings
                var patched = true
                var reordered = state.overview.sortColumn != nil
                for (index, digest) in replacements {
                    let old = state.overviewRows[index]
                    let new = OverviewRow(digest: digest, calendar: state.calendar)
                    state.overviewRows[index] = new
                    state.overviewSums.replace(old, with: new)
                    reordered = reordered || old.name != new.name || old.region != new.region
                    if state.round == nil || old.reading == narrowed {
                        patched = patched && openings.replace(old.digest, with: digest, calendar: state.calendar)
                    }
                }
                state.overviewWeeklyOpenings = patched ? openings : WeeklyOpenings(state.overviewMarkets, calendar: state.calendar)
                // In programme order, with the same names, every row keeps its place.
                if reordered { refreshOverview(keeping: selected) }
                return []
            }
        }
        let kept = state.overviewRows.map(\.digest).filter { !removed.contains($0.id) && digests[$0.id] == nil }
        let all = (kept + digests.values).sorted(by: MarketDigest.programmeOrder)
        return [resolveCalendar(of: all, problems: problems)]
    }

    /// Each changed digest with its row's index, when every one is a market already shown
    /// whose place in programme order stays; nil otherwise (a market added, or a start date moved).
    private func replacements(_ digests: [String: MarketDigest]) -> [(index: Int, digest: MarketDigest)]? {
        var replacements: [(index: Int, digest: MarketDigest)] = []
        for digest in digests.values {
            guard let index = rowIndex(inProgrammeOrder: digest) else { return nil }
            replacements.append((index, digest))
        }
        return replacements
    }

    /// The index of the row with `digest`'s id, found by bisection where `digest` falls in
    /// programme order (the order of `overviewRows`); nil when that is not where the row is.
    private func rowIndex(inProgrammeOrder digest: MarketDigest) -> Int? {
        let rows = state.overviewRows
        var low = 0
        var high = rows.count
        while low < high {
            let middle = (low + high) / 2
            if MarketDigest.programmeOrder(rows[middle].digest, digest) { low = middle + 1 } else { high = middle }
        }
        guard low < rows.count, rows[low].digest.id == digest.id,
              rows[low].digest.schedule?.starts == digest.schedule?.starts else { return nil }
        return low
    }

    /// Whether a market's new digest leaves its round's as-of day where it was: the same
    /// schedule, and, for a round without one, the same latest record (`RoundCalendar`).
    private func keepsItsRoundsDay(_ replacement: (index: Int, digest: MarketDigest)) -> Bool {
        let old = state.overviewRows[replacement.index].digest
        let new = replacement.digest
        guard new.schedule == old.schedule else { return false }
        return state.calendar.reading(ofMarket: new.id)?.ends != nil || new.latestRecordedDate == old.latestRecordedDate
    }

    /// The overview of `digests` (in programme order), each round on its day in the calendar
    /// as now resolved; open market screens whose day moved are worked out again.
    mutating func showOverview(of digests: [MarketDigest], problems: [String], keeping selected: String?) {
        if let round = state.round, !state.calendar.contains(round: round) { state.round = nil }
        state.overviewRows = digests.map { OverviewRow(digest: $0, calendar: state.calendar) }
        state.overviewSums = OverviewTotals(state.overviewRows, readings: state.calendar.readings.count)
        state.overviewWeeklyOpenings = WeeklyOpenings(state.overviewMarkets, calendar: state.calendar)
        state.problems = problems
        refreshOverview(keeping: selected)
        let moved = state.stack.compactMap { screen -> Market? in
            guard case .market(let market) = screen, market.asOf != state.calendar.asOf(ofMarket: market.market.id) else { return nil }
            return market.market
        }
        for market in moved { _ = show(market) }
    }
}
