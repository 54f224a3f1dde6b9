import Foundation
import Testing
import TestSupport
@testable import DangolKit

@Suite("dangol market, store and record")
struct EditingCommandTests {
    let data = ScratchFolder()
    let today = ["DANGOL_TODAY": "2022-12-01", "DANGOL_TUTOR": "김튜터"]

    private func dangol(_ arguments: [String]) throws -> DangolProcess.Result {
        try DangolProcess.run(arguments + ["--data", data.path], environment: today)
    }

    private func market() throws -> Market {
        try DataFolder(path: data.path).readMarket("mangwon")
    }

    @Test("record --store takes a store's exact name as well as its id, and refuses a name two stores share")
    func storeByName() throws {
        #expect(try dangol(["market", "add", "--id", "mangwon", "--name", "망원시장", "--region", "서울"]).status == 0)
        for name in ["망원떡집", "할머니순대", "할머니순대"] {
            #expect(try dangol(["store", "add", "--market", "mangwon", "--name", name]).status == 0)
        }
        #expect(try dangol(["record", "channel", "--market", "mangwon", "--store", "망원떡집", "--on", "2022-11-20"]).status == 0)
        let byName = try dangol(["record", "friends", "--market", "mangwon", "--store", " 망원떡집", "--count", "12"])
        #expect(byName.status == 0, "\(byName.errors)")
        #expect(byName.output == "Recorded: 망원떡집 has 12 friends on 2022-12-01.\n")
        #expect(try market().stores[0].friendReadings == [FriendReading(on: CalendarDate("2022-12-01")!, count: 12)])
        let shared = try dangol(["record", "post", "--market", "mangwon", "--store", "할머니순대"])
        #expect(shared.status == 1)
        #expect(shared.errors == "dangol: 2 stores of 망원시장 are named '할머니순대' (s002, s003); give the store's id\n")
        #expect(try market().stores.allSatisfy { $0.posts.isEmpty })
        let note = try dangol(["record", "note", "--market", "mangwon", "--store", "s003", "--text", "둘째 가게"])
        #expect(note.output == "Recorded: a note by 김튜터 on 할머니순대, 2022-12-01.\n")
    }

    @Test("A market is built up store by store and record by record from the command line")
    func buildUp() throws {
        #expect(try dangol(["market", "add", "--id", "mangwon", "--name", "망원시장", "--region", "서울",
                            "--district", "마포구", "--starts", "2022-11-14"]).status == 0)
        let added = try dangol(["store", "add", "--market", "mangwon", "--name", "망원떡집", "--category", "떡",
                                "--owner-age", "64", "--tutor", "김튜터"])
        #expect(added.output == "Added store s001 (망원떡집) to mangwon.\n")
        #expect(try dangol(["store", "add", "--market", "mangwon", "--name", "구경가게", "--not-eligible"]).status == 0)
        for step in [
            ["record", "channel", "--market", "mangwon", "--store", "s001", "--on", "2022-11-15"],
            ["record", "friends", "--market", "mangwon", "--store", "s001", "--count", "12", "--on", "2022-11-20"],
            ["record", "friends", "--market", "mangwon", "--store", "s001", "--count", "30"],
            ["record", "message", "--market", "mangwon", "--store", "s001", "--kind", "info", "--count", "2", "--on", "2022-11-21"],
            ["record", "message", "--market", "mangwon", "--store", "s001"],
            ["record", "post", "--market", "mangwon", "--store", "s001", "--on", "2022-11-25"],
            ["record", "note", "--market", "mangwon", "--store", "s001", "--text", "QR 안내문 붙임"],
        ] {
            let result = try dangol(step)
            #expect(result.status == 0, "\(step): \(result.errors)")
        }
        let store = try market().stores[0]
        #expect(store.channelOpenedOn == CalendarDate("2022-11-15"))
        #expect(store.friendReadings == [
            FriendReading(on: CalendarDate("2022-11-20")!, count: 12), FriendReading(on: CalendarDate("2022-12-01")!, count: 30),
        ])
        #expect(store.messages.map(\.count) == [2, 1])
        #expect(store.messages.map(\.kind) == [.info, .ad])
        #expect(store.posts == [CalendarDate("2022-11-25")!])
        #expect(store.notes == [Note(on: CalendarDate("2022-12-01")!, author: "김튜터", text: "QR 안내문 붙임")])
        #expect(try market().stores[1].eligible == false)
        #expect(try dangol(["check"]).status == 0)
    }

    @Test("Refused edits say why on stderr, exit non-zero and write nothing")
    func refusals() throws {
        _ = try dangol(["market", "add", "--id", "mangwon", "--name", "망원시장", "--region", "서울"])
        _ = try dangol(["store", "add", "--market", "mangwon", "--name", "망원떡집"])
        let path = DataFolder(path: data.path).marketPath("mangwon")
        let before = fileBytes(path)
        let cases: [([String], String)] = [
            (["record", "friends", "--market", "mangwon", "--store", "s001", "--count", "5"], "the channel has not opened"),
            (["record", "channel", "--market", "mangwon", "--store", "s001", "--on", "2023-01-01"], "is in the future"),
            (["record", "post", "--market", "mangwon", "--store", "s404"], "has no store with the id or the name 's404'"),
            (["record", "post", "--market", "nowhere", "--store", "s001"], "there is no market 'nowhere'"),
            (["store", "add", "--market", "mangwon", "--name", "나이많음", "--owner-age", "140"], "owner's age must be 15 to 110"),
            (["store", "add", "--market", "mangwon", "--name", "  "], "name cannot be empty"),
            (["market", "add", "--id", "Bad Id", "--name", "이상한", "--region", "서울"], "is not a market id"),
            (["market", "add", "--id", "mangwon", "--name", "또망원", "--region", "서울"], "already a market 'mangwon'"),
        ]
        for (arguments, reason) in cases {
            let result = try dangol(arguments)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.errors.hasPrefix("dangol: ") && result.errors.contains(reason), "\(arguments): \(result.errors)")
            #expect(result.errors.split(separator: "\n").count == 1)
        }
        _ = try dangol(["record", "channel", "--market", "mangwon", "--store", "s001", "--on", "2022-11-15"])
        let opened = fileBytes(path)
        #expect(opened != before)
        let negative = try dangol(["record", "friends", "--market", "mangwon", "--store", "s001", "--count", "-5"])
        #expect(negative.status == 1)
        #expect(negative.errors.contains("must be 0 to 10000000, not -"))
        #expect(fileBytes(path) == opened)
    }

    @Test("A malformed date is a usage error naming the option")
    func badDate() throws {
        _ = try dangol(["market", "add", "--id", "mangwon", "--name", "망원시장", "--region", "서울"])
        let result = try dangol(["record", "post", "--market", "mangwon", "--store", "s001", "--on", "2022-02-30"])
        #expect(result.status == 64)
        #expect(result.errors.contains("'2022-02-30' is invalid for '--on <date>'"))
    }

    @Test("--on reads dates as the form does (2022.11.25, 11/26, 어제), --kind takes 광고 and 정보, and a note has a day")
    func datesAsWritten() throws {
        _ = try dangol(["market", "add", "--id", "mangwon", "--name", "망원시장", "--region", "서울"])
        _ = try dangol(["store", "add", "--market", "mangwon", "--name", "망원떡집"])
        for (option, day) in [("2022.11.20", "2022-11-20")] {
            let opened = try dangol(["record", "channel", "--market", "mangwon", "--store", "s001", "--on", option])
            #expect(opened.status == 0, "\(opened.errors)")
            #expect(try market().stores[0].channelOpenedOn == CalendarDate(day))
        }
        for (option, day) in [("2022. 11. 25.", "2022-11-25"), ("11/26", "2022-11-26"), ("어제", "2022-11-30")] {
            let done = try dangol(["record", "friends", "--market", "mangwon", "--store", "s001", "--count", "10", "--on", option])
            #expect(done.status == 0, "\(option): \(done.errors)")
            #expect(try market().stores[0].friendReadings.last?.on == CalendarDate(day), "\(option)")
        }
        let korean = try dangol(["record", "message", "--market", "mangwon", "--store", "s001", "--kind", "정보", "--count", "2"])
        #expect(korean.status == 0, "\(korean.errors)")
        #expect(try market().stores[0].messages.last?.kind == .info)
        let note = try dangol(["record", "note", "--market", "mangwon", "--store", "s001", "--text", "오후 방문", "--on", "11.28"])
        #expect(note.status == 0, "\(note.errors)")
        #expect(try market().stores[0].notes.last?.on == CalendarDate("2022-11-28"))
        let bad = try dangol(["record", "post", "--market", "mangwon", "--store", "s001", "--on", "11/31"])
        #expect(bad.status == 64)
        #expect(bad.errors.contains("'11/31' is not a date: write it like 2024-03-06, 2024.3.6"), "\(bad.errors)")
    }

    @Test("A record after the day its round is read as of is saved, and the command line says it counts in no figure")
    func afterAsOf() throws {
        let sample = ScratchFolder.sampleCopy()
        // The 2022 pilot round ended on 2022-10-23; a post on 2022-11-01 is past it.
        let result = try DangolProcess.run(["record", "post", "--market", "sinyoung", "--store", "s004", "--on", "2022-11-01", "--data", sample.path],
                                           environment: ["DANGOL_TODAY": "2022-12-01", "DANGOL_TUTOR": "김튜터", "DANGOL_LANG": "ko"])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.contains("(이 차수는 2022-10-23 기준이라 집계에는 들지 않습니다)"), "\(result.output)")
    }

    @Test("argument-parser's errors come in Korean in the Korean UI, what they quote kept; in English otherwise")
    func parserErrorsInKorean() throws {
        let sample = ScratchFolder.sampleCopy()
        func run(_ arguments: [String], language: String) throws -> DangolProcess.Result {
            try DangolProcess.run(arguments + ["--data", sample.path], environment: ["DANGOL_LANG": language])
        }
        let missing = try run(["record", "friends", "--market", "sinyoung", "--store", "s004"], language: "ko")
        #expect(missing.status == 64)
        #expect(missing.errors.hasPrefix("오류: 꼭 있어야 할 인자가 없습니다: '--count <n>'"), "\(missing.errors)")
        #expect(missing.errors.contains("사용법: "), "\(missing.errors)")
        let unknown = try run(["summary", "--colour"], language: "ko")
        #expect(unknown.errors.hasPrefix("오류: 모르는 옵션입니다: '--colour'"), "\(unknown.errors)")
        let date = try run(["record", "post", "--market", "sinyoung", "--store", "s004", "--on", "3월"], language: "ko")
        #expect(date.errors.hasPrefix("오류: '--on <date>'에 '3월'은(는) 쓸 수 없습니다: '3월'은(는) 날짜가 아닙니다"), "\(date.errors)")
        let english = try run(["record", "friends", "--market", "sinyoung", "--store", "s004"], language: "en")
        #expect(english.errors.hasPrefix("Error: Missing expected argument '--count <n>'"), "\(english.errors)")
    }
}
