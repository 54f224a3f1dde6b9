import TerminalText

/// A form drawn as a box over the screen it was opened from.
///
/// The box shrinks with the terminal: spacing goes first, then the key hints (the status line
/// repeats them), and when the fields still do not fit they scroll so that the focused one and
/// its error are always in view.
enum FormView {
    /// One line of the box.
    struct Line {
        var text: String
        var style: CellStyle
        /// The field the line belongs to, if any.
        var field: Int? = nil
        /// For the focused field's value: the column of the text cursor from the box's text edge.
        var cursorColumn: Int? = nil
        /// A blank line or the hints: dropped first when the terminal is short.
        var isExtra = false
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let form = state.form else { return }
        let width = min(grid.width - 2, 64)
        let lines = fitted(lines(state, width: width - 4, measure: grid.measure), height: grid.height - 4, focus: form.focus)
        let height = lines.count + 2
        let left = max(0, (grid.width - width) / 2)
        let top = max(1, (grid.height - height) / 2)
        // A blank column either side keeps the rows beneath from touching the box's edge.
        let margin = max(0, left - 1)
        for row in 0..<height {
            grid.fill(x: margin, y: top + row, count: min(grid.width, left + width + 1) - margin, style: .plain)
        }
        let symbols = state.options.symbols
        let ruleWidth = max(1, grid.measure.columns(of: String(symbols.horizontalRule)))
        let rule = String(repeating: symbols.horizontalRule, count: width / ruleWidth)
        grid.put(rule, x: left, y: top, style: .muted, limit: left + width)
        grid.put(rule, x: left, y: top + height - 1, style: .muted, limit: left + width)
        for (offset, line) in lines.enumerated() {
            let y = top + 1 + offset
            grid.put(line.text, x: left + 2, y: y, style: line.style, limit: left + width - 2)
            if let column = line.cursorColumn { drawCursor(at: left + 2 + column, y: y, into: &grid) }
        }
    }

    /// Every line of the form at full height: title, fields with their errors, what needs
    /// confirming, hints. `width` is the room for text inside the box.
    static func lines(_ state: DashboardState, width: Int, measure: TerminalWidth) -> [Line] {
        guard let form = state.form else { return [] }
        let language = state.options.language
        let labelWidth = (form.fields.map { measure.columns(of: $0.label(language)) }.max() ?? 0) + 2
        var lines = [Line(text: "\(FormText.title(form.kind)(language)): \(form.storeName)", style: .heading),
                     Line(text: "", style: .plain, isExtra: true)]
        if form.kind == .removeStore {
            lines += wrapped(FormText.removeQuestion(language), width: width, measure: measure, style: .warning)
        }
        if let record = form.replacing {
            let deleting = form.kind == .deleteRecord
            if deleting { lines += wrapped(FormText.deleteQuestion(language), width: width, measure: measure, style: .warning) }
            let label = deleting ? "" : FormText.fixing(language) + " "
            lines += wrapped(label + JournalText.record(record)(language), width: width, measure: measure, style: .plain)
        }
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let valueWidth = field.isText ? max(8, width - labelWidth) : min(16, max(8, width - labelWidth))
            let window = field.input.window(width: valueWidth, measure: measure, marker: state.options.symbols.ellipsis)
            let line = measure.fit(field.label(language), to: labelWidth) + measure.fit(window.text, to: valueWidth)
            lines.append(Line(text: line, style: focused ? .heading : .plain, field: index,
                              cursorColumn: focused ? labelWidth + window.cursorColumn : nil))
            if let error = field.error {
                let indent = String(repeating: " ", count: labelWidth)
                lines += wrapped("! " + error(language), width: width - labelWidth, measure: measure, style: .warning)
                    .map { Line(text: indent + $0.text, style: $0.style, field: index) }
            }
        }
        for message in [form.conflict, form.warning, form.failure].compactMap({ $0 }) {
            lines.append(Line(text: "", style: .plain, isExtra: true))
            lines += wrapped("! " + message(language), width: width, measure: measure, style: .warning)
        }
        lines.append(Line(text: "", style: .plain, isExtra: true))
        // The same keys as the status line's, so a removal says Enter removes.
        let hints = Frame.hints(state).map { "\($0.label) \($0.text)" }.joined(separator: "  ")
        lines += wrapped(hints, width: width, measure: measure, style: .muted).map { line in
            var line = line
            line.isExtra = true
            return line
        }
        return lines
    }

    /// `lines` cut to `height`: extras go first, then fields scroll to keep `focus` in view.
    static func fitted(_ lines: [Line], height: Int, focus: Int) -> [Line] {
        guard lines.count > height else { return lines }
        let essential = lines.filter { !$0.isExtra }
        guard essential.count > height else { return Array(lines.filter { !$0.isExtra || !$0.text.isEmpty }.prefix(height)) }
        let focused = essential.indices.filter { essential[$0].field == focus }
        guard let first = focused.first, let last = focused.last else { return Array(essential.prefix(height)) }
        let start = max(0, min(first, last + 1 - height, essential.count - height))
        return Array(essential[start...].prefix(height))
    }

    private static func wrapped(_ text: String, width: Int, measure: TerminalWidth, style: CellStyle) -> [Line] {
        measure.wrap(text, to: width).map { Line(text: $0, style: style) }
    }

    /// The text cursor: the cell under it in reverse, a space when it sits after the text.
    private static func drawCursor(at x: Int, y: Int, into grid: inout CellGrid) {
        guard x < grid.width else { return }
        let character = grid[x, y].character ?? " "
        grid.put(String(character), x: x, y: y, style: .cursor)
    }
}
