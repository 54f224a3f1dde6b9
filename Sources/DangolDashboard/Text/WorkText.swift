import DangolKit
/// The texts of the worklist, Korean first.
enum WorkText {
    static let title = Localized("오늘 할 일", "Worklist")
    static let notOpened = Localized("채널 미개설", "channel not opened")
    static let nothingToDo = Localized("할 일이 없습니다", "Nothing to do")

    static func noReading(_ days: Int?) -> Localized {
        guard let days else { return Localized("친구 기록 없음", "no friend reading yet") }
        return Localized("친구 기록 \(days)일 전", "friends last read \(days) days ago")
    }

    static func noActivity(_ days: Int?) -> Localized {
        guard let days else { return Localized("메시지/포스트 없음", "no message or post yet") }
        return Localized("메시지/포스트 \(days)일 없음", "no message or post for \(days) days")
    }

    static func stalled(at count: Int) -> Localized {
        Localized("친구 수 그대로 (\(count))", "friends stopped growing at \(count)")
    }
}
