/// Every bound dangol keeps, in one table: how long a text may be, how many of each thing a
/// file may hold, and how large a file dangol writes may grow.
///
/// The rules (`MarketRules`, `Team.problems`, `Round.problem`) apply these on every path that
/// writes (the command line, a session, the dashboard's forms, import) and `dangol check` applies
/// them to files as they are, so whatever a reader refuses, the writer has refused first. The
/// README's guarantees table lists the same numbers.
///
/// The bounds are far above what the programme needs (a market has about 150 stores, a store a
/// few dozen records over seven weeks) and low enough that one member cannot grow a file past
/// what every other member's session reads.
public enum Bounds {
    /// A text field's longest length, in Unicode scalars (at most 4 bytes each in the file).
    public struct Text: Sendable {
        /// What the field is, for refusals (`점포명` / `name`).
        public let field: Localized
        public let maxLength: Int

        /// The same bound for a field that names it otherwise (`a tutor's name`).
        public func named(_ field: Localized) -> Text {
            Text(field: field, maxLength: maxLength)
        }

        /// Whether the text whose valid UTF-8 bytes are `utf8` is at most `maxLength` scalars
        /// long: a scalar takes one byte that does not continue another (10xxxxxx), and text of
        /// few bytes is not counted at all.
        func admitsLength(ofUTF8 utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            utf8.count <= maxLength || utf8.count(where: { $0 & 0xC0 != 0x80 }) <= maxLength
        }
    }

    public static let programmeName = Text(field: Localized("사업 이름", "the programme's name"), maxLength: 100)
    public static let roundName = Text(field: Localized("차수 이름", "a round's name"), maxLength: 60)
    public static let awardName = Text(field: Localized("상 이름", "an award's name"), maxLength: 30)
    /// What a sheet sent on standard input is called in messages and the journal (`--sheet-name`).
    public static let sheetName = Text(field: Localized("시트 이름", "a sheet's name"), maxLength: 120)
    public static let marketName = Text(field: Localized("시장 이름", "name"), maxLength: 60)
    public static let region = Text(field: Localized("지역", "region"), maxLength: 40)
    public static let district = Text(field: Localized("구", "district"), maxLength: 40)
    /// A person's name: a market's tutors, a store's tutor, a note's or a journal entry's author.
    public static let personName = Text(field: Localized("이름", "a name"), maxLength: 40)
    public static let storeName = Text(field: Localized("점포명", "name"), maxLength: 80)
    public static let category = Text(field: Localized("업종", "category"), maxLength: 40)
    public static let noteText = Text(field: Localized("메모", "a note"), maxLength: 1_000)
    public static let memberName = Text(field: Localized("구성원 이름", "a member's name"), maxLength: 40)
    /// What follows a public key on its line (`kim@laptop`).
    public static let keyComment = Text(field: Localized("키 설명", "a key's comment"), maxLength: 100)

    /// Markets in one programme: the national programme has 1,400.
    public static let markets = 5_000
    /// Rounds in one programme.
    public static let rounds = 200
    /// Stores in one market.
    public static let storesPerMarket = 3_000
    /// Tutors listed on one market.
    public static let tutorsPerMarket = 50
    /// Friend readings, message records and posts of one store, each.
    public static let recordsPerStore = 1_000
    /// Notes on one store.
    public static let notesPerStore = 200
    /// Members of one team, and keys of one member.
    public static let members = 5_000
    public static let keysPerMember = 10

    /// The largest market file dangol writes: a quarter below `FileLimit.market`, the largest it
    /// reads, so a file dangol wrote is always one it reads, even after a hand edit adds to it.
    public static let marketFileBytes = 48 << 20
    /// The largest team file dangol writes, below `FileLimit.program`.
    public static let smallFileBytes = 768 << 10
    /// The longest journal line (one entry) dangol writes; it reads lines up to twice as long.
    public static let journalEntryBytes = 1 << 20
    /// The largest digest cache entry; a digest within every bound above is far smaller.
    public static let digestBytes = 48 << 20
    /// A session's command line (`SSH_ORIGINAL_COMMAND`): bytes and words, checked before parsing.
    public static let commandLineBytes = 4_096
    public static let commandLineWords = 64
    /// A store's history on its screen: its latest changes, read from the journal's end.
    public static let historyEntries = 100
    /// A public key read from a file or standard input.
    public static let keyBytes = 16 << 10

    /// Why `text` is longer than `bound` allows, or nil.
    public static func lengthProblem(_ text: String, _ bound: Text) -> Localized? {
        guard !text.withUTF8Bytes(bound.admitsLength(ofUTF8:)) else { return nil }
        let length = text.unicodeScalars.count
        return Localized("\(bound.field.ko)은(는) \(bound.maxLength)자까지입니다 (\(length)자)",
                         "\(bound.field.en) may be at most \(bound.maxLength) characters long, not \(length)")
    }

    /// Why a list of `count` things is longer than `limit` allows, or nil; `what` names them.
    public static func countProblem(_ count: Int, _ limit: Int, _ what: Localized) -> Localized? {
        guard count > limit else { return nil }
        return Localized("\(what.ko)은(는) \(limit)개까지입니다 (\(count)개)", "at most \(limit) \(what.en) are kept, not \(count)")
    }

    /// Why a file of `size` bytes is not written, or nil: dangol writes nothing it could not read back.
    public static func sizeProblem(_ size: Int, limit: Int, _ what: Localized) -> Localized? {
        guard size > limit else { return nil }
        let megabytes = { (bytes: Int) in String(format: "%.1f", Double(bytes) / Double(1 << 20)) }
        return Localized("\(what.ko)이(가) \(megabytes(size)) MB가 되어 저장하지 않았습니다: dangol이 쓰는 \(what.ko)은(는) \(megabytes(limit)) MB까지입니다",
                         "not saved: \(what.en) would be \(megabytes(size)) MB, and dangol writes at most \(megabytes(limit)) MB")
    }
}
