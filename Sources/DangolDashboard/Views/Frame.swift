import DangolKit
import TerminalText

/// The parts every screen shares: the breadcrumb bar on top, the filter line, the key hints at
/// the bottom, and the notice shown instead of a screen when the terminal is too small.
enum Frame {
    /// The smallest terminal the screens can be drawn in.
    static let minimumWidth = 30
    static let minimumHeight = 8

    /// The top bar: `dangol │ crumb › crumb` on the left, `right` on the right; in a team
    /// session, who is working and as what (`dangol │ 김튜터 튜터 │ 전체 › …`).
    static func header(into grid: inout CellGrid, crumbs: [String], right: String, state: DashboardState) {
        drawHeader(headerLine(crumbs: crumbs, right: right, state: state), y: ScreenLayout(state).header, options: state.options, into: &grid)
    }

    /// `header`, copied from `memo` when it was last drawn the same.
    static func header(into grid: inout CellGrid, crumbs: [String], right: String, state: DashboardState, memo: inout RowMemo<HeaderLine>) {
        let line = headerLine(crumbs: crumbs, right: right, state: state)
        let y = ScreenLayout(state).header
        memo.drawLine(line, y: y, width: grid.width, options: state.options, into: &grid) { grid in
            drawHeader(line, y: y, options: state.options, into: &grid)
        }
    }

    /// Everything the header bar shows besides the width: who is signed in, the breadcrumbs,
    /// and the text on the right.
    struct HeaderLine: Equatable {
        var who: String?
        var crumbs: [String]
        var right: String

        /// The left side in `room` columns: all of it when it fits, else shortened from the front,
        /// so that the screen's own names (the market, the store) are the last to go: the crumbs
        /// before the last two become `…`, then `dangol` goes, then who is signed in, then the `…`,
        /// then every crumb but the last; only then is what is left cut.
        func left(room: Int, symbols: Symbols, measure: TerminalWidth) -> String {
            let separator = " \(symbols.separator) "
            let join = { (crumbs: [String]) in crumbs.joined(separator: " \(symbols.breadcrumb) ") }
            let shortCrumbs = crumbs.count > 2 ? [symbols.ellipsis] + crumbs.suffix(2) : crumbs
            let person = who.map { $0 + separator } ?? ""
            let candidates = [
                " dangol" + separator + person + join(crumbs),
                " dangol" + separator + person + join(shortCrumbs),
                " " + person + join(shortCrumbs),
                " " + join(shortCrumbs),
                " " + join(Array(crumbs.suffix(2))),
                " " + join(Array(crumbs.suffix(1))),
            ]
            let fitting = candidates.first { measure.columns(of: $0) <= room } ?? candidates.last!
            return measure.truncate(fitting, to: room, ellipsis: symbols.ellipsis)
        }
    }

    private static func headerLine(crumbs: [String], right: String, state: DashboardState) -> HeaderLine {
        let who = state.session.member.map { "\($0.name) \($0.role.name(state.options.language))" }
        return HeaderLine(who: who, crumbs: crumbs, right: right)
    }

    private static func drawHeader(_ line: HeaderLine, y: Int, options: DisplayOptions, into grid: inout CellGrid) {
        grid.fill(y: y, style: .bar)
        let rightWidth = grid.measure.columns(of: line.right)
        let room = max(0, grid.width - rightWidth - 3)
        grid.put(line.left(room: room, symbols: options.symbols, measure: grid.measure), x: 0, y: y, style: .bar)
        if rightWidth + 2 <= grid.width {
            grid.put(line.right, x: grid.width - rightWidth - 1, y: y, style: .bar)
        }
    }

    /// The filter prompt on row `y`: while typing, or while a filter is applied.
    static func filterLine(into grid: inout CellGrid, y: Int, filter: String, editing: Bool, shown: Int, total: Int, options: DisplayOptions) {
        guard editing || !filter.isEmpty else { return }
        let label = " / \(filter)"
        var x = grid.put(label, x: 0, y: y, style: .heading)
        if editing { x = grid.put(" ", x: x, y: y, style: .cursor) }
        let count = shown == 0 ? UIText.noMatches(options.language) : "\(shown)/\(total)"
        grid.put("  \(count)", x: x, y: y, style: shown == 0 ? .warning : .muted)
    }

    /// The most rows a notice may take over from the bottom of the screen.
    static let noticeRows = 3

    /// The bottom bar: a notice if there is one, else the keys most useful on this screen. A
    /// notice too long for one row wraps upwards over the screen, so it is read to its end.
    static func statusLine(into grid: inout CellGrid, state: DashboardState, memo: inout RowMemo<HintsKey>) {
        let y = ScreenLayout(state).status
        if let notice = state.notice {
            grid.fill(y: y, style: .bar)
            var lines = grid.measure.wrap(notice, to: grid.width - 2)
            if lines.count > noticeRows {
                lines = Array(lines.prefix(noticeRows))
                lines[noticeRows - 1] = grid.measure.truncate(lines[noticeRows - 1] + " " + state.options.symbols.ellipsis,
                                                              to: grid.width - 2, ellipsis: state.options.symbols.ellipsis)
            }
            let style = CellStyle(bold: true, reverse: true, color: .warning)
            for (offset, line) in lines.enumerated() {
                let row = y - lines.count + 1 + offset
                grid.fill(y: row, style: style)
                grid.put(" " + line, x: 0, y: row, style: style)
            }
            return
        }
        let key = HintsKey(state)
        memo.drawLine(key, y: y, width: grid.width, options: state.options, into: &grid) { grid in
            drawHints(hints(key, options: state.options), y: y, into: &grid)
        }
    }

    /// The hints along row `y`, as many as fit. When not every hint fits, the help hint moves
    /// to the end and is always kept: it is the way to every other key.
    private static func drawHints(_ hints: [Hint], y: Int, into grid: inout CellGrid) {
        grid.fill(y: y, style: .bar)
        var items = hints
        let total = items.reduce(0) { $0 + grid.measure.columns(of: "\($1.label) \($1.text)") + 2 }
        let help = total < grid.width ? nil : items.firstIndex { $0.action == .help }.map { items.remove(at: $0) }
        let reserved = help.map { grid.measure.columns(of: "\($0.label) \($0.text)") + 2 } ?? 0
        var x = 1
        for item in items {
            let width = grid.measure.columns(of: "\(item.label) \(item.text)")
            guard x + width + reserved < grid.width else { break }
            x = drawHint(item, x: x, y: y, into: &grid) + 2
        }
        if let help, x + reserved - 2 < grid.width { drawHint(help, x: x, y: y, into: &grid) }
    }

    /// One hint: the key in bold, then what it does. - Returns: the column after it.
    @discardableResult
    private static func drawHint(_ hint: Hint, x: Int, y: Int, into grid: inout CellGrid) -> Int {
        let end = grid.put(hint.label, x: x, y: y, style: CellStyle(bold: true, reverse: true, color: .title))
        return grid.put(" " + hint.text, x: end, y: y, style: .bar)
    }

    /// A key hint of the status line.
    struct Hint: Equatable {
        var action: Action?
        var label: String
        var text: String
    }

    /// The key hints of the screen in front, each labelled from the key table.
    static func hints(_ state: DashboardState) -> [Hint] {
        hints(HintsKey(state), options: state.options)
    }

    /// What the status line's hints depend on, so a frame that changes none of it (a save read
    /// on the overview) neither works the hints out nor draws them again.
    struct HintsKey: Equatable {
        var screen: ScreenKind
        var isEditingFilter: Bool
        var severalRounds: Bool
        var emptyForm: Bool

        init(_ state: DashboardState) {
            screen = state.screen
            isEditingFilter = state.isEditingFilter
            severalRounds = state.calendar.readings.count > 1
            emptyForm = state.form?.fields.isEmpty == true
        }
    }

    /// The hints for `key` in `options`' language and symbols.
    private static func hints(_ key: HintsKey, options: DisplayOptions) -> [Hint] {
        let language = options.language
        if key.isEditingFilter {
            return [Hint(label: "Enter", text: Localized("확인", "keep")(language)), Hint(label: "Esc", text: Localized("지우기", "clear")(language))]
        }
        let screen = key.screen
        let items: [([Action], Localized)]
        switch screen {
        case .overview:
            let rounds: [([Action], Localized)] = key.severalRounds ? [([.round], Localized("차수", "round"))] : []
            items = [([.moveUp, .moveDown], Localized("이동", "move")), ([.open], Localized("열기", "open")), ([.filter], UIText.filter)]
                + rounds + [([.sortNext], Localized("정렬", "sort")), ([.awards], Localized("시상", "awards")), ([.help], UIText.help),
                            ([.quit], Localized("끝", "quit"))]
        case .market:
            items = [([.moveUp, .moveDown], Localized("이동", "move")), ([.open], UIText.store), ([.edit(.friends)], UIText.friends),
                     ([.edit(.message)], UIText.messages), ([.filter], UIText.filter), ([.back], Localized("뒤로", "back")),
                     ([.help], UIText.help), ([.quit], Localized("끝", "quit"))]
        case .store:
            items = [([.moveUp, .moveDown], Localized("기록", "record")), ([.open], Localized("고치기", "fix")),
                     ([.edit(.deleteRecord)], Localized("지우기", "delete")), ([.edit(.friends)], UIText.friends),
                     ([.undo], Localized("되돌리기", "undo")), ([.back], Localized("뒤로", "back")),
                     ([.help], UIText.help), ([.quit], Localized("끝", "quit"))]
        case .awards:
            items = [([.moveUp, .moveDown], Localized("이동", "move")), ([.open], UIText.store), ([.back], Localized("뒤로", "back")),
                     ([.help], UIText.help), ([.quit], Localized("끝", "quit"))]
        case .search:
            items = [([.moveUp, .moveDown], Localized("이동", "move")), ([.open], UIText.store), ([.back], Localized("닫기", "close"))]
        case .worklist:
            items = [([.moveUp, .moveDown], Localized("이동", "move")), ([.open], UIText.store), ([.back], Localized("뒤로", "back")),
                     ([.help], UIText.help), ([.quit], Localized("끝", "quit"))]
        case .form where key.emptyForm:
            items = [([.save], Localized("지우기", "remove")), ([.cancel], Localized("취소", "cancel"))]
        case .form:
            items = [([.nextField], Localized("다음 칸", "next")), ([.save], Localized("저장", "save")),
                     ([.cancel], Localized("취소", "cancel"))]
        case .help:
            items = [([.back], Localized("닫기", "close")), ([.quit], Localized("끝", "quit"))]
        }
        let symbols = options.symbols
        return items.map { actions, text in
            let labels = actions.map { KeyBindings.shortLabel($0, on: screen, symbols: symbols) }
            return Hint(action: actions.first, label: labels.joined(separator: symbols == .ascii ? "/" : ""), text: text(language))
        }
    }

    /// The notice drawn instead of a screen below the minimum size.
    static func tooSmall(into grid: inout CellGrid, options: DisplayOptions) {
        let lines = [UIText.tooSmall(options.language), "\(UIText.needs(options.language)) \(minimumWidth)x\(minimumHeight)", "q"]
        for (offset, line) in lines.enumerated() {
            let y = grid.height / 2 - 1 + offset
            let x = max(0, (grid.width - grid.measure.columns(of: line)) / 2)
            grid.put(line, x: x, y: y, style: offset == 0 ? .heading : .plain)
        }
    }
}
