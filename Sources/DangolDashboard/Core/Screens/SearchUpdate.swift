import DangolKit

/// The search's keys: typing narrows the stores, Enter opens one.
extension DashboardCore {
    mutating func updateSearch(_ action: Action, _ screen: inout DashboardState.SearchScreen) -> ScreenStep {
        let picked = screen.visible[safe: screen.list.cursor].map { index in
            let entry = screen.entry(index)
            return (store: entry.store.id, market: entry.marketID)
        }
        return updateStoreList(action, &screen.list, count: screen.visible.count, on: .search, picked: picked)
    }

    /// Edits the search query; - Returns: false for keys the search screen dispatches itself.
    ///
    /// A longer query can only match stores the shorter one matched, so typing narrows the
    /// previous matches and Backspace restores them instead of searching everything again.
    mutating func typeSearch(_ key: Key) -> Bool {
        switch key {
        case .character, .backspace: return editQuery(key)
        default: return false
        }
    }

    private mutating func editQuery(_ key: Key) -> Bool {
        guard case .search(var search)? = state.stack.popLast() else { return false }
        defer { state.stack.append(.search(search)) }
        switch key {
        case .character(let character):
            search.earlierMatches.append((search.query, search.visible))
            search.query.append(character)
            search.visible = search.matches(among: search.visible)
        case .backspace:
            guard !search.query.isEmpty else { return true }
            search.query.removeLast()
            search.visible = search.matchesAfterBackspace()
        default:
            return false
        }
        search.list = ListState()
        return true
    }
}
