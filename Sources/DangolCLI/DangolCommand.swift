import ArgumentParser
import DangolDashboard
import DangolKit
import Foundation

/// `dangol`: the root command. Without a subcommand it opens the dashboard.
public struct DangolCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dangol",
        abstract: "Progress of the 우리동네 단골시장 programme, market by market and store by store.",
        discussion: "Without a subcommand, opens the dashboard. Press ? in it for every key.",
        subcommands: [
            DashboardCommand.self, SummaryCommand.self, CheckCommand.self, MarketCommand.self, StoreCommand.self,
            RecordCommand.self, ImportCommand.self, ExportCommand.self, ReportCommand.self, AwardsCommand.self, RoundCommand.self, SampleCommand.self,
            GenerateCommand.self,
            TeamCommand.self, SessionCommand.self,
        ],
        // The dashboard's own options (--lang, --tutor …) belong to it alone, so they can never
        // swallow a subcommand's option of the same name, and given with another command they
        // are refused instead of ignored.
        defaultSubcommand: DashboardCommand.self)

    @OptionGroup var common: CommonOptions

    public init() {}
}

/// `dangol dashboard` (what `dangol` alone runs): the full-screen dashboard.
struct DashboardCommand: ParsableCommand, UsesDataFolder {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (what dangol without a subcommand does).")

    @OptionGroup var common: CommonOptions

    @Option(help: ArgumentHelp(
        "How your terminal draws bars, borders and arrows: narrow, wide (PuTTY with a Korean charset, "
            + "\"ambiguous characters are wide\") or ascii (default: $DANGOL_AMBIGUOUS, else narrow).",
        valueName: "width"))
    var ambiguous: AmbiguousWidth?

    @Flag(name: .customLong("no-color"), help: "No colours (also when NO_COLOR is set).")
    var noColor = false

    @Option(parsing: .unconditional, help: ArgumentHelp("Who your edits are by (default: $DANGOL_TUTOR, else your login name).", valueName: "name"))
    var tutor: String?

    @OptionGroup var figures: FiguresOptions


    /// What the dashboard needs from the command line and the environment; in a session,
    /// `memory` is what the member chose before (`MemberSession`), used where the command line
    /// chooses nothing, and kept again when the session ends.
    func launch(member: String? = nil, memory: MemberSession = MemberSession()) throws -> DashboardLaunch {
        let folder = try common.folder
        let program = try folder.readProgram()
        if let round = figures.round, !program.rounds.contains(where: { $0.id == round }) {
            throw DangolError.notFound(KitText.noRound(round, known: program.rounds.map(\.id)))
        }
        let ambiguousSetting = try ambiguous ?? memory.ambiguous.flatMap(AmbiguousWidth.init(rawValue:))
            ?? Environment.value("DANGOL_AMBIGUOUS").map { value in
                guard let setting = AmbiguousWidth(rawValue: value) else {
                    throw DangolError.refused(CLIText.badAmbiguous(value))
                }
                return setting
            } ?? .narrow
        let (round, place) = try start(program: program, folder: folder, memory: memory)
        return DashboardLaunch(
            folder: folder,
            options: DisplayOptions(language: common.lang ?? memory.language ?? common.language(of: program), ambiguous: ambiguousSetting),
            // NO_COLOR counts when set to anything but the empty string (no-color.org).
            colors: !noColor && memory.noColor != true && Environment.value("NO_COLOR") == nil,
            today: try common.today(),
            followsClock: Environment.value("DANGOL_TODAY") == nil,
            asOf: figures.asOf,
            round: round,
            author: try common.author(tutor: tutor),
            readOnly: folder.isReadOnly,
            place: place,
            member: member,
            memory: memory)
    }

    /// The round the overview opens narrowed to and where: `--round` on the overview; else the
    /// round and screen the member's last session ended on; else, for a member with markets of
    /// their own, the round of the first and the cursor on it.
    private func start(program: Program, folder: DataFolder, memory: MemberSession) throws -> (round: String?, place: Dashboard.Place?) {
        if let round = figures.round { return (round, nil) }
        let known = Set(program.rounds.map(\.id))
        if memory.round != nil || memory.market != nil {
            return (memory.round.flatMap { known.contains($0) ? $0 : nil },
                    memory.market.map { Dashboard.Place(market: $0, store: memory.store, opens: true) })
        }
        guard let own = folder.rights.member?.markets.first else { return (nil, nil) }
        return (program.round(ofMarket: own)?.id, Dashboard.Place(market: own, opens: false))
    }
}

extension Language: ExpressibleByArgument {}
extension AmbiguousWidth: ExpressibleByArgument {}

/// Everything needed to open the dashboard, decided before the terminal is touched.
public struct DashboardLaunch {
    public let folder: DataFolder
    public let options: DisplayOptions
    public let colors: Bool
    public let today: CalendarDate
    /// Whether the dashboard's day rolls over at midnight (not when `DANGOL_TODAY` pins it).
    public let followsClock: Bool
    public let asOf: CalendarDate?
    public let round: String?
    public let author: String
    public let readOnly: Bool
    /// Where the dashboard opens, when not on the overview's first market.
    public let place: Dashboard.Place?
    /// The session's member, whose choices are kept when it ends; nil outside a session.
    public let member: String?
    /// What the member chose, as kept from their last session and changed by this one's options.
    public let memory: MemberSession

    /// The dashboard on this launch's data, at a terminal size and with final display options,
    /// starting at `now`.
    public func dashboard(width: Int, height: Int, options: DisplayOptions, now: Date) throws -> Dashboard {
        try Dashboard(data: folder, options: options, width: width, height: height, today: today, now: now,
                      followsClock: followsClock, asOf: asOf, round: round, author: author, readOnly: readOnly, place: place,
                      draft: memory.draft.flatMap { $0.hasExpired(at: now) ? nil : $0 })
    }

    /// Keeps what the member chose, the round and screen `state` ended on, and the form open
    /// then as a draft, for their next login (a session only ends with a form open when its
    /// connection dropped: `q` in a form is a letter). A setting is not worth an error at the
    /// end of a session: one that cannot be written is left as it was.
    public func remember(_ state: DashboardState) {
        guard let member, state.ended == nil else { return }
        var memory = memory
        (memory.round, memory.market, memory.store) = state.resumable
        memory.draft = state.draft(at: Date())
        try? folder.remember(memory, of: member)
    }
}
