import Foundation
import Testing
import TestSupport
@testable import DangolKit

/// A member's remembered session: kept whole or not at all, bounded, and never a reason to
/// refuse a login.
@Suite("Remembered sessions")
struct MemberSessionTests {
    private let data = ScratchFolder.sampleCopy()
    private var folder: DataFolder { DataFolder(path: data.path) }
    private let now = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("A session is kept and read back as it was, draft included")
    func roundTrip() throws {
        let draft = MemberSession.Draft(form: "note", market: "sinyoung", store: "TI001", fields: ["다시 방문", "2022-09-20"], keptAt: now)
        let session = MemberSession(language: .en, ambiguous: "wide", noColor: true, round: "2022", market: "sinyoung", store: "s004", draft: draft)
        try folder.remember(session, of: "kim")
        #expect(folder.rememberedSession(of: "kim") == session)
        #expect(folder.rememberedSession(of: "lee") == nil)
    }

    @Test("A draft is offered for a week, then passed over")
    func draftsExpire() {
        let draft = MemberSession.Draft(form: "note", market: "sinyoung", store: "s004", fields: ["x"], keptAt: now)
        #expect(!draft.hasExpired(at: now.addingTimeInterval(MemberSession.Draft.lifetime - 60)))
        #expect(draft.hasExpired(at: now.addingTimeInterval(MemberSession.Draft.lifetime + 60)))
    }

    @Test("What breaks a rule is refused before it is written: a path for an id, a control character, a field past the bound, too many fields")
    func refusedBeforeWritten() throws {
        let bad = [
            MemberSession(market: "../x"),
            MemberSession(store: "a/b"),
            MemberSession(draft: .init(form: "note", market: "sinyoung", store: "s004", fields: ["\u{1B}[2J"], keptAt: now)),
            MemberSession(draft: .init(form: "note", market: "sinyoung", store: "s004",
                                       fields: [String(repeating: "가", count: Bounds.noteText.maxLength + 1)], keptAt: now)),
            MemberSession(draft: .init(form: "note", market: "sinyoung", store: "s004",
                                       fields: Array(repeating: "x", count: MemberSession.Draft.fieldCount + 1), keptAt: now)),
        ]
        for session in bad {
            #expect(throws: DangolError.self) { try folder.remember(session, of: "kim") }
        }
        #expect(throws: DangolError.self) { try folder.remember(MemberSession(), of: "../kim") }
        #expect(!FileManager.default.fileExists(atPath: data.file(".dangol/members/kim.json")))
    }

    @Test("A file that cannot be read, or breaks a rule, is passed over rather than refusing the login")
    func badFilesPassedOver() throws {
        try folder.remember(MemberSession(round: "2022"), of: "kim")
        let path = data.file(".dangol/members/kim.json")
        for text in ["{ not json", #"{"market": "../../etc"}"#, String(repeating: " ", count: FileLimit.memberSession.bytes + 1)] {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(folder.rememberedSession(of: "kim") == nil, "\(text.prefix(20))")
        }
    }

    @Test("A read-only session remembers nothing")
    func readOnly() throws {
        try DataFolder(path: data.path, readOnly: true).remember(MemberSession(round: "2022"), of: "kim")
        #expect(!FileManager.default.fileExists(atPath: data.file(".dangol/members/kim.json")))
    }
}
