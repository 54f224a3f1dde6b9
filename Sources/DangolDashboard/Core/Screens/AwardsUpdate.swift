import DangolKit

/// The award ranking's keys; Enter opens the store.
extension DashboardCore {
    mutating func updateAwards(_ action: Action, _ screen: inout DashboardState.AwardsScreen) -> ScreenStep {
        let picked = screen.entries[safe: screen.list.cursor].map { (store: $0.store.id, market: $0.marketID) }
        return updateStoreList(action, &screen.list, count: screen.entries.count, on: .awards, picked: picked)
    }

    /// The ranking of the market in front, or across the overview's markets.
    mutating func openAwards() -> [Effect] {
        guard let screen = state.market else {
            return [.loadMarkets(state.overviewMarkets.map(\.digest.id), then: .awards)]
        }
        state.stack.append(.awards(DashboardState.AwardsScreen(
            title: screen.market.name, acrossMarkets: false, asOf: screen.asOf,
            entries: AwardRanking.rank(screen.market, tiers: state.awardTiers, asOf: screen.asOf))))
        return []
    }

    /// The ranking across `markets`, read for it.
    mutating func showAwards(of markets: [Market]) {
        state.stack.append(.awards(DashboardState.AwardsScreen(
            title: overviewTitle, acrossMarkets: true, asOf: state.overviewCalendar.commonAsOf,
            entries: AwardRanking.rankProgramme(markets, tiers: state.awardTiers, calendar: state.calendar))))
    }
}
