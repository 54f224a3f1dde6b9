import DangolKit
import TerminalText

/// One store's screen: channel status, friends over time, messages, posts and notes.
/// Longer than the terminal, it scrolls.
enum StoreView {
    /// A run of text in one style.
    typealias Segment = (text: String, style: CellStyle)
    typealias Line = [Segment]

    /// Rows for content: all but the header and the status line.
    static func pageHeight(_ state: DashboardState) -> Int {
        max(1, state.height - 2)
    }

    static func contentHeight(_ state: DashboardState) -> Int {
        content(state).count
    }

    static func draw(_ state: DashboardState, into grid: inout CellGrid) {
        guard let screen = state.store, let market = state.market?.market else { return }
        let language = state.options.language
        Frame.header(into: &grid, crumbs: [UIText.all(language), market.name, screen.row.store.name],
                     right: UIText.asOf(state.market?.asOf)(language), state: state)
        for (offset, line) in content(state).dropFirst(screen.scroll).prefix(pageHeight(state)).enumerated() {
            var x = 1
            for segment in line {
                x = grid.put(segment.text, x: x, y: 1 + offset, style: segment.style, limit: grid.width - 1)
            }
        }
    }

    /// The line of the picked record, to keep it in view.
    static func selectedLine(_ state: DashboardState) -> Int? {
        guard state.store?.selected != nil else { return nil }
        return content(state).firstIndex { line in line.contains { $0.style == .cursor } }
    }

    /// Where each list of the store starts in `StoreRecord.all(of:)`, the order records are picked in.
    private struct RecordIndex {
        let friends: Int, messages: Int, posts: Int, notes: Int

        init(_ store: Store) {
            friends = store.channelOpenedOn == nil ? 0 : 1
            messages = friends + store.friendReadings.count
            posts = messages + store.messages.count
            notes = posts + store.posts.count
        }
    }

    /// How record `index` on day `day` is drawn: picked, after the as-of day (not counted), or plain.
    private static func style(ofRecord index: Int, on day: CalendarDate, _ state: DashboardState) -> CellStyle {
        if state.store?.selected == index { return .cursor }
        return day > (state.market?.asOf ?? state.session.today) ? .muted : .plain
    }

    /// Every line of the store's screen at the current width.
    static func content(_ state: DashboardState) -> [Line] {
        guard let row = state.store?.row else { return [] }
        let width = state.width - 2
        let measure = state.options.measure
        return flow(facts(row, state), width: width, measure: measure)
            + flow(figures(row, state), width: width, measure: measure)
            + friendTrend(row, state)
            + [[]]
            + recordTables(row.store, state, width: width)
            + notes(row.store, state, width: width)
            + history(state, width: width)
    }

    /// The store's journal, newest first: who changed what, when.
    private static func history(_ state: DashboardState, width: Int) -> [Line] {
        guard let entries = state.store?.history, !entries.isEmpty else { return [] }
        let language = state.options.language
        let measure = state.options.measure
        return [[], [(FormText.history(language), .heading)]] + entries.reversed().map { entry in
            [(measure.truncate(JournalText.line(entry, language: language), to: width, ellipsis: state.options.symbols.ellipsis), .plain)]
        }
    }

    private static func facts(_ row: StoreRow, _ state: DashboardState) -> [Segment] {
        let language = state.options.language
        let store = row.store
        var items: [Segment] = []
        if let opened = store.channelOpenedOn {
            let week = state.market?.market.schedule.map { " (\(UIText.weekNumber($0.week(of: opened))(language)))" } ?? ""
            items.append(("\(UIText.channel(language)) \(opened)\(week)", state.store?.selected == 0 ? .cursor : .heading))
        } else {
            items.append(("\(UIText.channel(language)) \(UIText.notOpened(language))", store.eligible ? .warning : .muted))
        }
        if let category = store.category { items.append(("\(UIText.category(language)) \(category)", .plain)) }
        if let age = store.ownerAge { items.append(("\(UIText.ownerAge(language)) \(UIText.ageYears(age)(language))", .plain)) }
        if let tutor = store.tutor { items.append(("\(UIText.tutor(language)) \(tutor)", .plain)) }
        items.append(store.eligible ? (UIText.eligibleStore(language), .plain) : (UIText.notEligible(language), .muted))
        return items
    }

    private static func figures(_ row: StoreRow, _ state: DashboardState) -> [Segment] {
        let language = state.options.language
        let figures = row.figures
        let ads = figures.adsSent
        var items: [Segment] = [
            ("\(UIText.friends(language)) \(NumberText.count(figures.friends))", .heading),
            ("\(UIText.messages(language)) \(NumberText.count(figures.messagesSent)) "
                + "(\(UIText.ad(language)) \(ads), \(UIText.info(language)) \(figures.messagesSent - ads))", .plain),
            ("\(UIText.posts(language)) \(NumberText.count(figures.posts))", .plain),
        ]
        if let last = figures.lastActivity {
            let activity = figures.isActive ? UIText.isActive(language) : UIText.isInactive(language)
            items.append(("\(UIText.lastActivity(language)) \(last) (\(activity))", figures.isActive ? CellStyle(color: .good) : .muted))
        }
        return items
    }

    /// `친구 ▁▂▃▅▆▇█  12 → 142`, when there are readings to draw (the dates are in the table).
    private static func friendTrend(_ row: StoreRow, _ state: DashboardState) -> [Line] {
        let asOf = state.market?.asOf ?? state.session.today
        let readings = row.store.friendReadings.filter { $0.on <= asOf }
        guard let first = readings.first, let last = readings.last, readings.count > 1 else { return [] }
        let symbols = state.options.symbols
        return [[
            ("\(UIText.friends(state.options.language)) ", .plain),
            (Glyphs.sparkline(readings.map(\.count), symbols: symbols), CellStyle(color: .good)),
            ("  \(NumberText.count(first.count)) \(symbols.arrow) \(NumberText.count(last.count))", .muted),
        ]]
    }

    /// Friend readings, messages and posts as three small tables, side by side when they fit.
    private static func recordTables(_ store: Store, _ state: DashboardState, width: Int) -> [Line] {
        let language = state.options.language
        let measure = state.options.measure
        let none = [(UIText.nothingYet(language), CellStyle.muted)]
        let index = RecordIndex(store)
        let blocks: [(title: String, rows: [Segment])] = [
            (UIText.friendReadings(language), store.friendReadings.enumerated().map { offset, reading in
                ("\(reading.on) \(measure.fit(NumberText.count(reading.count), to: 6, alignment: .right))",
                 style(ofRecord: index.friends + offset, on: reading.on, state))
            }),
            (UIText.messageRecords(language), store.messages.enumerated().map { offset, message in
                let kind = measure.fit((message.kind == .ad ? UIText.ad : UIText.info)(language), to: 4)
                return ("\(message.on) \(kind) \(measure.fit(String(message.count), to: 3, alignment: .right))",
                        style(ofRecord: index.messages + offset, on: message.on, state))
            }),
            (UIText.postDays(language), store.posts.enumerated().map { offset, day in
                (day.description, style(ofRecord: index.posts + offset, on: day, state))
            }),
        ]
        let widths = blocks.map { block in
            ([block.title, none[0].0] + block.rows.map(\.text)).map { measure.columns(of: $0) }.max() ?? 0
        }
        let gap = 4
        if widths.reduce(0, +) + gap * (blocks.count - 1) <= width {
            let height = blocks.map { max(1, $0.rows.count) }.max() ?? 0
            let titles: Line = blocks.indices.map { (measure.fit(blocks[$0].title, to: widths[$0] + gap), CellStyle.heading) }
            let rows: [Line] = (0..<height).map { index in
                blocks.indices.flatMap { column -> Line in
                    let block = blocks[column]
                    let cell: Segment = block.rows.isEmpty && index == 0 ? none[0] : block.rows[safe: index] ?? ("", .plain)
                    return [(measure.fit(cell.text, to: widths[column]), cell.style), (String(repeating: " ", count: gap), .plain)]
                }
            }
            return [titles] + rows + [[]]
        }
        return blocks.flatMap { block -> [Line] in
            [[(block.title, .heading)]] + (block.rows.isEmpty ? [none] : block.rows.map { [$0] }) + [[]]
        }
    }

    /// Every note whole, wrapped under its day and author, so a long one reads to its end.
    private static func notes(_ store: Store, _ state: DashboardState, width: Int) -> [Line] {
        guard !store.notes.isEmpty else { return [] }
        let measure = state.options.measure
        let first = RecordIndex(store).notes
        return [[(UIText.notes(state.options.language), .heading)]] + store.notes.enumerated().flatMap { offset, note -> [Line] in
            let head = "\(note.on)  \(note.author)  "
            let indent = String(repeating: " ", count: 2)
            let style = style(ofRecord: first + offset, on: note.on, state)
            // The first line starts after the day and author; the rest are indented a little.
            let wrapped = measure.wrap(head + note.text, to: width, thenTo: width - indent.count)
            return wrapped.enumerated().map { index, line in [(index == 0 ? line : indent + line, style)] }
        }
    }

    /// Lays items out left to right, three spaces apart, starting a new line when one would not fit.
    private static func flow(_ items: [Segment], width: Int, measure: TerminalWidth) -> [Line] {
        var lines: [Line] = [[]]
        var used = 0
        for item in items {
            let columns = measure.columns(of: item.text)
            if used > 0 && used + 3 + columns > width {
                lines.append([])
                used = 0
            }
            if used > 0 {
                lines[lines.count - 1].append(("   ", .plain))
                used += 3
            }
            lines[lines.count - 1].append(item)
            used += columns
        }
        return lines
    }
}
