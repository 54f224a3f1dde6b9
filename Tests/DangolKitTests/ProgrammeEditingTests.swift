import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// Rounds and the markets in them, changed through the same locked, checked saves as every
/// other file: a refused change names its reason and writes nothing.
@Suite("Rounds and markets as commands")
struct ProgrammeEditingTests {
    private let data = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: data.path) }

    private func rounds() throws -> [Round] {
        try folder.readProgram().rounds
    }

    private func tongin() -> Market {
        Market(id: "tongin", name: "통인시장", region: "서울", district: "종로구",
               schedule: MarketSchedule(starts: CalendarDate("2024-03-04")!, weeks: 7))
    }

    @Test("A round is added after the others and changed in place; a repeated or bad id, a blank name or weeks out of range are refused and nothing is written")
    func addAndSetRounds() throws {
        try folder.updateProgram { try $0.addRound(Round(id: "2024", name: "2024 본사업", markets: [])) }
        #expect(try rounds().map(\.id) == ["2022-pilot", "2022", "2023", "2024"])
        try folder.updateProgram { try $0.setRound("2024", name: " 2024 하반기 ", followUpWeeks: 6) }
        let round = try #require(try rounds().last)
        #expect(round.name == "2024 하반기" && round.followUpWeeks == 6)

        let before = fileBytes(folder.programPath)
        let refusals: [(String, (inout Program) throws -> Void)] = [
            ("already exists", { try $0.addRound(Round(id: "2024", name: "또", markets: [])) }),
            ("is not a round id", { try $0.addRound(Round(id: "Round 5", name: "오", markets: [])) }),
            ("needs a name", { try $0.addRound(Round(id: "2025", name: " ", markets: [])) }),
            ("followUpWeeks must be", { try $0.setRound("2024", name: nil, followUpWeeks: 53) }),
            ("there is no round '2030' in program.json", { try $0.setRound("2030", name: "x", followUpWeeks: nil) }),
        ]
        for (reason, change) in refusals {
            #expect {
                try folder.updateProgram(change)
            } throws: { error in
                (error as? DangolError)?.message(.en).contains(reason) == true
            }
        }
        #expect(fileBytes(folder.programPath) == before)
    }

    @Test("A market added in a round is in that round's list, last; an unknown round is refused before any market file is made")
    func addMarketInRound() throws {
        try folder.updateProgram { try $0.addRound(Round(id: "2024", name: "2024 본사업", markets: [])) }
        try folder.addMarket(tongin(), inRound: "2024")
        #expect(try rounds().last?.markets == ["tongin"])
        #expect(try folder.readMarket("tongin").name == "통인시장")

        let other = Market(id: "daein", name: "대인시장", region: "광주")
        #expect(throws: DangolError.self) { try folder.addMarket(other, inRound: "2030") }
        #expect(!FileManager.default.fileExists(atPath: folder.marketPath("daein")))
        #expect(try rounds().last?.markets == ["tongin"])
    }

    @Test("A market moved to another round leaves its old one, so it is in one round only; moved out of every round it is in none")
    func moveMarket() throws {
        #expect(try folder.moveMarket("sinyoung", toRound: "2023"))
        let moved = try rounds()
        #expect(moved.filter { $0.markets.contains("sinyoung") }.map(\.id) == ["2023"])
        #expect(moved.first { $0.id == "2023" }?.markets.last == "sinyoung")
        #expect(try !folder.moveMarket("sinyoung", toRound: "2023"), "already there: nothing to do")
        #expect(try folder.moveMarket("sinyoung", toRound: nil))
        #expect(try rounds().allSatisfy { !$0.markets.contains("sinyoung") })
        #expect(throws: DangolError.self) { try folder.moveMarket("nowhere", toRound: "2023") }
        #expect(throws: DangolError.self) { try folder.moveMarket("jayang", toRound: "2030") }
    }

    @Test("Summary, report and export order: each round's markets as program.json lists them, round after round")
    func programmeOrder() throws {
        try folder.moveMarket("sinyoung", toRound: "2023")
        try folder.updateProgram { program in
            // 2023's markets listed backwards: the file's order, not the start dates, decides.
            program.rounds[2].markets.reverse()
        }
        let listed = try rounds().flatMap(\.markets)
        #expect(try folder.digests().map(\.id) == listed)
        #expect(try folder.marketIDsInProgrammeOrder() == listed)
        #expect(listed.suffix(4) == ["sinyoung", "sample-i", "sample-h", "mangwon"])
    }

    @Test("A market's schedule is changed under its rules: a first day or weeks out of bounds is refused and nothing is written")
    func schedule() throws {
        let old = try #require(try folder.readMarket("sinyoung").schedule)
        let set = try folder.setSchedule(of: "sinyoung", starts: nil, weeks: 8)
        #expect(set == MarketSchedule(starts: old.starts, weeks: 8))
        #expect(try folder.readMarket("sinyoung").schedule == set)
        let before = fileBytes(folder.marketPath("sinyoung"))
        #expect(throws: DangolError.self) { try folder.setSchedule(of: "sinyoung", starts: nil, weeks: 0) }
        #expect(throws: DangolError.self) { try folder.setSchedule(of: "sinyoung", starts: CalendarDate("1999-01-04"), weeks: nil) }
        #expect(fileBytes(folder.marketPath("sinyoung")) == before)
        try folder.addMarket(Market(id: "daein", name: "대인시장", region: "광주"))
        #expect {
            try folder.setSchedule(of: "daein", starts: nil, weeks: 6)
        } throws: { error in
            (error as? DangolError)?.message(.en).contains("give its first day with --starts") == true
        }
    }

    @Test("Only an admin changes rounds and markets, asked from team.json as it is now")
    func adminsOnly() throws {
        try folder.updateTeam { team in
            team.members = [
                Member(id: "park", name: "박관리", role: .admin, keys: [try PublicKey(line: TeamTests.kimKey)]),
                Member(id: "kim", name: "김튜터", role: .tutor, markets: ["sinyoung"], keys: [try PublicKey(line: LiveRightsTests.leeKey)]),
            ]
        }
        let kim = try folder.seen(byMember: "kim")
        let before = FolderSnapshot(data.path)
        #expect(throws: DangolError.self) { try kim.updateProgram { try $0.addRound(Round(id: "2024", name: "2024", markets: [])) } }
        #expect(throws: DangolError.self) { try kim.moveMarket("sinyoung", toRound: "2023") }
        #expect(throws: DangolError.self) { try kim.setSchedule(of: "sinyoung", starts: nil, weeks: 8) }
        #expect(throws: DangolError.self) { try kim.addMarket(tongin(), inRound: "2023") }
        #expect(FolderSnapshot(data.path) == before)
        let park = try folder.seen(byMember: "park")
        try park.updateProgram { try $0.addRound(Round(id: "2024", name: "2024", markets: [])) }
        #expect(try rounds().last?.id == "2024")
    }
}
