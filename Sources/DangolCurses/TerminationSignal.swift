import Glibc

/// The signal that asked dangol to stop (SIGTERM, SIGHUP when an SSH connection drops,
/// SIGINT), or 0. Set from a signal handler, so a plain integer and nothing more.
nonisolated(unsafe) private var receivedSignal: Int32 = 0

/// Turns SIGTERM, SIGHUP and SIGINT into a flag the event loop checks, so the terminal is
/// always restored by the loop itself rather than from inside a signal handler.
enum TerminationSignal {
    static func install() {
        unblockTerminalSignals()
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { receivedSignal = $0 }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: the blocking key read returns, and the loop sees the flag at once.
        action.sa_flags = 0
        for signal in [SIGTERM, SIGHUP, SIGINT] {
            sigaction(signal, &action, nil)
        }
    }

    /// Unblocks the signals a terminal program relies on. A parent may hand down a mask that
    /// blocks them (test runners and some daemons do); then resizes would never redraw and
    /// SIGTERM or a dropped SSH connection would leave dangol running.
    private static func unblockTerminalSignals() {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT] {
            sigaddset(&signals, signal)
        }
        sigprocmask(SIG_UNBLOCK, &signals, nil)
    }

    /// The signal received, or nil.
    static var received: Int32? {
        receivedSignal == 0 ? nil : receivedSignal
    }
}
