/// The rules a market file must follow, in one place: `dangol check`, every load and every edit
/// apply the same ones.
public enum MarketRules {
    /// The range of owners' ages accepted; outside it is almost surely a typing slip.
    public static let ownerAges = 15...110
    /// The range of programme lengths accepted, in weeks.
    public static let programmeWeeks = 1...52

    /// Whether `id` can name a market (and its file): lowercase ASCII letters, digits, hyphens.
    public static func isValidMarketID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.first != "-"
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Whether `id` can name a store: printable, without spaces at either end.
    public static func isValidStoreID(_ id: String) -> Bool {
        let scalars = id.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return false }
        return !first.isWhitespace && !last.isWhitespace
            && scalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
    }

    /// Every rule `market` breaks, with where.
    public static func problems(in market: Market) -> [Problem] {
        var problems: [Problem] = []
        let root = JSONPath()
        if !isValidMarketID(market.id) {
            problems.append(Problem(root.appending("id"), "'\(market.id)' is not a market id: use lowercase letters, digits and hyphens"))
        }
        problems.append(ifPresent: requireText(market.name, "name", at: root.appending("name")))
        problems.append(ifPresent: requireText(market.region, "region", at: root.appending("region")))
        if let schedule = market.schedule, !programmeWeeks.contains(schedule.weeks) {
            problems.append(Problem(root.appending("schedule").appending("weeks"),
                                    "a programme lasts \(programmeWeeks.lowerBound) to \(programmeWeeks.upperBound) weeks, not \(schedule.weeks)"))
        }
        var seen: [String: Int] = [:]
        seen.reserveCapacity(market.stores.count)
        // By index, not `for store in`: that copied every store, a cost seen at 200,000 stores.
        for index in market.stores.indices {
            let id = market.stores[index].id
            let path = { root.appending("stores").appending(index) }
            if let first = seen[id] {
                problems.append(Problem(path().appending("id"), "store id '\(id)' is already used by stores[\(first)]"))
            } else {
                seen[id] = index
            }
            addProblems(in: market.stores[index], at: path, to: &problems)
        }
        return problems
    }

    /// Every rule one store breaks; `path` is where the store sits in its market file.
    public static func problems(in store: Store, at path: @autoclosure () -> JSONPath) -> [Problem] {
        var problems: [Problem] = []
        addProblems(in: store, at: path, to: &problems)
        return problems
    }

    /// `problems(in:at:)` added to `problems`, which saves an array per store.
    private static func addProblems(in store: Store, at path: () -> JSONPath, to problems: inout [Problem]) {
        if !isValidStoreID(store.id) {
            problems.append(Problem(path().appending("id"), "'\(store.id)' is not a store id: it must be printable text without surrounding spaces"))
        }
        problems.append(ifPresent: requireText(store.name, "name", at: path().appending("name")))
        if let age = store.ownerAge, !ownerAges.contains(age) {
            problems.append(Problem(path().appending("ownerAge"), "owner's age must be \(ownerAges.lowerBound) to \(ownerAges.upperBound), not \(age)"))
        }
        addRecordProblems(store, path: path, to: &problems)
        problems.append(ifPresent: orderProblem(store.friendReadings, { $0.on }, "friends", at: path))
        problems.append(ifPresent: orderProblem(store.messages, { $0.on }, "messages", at: path))
        problems.append(ifPresent: orderProblem(store.posts, { $0 }, "posts", at: path))
        problems.append(ifPresent: orderProblem(store.notes, { $0.on }, "notes", at: path))
        for (index, note) in store.notes.enumerated() where note.text.isBlank {
            problems.append(Problem(path().appending("notes").appending(index).appending("text"), "a note needs some text"))
        }
    }

    /// Counts must be sensible and nothing can happen on a channel before it opened.
    private static func addRecordProblems(_ store: Store, path: () -> JSONPath, to problems: inout [Problem]) {
        let opened = store.channelOpenedOn
        func checkDate(_ date: CalendarDate, _ what: String, at recordPath: @autoclosure () -> JSONPath) {
            guard let opened else {
                problems.append(Problem(recordPath(), "\(what) on \(date) but the channel has not opened"))
                return
            }
            if date < opened {
                problems.append(Problem(recordPath(), "\(what) on \(date) is before the channel opened on \(opened)"))
            }
        }
        // Paths are built only for a problem found: a 200,000-store programme loads without one.
        func record(_ list: String, _ index: Int, _ field: String? = nil) -> JSONPath {
            let recordPath = path().appending(list).appending(index)
            return field.map(recordPath.appending) ?? recordPath
        }
        // Readings in strictly increasing order cannot repeat a day: the set is for the rest.
        let readings = store.friendReadings
        var readingDays: Set<CalendarDate>? = zip(readings, readings.dropFirst()).allSatisfy { $0.on < $1.on } ? nil : []
        for (index, reading) in readings.enumerated() {
            if reading.count < 0 {
                problems.append(Problem(record("friends", index, "count"), "a friend count cannot be negative (\(reading.count))"))
            }
            if readingDays?.insert(reading.on).inserted == false {
                problems.append(Problem(record("friends", index, "on"), "there is already a friend reading on \(reading.on)"))
            }
            checkDate(reading.on, "a friend reading", at: record("friends", index, "on"))
        }
        for (index, message) in store.messages.enumerated() {
            if message.count < 1 {
                problems.append(Problem(record("messages", index, "count"), "a message record counts at least 1 message, not \(message.count)"))
            }
            checkDate(message.on, "a message", at: record("messages", index, "on"))
        }
        for (index, post) in store.posts.enumerated() {
            checkDate(post, "a post", at: record("posts", index))
        }
    }

    /// Records must be listed oldest first; reports the first one that is not.
    private static func orderProblem<Record>(
        _ records: [Record], _ date: (Record) -> CalendarDate, _ list: String, at path: () -> JSONPath
    ) -> Problem? {
        guard let index = records.indices.dropLast().first(where: { date(records[$0]) > date(records[$0 + 1]) })
        else { return nil }
        return Problem(path().appending(list).appending(index + 1),
                       "\(list) must be listed oldest first: \(date(records[index + 1])) comes after \(date(records[index]))")
    }

    private static func requireText(_ text: String, _ field: String, at path: @autoclosure () -> JSONPath) -> Problem? {
        text.isBlank ? Problem(path(), "\(field) cannot be empty") : nil
    }
}

extension Array where Element == Problem {
    /// Adds a problem when there is one.
    fileprivate mutating func append(ifPresent problem: Problem?) {
        if let problem { append(problem) }
    }
}

extension String {
    /// Whether the text is empty or only white space; `trimmingWhitespace.isEmpty` without a copy.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isWhitespace)
    }

    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace`, answered without the property tables for ASCII and Hangul
    /// syllables, nearly every scalar dangol reads (the tables showed in profiles of 200,000 stores).
    public var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20: return true
        case ..<0x80, 0xAC00...0xD7A3: return false
        default: return properties.isWhitespace
        }
    }
}
