/// Escaping for text placed in Markdown: names and tiers from the data stay text.
///
/// A `|` would add cells to a table, `<script>` or `<img onerror=…>` would reach a renderer as
/// HTML, and `*`, `_`, `` ` ``, `[`, `#` would turn a store name into formatting or a link. Each
/// such character is written as a backslash escape, or as an entity for the HTML ones (which
/// CommonMark leaves as HTML even when escaped inside some renderers' tables).
enum Markdown {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~", "!": result += "\\" + String(character)
            default: result.append(character)
            }
        }
        return result
    }
}
