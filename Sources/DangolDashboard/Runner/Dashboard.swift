import DangolKit
import Foundation

/// A dashboard over a data folder: the pure core (`DashboardCore`) and the runner that does its
/// file work (`EffectRunner`), in the loop bubbletea runs: input → update → effects → runner →
/// inputs, until no effect is left. The curses backend and the tests drive this.
public struct Dashboard {
    private var core: DashboardCore
    private var runner: EffectRunner
    /// The lines the last frame drew, for the next to copy (`RowMemo`).
    private var memo = RenderMemo()

    /// Where a session opens: the overview's cursor on `market`, and with `opens` that market's
    /// screen (and `store`'s over it) in front.
    public struct Place: Sendable, Equatable {
        public var market: String
        public var store: String?
        public var opens: Bool

        public init(market: String, store: String? = nil, opens: Bool) {
            self.market = market
            self.store = store
            self.opens = opens
        }
    }

    /// Opens the dashboard on the programme's overview, or at `place`, or on the form `draft`
    /// was kept from (see `DashboardCore.init` for the other parameters).
    public init(
        data: DashboardData, options: DisplayOptions, width: Int, height: Int, today: CalendarDate, now: Date,
        followsClock: Bool = false, asOf: CalendarDate?, round: String? = nil, author: String = "", readOnly: Bool = false,
        place: Place? = nil, draft: MemberSession.Draft? = nil
    ) throws {
        let start: DashboardCore.Start
        (runner, start) = try EffectRunner.start(data: data, today: today, requested: asOf)
        core = DashboardCore(start: start, options: options, width: width, height: height, today: today, now: now,
                             followsClock: followsClock, asOf: asOf, round: round, author: author, readOnly: readOnly)
        // A draft opens where it was typed, whatever screen the session would open on.
        if let place = draft.map({ Place(market: $0.market, store: $0.store, opens: true) }) ?? place {
            _ = carryOut(core.resume(market: place.market, store: place.store, opening: place.opens))
        }
        if let draft { core.restore(draft) }
    }

    public var state: DashboardState {
        core.state
    }

    /// The screen as it should look now; rows that show what the last frame showed are copied
    /// from it rather than drawn again.
    public mutating func render() -> CellGrid {
        ScreenRenderer.render(core.state, memo: &memo)
    }

    /// Applies one terminal event. - Returns: false when the user quit.
    public mutating func handle(_ event: Event) -> Bool {
        !run(.event(event)).quit
    }

    /// Moves the session's clock to `now`, as the runner reads it at each wake.
    /// - Returns: whether the screen may have changed: the day rolled over, or changes noted
    ///   earlier became due and were read.
    public mutating func advanceClock(to now: Date) -> Bool {
        let day = core.state.session.today
        let read = run(.clock(now)).readChanges
        return read || core.state.session.today != day
    }

    /// When the session should wake to read changes it noted but held back (a burst of saves
    /// is read once per `PendingReads.interval`); nil when nothing waits.
    public var readDue: Date? {
        core.state.pendingReads.due
    }

    /// Notes the market files other sessions changed (`markets`, as the kernel named them; nil:
    /// any of them) and reads what the screen in front shows of them: one stat per file, and a
    /// digest per file that really changed. A screen that shows none of them costs nothing
    /// more; it reads them when a screen that shows them comes to the front. Any file (after a
    /// change of team.json or of the folder) also takes the rights as they are now.
    /// - Returns: whether the screen may have changed.
    public mutating func refresh(markets: Set<String>? = nil) -> Bool {
        if markets == nil {
            _ = run(.rights(runner.rights))
            if core.state.ended != nil { return true }
        }
        return run(.filesChanged(MarketFiles(all: markets == nil, ids: markets ?? []))).readChanges
    }

    /// What the kernel said changed (`heard`) and the time (`now`), handed in at a wake of the
    /// session's loop. - Returns: whether the screen may have changed.
    ///
    /// The order keeps a burst of saves to one read per `PendingReads.interval`. With no read
    /// held back, the clock moves first, so a save heard after a quiet spell is read at once and
    /// stamped with the time it was read, and the saves after it wait out the interval from
    /// then; stamped with the wake before, the read would look old and let the next save be read
    /// at once too. With a held-back read due, what was heard is noted first, so that the read
    /// takes it as well.
    public mutating func wake(heard: FolderWatch.Change, at now: Date) -> Bool {
        var changed = readDue == nil && advanceClock(to: now)
        changed = refresh(heard) || changed
        return advanceClock(to: now) || changed
    }

    /// `refresh` for what a folder watch says changed. - Returns: whether the screen may have changed.
    public mutating func refresh(_ change: FolderWatch.Change) -> Bool {
        switch change {
        case .nothing: return false
        case .markets(let markets): return refresh(markets: markets)
        case .everything: return refresh()
        }
    }

    /// Shows `notice` in the status line until the next key.
    public mutating func show(notice: String) {
        core.show(notice: notice)
    }

    /// Feeds `input` to the core and carries out the effects it returns, feeding their results
    /// back in order, until none is left. - Returns: whether one of them was to quit, and
    /// whether changed market files were read.
    private mutating func run(_ input: Input) -> (quit: Bool, readChanges: Bool) {
        carryOut(core.update(input))
    }

    /// Carries out `effects`, feeding their results back in order and carrying out what the
    /// core returns for each, until no effect is left.
    private mutating func carryOut(_ effects: [Effect]) -> (quit: Bool, readChanges: Bool) {
        var pending = effects
        var inputs: [Input] = []
        var outcome = (quit: false, readChanges: false)
        while true {
            for effect in pending {
                let results = runner.perform(effect)
                switch effect {
                case .quit: outcome.quit = true
                case .readChanges: outcome.readChanges = outcome.readChanges || !results.isEmpty
                default: break
                }
                inputs += results
            }
            guard !inputs.isEmpty else { return outcome }
            pending = core.update(inputs.removeFirst())
        }
    }
}
