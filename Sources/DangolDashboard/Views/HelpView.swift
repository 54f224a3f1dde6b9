import TerminalText

/// Every key of the screen under it (`HelpPage`), scrolled.
enum HelpView {
    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.help(language)], right: "", state: state)
        let lines = HelpPage.lines(for: state.screenUnderHelp, options: state.options)
        let body = ScreenLayout(state).body
        for (offset, line) in lines.dropFirst(state.helpScroll ?? 0).prefix(body.height).enumerated() {
            grid.put(line.0, x: 2, y: body.row(offset), style: line.1, limit: grid.width - 1)
        }
    }
}
