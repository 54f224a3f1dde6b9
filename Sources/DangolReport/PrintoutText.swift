import DangolKit
import TerminalText

/// Every word of the store printout, in Korean and English.
enum PrintoutText {
    static let channelTitle = Localized("카카오톡 채널", "KakaoTalk Channel")
    static let opened = Localized("채널 개설", "Channel opened")
    static let notYet = Localized("아직 열지 않음", "not yet")
    static let friends = Localized("친구", "Friends")
    static let messages = Localized("보낸 메시지", "Messages sent")
    static let posts = Localized("포스트", "Posts")
    static let lastActivity = Localized("최근 활동", "Last activity")
    static let active = Localized("활성", "active")
    static let inactive = Localized("비활성", "inactive")
    static let friendsOverTime = Localized("친구 수 추이", "Friends over time")
    static let nextSteps = Localized("다음에 할 일", "What to do next")
    static let keepGoing = Localized("잘하고 계십니다. 지금처럼 친구를 모으고 소식을 꾸준히 보내 주세요.",
                                     "Well done: keep gathering friends and sending news as you do.")
    static let friendReadings = Localized("친구 수 기록", "Friend counts")
    static let messageRecords = Localized("메시지", "Messages")
    static let postDays = Localized("포스트", "Posts")
    static let day = Localized("날짜", "Date")
    static let kind = Localized("종류", "Kind")
    static let count = Localized("건수", "Count")
    static let none = Localized("아직 없음", "none yet")

    static func kind(_ kind: MessageKind) -> Localized {
        kind == .ad ? Localized("광고", "ad") : Localized("정보", "info")
    }

    static func tutor(_ name: String) -> Localized {
        Localized("담당 \(name)", "tutor \(name)")
    }

    static func asOf(_ day: CalendarDate) -> Localized {
        Localized("기준일 \(day)", "as of \(day)")
    }

    static func week(_ week: Int) -> Localized {
        Localized("\(week)주차", "week \(week)")
    }

    static func messageSplit(total: Int, ads: Int) -> Localized {
        let count = NumberText.count(total)
        return Localized("\(count) (광고 \(ads), 정보 \(total - ads))", "\(count) (\(ads) ad, \(total - ads) info)")
    }
}
