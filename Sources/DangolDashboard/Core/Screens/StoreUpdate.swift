import DangolKit

/// A store screen's keys: ↑↓ pick a record and the page follows the pick (Enter, which
/// corrects it, opens a form: `correctPickedRecord`).
extension DashboardCore {
    mutating func updateStore(_ action: Action, _ screen: inout DashboardState.StoreScreen) -> ScreenStep {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            move(action, on: &screen)
        case .back:
            // A store opened from a list of several markets' stores takes its market screen with it.
            if screen.openedWithMarket, case .market? = state.stack.last?.kind { state.stack.removeLast() }
            return .closes
        default: break
        }
        return .stays
    }

    /// ↑ and ↓ pick the previous or next record; the page follows the pick. Paging scrolls, and
    /// a store with no records scrolls line by line.
    private func move(_ action: Action, on screen: inout DashboardState.StoreScreen) {
        let count = StoreRecord.all(of: screen.row.store).count
        let page = ScreenLayout.page(.store, state)
        let height = screen.page.lines.count
        var list = ListState(cursor: screen.scroll, offset: screen.scroll)
        switch action {
        case .moveUp where count > 0: screen.selected = max(0, (screen.selected ?? count) - 1)
        case .moveDown where count > 0: screen.selected = min(count - 1, (screen.selected ?? -1) + 1)
        case .top where count > 0:
            screen.selected = 0
            list.scroll(.top, contentHeight: height, page: page)
        case .bottom where count > 0:
            screen.selected = count - 1
            list.scroll(.bottom, contentHeight: height, page: page)
        default: list.scroll(action, contentHeight: height, page: page)
        }
        screen.scroll = list.offset
        if [.moveUp, .moveDown].contains(action), let picked = screen.selected, let line = screen.page.line(ofRecord: picked) {
            screen.scroll = min(max(screen.scroll, line - page + 1), line)
        }
    }
}
