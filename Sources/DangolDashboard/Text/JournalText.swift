import Foundation
import DangolKit

/// One journal entry as a line of the store's history.
enum JournalText {
    static func line(_ entry: JournalEntry, language: Language) -> String {
        let when = String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
        return "\(when)  \(entry.author)  \(what(entry)(language))"
    }

    static func what(_ entry: JournalEntry) -> Localized {
        let before = entry.before
        let after = entry.after
        switch entry.action {
        case .channel:
            let day = after?.channelOpenedOn?.description ?? ""
            return Localized("채널 개설 \(day)", "channel opened \(day)")
        case .friends:
            let old = before?.friendReadings.last.map { String($0.count) } ?? "-"
            let new = after?.friendReadings.last.map { String($0.count) } ?? "-"
            return Localized("친구 \(old) > \(new)", "friends \(old) > \(new)")
        case .message:
            let sent = messages(after) - messages(before)
            return Localized("메시지 +\(sent)", "messages +\(sent)")
        case .post: return Localized("포스트 +1", "post +1")
        case .note: return Localized("메모: \(after?.notes.last?.text ?? "")", "note: \(after?.notes.last?.text ?? "")")
        case .add: return Localized("점포 추가", "store added")
        case .edit: return Localized("점포 정보 수정", "details edited")
        case .remove: return Localized("점포 삭제", "store removed")
        case .undo: return Localized("되돌림", "undone")
        }
    }

    private static func messages(_ store: Store?) -> Int {
        store?.messages.reduce(0) { $0 + $1.count } ?? 0
    }
}
