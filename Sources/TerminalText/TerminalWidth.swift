/// How many terminal columns text occupies, measured the way terminals draw it.
///
/// Hangul syllables and other East Asian wide characters take two columns, combining marks
/// none. Characters Unicode calls *ambiguous* (box drawing, block elements, arrows, `·`, `…`)
/// take one column in most terminals but two in many Korean setups; `ambiguousIsWide` says
/// which the user's terminal does, so rows stay aligned in both.
public struct TerminalWidth: Sendable, Hashable {
    public var ambiguousIsWide: Bool

    public init(ambiguousIsWide: Bool = false) {
        self.ambiguousIsWide = ambiguousIsWide
    }

    /// Columns of one Unicode scalar: 0, 1 or 2.
    public func columns(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
        if value < 0x7F { return 1 }
        // Hangul syllables, most of every name, and the box drawing and block elements of
        // rules and bars (none of them wide, marks or format characters), before the slower
        // look at the character's category.
        if (0xAC00...0xD7A3).contains(value) { return 2 }
        if (0x2500..<0x25A0).contains(value) { return ambiguousIsWide && UnicodeRanges.ambiguous.contains(value) ? 2 : 1 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        if UnicodeRanges.wide.contains(value) { return 2 }
        if ambiguousIsWide && UnicodeRanges.ambiguous.contains(value) { return 2 }
        return 1
    }

    /// Columns of one user-perceived character; an emoji presentation selector makes it wide.
    public func columns(of character: Character) -> Int {
        let scalars = character.unicodeScalars
        var rest = scalars.makeIterator()
        // Nearly every character is one scalar: measured at once, without a second look.
        if let first = rest.next(), rest.next() == nil { return columns(of: first) }
        if scalars.contains("\u{FE0F}") { return 2 }
        return scalars.reduce(0) { max($0, columns(of: $1)) }
    }

    /// Columns of a whole string. Inlinable, so that each view's call is specialised for its
    /// string type rather than going through the generic witness for every scalar.
    @inlinable
    public func columns(of text: some StringProtocol) -> Int {
        guard TerminalWidth.isOneScalarPerCharacter(text) else { return text.reduce(0) { $0 + columns(of: $1) } }
        return text.unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// Whether every scalar of `text` is a character of its own: printable ASCII, Latin
    /// letters without combining marks, symbols, arrows, box drawing and blocks, Hangul
    /// syllables (figures, names, bars and rules: nearly every cell). Such text is measured and
    /// drawn scalar by scalar, without finding character boundaries; any other text (combining
    /// marks, jamo, emoji sequences) character by character.
    @inlinable
    public static func isOneScalarPerCharacter(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            // No scalar in these ranges extends, prepends to or joins with its neighbours
            // (combining marks start at U+0300, jamo are U+1100–U+11FF and U+D7B0 on).
            case 0x20..<0x7F, 0xA0..<0x300, 0x2100..<0x2C00, 0xAC00...0xD7A3: return true
            default: return false
            }
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, never splitting a character.
    public func prefix(of text: String, fitting width: Int) -> Substring {
        guard TerminalWidth.isOneScalarPerCharacter(text) else {
            return text[..<end(of: text, fitting: width, measuredBy: columns(of:))]
        }
        return text[..<end(of: text.unicodeScalars, fitting: width, measuredBy: columns(of:))]
    }

    /// Where the longest run of `pieces` from the start that fits in `width` columns ends.
    private func end<Pieces: Collection>(of pieces: Pieces, fitting width: Int,
                                         measuredBy columns: (Pieces.Element) -> Int) -> Pieces.Index {
        var used = 0
        var end = pieces.startIndex
        for index in pieces.indices {
            used += columns(pieces[index])
            if used > width { break }
            end = pieces.index(after: index)
        }
        return end
    }

    /// `text` cut to `width` columns, ending in `ellipsis` when anything was cut.
    public func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard columns(of: text) > width else { return text }
        let room = width - columns(of: ellipsis)
        guard room >= 0 else { return String(prefix(of: text, fitting: width)) }
        return prefix(of: text, fitting: room) + ellipsis
    }

    /// `text` fitted to exactly `width` columns: truncated, then padded with spaces.
    ///
    /// When a wide character would straddle the edge it is left out and a space fills its
    /// place, so the column after stays where it belongs.
    public func fit(_ text: String, to width: Int, alignment: Alignment = .left, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let padding = String(repeating: " ", count: max(0, width - columns(of: cut)))
        return alignment == .left ? cut + padding : padding + cut
    }
}

/// Which side of its column text hugs.
public enum Alignment: Sendable {
    case left
    case right
}

extension TerminalWidth {
    /// `text` broken into lines of at most `width` columns, at spaces where it can be and
    /// inside a word only when the word alone is wider than a line.
    public func wrap(_ text: String, to width: Int) -> [String] {
        wrap(text, to: width, thenTo: width)
    }

    /// `text` broken as `wrap(_:to:)` does, the first line `width` columns wide and every
    /// later one `later` (for a hanging indent): one pass, so a long word without spaces (a
    /// note in Hangul) fills every line.
    public func wrap(_ text: String, to width: Int, thenTo later: Int) -> [String] {
        // Text that fits keeps its spacing as it is (double spaces between key hints).
        guard width > 0, later > 0, columns(of: text) > width else { return [text] }
        var lines: [String] = []
        var line = ""
        var room: Int { lines.isEmpty ? width : later }
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if columns(of: candidate) <= room {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = String(word)
            while columns(of: rest) > room {
                // A line narrower than one wide character still takes that character.
                let fitting = prefix(of: rest, fitting: room)
                let head = fitting.isEmpty ? rest.prefix(1) : fitting
                lines.append(String(head))
                rest = String(rest[head.endIndex...])
            }
            line = rest
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
