import DangolKit

/// What the command line prints for people (not for scripts), in Korean and English.
enum CLIText {
    static let summaryColumns: [Localized] = [
        Localized("시장", "Market"), Localized("지역", "Region"), Localized("대상", "Eligible"), Localized("개설", "Opened"),
        Localized("참여율", "Rate"), Localized("친구", "Friends"), Localized("평균", "Avg"), Localized("메시지", "Messages"),
        Localized("평균", "Avg"), Localized("포스트", "Posts"), Localized("활성", "Active"), Localized("활성률", "Active %"),
        Localized("연령", "Age"),
    ]
    static let asOfPerRound = Localized("기준일: 차수별", "As of: each round's own day")

    static func asOf(_ day: CalendarDate) -> Localized {
        Localized("기준일 \(day)", "As of \(day)")
    }

    /// "2022 본사업 (기준일 2023-01-29)", ", 진행 중" added while it runs.
    static func round(_ reading: RoundCalendar.Reading) -> Localized {
        let name = RoundText.name(of: reading)
        let day = RoundText.asOf(reading)
        return Localized("\(name.ko) (\(day.ko))", "\(name.en) (\(day.en.prefix(1).lowercased() + day.en.dropFirst()))")
    }

    static func subtotal(markets: Int) -> Localized {
        Localized("소계 \(markets)개 시장", "Subtotal, \(markets) market\(markets == 1 ? "" : "s")")
    }
}

/// What the editing and housekeeping commands say when they are done.
extension CLIText {
    static func channelOpened(_ store: String, _ day: CalendarDate) -> Localized {
        Localized("기록했습니다: \(store) 채널 개설 \(day)", "Recorded: the channel of \(store) opened on \(day).")
    }

    static func friends(_ store: String, _ count: Int, _ day: CalendarDate, replacing: Int?) -> Localized {
        Localized("기록했습니다: \(store) 친구 \(count)명 (\(day))" + (replacing.map { ", 전에는 \($0)명" } ?? ""),
                  "Recorded: \(store) has \(count) friends on \(day)" + (replacing.map { " (replacing \($0))" } ?? "") + ".")
    }

    static func messages(_ store: String, _ count: Int, _ kind: MessageKind, _ day: CalendarDate) -> Localized {
        Localized("기록했습니다: \(store) 메시지 \(kind == .ad ? "광고" : "정보") \(count)건 (\(day))",
                  "Recorded: \(store) sent \(count) \(kind.rawValue) message(s) on \(day).")
    }

    static func post(_ store: String, _ day: CalendarDate) -> Localized {
        Localized("기록했습니다: \(store) 포스트 (\(day))", "Recorded: \(store) published a post on \(day).")
    }

    static func note(by writer: String, on store: String, _ day: CalendarDate) -> Localized {
        Localized("기록했습니다: \(store)에 \(writer) 님의 메모 (\(day))", "Recorded: a note by \(writer) on \(store), \(day).")
    }

    static func storeAdded(_ id: String, _ name: String, to market: String) -> Localized {
        Localized("\(market)에 점포 \(id) (\(name))을(를) 추가했습니다.", "Added store \(id) (\(name)) to \(market).")
    }

    static func storeEdited(_ name: String, in market: String) -> Localized {
        Localized("\(market)의 \(name) 정보를 고쳤습니다.", "Edited \(name) in \(market).")
    }

    static let awardColumns: [Localized] = [
        Localized("상", "Award"), Localized("점포", "Store"), Localized("시장", "Market"), Localized("친구", "Friends"),
        Localized("메시지", "Messages"), Localized("포스트", "Posts"), Localized("친구+메시지+포스트", "Points"), Localized("점수", "Score"),
    ]

    static let workbookToTerminal = Localized("워크북은 터미널에 쓰지 않습니다: 파일로 보내세요 (> 요약.xlsx, 또는 --output)",
                                              "a workbook is not written to a terminal; send it to a file (> summary.xlsx, or --output)")

    static let standardInput = Localized("표준 입력", "standard input")

    static func roundAdded(_ id: String, _ name: String) -> Localized {
        Localized("차수 \(id) (\(name))을(를) 추가했습니다. 시장은 dangol market add --round \(id) 또는 market set --round \(id)로 넣습니다.",
                  "Added round \(id) (\(name)). Put markets in it with dangol market add --round \(id) or market set --round \(id).")
    }

    static func roundChanged(_ id: String) -> Localized {
        Localized("차수 \(id)을(를) 고쳤습니다.", "Changed round \(id).")
    }

    static func roundColumns(_ language: Language) -> [String] {
        language == .ko ? ["차수", "이름", "후속 주", "시장"] : ["round", "name", "follow-up weeks", "markets"]
    }

    static func marketMoved(_ id: String, to round: String?) -> Localized {
        guard let round else { return Localized("시장 \(id)을(를) 차수에서 뺐습니다.", "Took market \(id) out of its round.") }
        return Localized("시장 \(id)을(를) 차수 \(round)에 넣었습니다.", "Put market \(id) in round \(round).")
    }

    static func marketUnchanged(_ id: String) -> Localized {
        Localized("시장 \(id)은(는) 이미 그렇습니다: 바꾼 것이 없습니다.", "Market \(id) is like that already: nothing changed.")
    }

    static func scheduleSet(_ id: String, _ schedule: MarketSchedule?) -> Localized {
        guard let schedule else { return Localized("시장 \(id)의 일정을 지웠습니다.", "Cleared market \(id)'s schedule.") }
        return Localized("시장 \(id)의 일정: \(schedule.starts)부터 \(schedule.weeks)주.", "Market \(id)'s schedule: \(schedule.weeks) weeks from \(schedule.starts).")
    }

    static func marketAdded(_ id: String, _ name: String, to path: String) -> Localized {
        Localized("\(path)에 시장 \(id) (\(name))을(를) 추가했습니다.", "Added market \(id) (\(name)) to \(path).")
    }

    static func valid(_ path: String, markets: Int) -> Localized {
        Localized("\(path): program.json과 시장 파일 \(markets)개 모두 이상 없습니다.", "\(path): program.json and \(markets) market files are valid.")
    }

    static func nothingImported(_ rows: Int) -> Localized {
        Localized("dangol: 잘못된 행이 \(rows)개 있어 아무것도 가져오지 않았습니다.", "dangol: nothing was imported: \(rows) bad row(s).")
    }

    static func importRead(_ file: String, encoding: String, rows: Int) -> Localized {
        Localized("\(file)을(를) 읽었습니다 (\(encoding), \(rows)행).", "Read \(file) (\(encoding), \(rows) rows).")
    }

    static func ignoredColumns(_ headers: [String]) -> Localized {
        let list = headers.joined(separator: ", ")
        return Localized("모르는 열은 읽지 않았습니다: \(list).", "Ignored columns: \(list).")
    }

    static func importCounts(added: Int, updated: Int, unchanged: Int, dryRun: Bool) -> Localized {
        dryRun
            ? Localized("추가될 점포 \(added), 바뀔 점포 \(updated), 그대로 \(unchanged).", "Would add \(added), would update \(updated), \(unchanged) unchanged.")
            : Localized("추가 \(added), 변경 \(updated), 그대로 \(unchanged).", "Added \(added), updated \(updated), \(unchanged) unchanged.")
    }

    static let dryRun = Localized("아무것도 쓰지 않았습니다 (--dry-run).", "Nothing was written (--dry-run).")

    static func wroteReport(_ format: String, to path: String) -> Localized {
        Localized("\(format) 보고서를 \(path)에 썼습니다.", "Wrote the \(format) report to \(path).")
    }

    static func wroteMarkets(_ count: Int, to path: String) -> Localized {
        Localized("시장 \(count)개를 \(path)에 썼습니다.", "Wrote \(count) market(s) to \(path).")
    }

    static func generated(markets: Int, stores: Int, to path: String, seconds: String) -> Localized {
        Localized("점포 \(stores)곳씩 시장 \(markets)개를 \(path)에 썼습니다 (\(seconds)초).",
                  "Wrote \(markets) markets of \(stores) stores to \(path) in \(seconds) s.")
    }

    static func badToday(_ text: String) -> Localized {
        Localized("DANGOL_TODAY는 2022-11-14 같은 날짜여야 합니다 ('\(text)'이 아니라)", "DANGOL_TODAY must be a date like 2022-11-14, not '\(text)'")
    }

    static func readOnlyNewFolder(_ command: String) -> Localized {
        Localized("읽기 전용 세션입니다: \(command)은(는) 새 폴더를 쓰므로 아무것도 쓰지 않았습니다",
                  "this session is read-only: \(command) writes a new folder, so nothing was written")
    }

    static func badAmbiguous(_ value: String) -> Localized {
        Localized("DANGOL_AMBIGUOUS는 narrow, wide, ascii 중 하나여야 합니다 ('\(value)'이 아니라)",
                  "DANGOL_AMBIGUOUS must be narrow, wide or ascii, not '\(value)'")
    }

    static func nothingToRepair(_ id: String) -> Localized {
        Localized("시장 \(id)은(는) 이미 모든 한도 안에 있어 고칠 것이 없습니다.", "Market \(id) is within every bound already; nothing to repair.")
    }

    static func repaired(_ id: String, keptAt: String) -> Localized {
        Localized("시장 \(id)을(를) 한도 안으로 고쳐 저장했습니다. 고치기 전 파일은 \(keptAt)에 두었습니다.",
                  "Repaired market \(id) within its bounds and saved it; the file as it was is kept at \(keptAt).")
    }
}

/// A command that works on a data folder, so that its messages, errors included, come in the
/// language `CommonOptions` chooses.
protocol UsesDataFolder {
    var common: CommonOptions { get }
}

extension UsesDataFolder {
    /// The language of this run: `--lang`, the environment, else the data's.
    var language: Language {
        common.language(of: try? common.folder.readProgram())
    }

    /// Prints `text` in this run's language.
    func say(_ text: Localized) {
        StandardOutput.write(text(language))
    }
}
