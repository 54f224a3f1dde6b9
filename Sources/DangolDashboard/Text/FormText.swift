import DangolKit
/// The texts of forms and editing, Korean first.
enum FormText {
    static let date = Localized("날짜", "Date")
    static let friends = Localized("친구 수", "Friends")
    static let kind = Localized("종류 (ad/info)", "Kind (ad/info)")
    static let count = Localized("건수", "Count")
    static let note = Localized("메모", "Note")
    static let name = Localized("점포명", "Name")
    static let category = Localized("업종", "Category")
    static let ownerAge = Localized("대표 나이", "Owner's age")
    static let eligible = Localized("참여 대상 (Y/N)", "Eligible (Y/N)")
    static let tutor = Localized("튜터", "Tutor")

    static let notADate = "YYYY-MM-DD"
    static let notANumber = "0-9"
    static let required = "!"
    static let adOrInfo = "ad / info"
    static let yesOrNo = "Y / N"
    static let ageRange = "15-110"

    static func atLeast(_ minimum: Int) -> String {
        ">= \(minimum)"
    }

    static func atMost(_ maximum: Int) -> String {
        "<= \(maximum)"
    }

    static func friendsDown(_ last: Int) -> String {
        "last reading was \(last); friends can block the channel. Enter again to save"
    }

    static func title(_ kind: Form.Kind) -> Localized {
        switch kind {
        case .channel: return Localized("채널 개설", "Channel opened")
        case .friends: return Localized("친구 수 기록", "Friend count")
        case .message: return Localized("메시지 발송", "Messages sent")
        case .post: return Localized("포스트 발행", "Post published")
        case .note: return Localized("메모 남기기", "Add a note")
        case .addStore: return Localized("점포 추가", "Add a store")
        case .editStore: return Localized("점포 정보 고치기", "Edit the store")
        case .removeStore: return Localized("점포 지우기", "Remove the store")
        }
    }

    static let removeQuestion = Localized("이 점포를 지울까요? 기록은 이력에 남습니다.", "Remove this store? The history keeps a record.")
    static let hints = Localized("Tab 다음 칸  Enter 저장  Esc 취소", "Tab next  Enter save  Esc cancel")
    static let readOnly = Localized("읽기 전용 세션입니다: 아무것도 바꾸지 않았습니다", "Read-only session: nothing was changed")
    static let saved = Localized("저장했습니다", "Saved")
    static let undone = Localized("되돌렸습니다", "Undone")
    static let history = Localized("이력", "History")
}
