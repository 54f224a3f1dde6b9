import DangolKit

/// Every word of the report, in Korean and English.
enum ReportText {
    static let results = Localized("성과 보고", "Results report")
    static let rounds = Localized("차수별 성과", "Results by round")
    static let markets = Localized("시장별 성과", "Results by market")
    static let weekly = Localized("주간 추이 (누적, 주차 끝 기준)", "Week by week (cumulative, at the end of each week)")
    static let weeklyNote = Localized(
        "누적, 주차 끝 기준. 시장마다 자기 시작일부터 주차를 센다. 활성 비율은 최근 30일 안에 메시지나 포스트가 있는 채널의 비율.",
        "Cumulative, at the end of each week. Each market counts weeks from its own start. The active share is the share of channels with a message or post in the last 30 days.")
    static let allMarkets = Localized("전체 (시장마다 자기 주차로)", "All markets (each by its own weeks)")
    static let perMarket = Localized("시장별 (채널 개설과 활성 비율)", "Per market (channels opened and active share)")
    static let awards = Localized("우수 점포", "Best stores")
    static let scoreRule = Localized("점수 = 친구 + 메시지 × 5 + 포스트 × 3.", "Score = friends + messages × 5 + posts × 3.")
    static let scoreTies = Localized(
        "점수 = 친구 + 메시지 × 5 + 포스트 × 3. 같으면 친구, 메시지, 포스트, 먼저 연 채널 순.",
        "Score = friends + messages × 5 + posts × 3. Ties go to more friends, messages, posts, then the earlier channel.")
    static let definitionsTitle = Localized("지표 정의", "What the figures mean")

    static let resultColumns: [Localized] = [
        Localized("시장", "Market"), Localized("지역", "Region"), Localized("대상", "Eligible"), Localized("개설", "Opened"),
        Localized("참여율", "Rate"), Localized("친구", "Friends"), Localized("평균 친구", "Avg friends"),
        Localized("메시지", "Messages"), Localized("평균 메시지", "Avg messages"), Localized("포스트", "Posts"),
        Localized("활성", "Active"), Localized("평균 연령", "Avg age"),
    ]
    static let round = Localized("차수", "Round")
    static let weekColumns: [Localized] = [
        Localized("주차", "Week"), Localized("개설", "Opened"), Localized("친구", "Friends"), Localized("메시지", "Messages"),
        Localized("활성 비율", "Active share"),
    ]
    static let awardColumns: [Localized] = [
        Localized("상", "Award"), Localized("점포", "Store"), Localized("친구", "Friends"), Localized("메시지", "Messages"),
        Localized("포스트", "Posts"), Localized("점수", "Score"),
    ]
    static let chartTitles = (opened: Localized("채널 개설", "Channels opened"), friends: Localized("친구", "Friends"),
                              messages: Localized("메시지", "Messages"), active: Localized("활성 비율", "Active share"))

    /// The definition of every figure in the report, as the programme defines them.
    static let definitions: [(Localized, Localized)] = [
        (Localized("대상 (참여 대상 점포)", "Eligible stores"),
         Localized("참여 대상으로 표시된 점포 수; 기준일에 아직 시작하지 않은 시장은 세지 않는다", "Stores marked eligible; a market that has not started by the as-of day counts for nothing")),
        (Localized("개설", "Opened"), Localized("기준일까지 카카오톡 채널을 연 참여 대상 점포 수", "Eligible stores that opened a KakaoTalk Channel by the as-of day")),
        (Localized("참여율", "Rate"), Localized("개설 ÷ 대상", "Opened ÷ eligible")),
        (Localized("친구", "Friends"), Localized("채널을 연 점포마다 기준일까지의 마지막 친구 수 기록을 더한 값",
                                              "For each opened store, its latest friend reading by the as-of day, added up")),
        (Localized("평균 친구", "Avg friends"), Localized("친구 ÷ 개설 (개설이 없으면 0)", "Friends ÷ opened (0 when none opened)")),
        (Localized("메시지", "Messages"), Localized("기준일까지 보낸 메시지 수의 합, 평균은 개설한 점포당",
                                                "Messages sent by the as-of day; the average is per opened store")),
        (Localized("포스트", "Posts"), Localized("기준일까지 발행한 포스트 수", "Posts published by the as-of day")),
        (Localized("활성 점포", "Active stores"), Localized("채널을 열었고, 기준일을 포함한 최근 30일 안에 메시지나 포스트가 있는 점포",
                                                         "Opened, with a message or post in the 30 days up to the as-of day")),
        (Localized("활성 비율 (유지율)", "Active share"), Localized("활성 점포 ÷ 개설", "Active stores ÷ opened")),
        (Localized("N주차", "Week N"), Localized("시작일 + 7(N−1)일부터 시작일 + 7N일 전날까지; 튜터가 떠난 뒤의 주도 이어서 센다",
                                               "From start + 7(N−1) days to the day before start + 7N days; weeks after the tutors left keep counting")),
        (Localized("차수와 기준일", "Rounds and the as-of day"),
         Localized("차수는 함께 진행한 시장의 묶음이다. 진행 중인 차수는 오늘을, 끝난 차수는 마지막 튜터 주차에 사후 관리 주(기본 4주)를 더한 마지막 날을 기준일로 삼는다",
                   "A round is a group of markets tutored together. A running round is read as of today; a finished one as of its last tutor week plus its follow-up weeks (4 unless set)")),
        (Localized("시상 점수", "Award score"), Localized("친구 + 메시지 × 5 + 포스트 × 3; 같으면 친구, 메시지, 포스트, 먼저 연 채널, 점포 코드 순",
                                                       "Friends + messages × 5 + posts × 3; ties go to friends, messages, posts, the earlier channel, then the store id")),
    ]
}
