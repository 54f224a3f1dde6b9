import DangolKit
/// The texts of the worklist, Korean first.
enum WorkText {
    static let title = Localized("오늘 할 일", "Worklist")
    static let nothingToDo = Localized("할 일이 없습니다", "Nothing to do")
}
