import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// Hand-edited files with mistakes at known places: `check` must name the file, line and column.
@Suite("Errors name file, line and column")
struct ErrorLocationTests {
    static let valid = """
        {
          "id" : "test",
          "name" : "시험시장",
          "region" : "서울",
          "schemaVersion" : 1,
          "stores" : [
            {
              "id" : "s001",
              "name" : "두부가게",
              "channelOpenedOn" : "2022-08-03",
              "friends" : [ { "on" : "2022-08-10", "count" : 12 } ]
            }
          ]
        }

        """

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var replace: String
        var with: String
        var expected: [String]

        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "missing comma", replace: "\"시험시장\",", with: "\"시험시장\"",
             expected: ["4:3: expected ',' or '}' but found '\"'"]),
        Case(name: "string never closed", replace: "\"서울\",\n  \"schemaVersion\" : 1,\n  \"stores\" : [\n    {\n      \"id\" : \"s001\",\n      \"name\" : \"두부가게\",\n      \"channelOpenedOn\" : \"2022-08-03\",\n      \"friends\" : [ { \"on\" : \"2022-08-10\", \"count\" : 12 } ]\n    }\n  ]\n}\n", with: "\"서",
             expected: ["4:14: this string is never closed with '\"'"]),
        Case(name: "text where a number belongs", replace: "\"schemaVersion\" : 1", with: "\"schemaVersion\" : \"one\"",
             expected: ["5:21: schemaVersion: expected a whole number here"]),
        Case(name: "negative count", replace: "\"count\" : 12", with: "\"count\" : -3",
             expected: ["11:54: stores[0].friends[0].count: a friend count must be 0 to 10000000, not -3"]),
        Case(name: "reading before the channel opened", replace: "\"on\" : \"2022-08-10\"", with: "\"on\" : \"2022-08-01\"",
             expected: ["11:30: stores[0].friends[0].on: a friend reading on 2022-08-01 is before the channel opened on 2022-08-03"]),
        Case(name: "two readings on one day", replace: "{ \"on\" : \"2022-08-10\", \"count\" : 12 }",
             with: "{ \"on\" : \"2022-08-10\", \"count\" : 12 }, { \"on\" : \"2022-08-10\", \"count\" : 13 }",
             expected: ["11:69: stores[0].friends[1].on: there is already a friend reading on 2022-08-10; fix that one"]),
        Case(name: "a day repeated out of order", replace: "{ \"on\" : \"2022-08-10\", \"count\" : 12 }",
             with: "{ \"on\" : \"2022-08-10\", \"count\" : 12 }, { \"on\" : \"2022-08-12\", \"count\" : 13 }, { \"on\" : \"2022-08-10\", \"count\" : 14 }",
             expected: ["11:108: stores[0].friends[2].on: there is already a friend reading on 2022-08-10; fix that one",
                        "11:99: stores[0].friends[2]: friends must be listed oldest first: 2022-08-10 comes after 2022-08-12"]),
        Case(name: "impossible date", replace: "\"2022-08-10\"", with: "\"2022-13-10\"",
             expected: ["11:30: stores[0].friends[0].on: '2022-13-10' is not a calendar date of the form YYYY-MM-DD"]),
        Case(name: "store without a name", replace: "      \"name\" : \"두부가게\",\n", with: "",
             expected: ["7:5: stores[0]: the required field \"name\" is missing"]),
        Case(name: "trailing text", replace: "  ]\n}", with: "  ]\n}\n}",
             expected: ["15:1: unexpected text after the end of the JSON document"]),
        Case(name: "unescaped line break in a string", replace: "\"두부가게\"", with: "\"두부\n가게\"",
             expected: ["9:19: a control character must be escaped inside a string"]),
    ]

    @Test("Each mistake is reported at its place", arguments: cases)
    func located(_ mistake: Case) throws {
        let scratch = ScratchFolder()
        let folder = DataFolder(path: scratch.path)
        try folder.createIfNeeded(program: Program(name: "시험"))
        #expect(Self.valid.contains(mistake.replace), "the case must change the file")
        let broken = Self.valid.replacingOccurrences(of: mistake.replace, with: mistake.with)
        try broken.write(toFile: folder.marketPath("test"), atomically: true, encoding: .utf8)
        let reported = folder.check().map(\.description)
        #expect(reported == mistake.expected.map { "\(folder.marketPath("test")):\($0)" })
        #expect(fileBytes(folder.marketPath("test")) == Data(broken.utf8))
    }

    @Test("The unbroken file has no problem")
    func validFile() throws {
        let scratch = ScratchFolder()
        let folder = DataFolder(path: scratch.path)
        try folder.createIfNeeded(program: Program(name: "시험"))
        try Self.valid.write(toFile: folder.marketPath("test"), atomically: true, encoding: .utf8)
        #expect(folder.check().isEmpty)
    }

    @Test("Invalid UTF-8 is located at the first bad byte")
    func invalidUTF8() throws {
        let scratch = ScratchFolder()
        let folder = DataFolder(path: scratch.path)
        try folder.createIfNeeded(program: Program(name: "시험"))
        var bytes = [UInt8](Self.valid.utf8)
        let offset = Self.valid.utf8.distance(
            from: Self.valid.utf8.startIndex, to: Self.valid.range(of: "schemaVersion")!.lowerBound.samePosition(in: Self.valid.utf8)!)
        bytes[offset] = 0xFF
        try Data(bytes).write(to: URL(fileURLWithPath: folder.marketPath("test")))
        #expect(folder.check().map(\.description) == ["\(folder.marketPath("test")):5:4: the file is not valid UTF-8 text"])
    }

    @Test("Truncating a market file anywhere is refused with a place, never a crash, and the bytes stay")
    func truncations() throws {
        let scratch = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: scratch.path)
        let path = folder.marketPath("sinyoung")
        let original = fileBytes(path)
        for length in stride(from: 0, to: original.count - 2, by: original.count / 97) {
            let cut = original.prefix(length)
            try cut.write(to: URL(fileURLWithPath: path))
            do {
                _ = try folder.readMarket("sinyoung")
                Issue.record("a file cut at \(length) bytes was accepted")
            } catch {
                #expect("\(error)".range(of: #"^\S+sinyoung\.json:\d+:\d+: "#, options: .regularExpression) != nil, "\(error)")
            }
            #expect(fileBytes(path) == cut)
        }
    }
}
