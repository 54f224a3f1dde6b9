import DangolDashboard
import DangolKit
import Glibc

/// Runs a dashboard in the terminal until the user quits or a signal arrives, and always
/// gives the terminal back as it found it.
public enum DashboardRunner {
    /// - Parameters:
    ///   - colors: whether to use colour (false for NO_COLOR and --no-color).
    ///   - options: language and symbols; falls back to ASCII when no UTF-8 locale exists.
    ///   - watch: how other sessions' saves are noticed: kernel events, else a look once a second.
    ///   - makeDashboard: builds the dashboard for the terminal's size and the final options.
    /// - Returns: the exit status: 0 after `q`, 128 + the signal after SIGTERM, SIGHUP or SIGINT,
    ///   77 when team.json no longer lists the member (the terminal restored, the reason on standard error).
    public static func run(
        colors: Bool, options: DisplayOptions, watch: FolderWatch,
        makeDashboard: (_ width: Int, _ height: Int, _ options: DisplayOptions) throws -> Dashboard
    ) throws -> Int32 {
        TerminationSignal.install()
        var options = options
        if !TerminalLocale.adopt() { options.ambiguous = .ascii }
        let screen = try CursesScreen(colors: colors)
        defer { screen.stop() }
        var dashboard = try makeDashboard(screen.size.width, screen.size.height, options)
        if case .polling(let reason) = watch.mode { dashboard.show(notice: reason(options.language)) }
        screen.draw(dashboard.render())
        // With kernel events an idle dashboard sleeps in one poll with no time limit; without,
        // it looks once a second (one stat per market file). Nothing is drawn unless a file changed.
        let limit = watch.mode == .notifying ? -1 : FolderWatch.pollingInterval
        while TerminationSignal.received == nil {
            let wake = screen.waitForInput(milliseconds: limit, other: watch.descriptor)
            if wake == .hangUp { return 128 + SIGHUP }
            // Every key already typed (and a resize, which arrives as a signal) is handled
            // before the one redraw.
            var changed = false
            while TerminationSignal.received == nil, let event = screen.nextEvent() {
                if event == .repaint || event.isResize { screen.invalidate() }
                guard dashboard.handle(event) else { return 0 }
                changed = true
            }
            if TerminationSignal.received == nil {
                switch wake == .changed ? watch.drain() : (wake == .timeout && limit >= 0 ? .everything : .nothing) {
                case .nothing: break
                case .markets(let markets): changed = dashboard.refresh(markets: markets) || changed
                case .everything: changed = dashboard.refresh() || changed
                }
            }
            if let reason = dashboard.state.ended {
                screen.stop()
                ClientErrors.write("dangol: \(TextRules.printable(reason))")
                return 77
            }
            if changed { screen.draw(dashboard.render()) }
        }
        return 128 + (TerminationSignal.received ?? 0)
    }
}
