import Foundation
import Testing
import TestSupport

@Suite("dangol summary")
struct SummaryCommandTests {
    let data = ScratchFolder.sampleCopy()

    private func summary(_ arguments: [String]) throws -> DangolProcess.Result {
        let result = try DangolProcess.run(["summary", "--data", data.path] + arguments)
        #expect(result.status == 0, "\(result.errors)")
        return result
    }

    @Test("JSON has asOf, markets and totals with exactly the promised keys and the published figures")
    func json() throws {
        let result = try summary(["--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(Set(document.keys) == ["asOf", "markets", "totals"])
        #expect(document["asOf"] as? String == "2023-01-01")
        let markets = try #require(document["markets"] as? [[String: Any]])
        let totals = try #require(document["totals"] as? [String: Any])
        let figureKeys: Set = [
            "eligibleStores", "channelsOpened", "participationRate", "friends", "averageFriends", "messagesSent",
            "averageMessages", "posts", "activeStores", "averageOwnerAge",
        ]
        #expect(markets.count == 11)
        for market in markets {
            #expect(Set(market.keys) == figureKeys.union(["id", "name", "region"]))
        }
        #expect(Set(totals.keys) == figureKeys)
        let pilot = try #require(markets.first { $0["id"] as? String == "sinyoung" })
        #expect(pilot["name"] as? String == "신영시장")
        #expect(pilot["eligibleStores"] as? Int == 70)
        #expect(pilot["channelsOpened"] as? Int == 62)
        #expect(pilot["friends"] as? Int == 4_040)
        #expect(pilot["messagesSent"] as? Int == 361)
        #expect(pilot["averageOwnerAge"] as? Double == 63)
        #expect(abs((pilot["participationRate"] as? Double ?? 0) - 62.0 / 70) < 1e-12)
        #expect(totals["eligibleStores"] as? Int == 901)
        #expect(totals["channelsOpened"] as? Int == 575)
        #expect(totals["friends"] as? Int == 20_123)
    }

    @Test("The table aligns Hangul names in terminal columns")
    func table() throws {
        let lines = try summary(["--market", "sinyoung"]).output.split(separator: "\n").map(String.init)
        #expect(lines == [
            "As of 2023-01-01",
            "Market           Region  Eligible  Opened   Rate  Friends   Avg  Messages  Avg  Posts  Active   Age",
            "신영시장         서울          70      62  88.6%    4,040  65.2       361  5.8    315       9  63.0",
            "Total, 1 market                70      62  88.6%    4,040  65.2       361  5.8    315       9  63.0",
        ])
    }

    @Test("CSV has the JSON keys as its header and one row per market plus totals")
    func csv() throws {
        let lines = try summary(["--format", "csv"]).output.split(separator: "\n").map(String.init)
        #expect(lines.first == "id,name,region,eligibleStores,channelsOpened,participationRate,friends,averageFriends,messagesSent,averageMessages,posts,activeStores,averageOwnerAge")
        #expect(lines.count == 13)
        #expect(lines[1].hasPrefix("sinyoung,신영시장,서울,70,62,"))
        #expect(lines.last!.hasPrefix(",,,901,575,"))
    }

    @Test("An earlier as-of date shows the programme as it was")
    func asOf() throws {
        let result = try summary(["--market", "sinyoung", "--as-of", "2022-07-31", "--format", "csv"])
        #expect(result.output.split(separator: "\n")[1].hasPrefix("sinyoung,신영시장,서울,70,0,0.0,0,0.0,0,0.0,0,0,63.0"))
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
