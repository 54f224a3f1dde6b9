import DangolKit
/// What a key does. Keys map to actions through `KeyBindings`, the one table that both the
/// dispatcher and the help screen read, so help can never drift from behaviour.
enum Action: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case open, back, filter, sortNext, sortReverse, help, quit
    /// Opens the form that records one kind of change.
    case edit(Form.Kind)
    case undo, worklist, awards, charts, search
    /// Narrows the overview to the next round.
    case round
    /// Inside a form.
    case nextField, previousField, save, cancel
}

/// The screens, for saying where a key works.
public enum ScreenKind: CaseIterable, Sendable {
    case overview, market, store, worklist, awards, search, form, help

    var title: Localized {
        switch self {
        case .overview: return UIText.screenOverview
        case .market: return UIText.screenMarket
        case .store: return UIText.screenStore
        case .worklist: return WorkText.title
        case .awards: return AwardText.title
        case .search: return AwardText.search
        case .form: return Localized("입력 창", "Form")
        case .help: return UIText.help
        }
    }
}
