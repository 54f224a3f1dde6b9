/// The rules a market file must follow, in one place: `dangol check`, every load and every edit
/// apply the same ones.
public enum MarketRules {
    /// The range of owners' ages accepted; outside it is almost surely a typing slip.
    public static let ownerAges = 15...110
    /// The range of programme lengths accepted, in weeks.
    public static let programmeWeeks = 1...52
    /// A store's channel friends. Ten million is far beyond any market store's channel, and
    /// keeps every sum of figures (200,000 stores, award scores) far inside a 64-bit integer.
    public static let friendCounts = 0...10_000_000
    /// Messages in one record (one day, one kind); import records a total's growth as one.
    public static let messageCounts = 1...100_000
    /// The days any date in the data may fall on: a typed 9999 or 1900 is a slip, not a record.
    public static let dates = CalendarDate(year: 2000, month: 1, day: 1)!...CalendarDate(year: 2099, month: 12, day: 31)!
    /// What an id may be, as a sentence for refusals.
    public static let idRule = Localized("영문 소문자(a-z), 숫자, '-', '_'로 1-64자, 첫 글자는 영문자나 숫자",
                                         "use 1 to 64 lowercase letters (a-z), digits, '-' or '_', starting with a letter or digit")

    /// The most characters a store id may have: a sheet's 점포코드 is a short code.
    public static let storeIDLength = 32
    /// What a store id may be, as a sentence for refusals.
    public static let storeIDRule = Localized("영문자(대소문자), 한글, 숫자, '-', '_'로 1-\(storeIDLength)자, 첫 글자는 '-'나 '_'가 아님 (대소문자를 구별합니다)",
                                              "use 1 to \(storeIDLength) letters (upper or lower case), Hangul, digits, '-' or '_', not starting with '-' or '_' (case matters)")

    /// Whether `id` can name a market (and its file), a round or a member: `[a-z0-9][a-z0-9_-]{0,63}`.
    public static func isValidID(_ id: String) -> Bool {
        let bytes = id.utf8
        guard let first = bytes.first, bytes.count <= 64, isLowercaseLetterOrDigit(first) else { return false }
        return bytes.allSatisfy { isLowercaseLetterOrDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "_") }
    }

    /// Whether `id` can be a store's id: codes as sheets write them (`TI001`, `정육-3`). A store
    /// id names no file, so case and Hangul may stay as written; ids are matched exactly.
    ///
    /// Hangul means precomposed syllables and compatibility jamo: conjoining jamo would spell
    /// the same syllable a second way, which String equality takes as equal.
    public static func isValidStoreID(_ id: String) -> Bool {
        id.withUTF8Bytes(isValidStoreID(utf8:))
    }

    /// `isValidStoreID` of the id whose valid UTF-8 bytes are `utf8`.
    static func isValidStoreID(utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = utf8.first, first != UInt8(ascii: "-"), first != UInt8(ascii: "_") else { return false }
        // Every scalar allowed beyond ASCII takes three bytes (a lead byte E0–EF), so any other
        // lead byte is refused unread. Each scalar allowed is a character of its own, so
        // characters are counted as scalars.
        var index = 0
        var characters = 0
        while index < utf8.count {
            let lead = utf8[index]
            if lead < 0x80 {
                guard isStoreIDScalar(UInt32(lead)) else { return false }
                index += 1
            } else {
                guard lead & 0xF0 == 0xE0 else { return false }
                let value = UInt32(lead & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6 | UInt32(utf8[index + 2] & 0x3F)
                guard isStoreIDScalar(value) else { return false }
                index += 3
            }
            characters += 1
        }
        return characters <= storeIDLength
    }

    private static func isStoreIDScalar(_ value: UInt32) -> Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x5F: true
        case 0xAC00...0xD7A3, 0x3131...0x318E: true
        default: false
        }
    }

    private static func isLowercaseLetterOrDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// Why a count is out of `range`, or nil; `what` names it ("a friend count"). The test is
    /// inlined where it is made, and the refusal made only for a count refused: every record
    /// of every store read passes here.
    @inline(__always)
    public static func countProblem(_ count: Int, in range: ClosedRange<Int>, _ what: @autoclosure () -> Localized) -> Localized? {
        range.contains(count) ? nil : countRefusal(count, in: range, what())
    }

    private static func countRefusal(_ count: Int, in range: ClosedRange<Int>, _ what: Localized) -> Localized {
        Localized("\(what.ko)는 \(range.lowerBound)에서 \(range.upperBound) 사이여야 합니다 (\(count)이 아니라)",
                  "\(what.en) must be \(range.lowerBound) to \(range.upperBound), not \(count)")
    }

    /// Why a date cannot be in the data, or nil; inlined as `countProblem` is.
    @inline(__always)
    public static func dateProblem(_ date: CalendarDate) -> Localized? {
        dates.contains(date) ? nil : dateRefusal(date)
    }

    private static func dateRefusal(_ date: CalendarDate) -> Localized {
        Localized("\(date)은(는) 있을 법한 날짜가 아닙니다: \(dates.lowerBound)에서 \(dates.upperBound) 사이여야 합니다",
                  "\(date) is not a plausible date: dates must fall between \(dates.lowerBound) and \(dates.upperBound)")
    }

    /// A person's name where the rules name it otherwise: made once, not for every store checked.
    private static let marketTutorName = Bounds.personName.named(Localized("튜터 이름", "a tutor's name"))
    private static let storeTutorName = Bounds.personName.named(Localized("튜터", "tutor"))
    private static let noteAuthorName = Bounds.personName.named(Localized("메모 작성자", "a note's author"))

    /// Every rule `market` breaks, with where.
    public static func problems(in market: Market) -> [Problem] {
        var problems = problems(inFieldsOf: market, storeCount: market.stores.count)
        var ids = StoreIDs(capacity: market.stores.count)
        // By index, not `for store in`: that copied every store, a cost seen at 200,000 stores.
        for index in market.stores.indices {
            let id = market.stores[index].id
            let path = { JSONPath().appending("stores").appending(index) }
            // Where an id was first used is looked for only once its hash repeats, which
            // confirms it: an earlier store has the id itself.
            if !ids.isNew(.string(id)), let first = market.stores.firstIndex(where: { $0.id == id }), first < index {
                problems.append(Problem(path().appending("id"), Localized("점포 id '\(id)'은(는) 이미 stores[\(first)]이(가) 씁니다", "store id '\(id)' is already used by stores[\(first)]")))
            }
            addProblems(in: market.stores[index], spelled: StoreSpelling(of: market.stores[index]), at: path, to: &problems)
        }
        return problems
    }

    /// Why `market` cannot be the one in file `<fileID>.json`, or nil: its id names its file.
    static func fileNameProblem(of market: Market, fileID: String) -> Problem? {
        guard market.id != fileID else { return nil }
        return Problem(JSONPath([.key("id")]), Localized("id '\(market.id)'이(가) 파일 이름 '\(fileID).json'과 다릅니다",
                                                          "the id '\(market.id)' does not match the file name '\(fileID).json'"))
    }

    /// The store ids of one market met so far, by their hashes, for the rule that no two
    /// stores share one: `isNew` says when an id is surely new, and a repeated hash is
    /// confirmed by the caller, which has the ids (`problems(in:)`) or leaves them to the whole
    /// file's reading (a digest). A table of hashes, open-addressed and kept at most half full,
    /// finds one in a probe or two; a `Set<String>` hashed each id through the standard
    /// `Hasher` and kept a copy of it, costs seen per store of every file read.
    struct StoreIDs {
        /// Each slot's hash, or 0 in a slot never filled (`hash` makes none 0).
        private var hashes: [UInt64]
        private var count = 0

        init(capacity: Int) {
            hashes = Array(repeating: 0, count: StoreIDs.slotCount(for: capacity))
        }

        /// Whether no store met before can have `id`, which is then noted; false when one
        /// met before has the same hash, most likely the same id.
        mutating func isNew(_ id: SpelledText) -> Bool {
            let hash = id.withUTF8(StoreIDs.hash)
            guard let slot = freeSlot(for: hash) else { return false }
            hashes[slot] = hash
            count += 1
            if count * 2 > hashes.count { grow() }
            return true
        }

        /// The first slot never filled from `hash`'s place on, or nil when `hash` is met first.
        private func freeSlot(for hash: UInt64) -> Int? {
            let mask = hashes.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash { return nil }
                slot = (slot + 1) & mask
            }
            return slot
        }

        /// Twice the slots, each hash noted again in its place among them.
        private mutating func grow() {
            let noted = hashes.filter { $0 != 0 }
            hashes = Array(repeating: 0, count: hashes.count * 2)
            for hash in noted {
                hashes[freeSlot(for: hash)!] = hash
            }
        }

        /// A power of two at least twice `capacity`, so that that many ids keep it half full.
        private static func slotCount(for capacity: Int) -> Int {
            var count = 16
            while count < capacity * 2 { count *= 2 }
            return count
        }

        /// FNV-1a of `utf8`, its high bits folded down (the table's place is taken from the
        /// low ones), and never 0, which marks a slot never filled.
        private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return max(hash ^ hash >> 32, 1)
        }
    }

    /// Every rule the market's own fields break, its stores aside (those are checked one by
    /// one: `problems(in:at:)` and `StoreIDs`), for a market of `storeCount` stores.
    static func problems(inFieldsOf market: Market, storeCount: Int) -> [Problem] {
        var problems: [Problem] = []
        let root = JSONPath()
        if !isValidID(market.id) {
            problems.append(Problem(root.appending("id"), KitText.notAnID(KitText.market, market.id)))
        }
        addTextProblems(.string(market.name), Bounds.marketName, required: true, at: root.appending("name"), to: &problems)
        addTextProblems(.string(market.region), Bounds.region, required: true, at: root.appending("region"), to: &problems)
        addTextProblems(market.district.map(SpelledText.string), Bounds.district, required: false, at: root.appending("district"), to: &problems)
        if let problem = Bounds.countProblem(market.tutors.count, Bounds.tutorsPerMarket, Localized("튜터", "tutors")) {
            problems.append(Problem(root.appending("tutors"), problem))
        }
        if let problem = Bounds.countProblem(storeCount, Bounds.storesPerMarket, Localized("한 시장의 점포", "stores in one market")) {
            problems.append(Problem(root.appending("stores"), problem))
        }
        for (index, tutor) in market.tutors.enumerated() {
            addTextProblems(.string(tutor), marketTutorName, required: true, at: root.appending("tutors").appending(index), to: &problems)
        }
        if let schedule = market.schedule {
            if !programmeWeeks.contains(schedule.weeks) {
                problems.append(Problem(root.appending("schedule").appending("weeks"),
                                        Localized("사업 기간은 \(programmeWeeks.lowerBound)-\(programmeWeeks.upperBound)주입니다 (\(schedule.weeks)주가 아니라)",
                                                  "a programme lasts \(programmeWeeks.lowerBound) to \(programmeWeeks.upperBound) weeks, not \(schedule.weeks)")))
            }
            problems.append(ifPresent: dateProblem(schedule.starts).map { Problem(root.appending("schedule").appending("starts"), $0) })
        }
        return problems
    }

    /// Every rule one store breaks; `path` is where the store sits in its market file.
    public static func problems(in store: Store, at path: @autoclosure () -> JSONPath) -> [Problem] {
        problems(in: store, spelled: StoreSpelling(of: store), at: path())
    }

    /// Every rule a store breaks whose id and name are `spelling`'s, not the store's own: a
    /// reading that spells them (`StoreSpelling`) has them checked where the file holds them.
    static func problems(in store: Store, spelled spelling: StoreSpelling, at path: @autoclosure () -> JSONPath) -> [Problem] {
        var problems: [Problem] = []
        addProblems(in: store, spelled: spelling, at: path, to: &problems)
        return problems
    }

    /// `problems(in:spelled:at:)` added to `problems`, which saves an array per store. Inlined
    /// where it is called, so that a market's stores are checked where they lie: a call copied
    /// the whole store to pass it, once per store of every file read.
    @inline(__always)
    private static func addProblems(in store: Store, spelled spelling: StoreSpelling, at path: () -> JSONPath, to problems: inout [Problem]) {
        if !spelling.id.withUTF8(isValidStoreID(utf8:)) {
            problems.append(Problem(path().appending("id"), KitText.notAStoreID(spelling.id.string)))
        }
        addTextProblems(spelling.name, Bounds.storeName, required: true, at: path().appending("name"), to: &problems)
        addTextProblems(store.category.map(SpelledText.string), Bounds.category, required: false, at: path().appending("category"), to: &problems)
        addTextProblems(store.tutor.map(SpelledText.string), storeTutorName, required: false, at: path().appending("tutor"), to: &problems)
        if let age = store.ownerAge, !ownerAges.contains(age) {
            problems.append(Problem(path().appending("ownerAge"), Localized("대표 나이는 \(ownerAges.lowerBound)-\(ownerAges.upperBound)세여야 합니다 (\(age)가 아니라)",
                                                                                     "owner's age must be \(ownerAges.lowerBound) to \(ownerAges.upperBound), not \(age)")))
        }
        addCountProblems(store, path: path, to: &problems)
        addRecordProblems(store, path: path, to: &problems)
        problems.append(ifPresent: orderProblem(store.friendReadings, { $0.on }, "friends", at: path))
        problems.append(ifPresent: orderProblem(store.messages, { $0.on }, "messages", at: path))
        problems.append(ifPresent: orderProblem(store.posts, { $0 }, "posts", at: path))
        problems.append(ifPresent: orderProblem(store.notes, { $0.on }, "notes", at: path))
        for (index, note) in store.notes.enumerated() {
            func notePath() -> JSONPath { path().appending("notes").appending(index) }
            addTextProblems(.string(note.text), Bounds.noteText, required: true, at: notePath().appending("text"), to: &problems)
            addTextProblems(.string(note.author), noteAuthorName, required: false, at: notePath().appending("author"), to: &problems)
            problems.append(ifPresent: dateProblem(note.on).map { Problem(notePath().appending("on"), $0) })
        }
    }

    /// Each record list within its bound (`Bounds.recordsPerStore`, `Bounds.notesPerStore`).
    @inline(__always) // as `addProblems`, which calls it
    private static func addCountProblems(_ store: Store, path: () -> JSONPath, to problems: inout [Problem]) {
        // The common case first, without building the messages: 200,000 stores pass here.
        guard store.friendReadings.count > Bounds.recordsPerStore || store.messages.count > Bounds.recordsPerStore
            || store.posts.count > Bounds.recordsPerStore || store.notes.count > Bounds.notesPerStore else { return }
        let lists: [(String, Int, Int, Localized)] = [
            ("friends", store.friendReadings.count, Bounds.recordsPerStore, Localized("한 점포의 친구 수 기록", "friend readings of one store")),
            ("messages", store.messages.count, Bounds.recordsPerStore, Localized("한 점포의 메시지 기록", "message records of one store")),
            ("posts", store.posts.count, Bounds.recordsPerStore, Localized("한 점포의 포스트 기록", "posts of one store")),
            ("notes", store.notes.count, Bounds.notesPerStore, Localized("한 점포의 메모", "notes of one store")),
        ]
        for (list, count, limit, what) in lists {
            if let problem = Bounds.countProblem(count, limit, what) { problems.append(Problem(path().appending(list), problem)) }
        }
    }

    /// Counts must be sensible and nothing can happen on a channel before it opened.
    @inline(__always) // as `addProblems`, which calls it
    private static func addRecordProblems(_ store: Store, path: () -> JSONPath, to problems: inout [Problem]) {
        let opened = store.channelOpenedOn
        if let opened, let problem = dateProblem(opened) {
            problems.append(Problem(path().appending("channelOpenedOn"), problem))
        }
        // Inlined at each record's check, as `dateProblem` is.
        @inline(__always)
        func checkDate(_ date: CalendarDate, _ what: @autoclosure () -> Localized, at recordPath: @autoclosure () -> JSONPath) {
            if let problem = dateProblem(date) {
                problems.append(Problem(recordPath(), problem))
                return
            }
            guard let opened else {
                problems.append(Problem(recordPath(), Localized("\(date)의 \(what().ko)이 있지만 채널이 열리지 않았습니다", "\(what().en) on \(date) but the channel has not opened")))
                return
            }
            if date < opened {
                problems.append(Problem(recordPath(), Localized("\(date)의 \(what().ko)이 채널 개설일 \(opened)보다 앞섭니다",
                                                   "\(what().en) on \(date) is before the channel opened on \(opened)")))
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
            if let problem = countProblem(reading.count, in: friendCounts, Localized("친구 수", "a friend count")) {
                problems.append(Problem(record("friends", index, "count"), problem))
            }
            if readingDays?.insert(reading.on).inserted == false {
                problems.append(Problem(record("friends", index, "on"), Localized("\(reading.on)에는 이미 친구 수 기록이 있습니다: 그 기록을 고치세요", "there is already a friend reading on \(reading.on); fix that one")))
            }
            checkDate(reading.on, Localized("친구 수 기록", "a friend reading"), at: record("friends", index, "on"))
        }
        for (index, message) in store.messages.enumerated() {
            if let problem = countProblem(message.count, in: messageCounts, Localized("메시지 건수", "a message record's count")) {
                problems.append(Problem(record("messages", index, "count"), problem))
            }
            checkDate(message.on, Localized("메시지 기록", "a message"), at: record("messages", index, "on"))
        }
        for (index, post) in store.posts.enumerated() {
            checkDate(post, Localized("포스트 기록", "a post"), at: record("posts", index))
        }
    }

    /// Records must be listed oldest first; reports the first one that is not.
    private static func orderProblem<Record>(
        _ records: [Record], _ date: (Record) -> CalendarDate, _ list: String, at path: () -> JSONPath
    ) -> Problem? {
        // Most lists hold no more than one record, and most stores none: no search is set up for them.
        guard records.count > 1,
              let index = records.indices.dropLast().first(where: { date(records[$0]) > date(records[$0 + 1]) })
        else { return nil }
        return Problem(path().appending(list).appending(index + 1),
                       Localized("\(list)은(는) 오래된 것부터 적어야 합니다: \(date(records[index + 1]))이(가) \(date(records[index])) 뒤에 있습니다",
                                 "\(list) must be listed oldest first: \(date(records[index + 1])) comes after \(date(records[index]))"))
    }

    /// Why a text field cannot be stored: empty when required, a forbidden character, or white
    /// space at either end (inputs trim it, so only a hand edit leaves it).
    ///
    /// Nearly every name passes one scan of its bytes, where they lie, inlined where the text
    /// is checked (three texts of every store read); the rest are looked at closely, as a String.
    @inline(__always)
    private static func addTextProblems(
        _ spelled: SpelledText?, _ bound: Bounds.Text, required: Bool, at path: @autoclosure () -> JSONPath, to problems: inout [Problem]
    ) {
        guard let spelled, !spelled.withUTF8({ bound.admitsLength(ofUTF8: $0) && TextRules.isPlainLine(utf8: $0) }) else { return }
        addProblems(inUnplain: spelled.string, bound, required: required, at: path(), to: &problems)
    }

    /// `addTextProblems` of a text that is not plainly one line within its bound.
    private static func addProblems(
        inUnplain text: String, _ bound: Bounds.Text, required: Bool, at path: @autoclosure () -> JSONPath, to problems: inout [Problem]
    ) {
        if let problem = Bounds.lengthProblem(text, bound) {
            problems.append(Problem(path(), problem))
            return
        }
        let field = bound.field
        if text.isBlank {
            if required { problems.append(Problem(path(), Localized("\(field.ko)을(를) 비울 수 없습니다", "\(field.en) cannot be empty"))) }
            return
        }
        if let problem = TextRules.problem(in: text) {
            problems.append(Problem(path(), Localized("\(field.ko): \(problem.ko)", "\(field.en) \(problem.en)")))
        } else if text.unicodeScalars.first!.isWhitespace || text.unicodeScalars.last!.isWhitespace {
            problems.append(Problem(path(), Localized("\(field.ko) '\(text)'의 앞이나 뒤에 공백이 있습니다", "\(field.en) '\(text)' has white space at its start or end")))
        }
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

    /// The text without leading and trailing white space. Line breaks, tabs and other control
    /// characters are not trimmed: they stay, so the text rules refuse them and say so.
    public var trimmingWhitespace: String {
        let scalars = unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.isWhitespace && !TextRules.isForbidden(scalar) }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
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
