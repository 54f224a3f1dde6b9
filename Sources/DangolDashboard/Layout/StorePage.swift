import DangolKit
import TerminalText

/// The lines of a store's screen, laid out at a width: the store's facts and figures, its
/// friends trend, its records side by side, its notes and its history. Each record's text says
/// which record it is (its index in `StoreRecord.all(of:)`), so the cursor moves over records
/// and the view styles the picked one only when it draws.
struct StorePage: Sendable {
    /// A run of text in one style, showing record `record` when it shows one.
    struct Segment: Sendable {
        var text: String
        var style: CellStyle
        var record: Int?

        init(text: String, style: CellStyle, record: Int?) {
            self.text = text
            self.style = style
            self.record = record
        }

        init(_ text: String, _ style: CellStyle) {
            self.init(text: text, style: style, record: nil)
        }
    }

    typealias Line = [Segment]

    /// What the lines are laid out for.
    private struct Context {
        let width: Int
        let asOf: CalendarDate
        let schedule: MarketSchedule?
        let options: DisplayOptions
    }

    let lines: [Line]
    /// The columns the lines are laid out in.
    let width: Int

    /// The columns a store's page has on a screen `columns` wide: all but a margin each side.
    static func width(ofScreen columns: Int) -> Int {
        columns - 2
    }

    /// The page of `row` in a market with `schedule`, read as of `asOf`, `width` columns wide.
    init(row: StoreRow, history: [JournalEntry], schedule: MarketSchedule?, asOf: CalendarDate, width: Int, options: DisplayOptions) {
        self.width = width
        let context = Context(width: width, asOf: asOf, schedule: schedule, options: options)
        let measure = options.measure
        lines = StorePage.flow(StorePage.facts(row, context), width: width, measure: measure)
            + StorePage.flow(StorePage.figures(row, context), width: width, measure: measure)
            + StorePage.friendTrend(row, context)
            + [[]]
            + StorePage.recordTables(row.store, context)
            + StorePage.notes(row.store, context)
            + StorePage.history(history, context)
    }

    /// The first line showing record `record`, to keep the picked one in view.
    func line(ofRecord record: Int) -> Int? {
        lines.firstIndex { line in line.contains { $0.record == record } }
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

    /// How record `index` on day `day` is drawn unless picked: after the as-of day (not
    /// counted, so muted), or plain.
    private static func segment(_ text: String, record index: Int, on day: CalendarDate, _ context: Context) -> Segment {
        Segment(text: text, style: day > context.asOf ? .muted : .plain, record: index)
    }

    /// The store's journal, newest first: who changed what, when.
    private static func history(_ entries: [JournalEntry], _ context: Context) -> [Line] {
        guard !entries.isEmpty else { return [] }
        let language = context.options.language
        let measure = context.options.measure
        return [[], [Segment(FormText.history(language), .heading)]] + entries.reversed().map { entry in
            [Segment(measure.truncate(JournalText.line(entry, language: language), to: context.width, ellipsis: context.options.symbols.ellipsis), .plain)]
        }
    }

    private static func facts(_ row: StoreRow, _ context: Context) -> [Segment] {
        let language = context.options.language
        let store = row.store
        var items: [Segment] = []
        if let opened = store.channelOpenedOn {
            let week = context.schedule.map { " (\(UIText.weekNumber($0.week(of: opened))(language)))" } ?? ""
            // The opening day is record 0 of `StoreRecord.all(of:)`: ↑↓ pick it too.
            items.append(Segment(text: "\(UIText.channel(language)) \(opened)\(week)", style: .heading, record: 0))
        } else {
            items.append(Segment("\(UIText.channel(language)) \(UIText.notOpened(language))", store.eligible ? .warning : .muted))
        }
        if let category = store.category { items.append(Segment("\(UIText.category(language)) \(category)", .plain)) }
        if let age = store.ownerAge { items.append(Segment("\(UIText.ownerAge(language)) \(UIText.ageYears(age)(language))", .plain)) }
        if let tutor = store.tutor { items.append(Segment("\(UIText.tutor(language)) \(tutor)", .plain)) }
        items.append(store.eligible ? Segment(UIText.eligibleStore(language), .plain) : Segment(UIText.notEligible(language), .muted))
        return items
    }

    private static func figures(_ row: StoreRow, _ context: Context) -> [Segment] {
        let language = context.options.language
        let figures = row.figures
        let ads = figures.adsSent
        var items: [Segment] = [
            Segment("\(UIText.friends(language)) \(NumberText.count(figures.friends))", .heading),
            Segment("\(UIText.messages(language)) \(NumberText.count(figures.messagesSent)) "
                + "(\(UIText.ad(language)) \(ads), \(UIText.info(language)) \(figures.messagesSent - ads))", .plain),
            Segment("\(UIText.posts(language)) \(NumberText.count(figures.posts))", .plain),
        ]
        if let last = figures.lastActivity {
            let activity = figures.isActive ? UIText.isActive(language) : UIText.isInactive(language)
            items.append(Segment("\(UIText.lastActivity(language)) \(last) (\(activity))", figures.isActive ? CellStyle(color: .good) : .muted))
        }
        return items
    }

    /// `친구 ▁▂▃▅▆▇█  12 → 142`, when there are readings to draw (the dates are in the table).
    private static func friendTrend(_ row: StoreRow, _ context: Context) -> [Line] {
        let readings = row.store.friendReadings.filter { $0.on <= context.asOf }
        guard let first = readings.first, let last = readings.last, readings.count > 1 else { return [] }
        let symbols = context.options.symbols
        return [[
            Segment("\(UIText.friends(context.options.language)) ", .plain),
            Segment(Glyphs.sparkline(readings.map(\.count), symbols: symbols), CellStyle(color: .good)),
            Segment("  \(NumberText.count(first.count)) \(symbols.arrow) \(NumberText.count(last.count))", .muted),
        ]]
    }

    /// Friend readings, messages and posts as three small tables, side by side when they fit.
    private static func recordTables(_ store: Store, _ context: Context) -> [Line] {
        let language = context.options.language
        let measure = context.options.measure
        let width = context.width
        let none = [Segment(UIText.nothingYet(language), .muted)]
        let index = RecordIndex(store)
        let blocks: [(title: String, rows: [Segment])] = [
            (UIText.friendReadings(language), store.friendReadings.enumerated().map { offset, reading in
                segment("\(reading.on) \(measure.fit(NumberText.count(reading.count), to: 6, alignment: .right))",
                        record: index.friends + offset, on: reading.on, context)
            }),
            (UIText.messageRecords(language), store.messages.enumerated().map { offset, message in
                let kind = measure.fit((message.kind == .ad ? UIText.ad : UIText.info)(language), to: 4)
                return segment("\(message.on) \(kind) \(measure.fit(String(message.count), to: 3, alignment: .right))",
                               record: index.messages + offset, on: message.on, context)
            }),
            (UIText.postDays(language), store.posts.enumerated().map { offset, day in
                segment(day.description, record: index.posts + offset, on: day, context)
            }),
        ]
        let widths = blocks.map { block in
            ([block.title, none[0].text] + block.rows.map(\.text)).map { measure.columns(of: $0) }.max() ?? 0
        }
        let gap = 4
        if widths.reduce(0, +) + gap * (blocks.count - 1) <= width {
            let height = blocks.map { max(1, $0.rows.count) }.max() ?? 0
            let titles: Line = blocks.indices.map { Segment(measure.fit(blocks[$0].title, to: widths[$0] + gap), .heading) }
            let rows: [Line] = (0..<height).map { index in
                blocks.indices.flatMap { column -> Line in
                    let block = blocks[column]
                    var cell: Segment = block.rows.isEmpty && index == 0 ? none[0] : block.rows[safe: index] ?? Segment("", .plain)
                    cell.text = measure.fit(cell.text, to: widths[column])
                    return [cell, Segment(String(repeating: " ", count: gap), .plain)]
                }
            }
            return [titles] + rows + [[]]
        }
        return blocks.flatMap { block -> [Line] in
            [[Segment(block.title, .heading)]] + (block.rows.isEmpty ? [none] : block.rows.map { [$0] }) + [[]]
        }
    }

    /// Every note whole, wrapped under its day and author, so a long one reads to its end.
    private static func notes(_ store: Store, _ context: Context) -> [Line] {
        guard !store.notes.isEmpty else { return [] }
        let measure = context.options.measure
        let width = context.width
        let first = RecordIndex(store).notes
        return [[Segment(UIText.notes(context.options.language), .heading)]] + store.notes.enumerated().flatMap { offset, note -> [Line] in
            let head = "\(note.on)  \(note.author)  "
            let indent = String(repeating: " ", count: 2)
            // The first line starts after the day and author; the rest are indented a little.
            let wrapped = measure.wrap(head + note.text, to: width, thenTo: width - indent.count)
            return wrapped.enumerated().map { index, line in
                [segment(index == 0 ? line : indent + line, record: first + offset, on: note.on, context)]
            }
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
                lines[lines.count - 1].append(Segment("   ", .plain))
                used += 3
            }
            lines[lines.count - 1].append(item)
            used += columns
        }
        return lines
    }
}
