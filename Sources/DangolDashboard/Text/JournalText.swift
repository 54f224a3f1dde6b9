import Foundation
import DangolKit

/// One journal entry as a line of the store's history.
enum JournalText {
    static func line(_ entry: JournalEntry, language: Language) -> String {
        "\(time(of: entry))  \(entry.author)  \(what(entry)(language))"
    }

    /// `2022-10-20 14:03`: when the change was saved, to the minute.
    static func time(of entry: JournalEntry) -> String {
        String(entry.at.prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// One record as the history and the delete question name it: `친구 2022-10-01 35`.
    static func record(_ record: StoreRecord) -> Localized {
        switch record {
        case .channelOpened(let day): return Localized("채널 개설 \(day)", "channel opened \(day)")
        case .friends(let reading): return Localized("친구 \(reading.on) \(reading.count)", "friends \(reading.on) \(reading.count)")
        case .message(let message):
            let kind = message.kind == .ad ? UIText.ad : UIText.info
            return Localized("메시지 \(message.on) \(kind.ko) \(message.count)", "messages \(message.on) \(kind.en) \(message.count)")
        case .post(let day): return Localized("포스트 \(day)", "post \(day)")
        case .note(let note): return Localized("메모 \(note.on) \(note.text)", "note \(note.on) \(note.text)")
        }
    }

    static func what(_ entry: JournalEntry) -> Localized {
        let change = entry.storeChange
        switch entry.action {
        case .channel:
            let day = change.detailsAfter?.channelOpenedOn?.description ?? ""
            return Localized("채널 개설 \(day)", "channel opened \(day)")
        case .friends:
            let new = change.friends?.inserted.last.map { String($0.count) } ?? ""
            guard let old = (change.friends?.removed.last ?? change.previousFriends).map({ String($0.count) }) else {
                return Localized("친구 \(new) (첫 기록)", "friends \(new) (first reading)")
            }
            return Localized("친구 \(old) > \(new)", "friends \(old) > \(new)")
        case .message:
            let sent = messages(change.messages?.inserted) - messages(change.messages?.removed)
            return Localized("메시지 +\(sent)", "messages +\(sent)")
        case .post: return Localized("포스트 +1", "post +1")
        case .note:
            let text = change.notes?.inserted.last?.text ?? ""
            return Localized("메모: \(text)", "note: \(text)")
        case .add: return Localized("점포 추가", "store added")
        case .edit: return Localized("점포 정보 수정", "details edited")
        case .remove: return Localized("점포 삭제", "store removed")
        case .undo: return undone(entry)
        case .fix, .delete: return changedRecords(change)
        case .importSheet:
            let added = entry.parts.count { $0.action == .add }
            return Localized("\(entry.storeName) 가져옴: 추가 \(added), 변경 \(entry.parts.count - added)",
                             "imported \(entry.storeName): \(added) added, \(entry.parts.count - added) changed")
        }
    }

    /// What a correction or deletion did: `고침 친구 2022-10-01 30 → 35` style, old then new.
    private static func changedRecords(_ change: StoreChange) -> Localized {
        let removed = change.removedRecords.map(record)
        let added = change.insertedRecords.map(record)
        let old = Localized(removed.map(\.ko).joined(separator: ", "), removed.map(\.en).joined(separator: ", "))
        guard !added.isEmpty else { return Localized("지움 \(old.ko)", "deleted \(old.en)") }
        let new = Localized(added.map(\.ko).joined(separator: ", "), added.map(\.en).joined(separator: ", "))
        return Localized("고침 \(old.ko) > \(new.ko)", "fixed \(old.en) > \(new.en)")
    }

    /// What an undo took back, from the change it made: `되돌림 (지움 친구 2022-10-01 35)`.
    private static func undone(_ entry: JournalEntry) -> Localized {
        if !entry.parts.isEmpty { return Localized("되돌림: \(entry.storeName) 가져오기", "undone: the import of \(entry.storeName)") }
        let change = entry.storeChange
        let what: Localized
        switch entry.change {
        case .added: what = Localized("점포 다시 넣음", "store put back")
        case .removed: what = Localized("추가한 점포 뺌", "added store taken out")
        case .edited where change.removedRecords.isEmpty && change.insertedRecords.isEmpty: what = Localized("점포 정보", "details")
        case .edited: what = changedRecords(change)
        }
        return Localized("되돌림 (\(what.ko))", "undone (\(what.en))")
    }

    /// A change as the undo question and its answer name it: the store, what was done, when and by whom.
    static func summary(_ entry: JournalEntry, language: Language) -> String {
        let what = what(entry)(language)
        return language == .ko ? "\(entry.storeName)의 '\(what)' (\(time(of: entry)) \(entry.author))"
            : "'\(what)' on \(entry.storeName) (\(time(of: entry)), \(entry.author))"
    }

    private static func messages(_ records: [MessageRecord]?) -> Int {
        records?.reduce(0) { $0 + $1.count } ?? 0
    }
}
