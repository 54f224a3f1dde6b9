/// Merges a store list from a spreadsheet into a market, all or nothing.
///
/// Rows are matched to stores by id, else by name, so importing the same sheet twice changes
/// nothing the second time. `friends` is the current count (recorded as a reading dated today
/// when it differs from the latest) and `messages` the total sent so far (the difference is
/// recorded as ad messages dated today). Empty cells leave a store's value as it is.
public struct SheetImport: Sendable {
    /// What one row did to its store.
    public enum Outcome: Sendable, Equatable {
        case added(Store)
        case updated(before: Store, after: Store)
        case unchanged(Store)
    }

    /// A row that cannot be taken, as `FILE:ROW: reason`.
    public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var row: Int
        public var reason: Localized

        public func text(_ language: Language) -> String { "\(file):\(row): \(reason(language))" }
        public var description: String { text(.en) }
    }

    /// Every bad row of a sheet; nothing was imported.
    public struct Refusal: Error, Sendable, CustomStringConvertible {
        public var problems: [RowProblem]

        public func text(_ language: Language) -> String { problems.map { $0.text(language) }.joined(separator: "\n") }
        public var description: String { text(.en) }
    }

    public let sheet: Sheet
    public let file: String
    public let today: CalendarDate

    public init(sheet: Sheet, file: String, today: CalendarDate) {
        self.sheet = sheet
        self.file = file
        self.today = today
    }

    /// Applies every row to `market` and returns what each did, or throws `Refusal` listing every
    /// bad row and leaves `market` unchanged.
    ///
    /// Linear in the rows: stores are found through an index kept current row by row.
    public func apply(to market: inout Market) throws -> [Outcome] {
        var result = market
        var index = StoreIndex(result.stores)
        var outcomes: [Outcome] = []
        var problems: [RowProblem] = []
        var rowOfStore: [String: Int] = [:]
        for row in sheet.rows {
            do {
                let outcome = try apply(row, to: &result, index: &index)
                let id = outcome.store.id
                if let earlier = rowOfStore[id] {
                    throw DangolError.refused(Localized("\(earlier)행과 같은 점포입니다 (\(outcome.store.name))", "this is the same store as row \(earlier) (\(outcome.store.name))"))
                }
                rowOfStore[id] = row.number
                outcomes.append(outcome)
            } catch {
                problems.append(RowProblem(file: file, row: row.number, reason: (error as? DangolError).map { Localized($0.message(.ko), $0.message(.en)) } ?? Localized(verbatim: "\(error)")))
            }
        }
        guard problems.isEmpty else { throw Refusal(problems: problems) }
        market = result
        return outcomes
    }

    private func apply(_ row: Sheet.Row, to market: inout Market, index storeIndex: inout StoreIndex) throws -> Outcome {
        if let rowMarket = row[.market], rowMarket != market.id {
            throw DangolError.refused(Localized("이 행은 '\(market.id)'이(가) 아니라 시장 '\(rowMarket)'의 것입니다", "the row belongs to market '\(rowMarket)', not '\(market.id)'"))
        }
        guard let name = row[.name] else { throw DangolError.refused(Localized("\(column(.name)) 칸이 비어 있습니다", "the \(column(.name)) cell is empty")) }
        let index = try storeIndex.matching(id: row[.id], name: name)
        let before = index.map { market.stores[$0] }
        var store = before ?? Store(id: row[.id] ?? storeIndex.numbering.next(), name: name)
        store.name = name
        try fillDetails(of: &store, from: row)
        try fillProgress(of: &store, from: row)
        if let problem = MarketRules.problems(in: store, at: JSONPath()).first {
            throw DangolError.refused(problem.message)
        }
        guard let before, let index else {
            storeIndex.add(store, at: market.stores.count)
            market.stores.append(store)
            return .added(store)
        }
        storeIndex.rename(index, from: before.name, to: store.name)
        market.stores[index] = store
        return store == before ? .unchanged(store) : .updated(before: before, after: store)
    }

    private func fillDetails(of store: inout Store, from row: Sheet.Row) throws {
        if let category = row[.category] { store.category = category }
        if let tutor = row[.tutor] { store.tutor = tutor }
        if let age = row[.ownerAge] {
            guard let value = Int(age) else { throw DangolError.refused(Localized("\(column(.ownerAge))은(는) 정수여야 합니다 ('\(age)'이 아니라)", "\(column(.ownerAge)) must be a whole number, not '\(age)'")) }
            store.ownerAge = value
        }
        if let eligible = row[.eligible] {
            guard let value = SheetColumn.parseYesNo(eligible) else {
                throw DangolError.refused(Localized("\(column(.eligible))은(는) 예/아니오, Y/N, O/X, 1/0 중 하나여야 합니다 ('\(eligible)'이 아니라)",
                                                    "\(column(.eligible)) must be Y/N, yes/no, true/false, 1/0, 예/아니오 or O/X, not '\(eligible)'"))
            }
            store.eligible = value
        }
    }

    private func fillProgress(of store: inout Store, from row: Sheet.Row) throws {
        if let text = row[.channelOpenedOn] {
            guard let opened = CalendarDate(text) else {
                throw DangolError.refused(Localized("\(column(.channelOpenedOn))은(는) 2022-11-14 같은 날짜여야 합니다 ('\(text)'이 아니라)",
                                                    "\(column(.channelOpenedOn)) must be a date like 2022-11-14, not '\(text)'"))
            }
            if let existing = store.channelOpenedOn, existing != opened {
                throw DangolError.refused(Localized("채널은 \(opened)이 아니라 이미 \(existing)에 열렸습니다", "the channel already opened on \(existing), not \(opened)"))
            }
            if opened > today { throw DangolError.refused(Localized("\(column(.channelOpenedOn)) \(opened)은(는) 앞으로 올 날입니다", "\(column(.channelOpenedOn)) \(opened) is in the future")) }
            store.channelOpenedOn = opened
        }
        if let text = row[.friends] {
            let friends = try count(text, column: .friends)
            guard store.channelOpenedOn != nil else {
                throw DangolError.refused(notOpened(.friends))
            }
            if store.friendReadings.last?.count != friends {
                store.friendReadings.removeAll { $0.on == today }
                store.friendReadings.insertInDateOrder(FriendReading(on: today, count: friends), date: \.on)
            }
        }
        if let text = row[.messages] {
            let total = try count(text, column: .messages)
            let recorded = store.messages.reduce(0) { $0 + $1.count }
            if total < recorded {
                throw DangolError.refused(Localized("\(column(.messages))은(는) 모두 \(total)건이라지만 이미 \(recorded)건이 기록되어 있습니다",
                                                    "\(column(.messages)) says \(total) in all, but \(recorded) are already recorded"))
            }
            if total > recorded {
                guard store.channelOpenedOn != nil else {
                    throw DangolError.refused(notOpened(.messages))
                }
                store.messages.insertInDateOrder(MessageRecord(on: today, kind: .ad, count: total - recorded), date: \.on)
            }
        }
    }

    private func column(_ column: SheetColumn) -> String {
        sheet.name(of: column)
    }

    /// A count given for a store whose channel has not opened.
    private func notOpened(_ given: SheetColumn) -> Localized {
        Localized("\(column(given)) 값이 있지만 채널이 열리지 않았습니다: \(column(.channelOpenedOn)) 칸을 채우세요",
                  "\(column(given)) is given but the channel has not opened: fill \(column(.channelOpenedOn))")
    }

    /// A count as spreadsheets write it: digits, with thousands separated by commas or not
    /// (`1234`, `1,234`), never `1,2,3`.
    private func count(_ text: String, column: SheetColumn) throws -> Int {
        let groups = text.split(separator: ",", omittingEmptySubsequences: false)
        let wellGrouped = groups.count == 1
            || ((1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 })
        guard wellGrouped, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
              let value = Int(groups.joined()) else {
            throw DangolError.refused(Localized("\(self.column(column))은(는) 0 이상의 정수여야 합니다 (1234나 1,234; '\(text)'이 아니라)",
                                                "\(self.column(column)) must be a whole number of 0 or more (1234 or 1,234), not '\(text)'"))
        }
        return value
    }
}

/// A market's stores by id and by name, and the ids still free, kept current as rows are applied.
private struct StoreIndex {
    private var byID: [String: Int] = [:]
    private var byName: [String: [Int]] = [:]
    var numbering: StoreNumbering

    init(_ stores: [Store]) {
        numbering = StoreNumbering(ids: stores.lazy.map(\.id))
        for (position, store) in stores.enumerated() { add(store, at: position) }
    }

    mutating func add(_ store: Store, at position: Int) {
        byID[store.id] = position
        byName[store.name, default: []].append(position)
        numbering.take(store.id)
    }

    mutating func rename(_ position: Int, from old: String, to new: String) {
        guard old != new else { return }
        byName[old]?.removeAll { $0 == position }
        byName[new, default: []].append(position)
    }

    /// The store a row means: by its id when it has one, else by its name, which must be unique.
    func matching(id: String?, name: String) throws -> Int? {
        if let id { return byID[id] }
        let named = byName[name] ?? []
        if named.count > 1 {
            throw DangolError.refused(Localized("'\(name)'이라는 점포가 \(named.count)곳입니다: 점포코드(id) 칸을 채워 어느 것인지 알려 주세요",
                                                "\(named.count) stores are named \(name): fill the id column to say which"))
        }
        return named.first
    }
}

extension SheetImport.Outcome {
    /// The store as the import leaves it.
    public var store: Store {
        switch self {
        case .added(let store), .unchanged(let store): return store
        case .updated(_, let after): return after
        }
    }
}

