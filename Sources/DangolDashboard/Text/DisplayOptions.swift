import DangolKit
import TerminalText

/// How the user's terminal draws ambiguous-width symbols (`--ambiguous`, `DANGOL_AMBIGUOUS`).
public enum AmbiguousWidth: String, CaseIterable, Sendable {
    /// One column, as glibc and most terminals: Unicode bars and borders.
    case narrow
    /// Two columns, as PuTTY with a Korean charset or "ambiguous characters are wide": text is
    /// measured that way and bars and borders are drawn in ASCII, which every terminal agrees on.
    case wide
    /// One column, but bars and borders in ASCII (for fonts without the symbols, or no UTF-8).
    case ascii
}

/// Everything about the terminal and the user that changes how screens are drawn.
public struct DisplayOptions: Sendable, Equatable {
    public var language: Language
    public var ambiguous: AmbiguousWidth

    public init(language: Language = .ko, ambiguous: AmbiguousWidth = .narrow) {
        self.language = language
        self.ambiguous = ambiguous
    }

    public var symbols: Symbols {
        ambiguous == .narrow ? .unicode : .ascii
    }

    public var measure: TerminalWidth {
        TerminalWidth(ambiguousIsWide: ambiguous == .wide)
    }
}
