import Glibc

/// Checks the locale variables before anything reads them: over SSH they come from the client
/// (Debian's sshd accepts `LANG` and `LC_*`), and a name the C library does not know has crashed
/// ICU inside Foundation's calendar.
///
/// A variable whose value is not a locale name (too long, odd characters) or names a locale this
/// machine does not have is removed, so the next one decides, as the C library itself would fall
/// back. The language dangol speaks is chosen from the variables as they came, so it is the one
/// it would have been (`Language.choose`), and kept in `DANGOL_LANG` unless that is set already.
public enum LocaleEnvironment {
    /// The longest locale name taken; real ones (`ko_KR.UTF-8`, `en_US.ISO-8859-15@euro`) are short.
    static let maxLength = 64

    /// Removes every malformed or unknown locale variable from this process's environment.
    /// - Returns: the names of the variables removed.
    @discardableResult
    public static func sanitize() -> [String] {
        let environment = current()
        let names = environment.keys.filter(isLocaleVariable).sorted()
        let bad = names.filter { name in !isAcceptable(environment[name] ?? "", list: name == "LANGUAGE") }
        guard !bad.isEmpty else { return [] }
        if environment["DANGOL_LANG"] == nil, let language = Language.fromLocale(environment) {
            setenv("DANGOL_LANG", language.rawValue, 1)
        }
        for name in bad { unsetenv(name) }
        return bad
    }

    /// Whether `name` is one of the variables that choose a locale (`LANG`, `LANGUAGE`, `LC_*`).
    public static func isLocaleVariable(_ name: String) -> Bool {
        name == "LANG" || name == "LANGUAGE" || (name.hasPrefix("LC_") && name.utf8.dropFirst(3).allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
    }

    /// Whether `value` is a locale name this machine knows; `LANGUAGE` is a colon-separated list
    /// of names that gettext tries in turn, checked for form only.
    public static func isAcceptable(_ value: String, list: Bool = false) -> Bool {
        if value.isEmpty { return true }
        guard isWellFormed(value, list: list) else { return false }
        if list { return true }
        guard let locale = newlocale(allCategories, value, nil) else { return false }
        freelocale(locale)
        return true
    }

    /// glibc's `LC_ALL_MASK`, a macro Swift does not import: one bit per category but `LC_ALL`.
    private static let allCategories: Int32 = (0...12).filter { $0 != LC_ALL }.reduce(0) { $0 | 1 << $1 }

    /// Whether `value` has the form of a locale name (or, for `LANGUAGE`, a list of them),
    /// whether or not this machine has it.
    public static func isWellFormed(_ value: String, list: Bool = false) -> Bool {
        value.utf8.count <= maxLength && value.utf8.allSatisfy { isNameByte($0) || (list && $0 == UInt8(ascii: ":")) }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        case UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "-"), UInt8(ascii: "="): return true
        default: return false
        }
    }

    /// The process's environment as the C library holds it, without Foundation.
    private static func current() -> [String: String] {
        var result: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        return result
    }
}
