import DangolKit
import Testing
import TestSupport
@testable import DangolDashboard

/// The dashboard as a member of a team sees it: who they are on top, only what they may read,
/// and editing keys that say why they cannot.
@Suite("The dashboard in a team session")
struct TeamDashboardTests {
    private func member(_ role: Role, _ markets: [String]) throws -> Member {
        Member(id: "m", name: "이상인", role: role, markets: markets,
               keys: [try PublicKey(line: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIH6l/huXZBkrU9GJFbrDQbwAqf44Y/BqxDwpouFAXet3")])
    }

    @Test("Staff: the top bar names them and their role; the overview, its totals and search hold only their market")
    func staffSeesTheirMarket() throws {
        var screen = try SampleDashboard(member: member(.staff, ["jayang"]))
        #expect(screen.lines[0].hasPrefix(" dangol │ 이상인 상인회 │ 우리동네 단골시장 › 전체"))
        #expect(screen.dashboard.state.overviewRows.map(\.digest.id) == ["jayang"])
        screen.press(.character(":"))
        let search = try #require(screen.dashboard.state.search)
        #expect(search.storeCount > 0 && (0..<search.storeCount).allSatisfy { search.entry($0).marketID == "jayang" })
    }

    @Test("Staff: every editing key and undo says why in the status line, and nothing is written")
    func staffCannotEdit() throws {
        var screen = try SampleDashboard(member: member(.staff, ["jayang"]))
        let before = FolderSnapshot(screen.data.path)
        screen.press(.enter, .enter)
        for key in ["o", "f", "m", "p", "n", "e", "d", "u"] {
            screen.press(.character(Character(key)))
            #expect(screen.dashboard.state.form == nil, "\(key)")
            #expect(screen.dashboard.state.notice == "이상인 님은 상인회 계정이라 읽기만 할 수 있습니다: 아무것도 바꾸지 않았습니다", "\(key)")
        }
        #expect(FolderSnapshot(screen.data.path) == before)
    }

    @Test("A tutor writes their own market; on another the editing key says whose it is not")
    func tutorOnAnotherMarket() throws {
        var screen = try SampleDashboard(member: member(.tutor, ["jayang"]))
        screen.press(.enter, .character("f"))
        #expect(screen.dashboard.state.notice == "이상인 님은 시장 'sinyoung'을(를) 맡고 있지 않아 고칠 수 없습니다: 아무것도 바꾸지 않았습니다")
        #expect(screen.dashboard.state.form == nil)
    }
}
