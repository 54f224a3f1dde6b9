import CPseudoTerminal
import Foundation
import Glibc

/// Runs a program with `posix_spawn` and `waitpid`, closing every inherited descriptor in the
/// child. Foundation's `Process` cannot run `tmux new-session`: the tmux server it forks keeps
/// Process's exit-watching descriptor open, and the client never looks finished. A long-lived
/// server it started (sshd) likewise kept later `Process` children from ever being reaped.
public enum Spawn {
    /// What a program printed and how it ended.
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `path` to its end. - Returns: the exit status and, with `capture`, what it wrote to stdout.
    public static func run(_ path: String, _ arguments: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        let result = try runCapturing(path, arguments, capture: capture)
        return (result.status, result.output)
    }

    /// Runs `path` to its end, with what it wrote to stdout and stderr.
    public static func runCapturing(_ path: String, _ arguments: [String], capture: Bool = true, input: String = "/dev/null",
                                    environment: [String: String] = [:]) throws -> Result {
        let files = (NSTemporaryDirectory() + "dangol-spawn-" + UUID().uuidString, NSTemporaryDirectory() + "dangol-spawn-" + UUID().uuidString)
        defer { unlink(files.0); unlink(files.1) }
        let pid = try start(path, arguments, input: input, output: capture ? files.0 : "/dev/null", errors: capture ? files.1 : "/dev/null",
                            environment: environment)
        let status = wait(pid)
        func read(_ file: String) -> String { capture ? (try? String(contentsOfFile: file, encoding: .utf8)) ?? "" : "" }
        return Result(status: status, output: read(files.0), errors: read(files.1))
    }

    /// Starts `path` in the background, its output going to files, with `environment` added to
    /// this process's own. - Returns: its process id.
    public static func start(_ path: String, _ arguments: [String], input: String = "/dev/null", output: String = "/dev/null",
                             errors: String = "/dev/null", environment: [String: String] = [:]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let inherited = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for descriptor in inherited where descriptor > 2 {
            posix_spawn_file_actions_addclose(&actions, descriptor)
        }
        // Children get a clean signal state, not the test runner's blocked mask.
        var attributes = posix_spawnattr_t()
        spawn_attributes_init_clean(&attributes, 0)
        defer { posix_spawnattr_destroy(&attributes) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var entries = ProcessInfo.processInfo.environment
        entries.merge(environment) { $1 }
        let envp = entries.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        guard spawned == 0 else {
            throw TmuxSession.Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    /// Waits for `pid` to end. - Returns: its exit status, or 128 + the signal that ended it.
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let exited = status & 0x7F == 0
        return exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }
}
