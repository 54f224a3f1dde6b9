import Foundation

/// Runs the built `dangol` executable as a user would, capturing what it prints.
public struct DangolProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// The executable next to the test bundle (both land in SwiftPM's bin folder), or `$DANGOL_BIN`.
    public static var executable: String {
        if let path = ProcessInfo.processInfo.environment["DANGOL_BIN"] { return path }
        let testBundle = URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = testBundle.deletingLastPathComponent()
        if testBundle.path.contains(".xctest/") {
            folder = URL(fileURLWithPath: String(testBundle.path.prefix(upTo: testBundle.path.range(of: ".xctest/")!.lowerBound)))
                .deletingLastPathComponent()
        }
        return folder.appendingPathComponent("dangol").path
    }

    /// An environment that names no language, so the data's own decides (`Language.choose`).
    /// Every other run asks for English (`DANGOL_LANG=en`), the language most assertions are in.
    public static let noLanguageAsked = ["DANGOL_LANG": ""]

    /// Runs `dangol arguments…` to completion with `environment` added to a minimal one.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try start(arguments, environment: environment).wait()
    }

    /// A started `dangol` process, for tests that signal it mid-run.
    public struct Running {
        public let process: Process
        public let outputPipe: Pipe
        public let errorPipe: Pipe

        /// Waits for the process to end, with everything it printed.
        public func wait() -> Result {
            let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
            let errors = errorPipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                          errors: String(decoding: errors, as: UTF8.self))
        }
    }

    public static func start(_ arguments: [String], environment: [String: String] = [:]) throws -> Running {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var base = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DANGOL_LANG": "en", "HOME": NSTemporaryDirectory()]
        base.merge(environment) { $1 }
        process.environment = base
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        // Run where there is no ./Data, so a command that ignored --data would fail, not pass.
        process.currentDirectoryURL = URL(fileURLWithPath: NSTemporaryDirectory())
        try process.run()
        return Running(process: process, outputPipe: output, errorPipe: errors)
    }
}
