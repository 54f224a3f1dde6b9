import DangolKit
import Foundation
import Testing
import TestSupport
@testable import DangolDashboard

/// The clock is the core's input: tests move it by hand, and the day rolls over at midnight.
@Suite("The dashboard's clock")
struct ClockTests {
    private static func local(_ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date {
        Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: day, hour: hour, minute: minute, second: second))!
    }

    /// The sample with 신영시장 running now, so its round is read as of today.
    private func running(followsClock: Bool) throws -> (ScratchFolder, Dashboard) {
        let data = ScratchFolder.sampleCopy()
        let folder = DataFolder(path: data.path)
        try folder.updateMarket("sinyoung") { $0.schedule = MarketSchedule(starts: CalendarDate("2026-11-02")!, weeks: 8) }
        let dashboard = try Dashboard(data: folder, options: DisplayOptions(), width: 80, height: 24,
                                      today: CalendarDate("2026-11-22")!, now: Self.local(22, 23, 59, 30),
                                      followsClock: followsClock, asOf: nil, author: "김튜터")
        return (data, dashboard)
    }

    @Test("Past local midnight the day rolls over: running rounds are read as of the new day")
    func rollsOverAtMidnight() throws {
        var (data, dashboard) = try running(followsClock: true)
        defer { withExtendedLifetime(data) {} }
        #expect(dashboard.state.calendar.asOf(ofMarket: "sinyoung") == CalendarDate("2026-11-22")!)
        let sameDay = dashboard.advanceClock(to: Self.local(22, 23, 59, 59))
        #expect(!sameDay, "the same day changes nothing on screen")
        let nextDay = dashboard.advanceClock(to: Self.local(23, 0, 0, 1))
        #expect(nextDay)
        #expect(dashboard.state.session.today == CalendarDate("2026-11-23")!)
        #expect(dashboard.state.calendar.asOf(ofMarket: "sinyoung") == CalendarDate("2026-11-23")!)
        #expect(dashboard.render().lines.contains { $0.contains("2026-11-23") }, "the screen shows the new day")
        #expect(dashboard.state.calendar.asOf(ofMarket: "jayang") == CalendarDate("2023-01-29")!, "a finished round keeps its day")
    }

    @Test("A pinned day stays put; a save is stamped with the clock as it was handed in")
    func pinnedDayAndStamps() throws {
        var (data, dashboard) = try running(followsClock: false)
        defer { withExtendedLifetime(data) {} }
        let moved = dashboard.advanceClock(to: Self.local(23, 9, 30))
        #expect(!moved)
        #expect(dashboard.state.session.today == CalendarDate("2026-11-22")!)
        for key: Key in [.enter, .down, .down, .down, .character("p"), .enter] { _ = dashboard.handle(.key(key)) }
        let entry = try #require(try DataFolder(path: data.path).journal(of: "sinyoung", latest: 1).first)
        #expect(entry.action == .post)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = .current
        #expect(entry.at == formatter.string(from: Self.local(23, 9, 30)), "stamped \(entry.at)")
    }
}
