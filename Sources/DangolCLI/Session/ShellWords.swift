import DangolKit

/// Splits a command line into words as a POSIX shell would (spaces separate, quotes group,
/// backslash escapes), without running a shell: `$`, backquotes, `;`, `|`, `&`, redirections,
/// globs and the like would mean something to a shell, so a line that uses them unquoted is
/// refused rather than given a meaning it does not have here.
enum ShellWords {
    /// The characters a shell would act on when unquoted.
    private static let special: Set<Character> = ["$", "`", ";", "|", "&", "<", ">", "(", ")", "*", "?", "[", "]", "{", "}", "~", "#", "!"]

    static func split(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var inWord = false
        var characters = line.makeIterator()
        while let character = characters.next() {
            switch character {
            case " ", "\t":
                if inWord { words.append(word) }
                word = ""
                inWord = false
            case "'":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw refusal(SessionText.unclosedQuote) }
                    if next == "'" { break }
                    word.append(next)
                }
            case "\"":
                inWord = true
                while true {
                    guard let next = characters.next() else { throw refusal(SessionText.unclosedQuote) }
                    if next == "\"" { break }
                    if next == "$" || next == "`" { throw refusal(SessionText.shellSyntax(next)) }
                    if next == "\\" {
                        guard let escaped = characters.next() else { throw refusal(SessionText.unclosedQuote) }
                        if !"\"\\$`".contains(escaped) { word.append("\\") }
                        word.append(escaped)
                    } else {
                        word.append(next)
                    }
                }
            case "\\":
                guard let escaped = characters.next() else { throw refusal(SessionText.trailingBackslash) }
                inWord = true
                word.append(escaped)
            case "\n", "\r":
                throw refusal(SessionText.shellSyntax(character))
            default:
                if special.contains(character) { throw refusal(SessionText.shellSyntax(character)) }
                inWord = true
                word.append(character)
            }
        }
        if inWord { words.append(word) }
        return words
    }

    private static func refusal(_ message: Localized) -> DangolError {
        .forbidden(message)
    }
}
