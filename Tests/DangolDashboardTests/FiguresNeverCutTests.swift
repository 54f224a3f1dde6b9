import DangolKit
import Foundation
import Testing
import TestSupport
@testable import DangolDashboard

/// Figures are never cut: a column is as wide as the widest figure it shows, totals included,
/// and when the terminal is too narrow a column drops before a figure is cut.
@Suite("Figures never cut")
struct FiguresNeverCutTests {
    @Test("At 40, 80, 100 and 200 columns no figure on the overview is cut; the widest columns stay, the least important go first",
          arguments: [40, 80, 100, 200])
    func overview(width: Int) throws {
        let data = try NationalTotals.programme()
        var dashboard = try Dashboard(data: DataFolder(path: data.path), options: DisplayOptions(), width: width, height: 24,
                                      today: NationalTotals.today, now: Fixtures.now, asOf: nil)
        let lines = dashboard.render().lines
        let cut = lines.filter { $0.range(of: #"[0-9%]…"#, options: .regularExpression) != nil }
        #expect(cut.isEmpty, "\(width) columns: \(cut)")
        let totals = try #require(lines.first { $0.contains("합계") })
        #expect(totals.contains(NationalTotals.friends), "\(width) columns: \(totals)")
        if width >= 80 { #expect(totals.contains(NationalTotals.messages), "\(width) columns: \(totals)") }
    }

    @Test("At 50x20 the header keeps the market's and the store's names: the path shortens first")
    func narrowHeader() throws {
        let member = Member(id: "kim", name: "김튜터", role: .tutor, markets: ["sinyoung"], keys: [try PublicKey(line: Self.key)])
        var screen = try SampleDashboard(width: 50, height: 20, member: member)
        screen.press(.escape, .enter)
        #expect(screen.lines[0].contains("신영시장"), "\(screen.lines[0])")
        screen.press(.down, .down, .down, .enter)
        #expect(screen.lines[0].contains("신영시장 › 대박수산"), "\(screen.lines[0])")
        var wide = try SampleDashboard(width: 100, height: 20, member: member)
        wide.press(.escape, .enter, .down, .down, .down, .enter)
        #expect(wide.lines[0].hasPrefix(" dangol │ 김튜터 튜터 │ "), "there is room for everything: \(wide.lines[0])")
    }

    @Test("At 50 columns the programme-wide awards keep the market: two stores of one name and tier stay apart")
    func awardsKeepTheMarket() throws {
        var screen = try SampleDashboard(width: 50, height: 20)
        screen.press(.character("r"), .character("r"), .character("t"))
        let header = try #require(screen.lines.first { $0.contains("순위") })
        #expect(header.contains("시장"), "\(header)")
    }

    private static let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHQbrBRC5cElDjji60oCofISaKwLxhkaGaBQLpQeaQnY kim@laptop"
}
