import DangolKit

/// A screen over the overview, with its own state. The dashboard keeps them as a stack
/// (`DashboardState.stack`): the last one is in front, Esc takes it off, and what is under it
/// shows again as it was.
public enum Screen: Sendable {
    case market(DashboardState.MarketScreen)
    case store(DashboardState.StoreScreen)
    case worklist(DashboardState.WorklistScreen)
    case awards(DashboardState.AwardsScreen)
    case search(DashboardState.SearchScreen)
    case form(Form)
    /// The keys of the screen under it, scrolled this far.
    case help(scroll: Int)

    public var kind: ScreenKind {
        switch self {
        case .market: return .market
        case .store: return .store
        case .worklist: return .worklist
        case .awards: return .awards
        case .search: return .search
        case .form: return .form
        case .help: return .help
        }
    }
}

extension DashboardState {
    /// The screen in front.
    public var screen: ScreenKind {
        stack.last?.kind ?? .overview
    }

    /// The screen under the help screen or a form: the one help describes.
    var screenUnderHelp: ScreenKind {
        stack.last { $0.kind != .help && $0.kind != .form }?.kind ?? .overview
    }

    /// The markets the screen in front shows: the session reads only their changes, and the
    /// backend watches only their files.
    public var shownMarkets: MarketFocus {
        switch stack.last {
        case nil: return .everyMarket
        case .market(let screen)?: return .market(screen.market.id)
        case .store?: return market.map { .market($0.market.id) } ?? .noMarket
        default: return .noMarket
        }
    }

    /// The market screen nearest the front: the market a store, a form or a list over it is about.
    public var market: MarketScreen? {
        for case .market(let screen) in stack.reversed() { return screen }
        return nil
    }

    /// The store screen nearest the front.
    public var store: StoreScreen? {
        for case .store(let screen) in stack.reversed() { return screen }
        return nil
    }

    public var worklist: WorklistScreen? {
        for case .worklist(let screen) in stack.reversed() { return screen }
        return nil
    }

    public var awards: AwardsScreen? {
        for case .awards(let screen) in stack.reversed() { return screen }
        return nil
    }

    public var search: SearchScreen? {
        for case .search(let screen) in stack.reversed() { return screen }
        return nil
    }

    /// The form in front, if one is.
    public var form: Form? {
        guard case .form(let form)? = stack.last else { return nil }
        return form
    }

    /// The help screen's scroll position; nil when help is not in front.
    public var helpScroll: Int? {
        guard case .help(let scroll)? = stack.last else { return nil }
        return scroll
    }

    /// Replaces the screen in front with `screen`.
    mutating func replaceFront(with screen: Screen) {
        guard !stack.isEmpty else { return }
        stack[stack.count - 1] = screen
    }

    /// Rewrites every market screen of market `id` in the stack, and every store screen over
    /// one of them.
    mutating func updateScreens(ofMarket id: String, _ market: (inout MarketScreen) -> Void, store: (inout StoreScreen) -> Bool) {
        var index = 0
        var inMarket = false
        while index < stack.count {
            switch stack[index] {
            case .market(var screen):
                inMarket = screen.market.id == id
                if inMarket {
                    market(&screen)
                    stack[index] = .market(screen)
                }
            case .store(var screen) where inMarket:
                if store(&screen) {
                    stack[index] = .store(screen)
                } else {
                    // The store is gone: its screen closes, and the market opened with it too.
                    stack.remove(at: index)
                    if screen.openedWithMarket, index > 0, case .market = stack[index - 1] {
                        stack.remove(at: index - 1)
                        index -= 1
                    }
                    continue
                }
            default:
                break
            }
            index += 1
        }
    }
}
