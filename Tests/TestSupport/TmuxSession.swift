import Foundation

/// A detached tmux server of its own (a private socket), for driving the real binary like a
/// user: type keys, read the screen, resize the window.
public final class TmuxSession: @unchecked Sendable {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    private let socket = "dangol-test-" + UUID().uuidString.prefix(8)

    /// Starts `command` (run by sh) in a new window of `width` x `height`.
    public init(width: Int, height: Int, command: String) throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") else {
            throw Failure(description: "tmux is not installed (make deps installs it)")
        }
        // No escape-time: tmux would otherwise hold Esc for 500 ms before passing it on.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", "\(width)", "-y", "\(height)", command], capture: false)
        try tmux(["set-option", "-g", "escape-time", "0"])
        try tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit {
        _ = try? tmux(["kill-server"], capture: false)
    }

    /// A tmux format of the pane (`#{alternate_on}`, `#{cursor_flag}`), as tmux displays it.
    public func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "main", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Ends the tmux server: the pane's terminal hangs up under whatever runs in it.
    public func hangUp() throws {
        try tmux(["kill-server"], capture: false)
    }

    /// Sends tmux key names (`Enter`, `Escape`, `Down`, `q` …).
    public func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "main"] + keys)
    }

    /// Types text literally (Hangul included, as UTF-8).
    public func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "main", "-l", text])
    }

    public func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The screen's lines, trailing spaces removed; with `escapes`, including the SGR sequences
    /// of colours and attributes.
    public func screen(escapes: Bool = false) throws -> [String] {
        try tmux(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", "main"]).components(separatedBy: "\n").dropLast().map { $0 }
    }

    /// Waits until the screen satisfies `condition`, up to `seconds`; returns the last screen.
    /// - Throws: `Failure` with the screen as it was, when it never does.
    @discardableResult
    public func waitFor(_ what: String, seconds: Double = 10, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        var last: [String] = []
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            usleep(50_000)
        }
        throw Failure(description: "timed out waiting for \(what); the screen was:\n" + last.joined(separator: "\n"))
    }

    /// Waits until some line contains `text`.
    @discardableResult
    public func waitFor(text: String, seconds: Double = 10) throws -> [String] {
        try waitFor("'\(text)'", seconds: seconds) { $0.contains { $0.contains(text) } }
    }

    /// Runs one tmux command; only commands whose output is read capture it.
    @discardableResult
    private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let (status, output) = try Spawn.run("/usr/bin/tmux", ["-L", socket] + arguments, capture: capture)
        guard status == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed with status \(status)")
        }
        return output
    }
}
