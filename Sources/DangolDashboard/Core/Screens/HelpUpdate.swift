import DangolKit

/// The help screen's keys: it scrolls, and Esc closes it.
extension DashboardCore {
    mutating func updateHelp(_ action: Action, _ scroll: inout Int) -> ScreenStep {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom:
            var list = ListState(cursor: scroll, offset: scroll)
            let lines = HelpPage.lines(for: state.screenUnderHelp, options: state.options).count
            list.scroll(action, contentHeight: lines, page: ScreenLayout.page(.help, state))
            scroll = list.offset
        case .back: return .closes
        default: break
        }
        return .stays
    }
}
