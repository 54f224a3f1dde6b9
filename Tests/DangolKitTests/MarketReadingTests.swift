import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("The fast JSON path reads exactly what Foundation's decoder reads")
struct MarketReadingTests {
    private func foundation<Value: Decodable>(_ type: Value.Type, _ bytes: [UInt8]) throws -> Value {
        try JSONDecoder().decode(type, from: Data(bytes))
    }

    @Test("Every sample market and a generated one read the same through both paths")
    func sameMarkets() throws {
        let folder = DataFolder(path: Repository.data)
        var files = try folder.marketIDs().map { [UInt8](fileBytes(folder.marketPath($0))) }
        let generated = SyntheticProgram.build(markets: 2, stores: 40, weeks: 7, seed: 9).markets
        files += try generated.map { try FileCodec.encode($0) }
        for bytes in files {
            let fast = try #require(JSONReader.read(Market.self, from: bytes))
            #expect(fast == (try foundation(Market.self, bytes)))
        }
        #expect(files.count == 16)
    }

    @Test("A market with every key of every object filled reads the same through both paths")
    func everyKey() throws {
        let day = CalendarDate("2022-09-01")!
        let store = Store(id: "s1", name: "할매반찬", category: "반찬", ownerAge: 71, eligible: false, tutor: "김튜터",
                          channelOpenedOn: day, friendReadings: [FriendReading(on: day, count: 12)],
                          messages: [MessageRecord(on: day, kind: .info, count: 2)], posts: [day],
                          notes: [Note(on: day, author: "김튜터", text: "메모")])
        let market = Market(id: "m", name: "시장", region: "서울", district: "마포구", tutors: ["김튜터"],
                            schedule: MarketSchedule(starts: day, weeks: 7), stores: [store])
        let bytes = try FileCodec.encode(market)
        // Every key the models' CodingKeys name is in the file: none is left untried.
        let object = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let storeObject = try #require((object["stores"] as? [[String: Any]])?.first)
        func keys(_ value: Any?) -> Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }
        func firstKeys(_ value: Any?) -> Set<String> { keys((value as? [Any])?.first) }
        #expect(Set(object.keys) == Set(Market.CodingKeys.allCases.map(\.stringValue)))
        #expect(Set(storeObject.keys) == Set(Store.CodingKeys.allCases.map(\.stringValue)))
        #expect(keys(object["schedule"]) == Set(MarketSchedule.CodingKeys.allCases.map(\.stringValue)))
        #expect(firstKeys(storeObject["friends"]) == Set(FriendReading.CodingKeys.allCases.map(\.stringValue)))
        #expect(firstKeys(storeObject["messages"]) == Set(MessageRecord.CodingKeys.allCases.map(\.stringValue)))
        #expect(firstKeys(storeObject["notes"]) == Set(Note.CodingKeys.allCases.map(\.stringValue)))
        let fast = try #require(JSONReader.read(Market.self, from: bytes), "the fast path reads every key")
        #expect(fast == market)
        #expect(fast == (try foundation(Market.self, bytes)))
    }

    @Test("Escapes, Hangul, null optionals and any key order read as Foundation reads them")
    func unusualButValid() throws {
        let text = #"""
            {"stores": [{"name": "\"할매\" 반찬\n\u00e9\ud83d\ude00\/", "id": "s1", "eligible": null, "category": null,
              "friends": null, "posts": ["2022-09-01"], "channelOpenedOn": "2022-08-30",
              "notes": [{"text": "탭\t끝", "author": "김", "on": "2022-09-02"}]}],
             "region": "서울", "name": "시장", "id": "m", "schemaVersion": 1, "tutors": ["가"], "district": null}
            """#
        let bytes = Array(text.utf8)
        let fast = try #require(JSONReader.read(Market.self, from: bytes))
        #expect(fast == (try foundation(Market.self, bytes)))
        #expect(fast.stores[0].name == "\"할매\" 반찬\né😀/")
        #expect(fast.stores[0].eligible)
    }

    @Test("Anything unusual is left to Foundation: unknown or repeated keys, fractions, newer versions, bad UTF-8")
    func leftToFoundation() {
        let cases = [
            #"{"schemaVersion": 1, "id": "m", "name": "n", "region": "r", "extra": 1}"#,
            #"{"schemaVersion": 1, "id": "m", "id": "n", "name": "n", "region": "r"}"#,
            #"{"schemaVersion": 1.0, "id": "m", "name": "n", "region": "r"}"#,
            #"{"schemaVersion": 2, "id": "m", "name": "n", "region": "r"}"#,
            #"{"schemaVersion": 1, "id": "m", "name": "n"}"#,
            #"{"schemaVersion": 1, "id": "m", "name": "n", "region": "r"} x"#,
            #"{"schemaVersion": 0000000000000000001, "id": "m", "name": "n", "region": "r"}"#,
            #"{"schemaVersion": 1, "id": "m", "name": "n", "region": "r", "#,
        ]
        for text in cases {
            #expect(JSONReader.read(Market.self, from: Array(text.utf8)) == nil, "\(text)")
        }
        let template = Array(#"{"schemaVersion": 1, "id": "m", "name": "x", "region": "r"}"#.utf8)
        let x = template.firstIndex(of: UInt8(ascii: "x"))!
        // A stray byte, half of 가, a surrogate, an overlong slash: each repaired to U+FFFD if decoded.
        for bad: [UInt8] in [[0xFF], [0xEA, 0xB0], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xEA, 0xB0, 0x80, 0xB0]] {
            var bytes = template
            bytes.replaceSubrange(x...x, with: bad)
            #expect(JSONReader.read(Market.self, from: bytes) == nil, "\(bad)")
        }
    }

    @Test("Valid Hangul and a real U+FFFD in a name take the fast path and read as Foundation reads them")
    func validNonASCII() throws {
        for name in ["가", "\u{FFFD}", "반찬\u{FFFD}가게", "😀 떡집", "\u{1100}\u{1161}"] {
            let bytes = Array(#"{"schemaVersion": 1, "id": "m", "name": "\#(name)", "region": "서울"}"#.utf8)
            let fast = try #require(JSONReader.read(Market.self, from: bytes), "\(name)")
            #expect(fast.name == name)
            #expect(fast == (try foundation(Market.self, bytes)))
        }
    }

    @Test("Recurring values read as Foundation reads them, however many there are and however alike")
    func recurringValues() throws {
        // More categories than the reader keeps, so values share its slots: some differ only in
        // their middle, some only once unescaped, one is empty.
        let categories = (0..<300).map { "반찬\($0 % 10)가게\($0 / 10)" } + ["가나다", "가라다", "", #"\"떡\""#, #"\uB5A1"#, "떡"]
        let tutors = ["김튜터", "이튜터", #"김\ud29c터"#]
        // Each category twice or more (7 and their count share no factor), the later reads from the table.
        let stores = (0..<(3 * categories.count)).map { index in
            #"{"id": "s\#(index)", "name": "가게", "category": "\#(categories[index * 7 % categories.count])", "tutor": "\#(tutors[index % 3])"}"#
        }
        let text = #"{"schemaVersion": 1, "id": "m", "name": "시장", "region": "서울", "tutors": ["김튜터", "김튜터"], "stores": [\#(stores.joined(separator: ","))]}"#
        let bytes = Array(text.utf8)
        let fast = try #require(JSONReader.read(Market.self, from: bytes))
        let expected = try foundation(Market.self, bytes)
        #expect(fast == expected)
        #expect(Set(fast.stores.compactMap(\.category)).count == categories.count - 1, "\"떡\" and \\uB5A1 (떡) are two spellings of one value apart")
        #expect(fast.stores[1].tutor == "이튜터" && fast.stores[2].tutor == "김튜터")
    }

    @Test("White space of every kind between tokens, and control bytes in strings, as Foundation takes them")
    func whiteSpace() throws {
        let spaced = "{\r\n\t\"schemaVersion\"\t:\t1 ,\r\n" + String(repeating: " ", count: 23)
            + "\"id\"  :  \"m\"\n\n,\"name\":\"시장\",\"region\"" + String(repeating: " ", count: 9) + ":\"서울\" \t}\r\n "
        let bytes = Array(spaced.utf8)
        let fast = try #require(JSONReader.read(Market.self, from: bytes))
        #expect(fast == (try foundation(Market.self, bytes)))
        // A raw control byte is not JSON, early or late in a string, short or long.
        for name in ["a\u{1}", "가나다라마바사아\u{1F}자", "\u{9}", "가나다라마바사아자차카타파하\u{0}", "a\u{1}b\\n", "a\\n\u{1}"] {
            let bad = Array(#"{"schemaVersion": 1, "id": "m", "name": "\#(name)", "region": "서울"}"#.utf8)
            #expect(JSONReader.read(Market.self, from: bad) == nil, "\(name.debugDescription)")
            #expect(throws: (any Error).self) { try foundation(Market.self, bad) }
        }
    }

    @Test("Keys matched where they lie and dates read at their length are exactly what they spell")
    func keysAndDatesInPlace() throws {
        let market = #"{"schemaVersion": 1, "id": "m", "name": "시장", "region": "서울", "#
        func text(_ rest: String) -> [UInt8] { Array((market + rest).utf8) }
        // Keys that begin as known ones do but are longer or shorter, one cut short, one spelt
        // with an escape, and dates a byte too long or short, or holding a quote.
        let unknownKeys = [#""ids": 1}"#, #""i": 1}"#, #""nam": "x"}"#, #""stores": [{"id": "s", "nam": "x"}]}"#,
                           #""stores": [{"id": "s", "name": "x", "postsx": []}]}"#, #""stores": [{"id"#]
            // Keys of eight bytes and more, matched a word and then byte by byte: one byte off
            // in the word or after it, or a byte longer or shorter.
            + ["categorz", "categoryx", "channelOpenedOx", "channelOpenedO", "channelOpenedOnn", "nama"].map {
                #""stores": [{"id": "s", "name": "x", "\#($0)": "2022-09-01"}]}"#
            }
        let badDates = ["2022-09-011", "2022-9-01", "2022-09-0", #"2022-09\"01"#, #"2022-09-01\u0030"#]
        for rest in unknownKeys + badDates.map({ #""stores": [{"id": "s", "name": "x", "channelOpenedOn": "\#($0)"}]}"# }) {
            #expect(JSONReader.read(Market.self, from: text(rest)) == nil, "\(rest)")
        }
        // An escaped key is the key it spells: the fast path leaves it, Foundation reads it.
        let escaped = text(#""stores": [{"\u0069d": "s", "name": "x"}]}"#)
        #expect(JSONReader.read(Market.self, from: escaped) == nil)
        #expect(try foundation(Market.self, escaped).stores.map(\.id) == ["s"])
        // Keys sharing their first two bytes (schemaVersion, schedule) and a date at the very end.
        let alike = text(#""schedule": {"weeks": 7, "starts": "2022-09-01"}, "stores": [{"posts": ["2022-09-02"], "id": "s", "name": "x", "channelOpenedOn": "2022-09-01"}]}"#)
        let fast = try #require(JSONReader.read(Market.self, from: alike))
        #expect(fast == (try foundation(Market.self, alike)))
        #expect(fast.schedule?.starts == CalendarDate("2022-09-01") && fast.stores[0].posts == [CalendarDate("2022-09-02")!])
        #expect(JSONReader.read(CalendarDateBox.self, from: Array(#""2022-09-01""#.utf8))?.date == CalendarDate("2022-09-01"))
        #expect(JSONReader.read(CalendarDateBox.self, from: Array(#""2022-09-01"#.utf8)) == nil)
    }

    @Test("A date met again is the same date, and a date one byte off a known one is still refused")
    func recurringDates() throws {
        func posts(_ dates: [[UInt8]]) -> [UInt8] {
            let listed = dates.map { [UInt8(ascii: "\"")] + $0 + [UInt8(ascii: "\"")] }.joined(separator: Array(", ".utf8))
            return Array(#"{"schemaVersion": 1, "id": "m", "name": "시장", "region": "서울", "stores": [{"id": "s", "name": "x", "posts": ["#.utf8)
                + listed + Array("]}]}".utf8)
        }
        let days = ["2023-09-15", "2023-09-16", "2023-09-15", "2023-10-15", "2023-09-15", "2024-09-15", "2023-09-16"]
        let fast = try #require(JSONReader.read(Market.self, from: posts(days.map { Array($0.utf8) })))
        #expect(fast.stores[0].posts == days.map { CalendarDate($0)! })
        // Each after the valid date it differs from in one byte: February 29th in a year
        // without one, a day or a month out of range, a letter, a byte beyond ASCII.
        let valid = Array("2023-02-28".utf8)
        for (index, byte) in [(9, UInt8(ascii: "9")), (8, UInt8(ascii: "3")), (5, UInt8(ascii: "2")), (6, UInt8(ascii: "x")), (6, 0xB2)] {
            var wrong = valid
            wrong[index] = byte
            #expect(JSONReader.read(Market.self, from: posts([valid, valid, wrong])) == nil, "\(wrong)")
        }
        // Ten zero bytes, which an empty slot of the table must not take for a date it holds;
        // Foundation refuses them too (control characters in a string).
        let zeros = [UInt8](repeating: 0, count: 10)
        #expect(JSONReader.read(Market.self, from: posts([zeros])) == nil)
        #expect(JSONReader.read(Market.self, from: posts([valid, zeros])) == nil)
        #expect(throws: (any Error).self) { try foundation(Market.self, posts([zeros])) }
        // Days that are not days but share the valid date's slot in the reader's table of dates
        // met (`JSONReader.dateSlot`), so that only the comparison of their bytes tells them apart.
        let lead = valid.withUnsafeBufferPointer { ByteWord.load($0, at: 0) }
        func slot(_ tens: UInt8, _ ones: UInt8) -> Int { JSONReader.dateSlot(lead: lead, day: UInt64(tens) | UInt64(ones) << 8) }
        let printable = (UInt8(0x20)...0x7E).filter { $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        let sharing = printable.flatMap { tens in printable.map { (tens, $0) } }
            .filter { $0 != (valid[8], valid[9]) && slot($0.0, $0.1) == slot(valid[8], valid[9]) }
        #expect(sharing.count >= 3)
        for (tens, ones) in sharing.prefix(8) {
            let wrong = Array(valid[..<8]) + [tens, ones]
            #expect(JSONReader.read(Market.self, from: posts([valid, wrong])) == nil, "\(wrong)")
        }
    }

    @Test("Whole numbers up to eighteen digits take the fast path; longer ones, overflowing or not, are Foundation's")
    func longNumbers() throws {
        func market(ownerAge: String) -> [UInt8] {
            Array(#"{"schemaVersion": 1, "id": "m", "name": "n", "region": "r", "stores": [{"id": "s", "name": "x", "ownerAge": \#(ownerAge)}]}"#.utf8)
        }
        for age in ["0", "-7", "123456789012345678", "-999999999999999999"] {
            let fast = try #require(JSONReader.read(Market.self, from: market(ownerAge: age)), "\(age)")
            #expect(fast.stores[0].ownerAge == Int(age))
            #expect(fast == (try foundation(Market.self, market(ownerAge: age))))
        }
        for age in ["1234567890123456789", "9223372036854775807", "9223372036854775808", "-9223372036854775809", "00", "-"] {
            #expect(JSONReader.read(Market.self, from: market(ownerAge: age)) == nil, "\(age)")
        }
        #expect(try foundation(Market.self, market(ownerAge: "9223372036854775807")).stores[0].ownerAge == .max)
    }

    @Test("Dates print as YYYY-MM-DD, padded")
    func dates() {
        let dates = [CalendarDate("2023-07-31")!, CalendarDate("0001-01-09")!, CalendarDate("9999-12-31")!]
        #expect(dates.map(\.description) == ["2023-07-31", "0001-01-09", "9999-12-31"])
    }
}

/// A date read alone, so that one can end the bytes read.
private struct CalendarDateBox: JSONReadable {
    let date: CalendarDate

    init(reading reader: inout JSONReader) throws {
        date = try CalendarDate(reading: &reader)
    }
}
