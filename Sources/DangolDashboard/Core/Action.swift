/// What a key does. Keys map to actions through `KeyBindings`, the one table that both the
/// dispatcher and the help screen read, so help can never drift from behaviour.
enum Action: CaseIterable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, filter, sortNext, sortReverse, help, quit
}

/// The screens, for saying where a key works.
public enum ScreenKind: CaseIterable, Sendable {
    case overview, market, store, help

    var title: Localized {
        switch self {
        case .overview: return UIText.screenOverview
        case .market: return UIText.screenMarket
        case .store: return UIText.screenStore
        case .help: return UIText.help
        }
    }
}
