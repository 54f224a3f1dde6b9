import Testing
import TerminalText
@testable import DangolDashboard
@testable import DangolKit

/// Every message a person reads, walked from the tables that hold them (KitText, FormText,
/// the editing texts), in both languages: present, really translated, and short enough to be
/// read whole where it is shown.
@Suite("Message table")
struct MessageTableTests {
    private static let day = CalendarDate("2022-10-20")!
    private static let today = CalendarDate("2022-10-23")!
    private static let entry = JournalEntry(at: .now, author: "kim", action: .friends, storeID: "s004",
                                            before: Store(id: "s004", name: "shop", friendReadings: [FriendReading(on: day, count: 30)]),
                                            after: Store(id: "s004", name: "shop", friendReadings: [FriendReading(on: today, count: 33)]))

    /// Each message with sample values (ASCII names, so a Korean word in the English text stands out).
    static let messages: [(key: String, text: Localized)] = [
        ("KitText.notAnID", KitText.notAnID(KitText.market, "../x")),
        ("KitText.notAStoreID", KitText.notAStoreID("TI 001")),
        ("KitText.notADataFolder", KitText.notADataFolder("/srv/data")),
        ("KitText.readOnly", KitText.readOnly),
        ("KitText.noMarket", KitText.noMarket("east", in: "/srv/data")),
        ("KitText.folderInUse", KitText.folderInUse("/srv/data")),
        ("KitText.marketExists", KitText.marketExists("east", in: "/srv/data")),
        ("KitText.noRound", KitText.noRound("2024", known: ["2022", "2023"])),
        ("KitText.newerSchema", KitText.newerSchema(found: 9, supported: 2)),
        ("KitText.savedWithoutJournal", KitText.savedWithoutJournal(path: "j.jsonl", reason: "disk full")),
        ("KitText.cannot", KitText.cannot(KitText.createFolder, "Permission denied")),
        ("KitText.doesNotExist", KitText.doesNotExist("/srv/x")),
        ("KitText.symbolicLink", KitText.symbolicLink),
        ("KitText.notAFolder", KitText.notAFolder),
        ("KitText.noReader", KitText.noReader),
        ("KitText.notARegularFile", KitText.notARegularFile(KitText.fifo)),
        ("KitText.needsAuthor", KitText.needsAuthor()),
        ("KitText.badAuthor", KitText.badAuthor(TextRules.problem(in: "a\u{1B}b")!)),
        ("KitText.nothingToUndo", KitText.nothingToUndo("kim", in: "east")),
        ("KitText.changedSinceEdit", KitText.changedSinceEdit("shop")),
        ("KitText.storeIDTaken", KitText.storeIDTaken("s1", by: "shop")),
        ("KitText.nameShared", KitText.nameShared(2, market: "east", name: "shop", ids: ["s1", "s2"])),
        ("KitText.noStoreNamed", KitText.noStoreNamed("shop", market: "east")),
        ("KitText.noStore", KitText.noStore("s3", market: "east")),
        ("KitText.alreadyOpened", KitText.alreadyOpened("shop", on: day)),
        ("KitText.inFuture", KitText.inFuture(today, today: day)),
        ("KitText.notOpened", KitText.notOpened("shop")),
        ("KitText.beforeOpening", KitText.beforeOpening(day, opened: today)),
        ("KitText.recordGone", KitText.recordGone("shop")),
        ("MarketRules.idRule", MarketRules.idRule),
        ("MarketRules.dateProblem", MarketRules.dateProblem(CalendarDate("1999-01-01")!)!),
        ("MarketRules.countProblem", MarketRules.countProblem(-1, in: MarketRules.friendCounts, Localized("친구 수", "a friend count"))!),
        ("DateReading.refusal", DateReading.refusal("3/32")),
        ("KitText.afterAsOf", KitText.afterAsOf(today)),
        ("KitText.undoTargetMoved", KitText.undoTargetMoved("shop")),
        ("FormText.askUndo", FormText.askUndo("'friends 30 > 35' on shop (2022-10-01 14:03, Kim)")),
        ("FormText.undoKept", FormText.undoKept),
        ("FormText.draftRestored", FormText.draftRestored),
        ("UIText.quitWithQ", UIText.quitWithQ),
        ("FormText.notANumber", FormText.notANumber),
        ("FormText.required", FormText.required),
        ("FormText.adOrInfo", FormText.adOrInfo),
        ("FormText.yesOrNo", FormText.yesOrNo),
        ("FormText.ageRange", FormText.ageRange),
        ("FormText.atLeast", FormText.atLeast(0)),
        ("FormText.atMost", FormText.atMost(10_000_000)),
        ("FormText.friendsDown", FormText.friendsDown(20)),
        ("FormText.changedMeanwhile", FormText.changedMeanwhile(by: entry, removed: false)),
        ("FormText.removedMeanwhile", FormText.changedMeanwhile(by: entry, removed: true)),
        ("FormText.removeQuestion", FormText.removeQuestion),
        ("FormText.deleteQuestion", FormText.deleteQuestion),
        ("FormText.readOnly", FormText.readOnly),
        ("UIText.pickRecord", UIText.pickRecord),
        ("UIText.cannotReread", UIText.cannotReread("east")),
        ("JournalText.what", JournalText.what(entry)),
    ]

    @Test("Every message exists in Korean and in English, and they differ", arguments: messages.map(\.key))
    func bothLanguages(_ key: String) throws {
        let text = try #require(Self.messages.first { $0.key == key }?.text)
        #expect(Language.containsHangul(text.ko), "\(key) in Korean: \(text.ko)")
        #expect(text.en.contains { $0.isASCII && $0.isLetter }, "\(key) in English: \(text.en)")
        #expect(text.ko != text.en)
    }

    @Test("The English text has no Korean in it but for the Korean words it teaches (광고, 정보, 예/아니오, 오늘, 어제, 그제)")
    func englishIsEnglish() {
        let taught = ["광고/정보", "예/아니오", "오늘", "어제", "그제"]
        for (key, text) in Self.messages {
            let rest = taught.reduce(text.en) { $0.replacingOccurrences(of: $1, with: "") }
            #expect(!Language.containsHangul(rest), "\(key): \(text.en)")
        }
    }

    @Test("Every message reads whole in the status line of an 80-column terminal (three rows at most)")
    func fitsStatusLine() {
        let measure = TerminalWidth()
        for (key, text) in Self.messages {
            for language in Language.allCases {
                #expect(measure.wrap(text(language), to: 78).count <= Frame.noticeRows, "\(key) in \(language)")
            }
        }
    }

    @Test("A first friend reading says so, instead of a dash and an arrow from nothing")
    func firstReading() {
        let first = JournalEntry(at: .now, author: "kim", action: .friends, storeID: "s1", before: Store(id: "s1", name: "shop"),
                                 after: Store(id: "s1", name: "shop", friendReadings: [FriendReading(on: Self.day, count: 5)]))
        #expect(JournalText.what(first) == Localized("친구 5 (첫 기록)", "friends 5 (first reading)"))
        #expect(JournalText.what(Self.entry) == Localized("친구 30 > 33", "friends 30 > 33"))
    }
}
