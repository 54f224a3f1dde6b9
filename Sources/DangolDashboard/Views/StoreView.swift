import DangolKit
import TerminalText

/// One store's screen: its page (`StorePage`) under the header, scrolled; the picked record
/// drawn as the cursor. Longer than the terminal, it scrolls.
enum StoreView {
    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let screen = state.store, let market = state.market?.market else { return }
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.all(language), market.name, screen.row.store.name],
                     right: UIText.asOf(state.market?.asOf)(language), state: state)
        let body = ScreenLayout(state).body
        for (offset, line) in screen.page.lines.dropFirst(screen.scroll).prefix(body.height).enumerated() {
            var x = 1
            for segment in line {
                let picked = segment.record != nil && segment.record == screen.selected
                x = grid.put(segment.text, x: x, y: body.row(offset), style: picked ? .cursor : segment.style, limit: grid.width - 1)
            }
        }
    }
}
