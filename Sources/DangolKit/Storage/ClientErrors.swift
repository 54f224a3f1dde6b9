import Glibc

/// Where messages for the person at the other end go: standard error, except in a session,
/// whose own standard error is moved to a log on the server (`divertCrashReports`) so that a
/// crash never shows a client the server's paths, registers or source lines.
public enum ClientErrors {
    /// The descriptor the person reads their errors on.
    nonisolated(unsafe) public private(set) static var descriptor: Int32 = STDERR_FILENO

    /// Writes `line` and a line break for the person to read.
    public static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    }

    /// The largest the crash log grows; past it, the next session starts it afresh.
    static let crashLogBytes = 1 << 20

    /// The crash log's name in `.dangol/log/`.
    static let crashLogName = "session-errors.log"

    /// Makes the crash log of `folder` (`.dangol/log/session-errors.log`) unless it is
    /// there: the server's setup does it once (`team authorized-keys --install`), so that a
    /// session writes nothing into the data folder until something goes wrong.
    public static func createCrashLog(in folder: DataFolder) throws {
        let log = try folder.stateFolder("log", creating: true)
        close(try log.openForWriting(crashLogName, flags: O_WRONLY | O_APPEND | O_CREAT))
    }

    /// Keeps the client's standard error for `write`, and points file descriptor 2 (where the
    /// Swift runtime reports a fatal error, with the server's source paths) at the crash log of
    /// `folder` when the server has one, else at /dev/null.
    public static func divertCrashReports(into folder: DataFolder) {
        guard descriptor == STDERR_FILENO else { return }
        let saved = fcntl(STDERR_FILENO, F_DUPFD_CLOEXEC, 3)
        guard saved >= 0 else { return }
        descriptor = saved
        var log = (try? folder.stateFolder("log")).flatMap { try? $0.openForWriting(crashLogName, flags: O_WRONLY | O_APPEND) } ?? -1
        if log >= 0 {
            var info = stat()
            if fstat(log, &info) == 0, Int(info.st_size) > crashLogBytes { _ = ftruncate(log, 0) }
        } else {
            log = open("/dev/null", O_WRONLY | O_CLOEXEC)
        }
        if log >= 0 {
            dup2(log, STDERR_FILENO)
            close(log)
        }
    }
}
