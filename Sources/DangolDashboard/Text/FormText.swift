import DangolKit
import TerminalText
/// The texts of forms and editing, Korean first.
enum FormText {
    static let date = Localized("날짜", "Date")
    static let friends = Localized("친구 수", "Friends")
    static let kind = Localized("종류 (광고/정보)", "Kind (ad/info)")
    static let count = Localized("건수", "Count")
    static let note = Localized("메모", "Note")
    static let name = Localized("점포명", "Name")
    static let category = Localized("업종", "Category")
    static let ownerAge = Localized("대표 나이", "Owner's age")
    static let eligible = Localized("참여 대상 (Y/N)", "Eligible (Y/N)")
    static let tutor = Localized("튜터", "Tutor")

    static func askUndo(_ what: String) -> Localized {
        Localized("\(what)을(를) 되돌릴까요? y: 되돌리기, 다른 키: 그대로 두기", "Undo \(what)? y: undo it, any other key: keep it")
    }

    static let undoKept = Localized("되돌리지 않았습니다", "Nothing was undone")

    static let draftRestored = Localized("연결이 끊겼을 때 쓰던 초안입니다: Enter로 저장하고 Esc로 버립니다",
                                         "the draft from your dropped connection: Enter saves it, Esc discards it")

    static let notANumber = Localized("숫자만 쓰세요", "digits only, please")
    static let required = Localized("비워 둘 수 없습니다", "cannot be empty")
    static let adOrInfo = Localized("광고나 정보로 쓰세요 (ad/info도 됨)", "write ad or info (광고/정보 too)")
    static let yesOrNo = Localized("예나 아니오로 쓰세요 (Y/N)", "write Y or N (예/아니오 too)")
    static let ageRange = Localized("15에서 110 사이로 쓰세요", "write an age from 15 to 110")
    static let ad = Localized("광고", "ad")
    static let info = Localized("정보", "info")

    static func atLeast(_ minimum: Int) -> Localized {
        Localized("\(minimum) 이상이어야 합니다", "must be at least \(minimum)")
    }

    static func atMost(_ maximum: Int) -> Localized {
        let number = NumberText.count(maximum)
        return Localized("\(number) 이하여야 합니다", "must be at most \(number)")
    }

    static func friendsDown(_ last: Int) -> Localized {
        Localized("지난 기록은 \(last)명입니다. 차단으로 줄 수도 있으니, 맞으면 Enter를 한 번 더 누르세요",
                  "the last reading was \(last); friends can block the channel. If this is right, press Enter again")
    }

    /// A record saved after the day its round is read as of.
    /// Someone else changed the store since the form was opened.
    static func changedMeanwhile(by entry: JournalEntry?, removed: Bool) -> Localized {
        let who = Localized(entry.map { "\(JournalText.time(of: $0))에 \($0.author) 님이" } ?? "그사이 다른 세션에서",
                            entry.map { "\($0.author) at \(JournalText.time(of: $0))" } ?? "Another session")
        if removed {
            return Localized("\(who.ko) 이 점포를 지웠습니다: Esc로 닫으세요", "\(who.en) removed this store meanwhile; press Esc to close")
        }
        let what = entry.map(JournalText.what)
        return Localized("\(who.ko) 먼저 바꿨습니다 (\(what?.ko ?? "")). 확인하고 Enter로 다시 저장하세요",
                         "\(who.en) changed this first (\(what?.en ?? "")). Check, then press Enter to save again")
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
        case .deleteRecord: return Localized("기록 지우기", "Delete a record")
        }
    }

    static let removeQuestion = Localized("이 점포를 지울까요? 기록은 이력에 남습니다.", "Remove this store? The history keeps a record.")
    static let deleteQuestion = Localized("이 기록을 지울까요? u로 되돌릴 수 있습니다.", "Delete this record? u undoes it.")
    static let fixing = Localized("고칠 기록:", "Correcting:")
    static let readOnly = Localized("읽기 전용 세션입니다: 아무것도 바꾸지 않았습니다", "Read-only session: nothing was changed")
    static let saved = Localized("저장했습니다", "Saved")
    static let undone = Localized("되돌렸습니다", "Undone")
    static let history = Localized("이력", "History")
}
