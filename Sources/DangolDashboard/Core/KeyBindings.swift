import DangolKit
/// One row of the key table: keys, the action they trigger, where, and what help says.
struct KeyBinding: Sendable {
    let keys: [Key]
    let action: Action
    let screens: Set<ScreenKind>
    let help: Localized
}

/// The dashboard's keys: dispatch, the help screen and the status line all read this table.
enum KeyBindings {
    private static let lists: Set<ScreenKind> = [.overview, .market, .worklist, .awards, .search]
    private static let scrolling: Set<ScreenKind> = [.overview, .market, .store, .worklist, .awards, .search, .help]
    private static let everywhere = Set(ScreenKind.allCases).subtracting([.form, .search])
    private static let stores: Set<ScreenKind> = [.market, .store]

    static let table: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], action: .moveUp, screens: scrolling, help: Localized("위로", "Move up")),
        KeyBinding(keys: [.down, .character("j")], action: .moveDown, screens: scrolling, help: Localized("아래로", "Move down")),
        KeyBinding(keys: [.pageUp], action: .pageUp, screens: scrolling, help: Localized("한 쪽 위로", "Page up")),
        KeyBinding(keys: [.pageDown], action: .pageDown, screens: scrolling, help: Localized("한 쪽 아래로", "Page down")),
        KeyBinding(keys: [.home, .character("g")], action: .top, screens: scrolling, help: Localized("맨 위로", "Go to the top")),
        KeyBinding(keys: [.end, .character("G")], action: .bottom, screens: scrolling, help: Localized("맨 아래로", "Go to the bottom")),
        KeyBinding(keys: [.enter, .right, .character("l")], action: .open, screens: lists,
                   help: Localized("선택한 항목 열기", "Open the selected row")),
        KeyBinding(keys: [.enter], action: .open, screens: [.store],
                   help: Localized("↑↓로 고른 기록 고치기 (o: 채널 개설일)", "Correct the record picked with ↑↓ (o: the opening day)")),
        KeyBinding(keys: [.character("x"), .delete], action: .edit(.deleteRecord), screens: [.store],
                   help: Localized("고른 기록 지우기 (확인 후, u로 되돌림)", "Delete the picked record (asks first; u undoes)")),
        KeyBinding(keys: [.escape, .left, .character("h"), .backspace], action: .back, screens: [.market, .store, .worklist, .awards, .help],
                   help: Localized("뒤로 (찾기 중이면 찾기 지우기)", "Back (clears the filter first)")),
        KeyBinding(keys: [.escape], action: .back, screens: [.overview],
                   help: Localized("찾기·차트·차수 좁히기 풀기 (끝내기는 q)", "Clear the filter, the charts or the round (q quits)")),
        KeyBinding(keys: [.character("/")], action: .filter, screens: [.overview, .market],
                   help: Localized("찾기: 이름 일부나 초성 (ㅂㅊ → 반찬)", "Filter by part of a name or initials (ㅂㅊ)")),
        KeyBinding(keys: [.character("s")], action: .sortNext, screens: [.overview, .market],
                   help: Localized("정렬할 열 바꾸기", "Sort by the next column")),
        KeyBinding(keys: [.character("S")], action: .sortReverse, screens: [.overview, .market], help: Localized("정렬 방향 뒤집기", "Reverse the sort")),
        KeyBinding(keys: [.character("o")], action: .edit(.channel), screens: stores, help: Localized("채널 개설 기록 (열린 채널은 개설일 고치기)", "Record the channel opening (or correct its day)")),
        KeyBinding(keys: [.character("f")], action: .edit(.friends), screens: stores, help: Localized("친구 수 기록", "Record a friend count")),
        KeyBinding(keys: [.character("m")], action: .edit(.message), screens: stores, help: Localized("메시지 발송 기록", "Record messages sent")),
        KeyBinding(keys: [.character("p")], action: .edit(.post), screens: stores, help: Localized("포스트 기록", "Record a post")),
        KeyBinding(keys: [.character("n")], action: .edit(.note), screens: stores, help: Localized("메모 남기기", "Add a note")),
        KeyBinding(keys: [.character("a")], action: .edit(.addStore), screens: [.market], help: Localized("점포 추가", "Add a store")),
        KeyBinding(keys: [.character("e")], action: .edit(.editStore), screens: stores, help: Localized("점포 정보 고치기", "Edit the store")),
        KeyBinding(keys: [.character("d")], action: .edit(.removeStore), screens: stores, help: Localized("점포 지우기 (확인 후)", "Remove the store (asks first)")),
        KeyBinding(keys: [.character("u")], action: .undo, screens: stores, help: Localized("내 마지막 기록 되돌리기", "Undo my last change")),
        KeyBinding(keys: [.character("w")], action: .worklist, screens: [.overview, .market],
                   help: Localized("오늘 할 일 (시장 화면: 이 시장, 전체 화면: 내 점포)", "Today's worklist (this market, or my stores)")),
        KeyBinding(keys: [.character("t")], action: .awards, screens: [.overview, .market],
                   help: Localized("우수 점포 시상 순위", "Best-store award ranking")),
        KeyBinding(keys: [.character("c")], action: .charts, screens: [.overview, .market],
                   help: Localized("주간 추이 그래프 보기/숨기기", "Show or hide the weekly charts")),
        KeyBinding(keys: [.character("r")], action: .round, screens: [.overview],
                   help: Localized("차수 하나씩 보기, 마지막 다음은 전체 (Enter: 커서의 차수)", "Show one round at a time, then all again (Enter on a round: that round)")),
        KeyBinding(keys: [.character(":")], action: .search, screens: [.overview, .market],
                   help: Localized("모든 시장에서 점포 찾기 (초성도)", "Find a store in every market (initials too)")),
        KeyBinding(keys: [.escape], action: .back, screens: [.search], help: Localized("찾기 닫기", "Close the search")),
        KeyBinding(keys: [.tab, .down], action: .nextField, screens: [.form], help: Localized("다음 칸", "Next field")),
        KeyBinding(keys: [.backTab, .up], action: .previousField, screens: [.form], help: Localized("이전 칸", "Previous field")),
        KeyBinding(keys: [.enter], action: .save, screens: [.form], help: Localized("저장", "Save")),
        KeyBinding(keys: [.escape], action: .cancel, screens: [.form], help: Localized("취소 (아무것도 저장하지 않음)", "Cancel (nothing is saved)")),
        KeyBinding(keys: [.character("?")], action: .help, screens: everywhere, help: Localized("도움말 열고 닫기", "Open or close this help")),
        KeyBinding(keys: [.character("q")], action: .quit, screens: everywhere, help: Localized("끝내기", "Quit")),
    ]

    /// The action `key` triggers on `screen`, if any.
    static func action(for key: Key, on screen: ScreenKind) -> Action? {
        table.first { $0.screens.contains(screen) && $0.keys.contains(key) }?.action
    }

    /// The rows of the table that apply on `screen`, in table order.
    static func bindings(on screen: ScreenKind) -> [KeyBinding] {
        table.filter { $0.screens.contains(screen) }
    }

    /// The shortest name of the key for `action` on `screen`: an arrow in Unicode, a letter in ASCII.
    static func shortLabel(_ action: Action, on screen: ScreenKind, symbols: Symbols) -> String {
        guard let keys = table.first(where: { $0.action == action && $0.screens.contains(screen) })?.keys else { return "" }
        let arrows: Set<Key> = [.up, .down, .left, .right]
        if symbols == .ascii, arrows.contains(keys[0]),
           let letter = keys.first(where: { if case .character = $0 { return true } else { return false } }) {
            return letter.label(symbols)
        }
        return keys[0].label(symbols)
    }
}
