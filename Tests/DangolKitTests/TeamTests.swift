import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// The members of a shared server: their keys, the team file, and the one type that decides
/// what each may read and write, on every path that reads or writes.
@Suite("Team and rights")
struct TeamTests {
    static let kimKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHQbrBRC5cElDjji60oCofISaKwLxhkaGaBQLpQeaQnY kim@laptop"

    @Test("SHA-256 gives the standard's digests")
    func sha256() {
        func hex(_ text: String) -> String { SHA256.hash(Array(text.utf8)).map { String(format: "%02x", $0) }.joined() }
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(hex(String(repeating: "a", count: 1000)) == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test("A public key's fingerprint is the one ssh-keygen -l prints")
    func fingerprint() throws {
        let key = try PublicKey(line: Self.kimKey)
        #expect(key.fingerprint == "SHA256:cwpjYKoWx6hDWEPmIQ1ApBHBNqtrxWniadCDSBGa8WA")
        #expect(key.comment == "kim@laptop" && key.type == "ssh-ed25519")
        let keygen = "/usr/bin/ssh-keygen"
        try #require(FileManager.default.isExecutableFile(atPath: keygen), "openssh-client is not installed (.ci/run installs it)")
        let folder = ScratchFolder()
        for type in ["ed25519", "rsa", "ecdsa"] {
            let path = folder.file(type)
            #expect(try Spawn.run(keygen, ["-q", "-t", type, "-N", "", "-C", "테스트 key", "-f", path]).status == 0)
            let line = try String(contentsOfFile: path + ".pub", encoding: .utf8)
            let printed = try Spawn.run(keygen, ["-l", "-f", path + ".pub"]).output.split(separator: " ")[1]
            #expect(try PublicKey(line: line).fingerprint == String(printed), "\(type)")
        }
    }

    @Test("A line that is not a usable public key is refused with the reason", arguments: [
        ("", "not an OpenSSH public key line"),
        ("ssh-dss AAAAB3NzaC1kc3MAAACBAP", "is not a key type dangol takes"),
        ("ssh-ed25519 not-base64!", "not valid base64"),
        ("ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIHQbrBRC5cElDjji60oCofISaKwLxhkaGaBQLpQeaQnY", "does not match its type"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHQbrBRC5cElDjji60oCofISaKwLxhkaGaBQLpQeaQnY a\u{1B}]0;x\u{07}", "a control character"),
    ])
    func badKeys(_ line: String, _ reason: String) {
        #expect { try PublicKey(line: line) } throws: { "\($0)".contains(reason) }
    }

    private func member(_ id: String, _ role: Role, _ markets: [String] = []) throws -> Member {
        let keys = ["kim": Self.kimKey,
                    "lee": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3",
                    "park": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4ECHlHvVLilGX8xvW1zz529PxZ06fma4DIpqQsDUHF"]
        return Member(id: id, name: "\(id)님", role: role, markets: markets, keys: [try PublicKey(line: keys[id]!)])
    }

    @Test("The team's rules: ids, names, keys, and one key for one person")
    func teamRules() throws {
        var team = Team(members: [try member("kim", .tutor, ["sinyoung"]), try member("lee", .staff, ["jayang"])])
        #expect(team.problems.isEmpty)
        team.members.append(Member(id: "Kim", name: " ", role: .tutor, markets: ["../x"], keys: team.members[0].keys))
        #expect(team.problems.map(\.description) == [
            "members[2].id: 'Kim' is not a member id: 1 to 32 lowercase letters, digits, '-' or '_'",
            "members[2].name: needs a name",
            "members[2].markets[0]: '../x' is not a market id: use 1 to 64 lowercase letters (a-z), digits, '-' or '_', starting with a letter or digit",
            "members[2].keys[0]: key SHA256:cwpjYKoWx6hDWEPmIQ1ApBHBNqtrxWniadCDSBGa8WA is already 'kim''s: a key names one person",
        ])
    }

    @Test("team.json round-trips, and a bad one is refused at its line and column")
    func teamFile() throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        #expect(try folder.readTeam() == nil, "no team.json: one local user, as before")
        let kim = try member("kim", .tutor, ["sinyoung"])
        try folder.updateTeam { $0.members.append(kim) }
        #expect(try folder.readTeam()?.members == [kim])
        let text = try String(contentsOfFile: folder.teamPath, encoding: .utf8)
        try text.replacingOccurrences(of: "\"role\" : \"tutor\"", with: "\"role\" : \"tutor\", \"phone\" : \"010\"")
            .write(toFile: folder.teamPath, atomically: true, encoding: .utf8)
        #expect { try folder.readTeam() } throws: { "\($0)".contains("team.json:") && "\($0)".contains("dangol does not know the key \"phone\"") }
    }

    @Test("Rights: admin everything; a tutor reads all and writes their markets; staff reads theirs and writes nothing")
    func rightsTable() throws {
        let admin = Rights(member: try member("park", .admin))
        let tutor = Rights(member: try member("kim", .tutor, ["sinyoung"]))
        let staff = Rights(member: try member("lee", .staff, ["jayang"]))
        for market in ["sinyoung", "jayang"] {
            #expect(admin.mayRead(market: market) && admin.mayWrite(market: market) && Rights.owner.mayWrite(market: market))
            #expect(tutor.mayRead(market: market))
        }
        #expect(tutor.mayWrite(market: "sinyoung") && !tutor.mayWrite(market: "jayang"))
        #expect(staff.mayRead(market: "jayang") && !staff.mayRead(market: "sinyoung"))
        #expect(!staff.mayWrite(market: "jayang"))
        #expect(admin.mayAdminister && Rights.owner.mayAdminister && !tutor.mayAdminister && !staff.mayAdminister)
    }

    /// The sample folder seen by a member of a team with a tutor of 신영시장, staff of 자양전통시장 and an admin.
    private func seen(by id: String) throws -> (ScratchFolder, DataFolder) {
        let data = ScratchFolder.sampleCopy()
        let owner = DataFolder(path: data.path)
        let members = [try member("kim", .tutor, ["sinyoung"]), try member("lee", .staff, ["jayang"]), try member("park", .admin)]
        try owner.updateTeam { $0.members = members }
        return (data, try owner.seen(byMember: id))
    }

    private func isForbidden(_ error: any Error) -> Bool {
        if case DangolError.forbidden = error { return true }
        return false
    }

    @Test("Staff see only their markets everywhere: the list, the digests, the journal; reading another is refused")
    func staffReads() throws {
        let (data, staff) = try seen(by: "lee")
        defer { withExtendedLifetime(data) {} }
        #expect(try staff.marketIDs() == ["jayang"])
        #expect(try staff.digests().map(\.id) == ["jayang"])
        #expect(throws: DangolError.self) { try staff.readMarket("sinyoung") }
        #expect { try staff.digest(of: "sinyoung") } throws: { isForbidden($0) }
        #expect { try staff.journal(of: "sinyoung") } throws: { isForbidden($0) }
    }

    @Test("Every write path asks the rights: a refused write leaves every file, lock and journal as it was")
    func writePaths() throws {
        let (data, tutor) = try seen(by: "kim")
        let staff = try DataFolder(path: data.path).seen(byMember: "lee")
        let before = FolderSnapshot(data.path)
        let today = CalendarDate("2026-11-22")!
        let writes: [(String, (DataFolder) throws -> Void)] = [
            ("updateMarket", { try $0.updateMarket("jayang") { $0.name = "바뀐 이름" } }),
            ("editStore", { try $0.editStore(in: "jayang", author: "x", action: .post) { market in
                try market.recordPost(storeID: market.stores[0].id, on: today, today: today)
                return market.stores[0].id
            } }),
            ("undoLastEdit", { try $0.undoLastEdit(in: "jayang", author: "x") }),
            ("addMarket", { try $0.addMarket(Market(id: "new", name: "새시장", region: "서울", stores: [])) }),
            ("updateTeam", { try $0.updateTeam { $0.members.removeAll() } }),
        ]
        for (name, write) in writes {
            #expect { try write(tutor) } throws: { isForbidden($0) }
            #expect { try write(staff) } throws: { isForbidden($0) }
            #expect(FolderSnapshot(data.path) == before, "\(name) wrote something")
        }
        try tutor.updateMarket("sinyoung") { $0.district = "양천구" }
        #expect(FolderSnapshot(data.path) != before, "the tutor's own market is writable")
    }

    @Test("The journal names the member; a tutor undoes only their own edits, an admin anyone's")
    func undoOwnEdits() throws {
        let (data, kim) = try seen(by: "kim")
        let admin = try DataFolder(path: data.path).seen(byMember: "park")
        let today = CalendarDate("2026-11-22")!
        let post: (inout Market) throws -> String = { market in
            try market.recordPost(storeID: "s004", on: today, today: today)
            return "s004"
        }
        let entry = try admin.editStore(in: "sinyoung", author: "park님", action: .post, post)
        #expect(entry.member == "park" && entry.author == "park님")
        #expect { try kim.undoLastEdit(in: "sinyoung", author: "kim님") } throws: { "\($0)".contains("nothing to undo") }
        let mine = try kim.editStore(in: "sinyoung", author: "kim님", action: .post) { market in
            try market.recordPost(storeID: "s005", on: today, today: today)
            return "s005"
        }
        #expect(mine.member == "kim")
        #expect(try admin.undoLastEdit(in: "sinyoung", author: "park님").undoes == entry.id, "the admin's own latest")
        #expect(try kim.undoLastEdit(in: "sinyoung", author: "kim님").undoes == mine.id)
    }

    @Test("An unknown member or a bad id is refused before anything is read")
    func unknownMember() throws {
        let (data, _) = try seen(by: "kim")
        let owner = DataFolder(path: data.path)
        #expect { try owner.seen(byMember: "nobody") } throws: { isForbidden($0) && "\($0)".contains("no member 'nobody'") }
        #expect { try owner.seen(byMember: "../kim") } throws: { isForbidden($0) && "\($0)".contains("is not a member id") }
    }

    @Test("Ids with NUL, slashes, dots, Hangul or capitals never reach the file system, on every entry point of the store",
          arguments: ["a\u{0}b", "..", ".", "a/b", "시장", "Upper", String(repeating: "a", count: 65)])
    func hostileIDs(_ id: String) throws {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        let before = FolderSnapshot(data.path)
        let attempts: [() throws -> Void] = [
            { _ = try folder.readMarket(id) }, { _ = try folder.digest(of: id) }, { _ = try folder.journal(of: id) },
            { try folder.updateMarket(id) { $0.name = "x" } },
            { try folder.editStore(in: id, author: "x", action: .post) { _ in "s001" } },
            { try folder.undoLastEdit(in: id, author: "x") },
            { try folder.addMarket(Market(id: id, name: "x", region: "x", stores: [])) },
            { _ = try folder.seen(byMember: id) },
        ]
        for attempt in attempts {
            #expect(throws: DangolError.self) { try attempt() }
        }
        #expect(FolderSnapshot(data.path) == before)
    }
}
