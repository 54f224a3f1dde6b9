import ArgumentParser
import DangolKit
import Foundation

/// The entry point the `dangol` executable calls.
public enum DangolMain {
    /// The exit status of a refusal on rights: sysexits' EX_NOPERM, as gitolite's forced commands use.
    public static let forbidden: Int32 = 77

    /// Parses the command line and runs the command, or opens the dashboard through `dashboard`
    /// when no subcommand is given (or a session asks for no command). A `DangolError` is one
    /// sentence on standard error and exit status 1, or 77 (EX_NOPERM) for something the
    /// person may not do; usage errors are argument-parser's, with status 64. Every message goes
    /// out as printable text, since it may quote what was typed. Locale variables are checked
    /// first (`LocaleEnvironment`), and a session runs without Swift's backtracer (`SessionStart`).
    public static func run(dashboard: (DashboardLaunch) throws -> Int32) -> Never {
        SessionStart.disableBacktracesIfSession(CommandLine.arguments)
        // Before Foundation reads them: a client's locale is input like any other.
        LocaleEnvironment.sanitize()
        var parsed: ParsableCommand?
        do {
            var command = try DangolCommand.parseAsRoot()
            parsed = command
            if let open = command as? DashboardCommand {
                exit(try dashboard(open.launch()))
            }
            if let session = command as? SessionCommand, let launch = try session.dashboardLaunch() {
                exit(try dashboard(launch))
            }
            try command.run()
            exit(0)
        } catch let error as DangolError {
            let language = (parsed as? UsesDataFolder)?.language
                ?? Language.choose(flag: nil, environment: ProcessInfo.processInfo.environment)
            StandardError.write("dangol: \(error.message(language))")
            if case .forbidden = error { exit(DangolMain.forbidden) }
            exit(1)
        } catch {
            let code = DangolCommand.exitCode(for: error)
            let message = DangolCommand.fullMessage(for: error)
            if !message.isEmpty {
                if code == .success {
                    StandardOutput.write(message)
                } else {
                    StandardError.write(errorLanguage(parsed) == .ko ? ParserErrorText.korean(message) : message)
                }
            }
            exit(code.rawValue)
        }
    }

    /// The language of an error from parsing the command line: the command's, when it was
    /// parsed; else `--lang` as given, the environment's, or the data folder's named by
    /// `--data`, `$DANGOL_DATA` or `./Data` (Korean for a Korean programme).
    static func errorLanguage(_ parsed: ParsableCommand? = nil) -> Language {
        if let command = parsed as? UsesDataFolder { return command.language }
        let arguments = CommandLine.arguments
        func value(of option: String) -> String? {
            arguments.firstIndex(of: option).flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        }
        let folder = DataFolder(path: value(of: "--data") ?? Environment.value("DANGOL_DATA") ?? "Data")
        return Language.choose(flag: value(of: "--lang").flatMap(Language.init(rawValue:)),
                               environment: ProcessInfo.processInfo.environment, dataName: try? folder.readProgram().name)
    }
}
