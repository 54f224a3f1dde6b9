import DangolDashboard
import DangolKit
import Foundation
import Glibc

/// Runs a dashboard in the terminal until the user quits or a signal arrives, and always
/// gives the terminal back as it found it.
public enum DashboardRunner {
    /// - Parameters:
    ///   - colors: whether to use colour (false for NO_COLOR and --no-color).
    ///   - options: language and symbols; falls back to ASCII when no UTF-8 locale exists.
    ///   - watch: how other sessions' saves are noticed: kernel events, else a look once a second.
    ///   - makeDashboard: builds the dashboard for the terminal's size, the final options and the
    ///     moment it starts.
    ///   - ended: called with the dashboard's last state however it ends (a key, a signal, the
    ///     connection dropped), once the terminal is given back.
    /// - Returns: the exit status: 0 after `q`, 128 + the signal after SIGTERM, SIGHUP or SIGINT,
    ///   77 when team.json no longer lists the member (the terminal restored, the reason on standard error).
    public static func run(
        colors: Bool, options: DisplayOptions, watch: FolderWatch,
        makeDashboard: (_ width: Int, _ height: Int, _ options: DisplayOptions, _ now: Date) throws -> Dashboard,
        ended: (DashboardState) -> Void = { _ in }
    ) throws -> Int32 {
        TerminationSignal.install()
        var options = options
        if !TerminalLocale.adopt() { options.ambiguous = .ascii }
        let screen = try CursesScreen(colors: colors)
        defer { screen.stop() }
        var dashboard = try makeDashboard(screen.size.width, screen.size.height, options, Date())
        let status = loop(&dashboard, on: screen, watch: watch, language: options.language)
        screen.stop()
        ended(dashboard.state)
        return status
    }

    /// Draws and runs `dashboard` until it ends. - Returns: the exit status (see `run`).
    private static func loop(_ dashboard: inout Dashboard, on screen: CursesScreen, watch: FolderWatch, language: Language) -> Int32 {
        if case .polling(let reason) = watch.mode { dashboard.show(notice: reason(language)) }
        screen.draw(dashboard.render())
        // With kernel events an idle dashboard sleeps in one poll until the next local midnight
        // (or for good, when its day is pinned), when its day rolls over; without, it looks once
        // a second (one stat per market file). Nothing is drawn unless something changed.
        let polling = watch.mode != .notifying
        while TerminationSignal.received == nil {
            let session = dashboard.state.session
            let due = dashboard.readDue
            let limit = earliest(polling ? FolderWatch.pollingInterval : session.followsClock ? milliseconds(until: session.dayEnds) : -1,
                                 due.map(milliseconds(untilRead:)))
            // While a read is held back (a burst of saves), later saves wait in the kernel's
            // queue instead of waking the session one by one; they are read together when it is due.
            let wake = screen.waitForInput(milliseconds: limit, other: due == nil ? watch.descriptor : -1)
            if wake == .hangUp { return 128 + SIGHUP }
            let heard = wake == .changed || due != nil ? watch.drain() : wake == .timeout && polling ? .everything : .nothing
            // The clock is the core's input like a key: read here, handed in at every wake with
            // what the watch heard, in the order `Dashboard.wake` explains.
            var changed = dashboard.wake(heard: heard, at: Date())
            // Every key already typed (and a resize, which arrives as a signal) is handled
            // before the one redraw.
            while TerminationSignal.received == nil, let event = screen.nextEvent() {
                if event == .repaint || event.isResize { screen.invalidate() }
                guard dashboard.handle(event) else { return 0 }
                changed = true
            }
            // The watch follows the screen in front; coming back to one that shows more, the
            // session looks at what it did not hear of meanwhile.
            changed = dashboard.refresh(watch.follow(dashboard.state.shownMarkets)) || changed
            if let reason = dashboard.state.ended {
                screen.stop()
                ClientErrors.write("dangol: \(TextRules.printable(reason))")
                return 77
            }
            if changed { screen.draw(dashboard.render()) }
        }
        return 128 + (TerminationSignal.received ?? 0)
    }

    /// How long until just after `moment` (the end of the session's day), for the one wake a
    /// day an idle session makes; at least a second, at most a day.
    private static func milliseconds(until moment: Date) -> Int32 {
        Int32(max(1_000, min(moment.timeIntervalSinceNow * 1_000 + 1_000, 86_401_000)))
    }

    /// How long until a held-back read is due: at least a millisecond, so the wait is a wait.
    private static func milliseconds(untilRead due: Date) -> Int32 {
        Int32(max(1, min(due.timeIntervalSinceNow * 1_000 + 1, 60_000)))
    }

    /// The sooner of two waits in milliseconds (-1: no limit).
    private static func earliest(_ limit: Int32, _ other: Int32?) -> Int32 {
        guard let other else { return limit }
        return limit < 0 ? other : min(limit, other)
    }
}
