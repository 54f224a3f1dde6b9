import DangolKit

/// The runner's results: what was read, saved or changed on disk, applied to the screens that
/// show it. A save applies the entry and the market it got back and reads nothing again.
extension DashboardCore {
    mutating func apply(result input: Input) -> [Effect] {
        let language = state.options.language
        switch input {
        case .event, .clock, .filesChanged:
            return []
        case .rights(let rights):
            applyRights(rights)
        case .marketsChanged(let changes):
            var effects = applyDigests(changes.digests, removed: changes.removed, problems: changes.problems.map { $0(language) })
            for id in Set(changes.digests.keys).union(changes.removed) where isOpen(market: id) {
                effects.append(.loadMarket(id, then: .reload))
            }
            return effects
        case .calendar(let calendar, let request):
            state.calendar = calendar
            showOverview(of: request.digests, problems: request.problems, keeping: state.selectedOverviewMarket)
        case .market(let market, .open):
            state.stack.append(.market(marketScreen(market)))
        case .market(let market, .openStore(let storeID)):
            let screen = marketScreen(market)
            state.stack.append(.market(screen))
            guard let row = screen.rows.first(where: { $0.store.id == storeID }) else { return [] }
            state.stack.append(.store(storeScreen(row, in: screen, openedWithMarket: true)))
            return [.loadHistory(market: market.id, store: storeID)]
        case .market(let market, .reload):
            return show(market)
        case .market(let market, .recheckForm):
            return applyWritten(market) + recheckForm(against: market)
        case .marketFailed(let id, let request, let reason):
            state.notice = request == .reload ? UIText.cannotReread(id)(language) : reason(language)
        case .markets(let markets, .awards):
            showAwards(of: markets)
        case .markets(let markets, .worklist):
            showWorklist(of: markets)
        case .history(let entries, let marketID, let storeID):
            updateStores(storeID, inMarket: marketID) { $0.history = entries }
        case .saved(let saved):
            if case .form(let form)? = state.stack.last {
                state.stack.removeLast()
                state.notice = "\(FormText.saved(language)): \(JournalText.line(saved.entry, language: language))"
                // A record after the day its round is read as of is kept, but counts in no figure: say so.
                if form.kind != .note, let day = form.day(today: state.session.today), let asOf = state.market?.asOf, day > asOf {
                    state.notice? += " " + KitText.afterAsOf(asOf)(language)
                }
            }
            return applyOwn(saved)
        case .undoTarget(let target, let marketID):
            return showUndo(target, in: marketID)
        case .undone(let saved):
            let what = state.undoing.map { JournalText.summary($0, language: language) } ?? saved.entry.storeName
            state.notice = "\(FormText.undone(language)): \(what)"
            state.undoing = nil
            return applyOwn(saved)
        case .conflict(let market, let latest):
            let effects = applyWritten(market)
            showConflict(in: market, latest: latest)
            return effects
        case .saveFailed(let reason):
            guard case .form(var form)? = state.stack.last else { return [] }
            form.failure = reason
            state.replaceFront(with: .form(form))
        case .failed(let reason):
            state.notice = reason(language)
        }
        return []
    }

    /// This session's own save or undo: the market as written, and the entry at the end of the
    /// store's history, instead of reading either again.
    private mutating func applyOwn(_ saved: SavedChange) -> [Effect] {
        let effects = applyWritten(saved.market, digest: saved.digest)
        updateStores(saved.entry.storeID, inMarket: saved.market.id) { screen in
            screen.history = Array((screen.history + [saved.entry]).suffix(Bounds.historyEntries))
        }
        return effects
    }

    /// Market `market` as it now is on disk (with its digest, when the save gave it): its
    /// overview row and every screen showing it.
    private mutating func applyWritten(_ market: Market, digest: MarketDigest? = nil) -> [Effect] {
        _ = show(market)
        return applyDigests([market.id: digest ?? MarketDigest(market: market)], removed: [], problems: state.problems)
    }

    /// Shows what changed and by whom, checks the form against the store as it is now, and
    /// lets the next Enter save over it.
    private mutating func showConflict(in market: Market, latest: JournalEntry?) {
        guard case .form(var form)? = state.stack.last else { return }
        let current = market.stores.first { $0.id == form.storeID }
        form.base = current
        form.conflict = FormText.changedMeanwhile(by: latest, removed: current == nil)
        form.confirmed = false
        form.failure = nil
        form.validate(market: market, today: state.session.today)
        state.replaceFront(with: .form(form))
    }

    /// Follows the member's rights as team.json now gives them: a removed member's session ends,
    /// and the screens of a market they may no longer read close.
    private mutating func applyRights(_ rights: Rights) {
        if let removal = rights.removal {
            state.ended = removal.message(state.options.language)
            return
        }
        state.session.rights = rights
        if let market = state.market?.market.id, !rights.mayRead(market: market) {
            state.stack = []
            state.notice = rights.refusal(reading: market).message(state.options.language)
        }
    }

    private func isOpen(market id: String) -> Bool {
        state.stack.contains { if case .market(let screen) = $0 { return screen.market.id == id } else { return false } }
    }

    /// Every screen of market `market` shows it as it is now, the cursors on the same stores; a
    /// store screen whose store is gone closes. - Returns: the histories to read again.
    mutating func show(_ market: Market) -> [Effect] {
        var stores: [String] = []
        let asOf = state.calendar.asOf(ofMarket: market.id)
        var shown: DashboardState.MarketScreen?
        // The layout is read from the state as it was; the screens are rewritten in place.
        let layout = self
        state.updateScreens(ofMarket: market.id, { screen in
            let selected = screen.selectedRow?.store.id
            screen = screen.showing(market, asOf: asOf)
            layout.refreshList(of: &screen, keeping: selected)
            shown = screen
        }, store: { screen in
            guard let row = shown?.rows.first(where: { $0.store.id == screen.row.store.id }) else { return false }
            screen.row = row
            screen.page = layout.storePage(row, history: screen.history, in: shown)
            stores.append(row.store.id)
            return true
        })
        return stores.map { .loadHistory(market: market.id, store: $0) }
    }

    /// Changes the store screens of store `storeID` in market `marketID`, laid out again after.
    private mutating func updateStores(_ storeID: String, inMarket marketID: String, _ change: (inout DashboardState.StoreScreen) -> Void) {
        var shown: DashboardState.MarketScreen?
        let layout = self
        state.updateScreens(ofMarket: marketID, { shown = $0 }, store: { screen in
            guard screen.row.store.id == storeID else { return true }
            change(&screen)
            screen.page = layout.storePage(screen.row, history: screen.history, in: shown)
            return true
        })
    }
}
