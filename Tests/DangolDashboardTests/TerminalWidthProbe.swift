import TerminalText

/// Width checks for the ambiguous-width tests.
enum TerminalWidthProbe {
    static let wide = TerminalWidth(ambiguousIsWide: true)
    static let narrow = TerminalWidth()

    /// Characters whose width differs between narrow and wide terminals.
    static func ambiguousCharacters(in lines: [String]) -> Set<Character> {
        Set(lines.joined().filter { wide.columns(of: $0) != narrow.columns(of: $0) })
    }
}
