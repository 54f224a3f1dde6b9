import DangolKit
/// Every fixed text of the dashboard, Korean first.
enum UIText {
    static let all = Localized("전체", "All markets")
    static let pickRecord = Localized("↑↓로 고칠 기록을 먼저 고르세요", "Pick a record with ↑↓ first")

    static func cannotReread(_ id: String) -> Localized {
        Localized("\(id): 다시 읽지 못했습니다. 잠시 뒤 다시 열어 보세요", "\(id): could not be re-read; open it again in a moment")
    }

    static let asOf = Localized("기준", "as of")
    static let market = Localized("시장", "Market")
    static let region = Localized("지역", "Region")
    static let eligible = Localized("대상", "Elig")
    static let opened = Localized("개설", "Open")
    static let participation = Localized("참여율", "Rate")
    static let friends = Localized("친구", "Friends")
    static let average = Localized("평균", "Avg")
    static let messages = Localized("메시지", "Msgs")
    static let active = Localized("활성", "Active")
    /// The share of opened channels still active: the programme's headline a year on.
    static let activeRate = Localized("활성률", "Act%")
    static let posts = Localized("포스트", "Posts")
    static let store = Localized("점포", "Store")
    static let category = Localized("업종", "Type")
    static let channel = Localized("채널", "Channel")
    static let lastActivity = Localized("최근 활동", "Last activity")
    static let tutor = Localized("튜터", "Tutor")
    static let notOpened = Localized("미개설", "not yet")
    static let weeklyOpenings = Localized("주간 채널 개설 (누적)", "Channels opened by week")
    static let filter = Localized("찾기", "Filter")
    static let noMatches = Localized("찾는 항목이 없습니다", "Nothing matches")
    static let tooSmall = Localized("창이 너무 작습니다", "Terminal too small")
    static let needs = Localized("최소", "needs at least")
    static let help = Localized("도움말", "Help")
    static let helpClose = Localized("Esc 또는 ? 를 누르면 닫힙니다", "Esc or ? closes this help")
    static let notEligible = Localized("참여 대상 아님: 모든 집계에서 빠짐 (e로 바꿈)", "not eligible: left out of every figure (e changes it)")
    static let notEligibleShort = Localized("대상 아님", "not elig.")
    static let eligibleStore = Localized("참여 대상", "eligible")
    static let ownerAge = Localized("대표", "Owner")
    static let friendReadings = Localized("친구 기록", "Friend readings")
    static let messageRecords = Localized("메시지 기록", "Messages")
    static let postDays = Localized("포스트", "Posts")
    static let notes = Localized("메모", "Notes")
    static let nothingYet = Localized("기록 없음", "none yet")
    static let ad = Localized("광고", "ad")
    static let info = Localized("정보", "info")
    static let isActive = Localized("활성", "active")
    static let isInactive = Localized("비활성", "inactive")
    static let unreadable = Localized("읽을 수 없는 시장 파일", "market file(s) could not be read")
    static let screenOverview = Localized("전체 화면", "Overview")
    static let screenMarket = Localized("시장 화면", "Market screen")
    static let screenStore = Localized("점포 화면", "Store screen")
    static let quitWithQ = Localized("끝내려면 q를 누르세요 (Esc는 뒤로 갈 뿐 끝내지 않습니다)", "Press q to quit (Esc only goes back, it never quits)")
    static let oneRound = Localized("차수가 하나뿐입니다 (차수는 program.json의 rounds)", "There is only one round (rounds are in program.json)")
    static let perRound = Localized("차수별", "per round")
    static let today = Localized("오늘", "today")

    static func total(markets: Int) -> Localized {
        Localized("합계 \(markets)개 시장", "All \(markets) market\(markets == 1 ? "" : "s")")
    }

    /// "기준 2023-01-29", or "기준 차수별" when the markets shown are read on different days.
    static func asOf(_ day: CalendarDate?) -> Localized {
        guard let day else { return Localized("\(asOf.ko) \(perRound.ko)", "\(asOf.en) \(perRound.en)") }
        return Localized("\(asOf.ko) \(day)", "\(asOf.en) \(day)")
    }

    static func ageYears(_ age: Int) -> Localized {
        Localized("\(age)세", "age \(age)")
    }

    static func week(_ week: Int, of weeks: Int) -> Localized {
        if week < 1 { return Localized("시작 전 (\(weeks)주 과정)", "starts soon (\(weeks) weeks)") }
        if week > weeks { return Localized("\(weeks)주 과정 종료 +\(week - weeks)주", "\(weeks)-week course ended +\(week - weeks)w") }
        return Localized("\(weeks)주 중 \(week)주차", "week \(week) of \(weeks)")
    }

    static func weekLabel(_ week: Int) -> Localized {
        Localized("\(week)주", "wk \(week)")
    }

    /// The programme week a day falls in, as in "opened in week 2".
    static func weekNumber(_ week: Int) -> Localized {
        Localized("\(week)주차", "week \(week)")
    }
}
