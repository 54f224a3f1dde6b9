import DangolKit
import Glibc

/// What a `dangol … session ID` process does before anything else: it runs with Swift's
/// backtracer off, since a backtrace would show the client the server's registers, library
/// paths and source. The runtime reads `SWIFT_BACKTRACE` only as a process starts, so a session
/// started without it starts itself again with it (once: the new process has it).
enum SessionStart {
    static let backtraceSetting = "enable=no"

    /// Starts this process again with the backtracer off when `arguments` run a session.
    static func disableBacktracesIfSession(_ arguments: [String]) {
        guard isSession(arguments), getenv("SWIFT_BACKTRACE").map({ String(cString: $0) }) != backtraceSetting else { return }
        setenv("SWIFT_BACKTRACE", backtraceSetting, 1)
        var pointers = arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &pointers)
        // Not started again (no /proc): go on; the crash log still keeps reports from the client.
    }

    /// Whether the first word that is not one of the root's options is `session`.
    static func isSession(_ arguments: [String]) -> Bool {
        var index = 1
        while index < arguments.count {
            let word = arguments[index]
            if word == "--data" || word == "--lang" {
                index += 2
            } else if word.hasPrefix("--") {
                index += 1
            } else {
                return word == "session"
            }
        }
        return false
    }
}
