import Foundation
import Glibc

/// The generated data folders the benchmarks run on, made with `dangol generate` once and
/// reused while their size stays the same (`make bench` keeps them under .build/bench).
struct BenchData {
    let dangol: String
    let work: String

    /// A folder of `markets` x `stores` synthetic stores, generated unless already there.
    func folder(markets: Int, stores: Int) throws -> String {
        let path = "\(work)/data-\(markets)x\(stores)"
        if FileManager.default.fileExists(atPath: "\(path)/program.json") { return path }
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        print("Generating \(markets) x \(stores) stores in \(path) …")
        try ProgramRun.run(dangol, ["generate", "--markets", "\(markets)", "--stores", "\(stores)", "--out", path])
        return path
    }

    /// A fresh copy of `folder` for benchmarks that write, on disk before it is used: otherwise
    /// the kernel writes the copy back half a minute later, in the middle of whatever is being
    /// timed, and a save's fsync waits for it.
    func scratchCopy(of folder: String, named name: String) throws -> String {
        let path = "\(work)/\(name)"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: folder, toPath: path)
        sync()
        return path
    }

    /// Builds `folder`'s digest cache, as the first dashboard opened on a copy would, and
    /// flushes it to disk, so that what is timed next is a server in its steady state.
    func warmCache(of folder: String) throws {
        try ProgramRun.run(dangol, ["summary", "--data", folder])
        sync()
    }

    /// Removes the folder's digest cache, as on the first open after a copy or an upgrade.
    static func dropCache(of folder: String) {
        try? FileManager.default.removeItem(atPath: "\(folder)/.dangol/cache")
    }
}

/// Runs a program to its end and times it, as a shell's `time` would.
enum ProgramRun {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// How long a run took: on the clock, and on the CPU (user and system, all its threads).
    struct Timing {
        var wall: Double
        var cpu: Double
    }

    /// Runs `program` with its output going to `output` (or nowhere); throws unless it exits 0.
    /// - Returns: the seconds from start to exit, and the CPU seconds it used.
    @discardableResult
    static func run(_ program: String, _ arguments: [String], output: String? = nil) throws -> Timing {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        if let output {
            _ = FileManager.default.createFile(atPath: output, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        let cpuBefore = childrenCPUSeconds()
        let started = ContinuousClock.now
        try process.run()
        process.waitUntilExit()
        let seconds = (ContinuousClock.now - started).seconds
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
        return Timing(wall: seconds, cpu: childrenCPUSeconds() - cpuBefore)
    }

    /// The CPU seconds of every child process waited for so far.
    private static func childrenCPUSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// The full path of `name` on PATH, or nil.
    static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
