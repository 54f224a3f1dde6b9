import Foundation
import Testing
import TestSupport

@Suite("dangol summary")
struct SummaryCommandTests {
    let data = ScratchFolder.sampleCopy()

    private func summary(_ arguments: [String]) throws -> DangolProcess.Result {
        let result = try DangolProcess.run(["summary", "--data", data.path] + arguments, environment: DangolProcess.noLanguageAsked)
        #expect(result.status == 0, "\(result.errors)")
        return result
    }

    @Test("--no-cache prints exactly what the digest cache gives, in every format and for one round or market")
    func withoutTheCache() throws {
        for arguments in [["--format", "json"], ["--format", "csv"], [], ["--round", "2022", "--format", "json"],
                          ["--market", "sinyoung", "--as-of", "2022-09-15", "--format", "csv"]] {
            let cached = try summary(arguments)
            let uncached = try summary(arguments + ["--no-cache"])
            #expect(uncached.output == cached.output, "\(arguments)")
            #expect(!uncached.output.isEmpty)
        }
    }

    @Test("JSON has rounds, markets and totals with exactly the promised keys and the published figures")
    func json() throws {
        let result = try summary(["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["rounds", "markets", "totals"], "no common asOf: each round has its own")
        let rounds = try #require(document["rounds"] as? [[String: Any]])
        #expect(rounds.map { $0["id"] as? String } == ["2022-pilot", "2022", "2023"])
        #expect(rounds.map { $0["asOf"] as? String } == ["2022-10-23", "2023-01-29", "2023-05-21"])
        let round = try #require(rounds[1]["totals"] as? [String: Any])
        #expect([round["eligibleStores"], round["channelsOpened"], round["friends"]].map { $0 as? Int } == [831, 513, 16_083])
        let markets = try #require(document["markets"] as? [[String: Any]])
        let totals = try #require(document["totals"] as? [String: Any])
        let figureKeys: Set = [
            "eligibleStores", "channelsOpened", "participationRate", "friends", "averageFriends", "messagesSent",
            "averageMessages", "posts", "activeStores", "activeRate", "averageOwnerAge",
        ]
        #expect(markets.count == 14)
        for market in markets {
            #expect(Set(market.keys) == figureKeys.union(["id", "name", "region", "round", "asOf"]))
        }
        #expect(Set(totals.keys) == figureKeys)
        let pilot = try #require(markets.first { $0["id"] as? String == "sinyoung" })
        #expect(pilot["name"] as? String == "신영시장")
        #expect(pilot["eligibleStores"] as? Int == 70)
        #expect(pilot["channelsOpened"] as? Int == 62)
        #expect(pilot["friends"] as? Int == 4_040)
        #expect(pilot["messagesSent"] as? Int == 361)
        #expect(pilot["averageOwnerAge"] as? Double == 63)
        // A year on, the programme asks how many channels are still used: 56 of 62.
        #expect(abs((pilot["activeRate"] as? Double ?? 0) - 56.0 / 62.0) < 1e-12)
        #expect(abs((pilot["participationRate"] as? Double ?? 0) - 62.0 / 70) < 1e-12)
        #expect(totals["eligibleStores"] as? Int == 1_069)
        #expect(totals["channelsOpened"] as? Int == 691)
        #expect(totals["friends"] as? Int == 23_303)
        let sameDay = try summary(["--format", "json", "--as-of", "2023-01-01"])
        let common = try #require(try JSONSerialization.jsonObject(with: Data(sameDay.output.utf8)) as? [String: Any])
        #expect(common["asOf"] as? String == "2023-01-01")
        #expect((common["totals"] as? [String: Any])?["eligibleStores"] as? Int == 901, "the 2023 markets had not started")
    }

    @Test("--round narrows to one round; an unknown round names the ones there are")
    func round() throws {
        let lines = try summary(["--round", "2022", "--format", "csv"]).output.split(separator: "\n").map(String.init)
        #expect(lines.count == 12)
        #expect(lines.last!.hasPrefix(",,,,,831,513,"))
        #expect(lines.last!.contains(",16083,"))
        let unknown = try DangolProcess.run(["summary", "--data", data.path, "--round", "2024"])
        #expect(unknown.status == 1)
        #expect(unknown.errors == "dangol: there is no round '2024' in program.json; its rounds are 2022-pilot, 2022, 2023\n")
    }

    @Test("The table aligns Hangul names in terminal columns, in Korean for Korean data and in English on request")
    func table() throws {
        let korean = try summary(["--market", "sinyoung"]).output.split(separator: "\n").map(String.init)
        #expect(korean == [
            "기준일 2022-10-23",
            "시장           지역  대상  개설  참여율   친구  평균  메시지  평균  포스트  활성  활성률  연령",
            "신영시장       서울    70    62   88.6%  4,040  65.2     361   5.8     235    56   90.3%  63.0",
            "합계 1개 시장          70    62   88.6%  4,040  65.2     361   5.8     235    56   90.3%  63.0",
        ])
        let english = try summary(["--market", "sinyoung", "--lang", "en"]).output.split(separator: "\n").map(String.init)
        #expect(english == [
            "As of 2022-10-23",
            "Market           Region  Eligible  Opened   Rate  Friends   Avg  Messages  Avg  Posts  Active  Active %   Age",
            "신영시장         서울          70      62  88.6%    4,040  65.2       361  5.8    235      56     90.3%  63.0",
            "Total, 1 market                70      62  88.6%    4,040  65.2       361  5.8    235      56     90.3%  63.0",
        ])
    }

    @Test("With several rounds the table puts each round's markets under its name and day, with a subtotal")
    func roundsTable() throws {
        let lines = try summary([]).output.split(separator: "\n").map(String.init)
        #expect(lines[0] == "기준일: 차수별")
        #expect(lines[2] == "2022 시범사업 (기준일 2022-10-23)")
        #expect(lines.contains("2022 본사업 (기준일 2023-01-29)"))
        #expect(lines.contains("소계 10개 시장          831   513   61.7%  16,083  31.4   2,659   5.2   1,361   211   41.1%  60.6"))
        #expect(lines.last == "합계 14개 시장        1,069   691   64.6%  23,303  33.7   3,480   5.0   1,877   310   44.9%  60.8")
    }

    @Test("CSV in English has the JSON keys as its header and one row per market plus totals")
    func csv() throws {
        let lines = try summary(["--format", "csv", "--lang", "en"]).output.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,region,round,asOf,eligibleStores,channelsOpened,participationRate,friends,averageFriends,messagesSent,averageMessages,posts,activeStores,activeRate,averageOwnerAge")
        #expect(lines.count == 16)
        #expect(lines[1].hasPrefix("sinyoung,신영시장,서울,2022-pilot,2022-10-23,70,62,"))
        #expect(lines.last!.hasPrefix(",,,,,1069,691,"))
    }

    @Test("An earlier as-of date shows the programme as it was")
    func asOf() throws {
        let result = try summary(["--market", "sinyoung", "--as-of", "2022-08-01", "--format", "csv"])
        #expect(result.output.split(separator: "\n")[1].hasPrefix("sinyoung,신영시장,서울,2022-pilot,2022-08-01,70,0,0.0%,0,0.0,0,0.0,0,0,0.0%,63.0"))
        let before = try summary(["--market", "sinyoung", "--as-of", "2022-07-31", "--format", "csv"])
        #expect(before.output.split(separator: "\n")[1].hasPrefix("sinyoung,신영시장,서울,2022-pilot,2022-07-31,0,0,"), "not started: nothing counts")
    }

    @Test("The data folder comes from --data anywhere on the line, else DANGOL_DATA")
    func dataFolderSources() throws {
        let before = try DangolProcess.run(["--data", data.path, "summary", "--format", "csv"])
        let after = try DangolProcess.run(["summary", "--format", "csv", "--data", data.path])
        let environment = try DangolProcess.run(["summary", "--format", "csv"], environment: ["DANGOL_DATA": data.path])
        #expect(before.status == 0 && after.status == 0 && environment.status == 0)
        #expect(before.output == after.output)
        #expect(environment.output == after.output)
    }

    @Test("An unknown market or a missing folder is one clear sentence on stderr")
    func errors() throws {
        let unknown = try DangolProcess.run(["summary", "--data", data.path, "--market", "nowhere"])
        #expect(unknown.status == 1)
        #expect(unknown.output.isEmpty)
        #expect(unknown.errors == "dangol: there is no market 'nowhere' in \(data.path)\n")
        let missing = try DangolProcess.run(["summary", "--data", data.file("absent")])
        #expect(missing.status == 1)
        #expect(missing.errors.hasPrefix("dangol: \(data.file("absent")) is not a dangol data folder"))
    }
}
