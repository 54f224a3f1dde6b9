import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// Hostile values and odd files, each class tried with generated inputs through the real binary:
/// no crash, nothing written on a refusal or outside the folder, a clear error with a place.
@Suite("Hostile input")
struct HostileInputTests {
    private static let tries = StressScale.count(short: 12, long: 200)
    private let data = ScratchFolder.sampleCopy()
    private let environment = ["DANGOL_TODAY": "2023-01-01", "DANGOL_TUTOR": "김튜터"]

    private func dangol(_ arguments: [String], in folder: ScratchFolder? = nil) throws -> DangolProcess.Result {
        try DangolProcess.run(arguments + ["--data", (folder ?? data).path], environment: environment)
    }

    /// Exit 0 or 1: never a crash (a signal, 128+) and never a usage error where a value was meant.
    private func expectNoCrash(_ result: DangolProcess.Result, _ what: String) {
        #expect(result.status == 0 || result.status == 1, "\(what): exit \(result.status)\n\(result.errors)")
    }

    private static let forbidden: [Unicode.Scalar] = [
        "\u{1B}", "\u{07}", "\u{0D}", "\u{08}", "\u{00}", "\u{0A}", "\u{09}", "\u{7F}", "\u{85}", "\u{9B}",
        "\u{202E}", "\u{202D}", "\u{2066}", "\u{200F}", "\u{2028}",
    ]

    @Test("Control and bidi characters in every text field are refused with the reason and the terminal never sees them raw")
    func controlCharacters() throws {
        var random = SeededGenerator(seed: 7)
        let fields: [(String, (String) -> [String])] = [
            ("store name", { ["store", "add", "--market", "sinyoung", "--name", $0] }),
            ("category", { ["store", "add", "--market", "sinyoung", "--name", "가게", "--category", $0] }),
            ("tutor", { ["store", "add", "--market", "sinyoung", "--name", "가게", "--tutor", $0] }),
            ("note", { ["record", "note", "--market", "sinyoung", "--store", "s001", "--text", $0] }),
            ("note author", { ["record", "note", "--market", "sinyoung", "--store", "s001", "--text", "메모", "--author", $0] }),
            ("market name", { ["market", "add", "--id", "hostile", "--name", $0, "--region", "서울"] }),
            ("region", { ["market", "add", "--id", "hostile", "--name", "시장", "--region", $0] }),
        ]
        // One accepted edit first, so the market's lock file (made once, never replaced) exists.
        #expect(try dangol(["record", "post", "--market", "sinyoung", "--store", "s005"]).status == 0)
        let before = FolderSnapshot(data.path)
        var refused = 0
        for attempt in 0..<HostileInputTests.tries * fields.count {
            let (field, arguments) = fields[attempt % fields.count]
            let bad = random.pick(HostileInputTests.forbidden)
            var text = Array("할매\(attempt)손두부".unicodeScalars)
            text.insert(bad, at: random.int(in: 0...text.count))
            // NUL cannot pass through argv at all; the shell would cut the text there.
            if bad == "\u{00}" { continue }
            let result = try dangol(arguments(String(String.UnicodeScalarView(text))))
            #expect(result.status == 1, "\(field) with U+\(String(bad.value, radix: 16)): exit \(result.status)")
            #expect(result.errors.contains("U+"), "\(field): the refusal names the character: \(result.errors)")
            #expect(!(result.output + result.errors).unicodeScalars.contains(where: TextRules.isForbidden(_:)) ||
                    (result.output + result.errors).unicodeScalars.filter(TextRules.isForbidden).allSatisfy { $0 == "\n" },
                    "\(field): a control character reached the terminal raw")
            refused += 1
        }
        #expect(FolderSnapshot(data.path) == before, "a refused command wrote something")
        print("hostile text: \(refused) inputs with control or bidi characters in 7 fields, \(refused) refused, nothing written")
    }

    @Test("A hand-edited name with ESC is refused by check at its place, and no command prints it raw")
    func controlCharacterInFile() throws {
        let path = DataFolder(path: data.path).marketPath("sinyoung")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\"할매손두부\"", with: "\"할매\\u001b]0;pwned\\u0007손두부\"")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let bytes = fileBytes(path)
        for command in [["check"], ["summary"], ["report"], ["export", "--format", "csv"]] {
            let result = try dangol(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.errors.contains("sinyoung.json:") && result.errors.contains("U+001B"), "\(command): \(result.errors)")
            #expect(!(result.output + result.errors).contains("\u{1B}"), "\(command) printed ESC raw")
        }
        #expect(fileBytes(path) == bytes)
    }

    @Test("Cells that start like formulas are exported with a leading ' and come back exactly on import")
    func formulaCells() throws {
        var random = SeededGenerator(seed: 11)
        let starts = ["=", "+", "-", "@", "'=", "''+"]
        let bodies = ["HYPERLINK(\"http://x\",\"y\")", "cmd|' /C calc'!A0", "SUM(A1)", "1+1", "2+3", "가게"]
        var names: [String] = []
        for attempt in 0..<HostileInputTests.tries {
            let name = random.pick(starts) + random.pick(bodies) + "\(attempt)"
            names.append(name)
            #expect(try dangol(["store", "add", "--market", "sinyoung", "--name", name, "--category", random.pick(starts) + "반찬"]).status == 0, "\(name)")
        }
        let export = try dangol(["export", "--market", "sinyoung", "--format", "csv"])
        #expect(export.status == 0)
        let cells = export.output.split(separator: "\n").dropFirst().flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let dangerous = cells.map { $0.hasPrefix("\"") ? $0.dropFirst() : $0 }.filter { ["=", "+", "-", "@"].contains($0.first) }
        #expect(dangerous.isEmpty, "cells a spreadsheet would run: \(dangerous.prefix(3))")
        // Into a fresh copy of the market: every name comes back as it was.
        let copy = ScratchFolder()
        #expect(try dangol(["market", "add", "--id", "sinyoung", "--name", "신영시장", "--region", "서울"], in: copy).status == 0)
        try export.output.write(toFile: copy.file("export.csv"), atomically: true, encoding: .utf8)
        let imported = try dangol(["import", copy.file("export.csv"), "--market", "sinyoung"], in: copy)
        #expect(imported.status == 0, "\(imported.errors)")
        let storeNames = Set(try DataFolder(path: copy.path).readMarket("sinyoung").stores.map(\.name))
        #expect(Set(names).isSubset(of: storeNames))
        print("formulas: \(names.count) names starting with = + - @ or ' exported neutralized, all \(names.count) back intact")
    }

    @Test("Links planted in the data folder are never followed: nothing outside changes, the refusal says why")
    func plantedLinks() throws {
        var random = SeededGenerator(seed: 3)
        let outside = ScratchFolder()
        try Data("outside\n".utf8).write(to: URL(fileURLWithPath: outside.file("victim")))
        try FileManager.default.createDirectory(atPath: outside.file("folder"), withIntermediateDirectories: true)
        let places: [(link: String, target: String)] = [
            ("journal/sinyoung.jsonl", outside.file("victim")), ("journal", outside.file("folder")),
            (".dangol/cache", outside.file("folder")), (".dangol/locks", outside.file("folder")),
            (".dangol/locks/sinyoung.lock", outside.file("new-lock")), ("markets/zzz.json", outside.file("victim")),
            (".dangol/cache/sinyoung.digest", outside.file("victim")), ("markets/dev.json", "/dev/zero"),
        ]
        let commands: [[String]] = [
            ["summary"], ["check"], ["record", "note", "--market", "sinyoung", "--store", "s001", "--text", "메모"],
            ["record", "post", "--market", "sinyoung", "--store", "s005"], ["report"], ["summary", "--read-only"],
        ]
        let outsideBefore = FolderSnapshot(outside.path)
        var tried = 0
        for attempt in 0..<HostileInputTests.tries {
            let place = places[attempt % places.count]
            let folder = ScratchFolder.sampleCopy()
            let link = folder.file(place.link)
            try FileManager.default.createDirectory(atPath: (link as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: place.target)
            let command = random.pick(commands)
            let result = try dangol(command, in: folder)
            expectNoCrash(result, "\(command) with \(place.link) → \(place.target)")
            if result.status != 0 {
                #expect(result.errors.contains("symbolic link"), "\(place.link): \(result.errors)")
            }
            #expect(FolderSnapshot(outside.path) == outsideBefore, "\(command) wrote through \(place.link)")
            #expect(!FileManager.default.fileExists(atPath: outside.file("new-lock")), "a lock link created its target")
            tried += 1
        }
        print("links: \(tried) commands with a link at one of \(places.count) places, nothing outside the folder changed")
    }

    @Test("A FIFO or device in place of a market file is refused at once")
    func specialFiles() throws {
        let fifo = data.file("markets/zfifo.json")
        #expect(mkfifo(fifo, 0o644) == 0)
        let started = Date()
        let result = try dangol(["check"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(result.status == 1)
        #expect(result.errors.contains("zfifo.json: is a FIFO, not a regular file"))
    }

    @Test("Counts at and beyond every bound: inside saved, outside refused with nothing written, every figure still computes")
    func countBounds() throws {
        let tooLarge = "99999999999999999999"
        let friends: [(String, Bool)] = [("0", true), ("10000000", true), ("10000001", false), ("-1", false), (String(Int.max), false), (tooLarge, false)]
        let messages: [(String, Bool)] = [("1", true), ("100000", true), ("100001", false), ("0", false), (String(Int.max), false)]
        let market = DataFolder(path: data.path).marketPath("sinyoung")
        for (count, accepted) in friends {
            let before = fileBytes(market)
            let result = try dangol(["record", "friends", "--market", "sinyoung", "--store", "s005", "--count", count])
            #expect((result.status == 0) == accepted, "friends \(count): \(result.errors)")
            if !accepted { #expect(fileBytes(market) == before, "friends \(count) wrote") }
        }
        for (count, accepted) in messages {
            let result = try dangol(["record", "message", "--market", "sinyoung", "--store", "s005", "--count", count])
            #expect((result.status == 0) == accepted, "messages \(count): \(result.errors)")
        }
        for (count, accepted) in friends where count != tooLarge {
            let sheet = data.file("friends-\(count).csv")
            try "id,name,friends\ns005,\(try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.id == "s005" }!.name),\(count)\n"
                .write(toFile: sheet, atomically: true, encoding: .utf8)
            let result = try dangol(["import", sheet, "--market", "sinyoung"])
            #expect((result.status == 0) == accepted, "import friends \(count): \(result.errors)")
        }
        // At the largest counts every command that adds figures up still answers.
        for command in [["summary"], ["summary", "--format", "json"], ["report"], ["report", "--format", "html"], ["check"]] {
            #expect(try dangol(command).status == 0, "\(command)")
        }
        // Ids at the edge of a number: the next id is still found.
        #expect(try dangol(["store", "add", "--market", "sinyoung", "--name", "끝번호", "--id", "s9223372036854775807"]).status == 0)
        let next = try dangol(["store", "add", "--market", "sinyoung", "--name", "다음가게"])
        #expect(next.status == 0, "\(next.errors)")
        print("bounds: friends and messages at and past each bound from record and import; summary, report and the next id all fine")
    }

    @Test("Malformed CSV quoting or extra cells: refused with FILE:ROW, nothing written")
    func malformedSheets() throws {
        var random = SeededGenerator(seed: 5)
        let market = DataFolder(path: data.path).marketPath("sinyoung")
        let before = fileBytes(market)
        for attempt in 0..<HostileInputTests.tries {
            var rows = (0..<8).map { "새가게\(attempt)-\($0),반찬,\(30 + $0)" }
            let row = random.int(in: 0...(rows.count - 1))
            let mistake = attempt % 3
            switch mistake {
            case 0: rows[row] = "\"열린따옴표\(attempt),반찬,40"
            case 1: rows[row] = "\"닫힌\"뒤글자,반찬,40"
            default: rows[row] += ",넘치는칸"
            }
            let sheet = data.file("bad-\(attempt).csv")
            try ("name,category,owner_age\n" + rows.joined(separator: "\n") + "\n").write(toFile: sheet, atomically: true, encoding: .utf8)
            let result = try dangol(["import", sheet, "--market", "sinyoung"])
            #expect(result.status == 1, "mistake \(mistake) at row \(row + 2)")
            #expect(result.errors.contains("bad-\(attempt).csv:\(row + 2): "), "mistake \(mistake): \(result.errors)")
            #expect(fileBytes(market) == before)
        }
        let grouped = data.file("grouped.csv")
        try "name,friends,channel_opened_on\n새가게,\"1,2,3\",2022-10-01\n".write(toFile: grouped, atomically: true, encoding: .utf8)
        let result = try dangol(["import", grouped, "--market", "sinyoung"])
        #expect(result.status == 1 && result.errors.contains("grouped.csv:2: ") && result.errors.contains("'1,2,3'"))
        #expect(fileBytes(market) == before)
        print("sheets: \(HostileInputTests.tries) sheets with an unclosed quote, text after a quote or an extra cell, each refused at its row")
    }

    @Test("A journal that cannot be written refuses the edit before the market file is saved")
    func journalNotWritable() throws {
        try FileManager.default.createDirectory(atPath: data.file("journal/sinyoung.jsonl"), withIntermediateDirectories: true)
        let market = DataFolder(path: data.path).marketPath("sinyoung")
        let before = fileBytes(market)
        let result = try dangol(["record", "post", "--market", "sinyoung", "--store", "s005"])
        #expect(result.status == 1)
        #expect(result.errors.contains("sinyoung.jsonl: is a folder"), "\(result.errors)")
        #expect(fileBytes(market) == before, "the market file was saved without its journal entry")
    }

    @Test("A journal append that fails after the save says the change was saved, and the next save writes its entry")
    func journalFailsAfterSave() throws {
        // Pad the journal so the market file still fits a file-size limit the journal's next line does not.
        #expect(try dangol(["record", "post", "--market", "sinyoung", "--store", "s005"]).status == 0)
        let journal = data.file("journal/sinyoung.jsonl")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: journal))
        handle.seekToEndOfFile()
        handle.write(Data((String(repeating: "x", count: 300_000) + "\n").utf8))
        try handle.close()
        let size = (try FileManager.default.attributesOfItem(atPath: journal)[.size] as! NSNumber).intValue
        let blocks = size / 1024 // bash counts ulimit -f in KiB: the journal is already past it, the market file is not
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/bash")
        shell.arguments = ["-c", "ulimit -f \(blocks); trap '' XFSZ; exec \"$0\" record post --market sinyoung --store s005 --data \"$1\"",
                           DangolProcess.executable, data.path]
        shell.environment = environment.merging(["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "DANGOL_LANG": "en"]) { $1 }
        let errors = Pipe()
        shell.standardError = errors
        shell.standardOutput = Pipe()
        try shell.run()
        shell.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(shell.terminationStatus == 1)
        #expect(message.contains("the change WAS saved, but its journal entry is not written yet"), "\(message)")
        let folder = DataFolder(path: data.path)
        #expect(try folder.readMarket("sinyoung").stores.first { $0.id == "s005" }!.posts.count >= 2)
        let posts = try folder.journal(of: "sinyoung").filter { $0.action == .post }.count
        #expect(try dangol(["record", "post", "--market", "sinyoung", "--store", "s005"]).status == 0)
        #expect(try folder.journal(of: "sinyoung").filter { $0.action == .post }.count == posts + 2,
                "the next save wrote the waiting entry before its own")
        let problems = folder.check().map { "\($0)" }
        #expect(problems.count == 1 && problems[0].hasPrefix("\(journal):2: a journal line that cannot be read"),
                "check names the padding line, and only it: \(problems)")
    }

    @Test("Read-only means read-only for every command, and a refused command creates nothing")
    func readOnly() throws {
        let before = FolderSnapshot(data.path)
        let writes: [[String]] = [
            ["record", "post", "--market", "sinyoung", "--store", "s005"],
            ["store", "add", "--market", "sinyoung", "--name", "새가게"],
            ["market", "add", "--id", "new", "--name", "새시장", "--region", "서울"],
            ["summary"],
        ]
        for command in writes {
            for (arguments, environment) in [(["--read-only"] + command, [String: String]()), (command, ["DANGOL_READ_ONLY": "1"])] {
                let result = try DangolProcess.run(arguments + ["--data", data.path], environment: self.environment.merging(environment) { $1 })
                #expect(command == ["summary"] ? result.status == 0 : result.status == 1, "\(arguments)")
            }
        }
        #expect(FolderSnapshot(data.path) == before, "a read-only command wrote:\n\(FolderSnapshot(data.path))")
        let fresh = ScratchFolder()
        let refused = try DangolProcess.run(["market", "add", "--id", "BAD ID", "--name", "x", "--region", "y", "--data", fresh.file("new")])
        #expect(refused.status == 1)
        #expect(!FileManager.default.fileExists(atPath: fresh.file("new")), "a refused market add created the folder")
        let unknown = try dangol(["record", "post", "--market", "nowhere", "--store", "s001"])
        #expect(unknown.status == 1)
        #expect(!FileManager.default.fileExists(atPath: data.file(".dangol/locks/nowhere.lock")), "an unknown market left a lock")
    }

    @Test("Every option given is honoured or refused")
    func optionsHonoured() throws {
        #expect(try dangol(["store", "add", "--market", "sinyoung", "--name", "튜터가게", "--tutor", "박튜터", "--category", "-2+3"]).status == 0)
        let store = try #require(try DataFolder(path: data.path).readMarket("sinyoung").stores.first { $0.name == "튜터가게" })
        #expect(store.tutor == "박튜터")
        #expect(store.category == "-2+3")
        let english = try dangol(["--lang", "en", "summary"])
        #expect(english.status == 0 && english.output.hasPrefix("As of: each round's own day"), "--lang is common to every command")
        #expect(try dangol(["--tutor", "누구", "record", "post", "--market", "sinyoung", "--store", "s005"]).status == 64)
        #expect(try dangol(["sample", "--out", data.file("other")]).status == 64, "--data given to sample")
    }
}
