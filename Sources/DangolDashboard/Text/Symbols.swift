/// The drawing characters of the dashboard, in Unicode or plain ASCII.
///
/// Every Unicode symbol here is East Asian *ambiguous* width: one column in most terminals,
/// two in many Korean setups. ncurses measures with the C library's one-column rule, so on a
/// terminal that draws them wide the only safe choice is not to draw them: the ASCII set.
public struct Symbols: Sendable, Equatable {
    /// Full block, then partial blocks from 1/8 to 7/8, for bars.
    public var barBlocks: [Character]
    /// Eight rising levels, for sparklines.
    public var sparkLevels: [Character]
    public var horizontalRule: Character
    public var separator: String
    public var breadcrumb: String
    public var cursor: Character
    public var ellipsis: String
    public var ascending: Character
    public var descending: Character
    public var up: String
    public var down: String
    public var left: String
    public var right: String
    public var arrow: String
    public var none: String

    public static let unicode = Symbols(
        barBlocks: ["█", "▏", "▎", "▍", "▌", "▋", "▊", "▉"],
        sparkLevels: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"],
        horizontalRule: "─", separator: "│", breadcrumb: "›", cursor: "▶", ellipsis: "…",
        ascending: "▲", descending: "▼", up: "↑", down: "↓", left: "←", right: "→", arrow: "→", none: "—")

    public static let ascii = Symbols(
        barBlocks: ["#"], sparkLevels: ["_", ".", ":", "-", "=", "+", "*", "#"],
        horizontalRule: "-", separator: "|", breadcrumb: ">", cursor: ">", ellipsis: "~",
        ascending: "^", descending: "v", up: "Up", down: "Down", left: "Left", right: "Right", arrow: "->", none: "-")
}
