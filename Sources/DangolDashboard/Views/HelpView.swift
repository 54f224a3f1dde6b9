import TerminalText

/// Every key of the screen under it, straight from the key table.
enum HelpView {
    static func pageHeight(_ state: DashboardState) -> Int {
        max(1, state.height - 2)
    }

    static func contentHeight(_ state: DashboardState) -> Int {
        lines(state).count
    }

    /// The help text: a title, one line per key binding, and how to close it.
    static func lines(_ state: DashboardState) -> [(String, CellStyle)] {
        let language = state.options.language
        let symbols = state.options.symbols
        let screen = state.screenUnderHelp
        let bindings = KeyBindings.bindings(on: screen)
        let labels = bindings.map { $0.keys.map { $0.label(symbols) }.joined(separator: " ") }
        let keyWidth = min(24, (labels.map { state.options.measure.columns(of: $0) }.max() ?? 0) + 2)
        var lines: [(String, CellStyle)] = [("\(UIText.help(language)): \(screen.title(language))", .heading), ("", .plain)]
        for (binding, label) in zip(bindings, labels) {
            lines.append((state.options.measure.fit(label, to: keyWidth) + binding.help(language), .plain))
        }
        lines.append(("", .plain))
        lines.append((UIText.helpClose(language), .muted))
        return lines
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.help(language)], right: "", state: state)
        for (offset, line) in lines(state).dropFirst(state.helpScroll ?? 0).prefix(pageHeight(state)).enumerated() {
            grid.put(line.0, x: 2, y: 1 + offset, style: line.1, limit: grid.width - 1)
        }
    }
}
