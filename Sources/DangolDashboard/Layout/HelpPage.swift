import DangolKit
import TerminalText

/// The help text of a screen: a title, one line per key binding from the key table, and how
/// to close it. The core scrolls over it and the help view draws it.
enum HelpPage {
    static func lines(for screen: ScreenKind, options: DisplayOptions) -> [(String, CellStyle)] {
        let language = options.language
        let symbols = options.symbols
        let bindings = KeyBindings.bindings(on: screen)
        let labels = bindings.map { $0.keys.map { $0.label(symbols) }.joined(separator: " ") }
        let keyWidth = min(24, (labels.map { options.measure.columns(of: $0) }.max() ?? 0) + 2)
        var lines: [(String, CellStyle)] = [("\(UIText.help(language)): \(screen.title(language))", .heading), ("", .plain)]
        for (binding, label) in zip(bindings, labels) {
            lines.append((options.measure.fit(label, to: keyWidth) + binding.help(language), .plain))
        }
        lines.append(("", .plain))
        lines.append((UIText.helpClose(language), .muted))
        return lines
    }
}
