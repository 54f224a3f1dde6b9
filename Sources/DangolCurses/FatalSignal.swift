import CNcursesw
import Glibc

/// What the fatal-signal handler writes and restores; set up before the handler is installed,
/// only read inside it. Raw memory, so the handler touches no Swift runtime machinery.
private struct FatalRestore {
    var bytes: UnsafeMutablePointer<UInt8>
    var count: Int
    var modes: UnsafeMutablePointer<termios>
    var hasModes: Bool
    var previous: UnsafeMutablePointer<sigaction>
}

nonisolated(unsafe) private var fatalRestore: UnsafeMutablePointer<FatalRestore>?

/// Gives the terminal back even when dangol dies of a Swift runtime trap (SIGILL or SIGTRAP:
/// an overflow, a failed precondition), a crash (SIGSEGV, SIGBUS, SIGFPE) or an abort.
///
/// The handler only does what is safe in a signal handler: it writes the terminal's own
/// sequences for leaving the alternate screen, showing the cursor and resetting attributes,
/// puts back the line modes the terminal had before curses started, then hands the signal to
/// whatever handled it before (the Swift runtime's backtracer, or the default: a core dump).
enum FatalSignal {
    static let signals = [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE]

    /// Records the line modes to return to; call before curses changes them.
    static func saveModes() -> termios? {
        var modes = termios()
        return tcgetattr(STDIN_FILENO, &modes) == 0 ? modes : nil
    }

    /// Installs the handler; curses must be running, so the terminal's sequences are known.
    static func install(restoringModes modes: termios?) {
        let sequence = ["sgr0", "cnorm", "rmkx", "rmcup"].flatMap(capability) + Array("\r\n".utf8)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: sequence.count)
        bytes.initialize(from: sequence, count: sequence.count)
        let savedModes = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        savedModes.initialize(to: modes ?? termios())
        let previous = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        previous.initialize(repeating: sigaction(), count: Int(NSIG))
        let restore = UnsafeMutablePointer<FatalRestore>.allocate(capacity: 1)
        restore.initialize(to: FatalRestore(bytes: bytes, count: sequence.count, modes: savedModes, hasModes: modes != nil, previous: previous))
        fatalRestore = restore

        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { number, info, _ in
            guard let restore = fatalRestore else { return }
            _ = write(STDOUT_FILENO, restore.pointee.bytes, restore.pointee.count)
            if restore.pointee.hasModes { _ = tcsetattr(STDIN_FILENO, TCSANOW, restore.pointee.modes) }
            if let info, info.pointee.si_code > 0 {
                // A real fault or trap: returning runs the faulting instruction again, and the
                // previous handler (the runtime's backtracer, or the default) takes it from there.
                sigaction(number, restore.pointee.previous + Int(number), nil)
            } else {
                // Sent by kill or abort(): nothing to run again, so end the process by it.
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_SIGINFO
        for signal in signals {
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Puts the previous handlers back once the terminal has been restored the normal way.
    static func uninstall() {
        guard let restore = fatalRestore else { return }
        for signal in signals {
            sigaction(signal, restore.pointee.previous + Int(signal), nil)
        }
        fatalRestore = nil
    }

    /// The bytes of a string capability of the terminal, or none.
    private static func capability(_ name: String) -> [UInt8] {
        guard let value = name.withCString({ tigetstr(UnsafeMutablePointer(mutating: $0)) }),
              Int(bitPattern: value) != -1 else { return [] }
        return Array(String(cString: value).utf8)
    }
}
