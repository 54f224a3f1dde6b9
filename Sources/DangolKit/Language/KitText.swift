/// Every sentence DangolKit says to a person, in Korean and English: refusals, missing data,
/// file-system failures. Each says what is wrong and what to do next.
///
/// Errors carry these as `Localized` (`DangolError`), so the one who reads them picks the
/// language; nothing in the kit formats a message in one language only.
public enum KitText {
    // MARK: Ids and folders

    public static func notAnID(_ what: Localized, _ id: String) -> Localized {
        Localized("'\(TextRules.printable(id))'은(는) \(what.ko) id가 아닙니다: \(MarketRules.idRule.ko)",
                  "'\(TextRules.printable(id))' is not a \(what.en) id: \(MarketRules.idRule.en)")
    }

    public static func notAStoreID(_ id: String) -> Localized {
        Localized("'\(TextRules.printable(id))'은(는) 점포 id가 아닙니다: \(MarketRules.storeIDRule.ko)",
                  "'\(TextRules.printable(id))' is not a store id: \(MarketRules.storeIDRule.en)")
    }

    public static let market = Localized("시장", "market")
    public static let store = Localized("점포", "store")
    public static let round = Localized("차수", "round")

    static func notADataFolder(_ path: String) -> Localized {
        Localized("\(path)은(는) dangol 자료 폴더가 아닙니다: program.json이 없습니다 (--data로 다른 폴더를 주거나 'dangol market add'로 시작하세요)",
                  "\(path) is not a dangol data folder: it has no program.json (give another folder with --data, or start one with 'dangol market add')")
    }

    public static let readOnly = Localized("읽기 전용 세션입니다: 아무것도 쓰지 않았습니다",
                                           "this session is read-only: nothing was written")

    public static func noMarket(_ id: String, in path: String) -> Localized {
        Localized("\(path)에 시장 '\(id)'이(가) 없습니다", "there is no market '\(id)' in \(path)")
    }

    static func undoTargetMoved(_ store: String) -> Localized {
        Localized("그사이 다른 연결에서 새로 고친 것이 있어 되돌리지 않았습니다 (이제 되돌릴 것은 \(store)): 다시 u를 누르세요",
                  "nothing was undone: another of your connections saved a change meanwhile (the one to undo now is \(store)); press u again")
    }

    /// After a record dated later than the day its market's round is read as of.
    public static func afterAsOf(_ asOf: CalendarDate) -> Localized {
        Localized("(이 차수는 \(asOf) 기준이라 집계에는 들지 않습니다)", "(this round is read as of \(asOf), so it counts in no figure)")
    }

    static func scheduleNeedsStart(_ id: String) -> Localized {
        Localized("시장 \(id)에는 아직 일정이 없습니다: --starts로 첫날을 주세요", "market \(id) has no schedule yet: give its first day with --starts")
    }

    static func roundExists(_ id: String) -> Localized {
        Localized("차수 '\(id)'은(는) 이미 있습니다: 바꾸려면 dangol round set", "round '\(id)' already exists; change it with dangol round set")
    }

    static func folderInUse(_ path: String) -> Localized {
        Localized("\(path)에는 이미 사업 자료가 있습니다: 새 폴더를 주세요", "\(path) already holds a programme; give a new folder")
    }

    static func marketExists(_ id: String, in path: String) -> Localized {
        Localized("\(path)에 이미 시장 '\(id)'이(가) 있습니다", "there is already a market '\(id)' in \(path)")
    }

    public static func noRound(_ id: String, known: [String]) -> Localized {
        let list = known.joined(separator: ", ")
        return Localized(
            "program.json에 차수 '\(TextRules.printable(id))'이(가) 없습니다" + (known.isEmpty ? " (차수가 하나도 없습니다)" : "; 있는 차수: \(list)"),
            "there is no round '\(TextRules.printable(id))' in program.json" + (known.isEmpty ? " (it has no rounds)" : "; its rounds are \(list)"))
    }

    static func newerSchema(found: Int, supported: Int) -> Localized {
        Localized("더 새 dangol이 쓴 파일입니다 (schemaVersion \(found), 이 dangol은 \(supported)까지 읽음). dangol을 올리세요; 파일은 그대로 두었습니다.",
                  "written by a newer dangol (schemaVersion \(found); this one reads up to \(supported)). Upgrade dangol; the file was left untouched.")
    }

    static func savedWithoutJournal(path: String, reason: String) -> Localized {
        Localized("변경은 저장했지만 이력에 아직 남기지 못했습니다 (\(reason)): 다시 기록하지 마세요. 이 시장의 다음 저장이 그 이력을 씁니다 (\(path)에 쓸 수 있어야 합니다)",
                  "the change WAS saved, but its journal entry is not written yet (\(reason)); do not record it again. The next save in this market writes it, once \(path) can be written")
    }

    static let unreadableJournalLine = Localized("읽을 수 없는 이력 줄입니다 (기록 중에 끊겼거나 손으로 고쳤습니다): 건너뛰고 읽습니다",
                                                 "a journal line that cannot be read (cut off mid-write, or edited by hand); it is skipped")
    static let pendingChange = Localized("멈춘 저장이 남긴 변경입니다: 이 시장의 다음 저장이 시장 파일과 이력을 맞춥니다",
                                         "a change a stopped writer left between market file and journal; the next save in this market completes or drops it")

    static func staleCache(removed: Bool) -> Localized {
        removed ? Localized("시장 파일과 다른 요약 캐시여서 지웠습니다: 다음에 읽을 때 다시 만듭니다",
                            "the cached digest differed from its market file; it was removed and is rebuilt at the next read")
            : Localized("시장 파일과 다른 요약 캐시입니다: 읽기 전용이라 지우지 않았습니다",
                        "the cached digest differs from its market file; not removed in a read-only run")
    }

    // MARK: Files

    /// A file-system call that failed, with the system's reason.
    static func cannot(_ what: Localized, _ reason: String) -> Localized {
        Localized("\(what.ko) 수 없습니다: \(reason)", "cannot \(what.en): \(reason)")
    }

    static let createFolder = Localized("폴더를 만들", "create the folder")
    static let read = Localized("읽을", "read")
    static let listFolder = Localized("폴더 목록을 읽을", "list the folder")
    static let createTemporary = Localized("저장할 임시 파일을 만들", "create a temporary file to save into")
    static let flush = Localized("디스크에 기록할", "flush to disk")
    static let finishWriting = Localized("쓰기를 마칠", "finish writing")
    static let replace = Localized("파일을 바꿀", "replace the file")
    static let flushFolder = Localized("폴더를 디스크에 기록할", "flush the folder to disk")
    static let save = Localized("저장할", "save")
    static let examine = Localized("파일 정보를 읽을", "examine")
    static let lock = Localized("잠글", "lock")
    static let writeJournal = Localized("이력에 쓸", "write to the journal")

    static func open(_ what: String) -> Localized {
        Localized("\(what)을(를) 열", "open \(what)")
    }

    static func doesNotExist(_ path: String) -> Localized {
        Localized("\(path)이(가) 없습니다", "\(path) does not exist")
    }

    static let symbolicLink = Localized("심볼릭 링크입니다; dangol은 자료 폴더 안의 링크를 따라가지 않습니다",
                                        "is a symbolic link; dangol does not follow links inside its data folder")
    static let notAFolder = Localized("폴더가 아닙니다", "is not a folder")
    static let noReader = Localized("받는 쪽이 없는 FIFO나 소켓입니다: 일반 파일이 아닙니다",
                                    "is a FIFO or socket with nobody at the other end, not a regular file")

    /// A folder, FIFO, device or socket where a regular file belongs.
    static func notARegularFile(_ kind: Localized) -> Localized {
        Localized("\(kind.ko)입니다: dangol은 일반 파일만 읽고 씁니다",
                  "is \(kind.en), not a regular file; dangol reads and writes only regular files")
    }

    static let folder = Localized("폴더", "a folder")
    static let fifo = Localized("FIFO", "a FIFO")
    static let device = Localized("장치", "a device")
    static let socket = Localized("소켓", "a socket")
    static let otherFile = Localized("일반 파일이 아닌 것", "something else")

    // MARK: Editing

    static func needsAuthor() -> Localized {
        Localized("누가 바꾸는지 알아야 합니다: --tutor를 주거나 DANGOL_TUTOR를 정하세요",
                  "an edit needs an author: give --tutor or set DANGOL_TUTOR")
    }

    static func badAuthor(_ problem: Localized) -> Localized {
        Localized("작성자 이름이 \(problem.ko)", "the author's name \(problem.en)")
    }

    public static func nothingToUndo(_ author: String, in market: String) -> Localized {
        Localized("\(market)에서 \(author) 님이 되돌릴 기록이 없습니다", "\(author) has nothing to undo in \(market)")
    }

    static func changedSinceEdit(_ name: String) -> Localized {
        Localized("\(name): 그 뒤에 누가 또 바꿔서 되돌리면 새 변경이 사라집니다. 점포 화면의 이력을 보고 직접 고치세요",
                  "\(name) has changed since that edit; undoing it would lose the newer change. Fix it by hand from the store's history")
    }

    static func storeIDTaken(_ id: String, by name: String) -> Localized {
        Localized("점포 id '\(id)'은(는) 이미 \(name)이(가) 씁니다", "store id '\(id)' is already used by \(name)")
    }

    static func nameShared(_ count: Int, market: String, name: String, ids: [String]) -> Localized {
        let list = ids.joined(separator: ", ")
        return Localized("\(market)에 '\(TextRules.printable(name))'이라는 점포가 \(count)곳입니다 (\(list)): 점포 id를 주세요",
                         "\(count) stores of \(market) are named '\(TextRules.printable(name))' (\(list)); give the store's id")
    }

    static func noStoreNamed(_ text: String, market: String) -> Localized {
        Localized("시장 '\(market)'에 id나 이름이 '\(TextRules.printable(text))'인 점포가 없습니다",
                  "market '\(market)' has no store with the id or the name '\(TextRules.printable(text))'")
    }

    public static func noStore(_ id: String, market: String) -> Localized {
        Localized("시장 '\(market)'에 점포 '\(TextRules.printable(id))'이(가) 없습니다: 다른 세션에서 지웠을 수 있습니다",
                  "market '\(market)' has no store '\(TextRules.printable(id))'; another session may have removed it")
    }

    static func alreadyOpened(_ name: String, on day: CalendarDate) -> Localized {
        Localized("\(name)의 채널은 이미 \(day)에 열렸습니다: 날짜를 고치려면 점포 화면에서 o를 누르세요",
                  "the channel of \(name) already opened on \(day); to fix the date press o on the store's screen")
    }

    public static func inFuture(_ day: CalendarDate, today: CalendarDate) -> Localized {
        Localized("\(day)은(는) 앞으로 올 날입니다 (오늘 \(today))", "\(day) is in the future (today is \(today))")
    }

    public static func notOpened(_ name: String) -> Localized {
        Localized("\(name)의 채널이 아직 열리지 않았습니다: 먼저 o로 개설일을 기록하세요",
                  "the channel of \(name) has not opened; record the opening first (o)")
    }

    public static func beforeOpening(_ day: CalendarDate, opened: CalendarDate) -> Localized {
        Localized("\(day)은(는) 채널 개설일 \(opened)보다 앞섭니다", "\(day) is before the channel opened on \(opened)")
    }

    static func storeProblem(_ name: String, _ id: String, _ problem: Localized) -> Localized {
        Localized("\(name) (\(id)): \(problem.ko)", "\(name) (\(id)): \(problem.en)")
    }

    static func recordGone(_ name: String) -> Localized {
        Localized("\(name)의 그 기록이 그새 바뀌었거나 지워졌습니다: 화면을 다시 보고 고르세요",
                  "that record of \(name) was changed or deleted meanwhile; look again and pick it anew")
    }
}
