/// A piece of interface text in every language the dashboard speaks.
public struct Localized: Sendable, Equatable {
    public let ko: String
    public let en: String

    public init(_ ko: String, _ en: String) {
        self.ko = ko
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .ko ? ko : en
    }
}
