import DangolKit

/// The worklist's keys: stores needing a visit; Enter opens one.
extension DashboardCore {
    mutating func updateWorklist(_ action: Action, _ screen: inout DashboardState.WorklistScreen) -> ScreenStep {
        let picked = screen.items[safe: screen.list.cursor].map { (store: $0.store.id, market: $0.marketID) }
        return updateStoreList(action, &screen.list, count: screen.items.count, on: .worklist, picked: picked)
    }

    /// The keys of every list of stores (worklist, awards, search): moving, Enter opening the
    /// `picked` store, Esc closing the list.
    func updateStoreList(_ action: Action, _ list: inout ListState, count: Int, on kind: ScreenKind,
                         picked: (store: String, market: String)?) -> ScreenStep {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            list.move(action, count: count, page: ScreenLayout.page(kind, state))
        case .open:
            guard let picked else { break }
            return openStore(picked.store, in: picked.market)
        case .back: return .closes
        default: break
        }
        return .stays
    }

    /// The worklist of the market in front, or across the overview's markets for the user.
    mutating func openWorklist() -> [Effect] {
        guard let screen = state.market else {
            return [.loadMarkets(state.overviewMarkets.map(\.digest.id), then: .worklist)]
        }
        state.stack.append(.worklist(DashboardState.WorklistScreen(
            title: screen.market.name, asOf: screen.asOf, acrossMarkets: false,
            items: WorklistRules.items(in: [screen.market], tutor: nil, calendar: state.calendar))))
        return []
    }

    /// The worklist across `markets`, read for it.
    mutating func showWorklist(of markets: [Market]) {
        let tutor = state.session.author
        state.stack.append(.worklist(DashboardState.WorklistScreen(
            title: tutor, asOf: state.overviewCalendar.commonAsOf, acrossMarkets: true,
            items: WorklistRules.items(in: markets, tutor: tutor, calendar: state.calendar))))
    }

    /// Opens store `storeID`'s screen from a list: over the market in front when it is the
    /// store's, else once its market is read (and then the two close together).
    func openStore(_ storeID: String, in marketID: String) -> ScreenStep {
        guard let market = state.market, market.market.id == marketID else {
            return ScreenStep(effects: [.loadMarket(marketID, then: .openStore(storeID))])
        }
        guard let row = market.rows.first(where: { $0.store.id == storeID }) else { return .stays }
        return ScreenStep(opens: [.store(storeScreen(row, in: market))], effects: [.loadHistory(market: marketID, store: storeID)])
    }
}
