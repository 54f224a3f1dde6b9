import Foundation
import Glibc

/// Figures of a running process, read from /proc.
enum ProcFile {
    /// User and system CPU time of a process so far, in clock ticks.
    static func cpuTicks(_ pid: pid_t) -> Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        // After the command name: state is field 3, utime 14 and stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        return (Int(fields[11]) ?? 0) + (Int(fields[12]) ?? 0)
    }

    /// Time a process has spent on a CPU so far, in nanoseconds (`/proc/PID/schedstat`): exact,
    /// where utime and stime count whole clock ticks, too coarse for microseconds per save.
    static func cpuNanoseconds(_ pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8) else { return 0 }
        return text.split(separator: " ").first.flatMap { Int($0) } ?? 0
    }

    /// A `Name:   123 kB` figure of a /proc file, in kilobytes.
    static func kilobytes(_ name: String, in file: String) -> Double? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name) }) else { return nil }
        return line.split(separator: " ").dropFirst().first.flatMap { Double($0) }
    }
}
