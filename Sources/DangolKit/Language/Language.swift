/// The languages dangol speaks: every message a person reads exists in both.
public enum Language: String, CaseIterable, Sendable {
    case ko
    case en

    /// `--lang`, else `DANGOL_LANG`, else a locale that names a language (`ko_KR.UTF-8` is
    /// Korean, `en_US.UTF-8` English), else the data's own language: Korean when the programme's
    /// name has Hangul in it.
    ///
    /// A staff member who logs in over SSH often has no LANG at all, or C / C.UTF-8 / POSIX,
    /// which name no language: for Korean data that means Korean, not English.
    public static func choose(flag: Language?, environment: [String: String], dataName: String? = nil) -> Language {
        if let flag { return flag }
        if let value = environment["DANGOL_LANG"], let language = Language(rawValue: value.lowercased()) { return language }
        if let named = fromLocale(environment) { return named }
        return dataName.map(containsHangul) == true ? .ko : .en
    }

    /// The language the locale variables name (`LC_ALL`, `LC_MESSAGES`, `LANG`, the first set), if any.
    public static func fromLocale(_ environment: [String: String]) -> Language? {
        guard let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap({ environment[$0] }).first(where: { !$0.isEmpty })
        else { return nil }
        return named(byLocale: locale)
    }

    /// The language a locale name stands for, or nil for C, POSIX and C.UTF-8, which name none.
    static func named(byLocale locale: String) -> Language? {
        let language = locale.lowercased().prefix { $0 != "_" && $0 != "." && $0 != "@" }
        if language == "c" || language == "posix" { return nil }
        return language == "ko" ? .ko : .en
    }

    /// Whether `text` has a Hangul syllable or letter in it.
    static func containsHangul(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0xAC00...0xD7A3).contains($0.value) || (0x1100...0x11FF).contains($0.value) || (0x3131...0x318E).contains($0.value) }
    }
}
