import TerminalText

/// A form drawn as a box over the screen it was opened from.
enum FormView {
    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let form = state.form else { return }
        let language = state.options.language
        let measure = grid.measure
        let width = min(grid.width - 2, 64)
        let labelWidth = (form.fields.map { measure.columns(of: $0.label(language)) }.max() ?? 0) + 2
        var lines: [(String, CellStyle)] = [("\(FormText.title(form.kind)(language)): \(form.storeName)", .heading), ("", .plain)]
        if form.kind == .removeStore {
            lines.append((FormText.removeQuestion(language), .warning))
        }
        for (index, field) in form.fields.enumerated() {
            let focused = index == form.focus
            let valueWidth = field.kind == .text(required: true) || field.kind == .text(required: false) ? 30 : 14
            let value = measure.fit(field.text + (focused ? "_" : ""), to: valueWidth)
            let line = measure.fit(field.label(language), to: labelWidth) + value
            let error = field.error.map { "  ! \($0)" } ?? ""
            // An error stands beside its field when it fits, else on the line just below it.
            if measure.columns(of: line + error) <= width - 3 {
                lines.append((line + error, focused ? .heading : .plain))
            } else {
                lines.append((line, focused ? .heading : .plain))
                lines.append((String(repeating: " ", count: labelWidth) + error.dropFirst(2), .warning))
            }
        }
        if let warning = form.warning { lines.append(("", .plain)); lines.append(("! " + warning, .warning)) }
        if let failure = form.failure { lines.append(("", .plain)); lines.append(("! " + failure, .warning)) }
        lines.append(("", .plain))
        lines.append((FormText.hints(language), .muted))
        let height = min(grid.height - 2, lines.count + 2)
        let left = max(0, (grid.width - width) / 2)
        let top = max(1, (grid.height - height) / 2)
        for row in 0..<height {
            grid.fill(x: left, y: top + row, count: width, style: .plain)
        }
        let rule = String(repeating: state.options.symbols.horizontalRule, count: max(0, width / measure.columns(of: String(state.options.symbols.horizontalRule))))
        grid.put(rule, x: left, y: top, style: .muted, limit: left + width)
        grid.put(rule, x: left, y: top + height - 1, style: .muted, limit: left + width)
        for (offset, line) in lines.prefix(height - 2).enumerated() {
            grid.put(line.0, x: left + 2, y: top + 1 + offset, style: line.1, limit: left + width - 1)
        }
    }
}
