import CPseudoTerminal
import Foundation
import Glibc

/// A program running on a pseudo-terminal, as it would in a user's SSH session: the bench types
/// keys into it and times and counts the bytes it draws, exactly what would cross the network.
final class PseudoTerminal {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What the program wrote after some input, and when its last byte arrived.
    struct Output {
        var bytes: [UInt8]
        /// Seconds from the moment of reference (the key sent, or the start) to the last byte.
        var lastByteAfter: Double?

        var text: String { String(decoding: bytes, as: UTF8.self) }
    }

    let pid: pid_t
    fileprivate let master: Int32
    private var exited = false

    /// Starts `program` on a new terminal of `width` x `height` in a session of its own.
    init(program: String, arguments: [String], environment: [String: String], width: Int, height: Int) throws {
        var name = [CChar](repeating: 0, count: 128)
        master = pseudo_terminal_open(&name, name.count)
        guard master >= 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        let terminalName = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, terminalName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)
        var attributes = posix_spawnattr_t()
        spawn_attributes_init_clean(&attributes, 1)
        defer { posix_spawnattr_destroy(&attributes) }
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, program, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            close(master)
            throw Failure(description: "cannot start \(program): \(String(cString: strerror(spawned)))")
        }
        pid = child
    }

    deinit {
        stop()
        close(master)
    }

    /// Sends `text` as if typed, then reads what the program draws in answer.
    func type(_ text: String, quiet: Double = 0.05, timeout: Double = 5) -> Output {
        let sent = ContinuousClock.now
        _ = Array(text.utf8).withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        return read(since: sent, quiet: quiet, timeout: timeout)
    }

    /// Reads until the program has been silent for `quiet` seconds after writing `marker` (or
    /// anything, without one), or `timeout` passed. The time of the last byte is what a user
    /// sees as "finished drawing".
    func read(since reference: ContinuousClock.Instant, quiet: Double, timeout: Double, marker: String? = nil) -> Output {
        var output = Output(bytes: [], lastByteAfter: nil)
        let deadline = reference + .seconds(timeout)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while ContinuousClock.now < deadline {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(quiet * 1000))
            if ready == 0 {
                let complete = output.lastByteAfter != nil && marker.map { output.text.contains($0) } ?? true
                if complete { break } else { continue }
            }
            if ready < 0 { if errno == EINTR { continue } else { break } }
            let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            output.bytes += buffer[..<count]
            output.lastByteAfter = (ContinuousClock.now - reference).seconds
        }
        return output
    }

    /// A memory figure of the program in megabytes: `VmHWM:` (its peak) or `RssAnon:` (its
    /// private memory now) from /proc/PID/status, `Pss:` from /proc/PID/smaps_rollup.
    func memoryMegabytes(_ field: String) -> Double? {
        let file = field == "Pss:" ? "smaps_rollup" : "status"
        return ProcFile.kilobytes(field, in: "/proc/\(pid)/\(file)").map { $0 / 1024 }
    }

    /// Waits up to `timeout` seconds for the program to end by itself; true when it did.
    @discardableResult
    func waitForExit(timeout: Double) -> Bool {
        let deadline = ContinuousClock.now + .seconds(timeout)
        var status: Int32 = 0
        while ContinuousClock.now < deadline {
            if waitpid(pid, &status, WNOHANG) == pid {
                exited = true
                return true
            }
            _ = read(since: .now, quiet: 0.02, timeout: 0.02)
        }
        return false
    }

    /// Ends the program if it still runs.
    func stop() {
        guard !exited else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exited = true
    }
}

extension PseudoTerminal {
    /// Reads every terminal at once until each has been silent for `quiet` seconds after
    /// writing something, or `timeout` passed. - Returns: for each, the seconds from
    /// `reference` to its last byte (nil: it wrote nothing).
    static func lastBytes(of terminals: [PseudoTerminal], since reference: ContinuousClock.Instant,
                          quiet: Double, timeout: Double) -> [Double?] {
        var last = [Double?](repeating: nil, count: terminals.count)
        var descriptors = terminals.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = reference + .seconds(timeout)
        while ContinuousClock.now < deadline {
            let ready = poll(&descriptors, nfds_t(descriptors.count), Int32(quiet * 1000))
            if ready == 0, last.allSatisfy({ $0 != nil }) { break }
            if ready <= 0 { continue }
            for index in descriptors.indices where descriptors[index].revents & Int16(POLLIN) != 0 {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 { last[index] = (ContinuousClock.now - reference).seconds }
            }
        }
        return last
    }
}

extension PseudoTerminal {
    /// Reads every terminal at once while `going` holds and `lingering` seconds after.
    /// - Returns: for each, the moments (seconds from `reference`) at which output arrived.
    static func arrivals(of terminals: [PseudoTerminal], since reference: ContinuousClock.Instant, lingering: Double,
                         while going: () -> Bool) -> [[Double]] {
        var arrivals = [[Double]](repeating: [], count: terminals.count)
        var descriptors = terminals.map { pollfd(fd: $0.master, events: Int16(POLLIN), revents: 0) }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var deadline = ContinuousClock.Instant.now + .seconds(lingering)
        while ContinuousClock.now < deadline {
            if going() { deadline = .now + .seconds(lingering) }
            guard poll(&descriptors, nfds_t(descriptors.count), 10) > 0 else { continue }
            let now = (ContinuousClock.now - reference).seconds
            for index in descriptors.indices where descriptors[index].revents & Int16(POLLIN) != 0 {
                let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptors[index].fd, $0.baseAddress, $0.count) }
                if count > 0 { arrivals[index].append(now) }
            }
        }
        return arrivals
    }
}

extension Duration {
    /// The duration in seconds, as a Double.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}
