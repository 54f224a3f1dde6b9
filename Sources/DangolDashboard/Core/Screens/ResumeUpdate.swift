import DangolKit

/// Where a session starts: the member's own market under the overview's cursor, and the screen
/// they were on when their last session ended.
extension DashboardCore {
    /// Puts the overview's cursor on market `id` and, with `opening`, opens its screen (and
    /// store `store`'s over it). A market this person may not read, or that is gone, leaves the
    /// overview as it is; a store that is gone leaves its market's screen.
    public mutating func resume(market id: String, store: String?, opening: Bool) -> [Effect] {
        guard state.overviewRows.contains(where: { $0.digest.id == id }) else { return [] }
        refreshOverview(keeping: id)
        guard opening else { return [] }
        return [.loadMarket(id, then: store.map(MarketRequest.openStore) ?? .open)]
    }
}

extension DashboardState {
    /// What of this session is worth resuming: the round the overview is narrowed to, and the
    /// market and store whose screens are open (under a form, help or a list over them).
    public var resumable: (round: String?, market: String?, store: String?) {
        (round, market?.market.id, store?.row.store.id)
    }
}
