import CPseudoTerminal
import Foundation
import Glibc

/// Runs a program with `posix_spawn` and `waitpid`, closing every inherited descriptor in the
/// child. Foundation's `Process` cannot run `tmux new-session`: the tmux server it forks keeps
/// Process's exit-watching descriptor open, and the client never looks finished.
enum Spawn {
    /// - Returns: the exit status and, with `capture`, what the program wrote to stdout.
    static func run(_ path: String, _ arguments: [String], capture: Bool) throws -> (status: Int32, output: String) {
        let outputFile = NSTemporaryDirectory() + "dangol-spawn-" + UUID().uuidString
        defer { unlink(outputFile) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outputFile : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
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
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard spawned == 0 else {
            throw TmuxSession.Failure(description: "cannot start \(path): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let output = capture ? (try? String(contentsOfFile: outputFile, encoding: .utf8)) ?? "" : ""
        let exited = status & 0x7F == 0
        return (exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F), output)
    }
}
