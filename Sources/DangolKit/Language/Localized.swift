/// A piece of interface text in every language the dashboard speaks.
public struct Localized: Sendable, Hashable {
    public let ko: String
    public let en: String

    public init(_ ko: String, _ en: String) {
        self.ko = ko
        self.en = en
    }

    /// Text that is the same in every language: a system's own message, a file's own words.
    public init(verbatim text: String) {
        ko = text
        en = text
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .ko ? ko : en
    }
}

extension DefaultStringInterpolation {
    /// Interpolating a `Localized` whole would print both languages as a struct dump; pick one
    /// (`text(language)`, `.ko`, `.en`). Marked unavailable so the compiler says so.
    @available(*, unavailable, message: "pick a language: text(language), .ko or .en")
    public mutating func appendInterpolation(_ value: Localized) {}
}
