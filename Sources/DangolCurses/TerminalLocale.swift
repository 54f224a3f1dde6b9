import CNcursesw
import Glibc

/// Makes the C library speak UTF-8 so ncursesw can draw Hangul.
enum TerminalLocale {
    /// Adopts the user's locale; if it is not UTF-8 (LANG=C, or no LANG over SSH), falls back to
    /// C.UTF-8 for character handling. - Returns: whether UTF-8 is now in effect.
    static func adopt() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    private static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
