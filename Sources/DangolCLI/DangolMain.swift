import ArgumentParser
import DangolKit
import Foundation

/// The entry point the `dangol` executable calls.
public enum DangolMain {
    /// Parses the command line and runs the command, or opens the dashboard through `dashboard`
    /// when no subcommand is given. A `DangolError` is one sentence on standard error and exit
    /// status 1; usage errors are argument-parser's, with status 64. Every message goes out as
    /// printable text, since it may quote what was typed.
    public static func run(dashboard: (DashboardLaunch) throws -> Int32) -> Never {
        var parsed: ParsableCommand?
        do {
            var command = try DangolCommand.parseAsRoot()
            parsed = command
            if let open = command as? DashboardCommand {
                exit(try dashboard(open.launch()))
            }
            try command.run()
            exit(0)
        } catch let error as DangolError {
            let language = (parsed as? UsesDataFolder)?.language
                ?? Language.choose(flag: nil, environment: ProcessInfo.processInfo.environment)
            StandardError.write("dangol: \(error.message(language))")
            exit(1)
        } catch {
            let code = DangolCommand.exitCode(for: error)
            let message = DangolCommand.fullMessage(for: error)
            if !message.isEmpty {
                if code == .success { StandardOutput.write(message) } else { StandardError.write(message) }
            }
            exit(code.rawValue)
        }
    }
}
