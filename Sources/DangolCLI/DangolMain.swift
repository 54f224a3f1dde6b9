import ArgumentParser
import DangolKit
import Foundation

/// The entry point the `dangol` executable calls.
public enum DangolMain {
    /// Parses the command line and runs the command, or opens the dashboard through `dashboard`
    /// when no subcommand is given. A `DangolError` is one sentence on standard error and exit
    /// status 1; usage errors are argument-parser's, with status 64.
    public static func run(dashboard: (DashboardLaunch) throws -> Int32) -> Never {
        do {
            var command = try DangolCommand.parseAsRoot()
            if let root = command as? DangolCommand {
                exit(try dashboard(root.launch()))
            }
            try command.run()
            exit(0)
        } catch let error as DangolError {
            StandardError.write("dangol: \(error)")
            exit(1)
        } catch {
            DangolCommand.exit(withError: error)
        }
    }
}
