import Foundation
import Testing
import TestSupport

@Suite("dangol check")
struct CheckCommandTests {
    @Test("The sample data is clean: exit 0")
    func clean() throws {
        let data = ScratchFolder.sampleCopy()
        let result = try DangolProcess.run(["check", "--data", data.path])
        #expect(result.status == 0)
        #expect(result.output == "\(data.path): program.json and 14 market files are valid.\n")
    }

    @Test("Each problem is one PATH:LINE:COLUMN line on stderr, exit 1, and the files stay as they were")
    func problems() throws {
        let data = ScratchFolder.sampleCopy()
        let jayang = data.file("markets/jayang.json")
        let dongmun = data.file("markets/dongmun.json")
        var text = try String(contentsOfFile: jayang, encoding: .utf8)
        let range = try #require(text.range(of: "\"count\" : "))
        text.replaceSubrange(range, with: "\"count\" : -")
        try text.write(toFile: jayang, atomically: true, encoding: .utf8)
        try Data("{\"schemaVersion\": 1, \"id\": \"dongmun\",".utf8).write(to: URL(fileURLWithPath: dongmun))
        let before = (fileBytes(jayang), fileBytes(dongmun))
        let result = try DangolProcess.run(["check", "--data", data.path])
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines[0] == "\(dongmun):1:38: the file ends early: expected a quoted key")
        let line = text[..<range.lowerBound].filter { $0 == "\n" }.count + 1
        #expect(lines[1].hasPrefix("\(jayang):\(line):"))
        #expect(lines[1].contains("a friend count must be 0 to 10000000, not -"))
        #expect((fileBytes(jayang), fileBytes(dongmun)) == before)
    }

    @Test("For Korean data with no language asked, the same problems come in Korean, at the same places")
    func problemsInKorean() throws {
        let data = ScratchFolder.sampleCopy()
        let dongmun = data.file("markets/dongmun.json")
        let sindo = data.file("markets/sindo.json")
        try Data("{\"schemaVersion\": 1, \"id\": \"dongmun\",".utf8).write(to: URL(fileURLWithPath: dongmun))
        var text = try String(contentsOfFile: sindo, encoding: .utf8)
        let range = try #require(text.range(of: "\"channelOpenedOn\" : \"2022-"))
        text.replaceSubrange(range, with: "\"channelOpenedOn\" : \"22-")
        try text.write(toFile: sindo, atomically: true, encoding: .utf8)
        let result = try DangolProcess.run(["check", "--data", data.path], environment: DangolProcess.noLanguageAsked)
        #expect(result.status == 1)
        let lines = result.errors.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(dongmun):1:38: 파일이 일찍 끝납니다: 따옴표 안의 키이(가) 와야 합니다")
        #expect(lines.last?.hasPrefix("\(sindo):") == true)
        #expect(lines.last?.contains("은(는) YYYY-MM-DD 꼴의 날짜가 아닙니다") == true, "\(lines)")
    }
}
