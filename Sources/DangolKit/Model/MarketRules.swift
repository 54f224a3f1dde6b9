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
        return !first.properties.isWhitespace && !last.properties.isWhitespace
            && scalars.allSatisfy { $0.value >= 0x20 && $0 != "\u{7F}" }
    }

    /// Every rule `market` breaks, with where.
    public static func problems(in market: Market) -> [Problem] {
        var problems: [Problem] = []
        let root = JSONPath()
        if !isValidMarketID(market.id) {
            problems.append(Problem(root.appending("id"), "'\(market.id)' is not a market id: use lowercase letters, digits and hyphens"))
        }
        problems += requireText(market.name, "name", at: root.appending("name"))
        problems += requireText(market.region, "region", at: root.appending("region"))
        if let schedule = market.schedule, !programmeWeeks.contains(schedule.weeks) {
            problems.append(Problem(root.appending("schedule").appending("weeks"),
                                    "a programme lasts \(programmeWeeks.lowerBound) to \(programmeWeeks.upperBound) weeks, not \(schedule.weeks)"))
        }
        var seen: [String: Int] = [:]
        for (index, store) in market.stores.enumerated() {
            let path = { root.appending("stores").appending(index) }
            if let first = seen[store.id] {
                problems.append(Problem(path().appending("id"), "store id '\(store.id)' is already used by stores[\(first)]"))
            }
            seen[store.id] = seen[store.id] ?? index
            problems += self.problems(in: store, at: path())
        }
        return problems
    }

    /// Every rule one store breaks; `path` is where the store sits in its market file.
    public static func problems(in store: Store, at path: @autoclosure () -> JSONPath) -> [Problem] {
        var problems: [Problem] = []
        if !isValidStoreID(store.id) {
            problems.append(Problem(path().appending("id"), "'\(store.id)' is not a store id: it must be printable text without surrounding spaces"))
        }
        problems += requireText(store.name, "name", at: path().appending("name"))
        if let age = store.ownerAge, !ownerAges.contains(age) {
            problems.append(Problem(path().appending("ownerAge"), "owner's age must be \(ownerAges.lowerBound) to \(ownerAges.upperBound), not \(age)"))
        }
        problems += recordProblems(store, path: path)
        problems += orderProblems(store.friendReadings, \.on, "friends", at: path)
        problems += orderProblems(store.messages, \.on, "messages", at: path)
        problems += orderProblems(store.posts, \.self, "posts", at: path)
        problems += orderProblems(store.notes, \.on, "notes", at: path)
        for (index, note) in store.notes.enumerated() where note.text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
            problems.append(Problem(path().appending("notes").appending(index).appending("text"), "a note needs some text"))
        }
        return problems
    }

    /// Counts must be sensible and nothing can happen on a channel before it opened.
    private static func recordProblems(_ store: Store, path: () -> JSONPath) -> [Problem] {
        var problems: [Problem] = []
        func checkDate(_ date: CalendarDate, _ what: String, at recordPath: @autoclosure () -> JSONPath) {
            guard let opened = store.channelOpenedOn else {
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
        var readingDays: Set<CalendarDate> = []
        for (index, reading) in store.friendReadings.enumerated() {
            if reading.count < 0 {
                problems.append(Problem(record("friends", index, "count"), "a friend count cannot be negative (\(reading.count))"))
            }
            if !readingDays.insert(reading.on).inserted {
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
        return problems
    }

    /// Records must be listed oldest first; reports the first one that is not.
    private static func orderProblems<Record>(
        _ records: [Record], _ date: KeyPath<Record, CalendarDate>, _ list: String, at path: () -> JSONPath
    ) -> [Problem] {
        guard let index = records.indices.dropLast().first(where: { records[$0][keyPath: date] > records[$0 + 1][keyPath: date] })
        else { return [] }
        return [Problem(path().appending(list).appending(index + 1),
                        "\(list) must be listed oldest first: \(records[index + 1][keyPath: date]) comes after \(records[index][keyPath: date])")]
    }

    private static func requireText(_ text: String, _ field: String, at path: @autoclosure () -> JSONPath) -> [Problem] {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? [Problem(path(), "\(field) cannot be empty")] : []
    }
}

extension String {
    /// The text without leading and trailing white space.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
