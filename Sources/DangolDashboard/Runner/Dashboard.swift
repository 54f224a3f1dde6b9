import DangolKit
import Foundation

/// A dashboard over a data folder: the pure core (`DashboardCore`) and the runner that does its
/// file work (`EffectRunner`), in the loop bubbletea runs: input → update → effects → runner →
/// inputs, until no effect is left. The curses backend and the tests drive this.
public struct Dashboard {
    private var core: DashboardCore
    private var runner: EffectRunner

    /// Opens the dashboard on the programme's overview (see `DashboardCore.init` for the parameters).
    public init(
        data: DashboardData, options: DisplayOptions, width: Int, height: Int, today: CalendarDate, now: Date,
        followsClock: Bool = false, asOf: CalendarDate?, round: String? = nil, author: String = "", readOnly: Bool = false
    ) throws {
        let start: DashboardCore.Start
        (runner, start) = try EffectRunner.start(data: data, today: today, requested: asOf)
        core = DashboardCore(start: start, options: options, width: width, height: height, today: today, now: now,
                             followsClock: followsClock, asOf: asOf, round: round, author: author, readOnly: readOnly)
    }

    public var state: DashboardState {
        core.state
    }

    /// The screen as it should look now.
    public func render() -> CellGrid {
        ScreenRenderer.render(core.state)
    }

    /// Applies one terminal event. - Returns: false when the user quit.
    public mutating func handle(_ event: Event) -> Bool {
        run(.event(event))
    }

    /// Moves the session's clock to `now`, as the runner reads it at each wake.
    /// - Returns: whether the day rolled over (so the screen may have changed).
    public mutating func advanceClock(to now: Date) -> Bool {
        let day = core.state.session.today
        _ = run(.clock(now))
        return core.state.session.today != day
    }

    /// Picks up changes other sessions saved: one stat per market file (only of `markets`, when
    /// the kernel said which files changed), and work only for the markets whose files changed.
    /// A full refresh (after a change of team.json or of the folder) also takes the rights as
    /// they are now. - Returns: whether anything on screen may have changed.
    public mutating func refresh(markets: Set<String>? = nil) -> Bool {
        if markets == nil {
            _ = run(.rights(runner.rights))
            if core.state.ended != nil { return true }
        }
        guard let changes = runner.changes(in: markets) else { return false }
        _ = run(.marketsChanged(changes))
        return true
    }

    /// Shows `notice` in the status line until the next key.
    public mutating func show(notice: String) {
        core.show(notice: notice)
    }

    /// Feeds `input` to the core and carries out the effects it returns, feeding their results
    /// back in order, until none is left. - Returns: false when one of them was to quit.
    private mutating func run(_ input: Input) -> Bool {
        var inputs = [input]
        var quit = false
        while !inputs.isEmpty {
            for effect in core.update(inputs.removeFirst()) {
                if case .quit = effect { quit = true }
                inputs += runner.perform(effect)
            }
        }
        return !quit
    }
}
