import Foundation
import FoundationXML
import Testing
import TestSupport

@Suite("dangol report")
struct ReportTests {
    let data = ScratchFolder.sampleCopy()

    private func report(_ format: String, _ extra: [String] = []) throws -> String {
        let result = try DangolProcess.run(["report", "--format", format, "--data", data.path] + extra, environment: DangolProcess.noLanguageAsked)
        #expect(result.status == 0, "\(result.errors)")
        return result.output
    }

    @Test("Markdown: every round side by side, then a section each with its day, weeks, awards; the definitions")
    func markdown() throws {
        let text = try report("markdown")
        #expect(text.hasPrefix("# 우리동네 단골시장 성과 보고\n\n## 차수별 성과\n"))
        #expect(text.contains("| 2022 본사업 |  | 831 | 513 | 61.7% | 16,083 |"))
        #expect(text.contains("| **합계 14개 시장** |  | 1,069 | 691 | 64.6% | 23,303 |"))
        #expect(text.contains("## 2022 시범사업\n\n기준일 2022-10-23\n"))
        #expect(text.contains("## 2022 본사업\n\n기준일 2023-01-29\n"))
        #expect(text.contains("| 신영시장 | 서울 | 70 | 62 | 88.6% | 4,040 | 65.2 | 361 | 5.8 | 235 | 56 | 63.0 |"))
        #expect(text.contains("| **합계 10개 시장** |  | 831 | 513 | 61.7% | 16,083 |"))
        #expect(text.contains("#### 신영시장\n\n| 주차 | 개설 | 친구 | 메시지 | 활성 비율 |"))
        #expect(text.contains("| 8 | 62 | 4,040 | 361 |"))
        #expect(text.contains("| 대상 | 고향청과 | 218 | 9 | 3 | 218+45+9 = 272 |"))
        let awarded = text.components(separatedBy: "\n").filter { line in
            ["| 대상 |", "| 금상 |", "| 은상 |", "| 동상 |", "| 특별상 |"].contains { line.hasPrefix($0) }
        }
        #expect(awarded.count == 84, "six per market, fourteen markets (sixty in the 2022 round)")
        #expect(text.contains("## 지표 정의"))
        #expect(text.contains("- **활성 점포**:"))
        #expect(text.contains("- **차수와 기준일**:"))
    }

    @Test("--round: the round's title and figures only; --lang en: the same report in English")
    func oneRound() throws {
        let text = try report("markdown", ["--round", "2022"])
        #expect(text.hasPrefix("# 2022 본사업 성과 보고\n\n우리동네 단골시장\n\n기준일 2023-01-29\n"))
        #expect(text.contains("| **합계 10개 시장** |  | 831 | 513 | 61.7% | 16,083 |"))
        #expect(!text.contains("신영시장") && !text.contains("망원시장"))
        let awarded = text.components(separatedBy: "\n").filter { ["| 대상 |", "| 금상 |", "| 은상 |", "| 동상 |", "| 특별상 |"].contains(where: $0.hasPrefix) }
        #expect(awarded.count == 60)
        let english = try report("markdown", ["--round", "2022", "--lang", "en"])
        #expect(english.hasPrefix("# 2022 본사업 Results report\n\n우리동네 단골시장\n\nAs of 2023-01-29\n"))
        #expect(english.contains("| Market | Region | Eligible | Opened | Rate | Friends |"))
        #expect(english.contains("| **Total, 10 markets** |  | 831 | 513 | 61.7% | 16,083 |"))
        #expect(english.contains("## What the figures mean"))
        #expect(!english.contains("기준일") && !english.contains("시장별"))
    }

    @Test("One market, and an earlier as-of day; a market not started by then counts nothing")
    func options() throws {
        let text = try report("markdown", ["--market", "sinyoung", "--as-of", "2022-08-14"])
        #expect(text.contains("기준일 2022-08-14"))
        #expect(!text.contains("자양전통시장"))
        #expect(text.components(separatedBy: "| 신영시장 | 서울 | 70 |").count == 2)
        let early = try report("markdown", ["--as-of", "2023-01-01"])
        #expect(early.contains("| **합계 14개 시장** |  | 901 | 575 |"), "the 2023 round had not started on 2023-01-01")
    }

    @Test("HTML: the same numbers, well-formed, self-contained, with SVG charts")
    func html() throws {
        let text = try report("html")
        for figure in ["<td>신영시장</td><td class=\"text\">서울</td><td>70</td><td>62</td><td>88.6%</td><td>4,040</td><td>65.2</td><td>361</td>",
                       "<td>2022 본사업</td><td class=\"text\"></td><td>831</td><td>513</td><td>61.7%</td><td>16,083</td>"] {
            #expect(text.contains(figure))
        }
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        #expect(document.rootElement()?.name == "html")
        #expect(try document.nodes(forXPath: "//*[local-name()='svg']").count == 4 * 3 + 2 * 14)
        for outside in ["<script", "<link", "src=", "@import", "url("] {
            #expect(!text.contains(outside), "\(outside)")
        }
        let addresses = text.components(separatedBy: "http").dropFirst().map { "http" + $0.prefix(30) }
        #expect(addresses.allSatisfy { $0.hasPrefix("http://www.w3.org/2000/svg") }, "\(addresses)")
    }

    @Test("--store: one store's page for the merchant, as of its round's day, with what to do next")
    func storePage() throws {
        let text = try report("markdown", ["--store", "대박수산"])
        #expect(text.hasPrefix("# 대박수산 카카오톡 채널\n\n신영시장 · 수산 · 담당 최튜터 · 기준일 2022-10-23\n"))
        #expect(text.contains("- **채널 개설**: 2022-08-09 (2주차)\n- **친구**: 77\n- **보낸 메시지**: 12 (광고 8, 정보 4)\n- **포스트**: 4\n"))
        #expect(text.contains("## 다음에 할 일\n\n1. 채널 친구 수를 튜터에게 알려 주세요."))
        #expect(!text.contains("2022-11-08"), "a post after the round's day is not on the page")
        let english = try report("markdown", ["--store", "s004", "--market", "sinyoung", "--lang", "en"])
        #expect(english.hasPrefix("# 대박수산 KakaoTalk Channel\n"))
        #expect(english.contains("## What to do next"))
        let unopened = try report("markdown", ["--store", "할매손두부"])
        #expect(unopened.contains("1. 카카오톡 채널을 열어 보세요."))
    }

    @Test("--store: one HTML page, well-formed, self-contained, with the friends chart; an id many markets use needs --market")
    func storePageHTML() throws {
        let text = try report("html", ["--store", "대박수산"])
        let document = try XMLDocument(data: Data(text.utf8), options: [])
        #expect(try document.nodes(forXPath: "//*[local-name()='svg']").count == 1)
        #expect(try document.nodes(forXPath: "//li").count == 1)
        #expect(!text.contains("<script"))
        let ambiguous = try DangolProcess.run(["report", "--store", "s004", "--data", data.path])
        #expect(ambiguous.status == 1)
        #expect(ambiguous.errors.hasPrefix("dangol: more than one market has a store 's004' (sinyoung, "))
        #expect(ambiguous.errors.contains("give --market"))
    }

    @Test("HTML renders in headless Chromium to an A4-wide page with real content")
    func rendersInChromium() throws {
        let chromium = "/usr/bin/chromium"
        try #require(FileManager.default.isExecutableFile(atPath: chromium), "Chromium is not installed (make test-deps installs it)")
        let page = data.file("report.html")
        let picture = data.file("report.png")
        #expect(try DangolProcess.run(["report", "--format", "html", "--output", page, "--data", data.path]).status == 0)
        let render = Process()
        render.executableURL = URL(fileURLWithPath: chromium)
        render.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=794,1123",
                            "--screenshot=\(picture)", "file://\(page)"]
        render.standardOutput = FileHandle.nullDevice
        render.standardError = FileHandle.nullDevice
        try render.run()
        render.waitUntilExit()
        let png = fileBytes(picture)
        #expect(png.count > 30_000, "a page of tables and charts is not a tiny PNG (\(png.count) bytes)")
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((width, height) == (794, 1123))
        #expect(try inkedShare(of: picture) > 0.03, "the page must not be blank")
    }

    /// The share of pixels that are not white, read with Python's zlib (no image library needed).
    private func inkedShare(of picture: String) throws -> Double {
        let script = """
            import struct, sys, zlib
            data = open(sys.argv[1], 'rb').read()
            pos, idat, width, height, bpp = 8, b'', 0, 0, 4
            while pos < len(data):
                length, kind = struct.unpack('>I4s', data[pos:pos + 8])
                chunk = data[pos + 8:pos + 8 + length]
                if kind == b'IHDR':
                    width, height, depth, color = struct.unpack('>IIBB', chunk[:10])
                    bpp = {2: 3, 6: 4, 0: 1, 4: 2}[color]
                if kind == b'IDAT':
                    idat += chunk
                pos += 12 + length
            raw = zlib.decompress(idat)
            stride = width * bpp
            previous = bytearray(stride)
            inked = 0
            for y in range(height):
                kind = raw[y * (stride + 1)]
                line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
                for x in range(stride):
                    left = line[x - bpp] if x >= bpp else 0
                    up = previous[x]
                    corner = previous[x - bpp] if x >= bpp else 0
                    if kind == 1: line[x] = (line[x] + left) & 255
                    elif kind == 2: line[x] = (line[x] + up) & 255
                    elif kind == 3: line[x] = (line[x] + (left + up) // 2) & 255
                    elif kind == 4:
                        p = left + up - corner
                        pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                        line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
                inked += sum(1 for x in range(0, stride, bpp) if min(line[x:x + 3]) < 200)
                previous = line
            print(inked / (width * height))
            """
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.arguments = ["python3", "-c", script, picture]
        let output = Pipe()
        python.standardOutput = output
        try python.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        return Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
    }
}
