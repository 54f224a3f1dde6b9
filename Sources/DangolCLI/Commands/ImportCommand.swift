import ArgumentParser
import DangolKit

/// `dangol import`: merges a spreadsheet's store list into a market, all or nothing.
struct ImportCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a market's store list from CSV (UTF-8, UTF-8 with BOM, or CP949).",
        discussion: """
            Headers in English (id,name,category,owner_age,eligible,tutor,channel_opened_on,friends,messages) \
            or Korean (점포코드,점포명,업종,대표자연령,참여대상,담당튜터,채널개설일,친구수,메시지발송); only the \
            name is required. Rows match stores by id, else by name. friends is the current count and messages \
            the total sent so far; differences are recorded as of today. Any bad row and nothing is written. \
            The import is journaled as one change, which u in the dashboard undoes whole.
            """)

    @OptionGroup var common: CommonOptions

    @Argument(help: ArgumentHelp("The CSV file, or - for standard input (how a session sends one: ssh … import --market ID - < 명단.csv).",
                                 valueName: "file.csv"))
    var file: String

    @Option(help: ArgumentHelp("The market to import into.", valueName: "id"))
    var market: String

    @Flag(name: .customLong("dry-run"), help: "Report what would change and write nothing.")
    var dryRun = false

    @Option(parsing: .unconditional, help: ArgumentHelp(
        "What to call a sheet sent on standard input, in messages and the journal (default: standard input).", valueName: "name"))
    var sheetName: String?

    func validate() throws {
        try IDArgument.check(market: market)
        guard let sheetName else { return }
        if let problem = TextRules.problem(in: sheetName) ?? Bounds.lengthProblem(sheetName, Bounds.sheetName) {
            throw ValidationError("--sheet-name: \(problem.en)")
        }
    }

    /// The sheet as messages and the journal name it: its path, or for `-` the name given
    /// (`--sheet-name 명단.csv`), else 표준 입력 / standard input.
    private var name: String {
        file == "-" ? sheetName?.trimmingWhitespace ?? CLIText.standardInput(language) : file
    }

    func run() throws {
        let folder = try common.folder
        let bytes = file == "-" ? try FileIO.readStandardInput(limit: .sheet) : try FileIO.read(path: file, limit: .sheet).bytes
        let sheet: Sheet
        let outcomes: [SheetImport.Outcome]
        do {
            sheet = try Sheet(bytes: bytes, file: name)
            let importer = SheetImport(sheet: sheet, file: name, today: try common.today())
            if dryRun {
                var copy = try folder.readMarket(market)
                outcomes = try importer.apply(to: &copy)
            } else {
                // One journal entry for the whole sheet: the dashboard's u takes it back whole.
                outcomes = try folder.saveImport(into: market, sheet: name, author: common.author()) { try importer.apply(to: &$0) }.result
            }
        } catch let refusal as SheetImport.Refusal {
            refusal.problems.forEach { StandardError.write($0.text(language)) }
            StandardError.write(CLIText.nothingImported(refusal.problems.count)(language))
            throw ExitCode.failure
        }
        StandardOutput.write(ImportReport(sheet: sheet, file: name, outcomes: outcomes, dryRun: dryRun).lines(language).joined(separator: "\n"))
    }
}

/// What an import did (or would do), store by store.
struct ImportReport {
    let sheet: Sheet
    let file: String
    let outcomes: [SheetImport.Outcome]
    let dryRun: Bool

    func lines(_ language: Language) -> [String] {
        var added = 0, updated = 0, unchanged = 0
        var details: [String] = []
        for outcome in outcomes {
            switch outcome {
            case .added(let store):
                added += 1
                details.append("  + \(store.id) \(store.name)")
            case .updated(let before, let after):
                updated += 1
                details.append("  ~ \(after.id) \(after.name): " + StoreChanges.between(before, after, in: sheet).joined(separator: ", "))
            case .unchanged:
                unchanged += 1
            }
        }
        var lines = [CLIText.importRead(file, encoding: sheet.format, rows: sheet.rows.count)(language)]
        if !sheet.ignoredHeaders.isEmpty {
            lines.append(CLIText.ignoredColumns(sheet.ignoredHeaders)(language))
        }
        lines.append(CLIText.importCounts(added: added, updated: updated, unchanged: unchanged, dryRun: dryRun)(language))
        return lines + details + (dryRun ? [CLIText.dryRun(language)] : [])
    }
}
