/// Which market files a session needs to hear of: those the screen in front shows.
public enum MarketFocus: Equatable, Sendable {
    /// Every market (the overview).
    case everyMarket
    /// One market (its screen, a store's screen).
    case market(String)
    /// None that changes while shown (a list gathered when it opened, a form, help).
    case noMarket
}
