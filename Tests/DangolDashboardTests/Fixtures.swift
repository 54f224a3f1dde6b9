import DangolDashboard
import DangolKit
import Foundation
import TestSupport

/// The moment every test dashboard starts at: noon of 2026-11-22, the day the fixtures call today.
enum Fixtures {
    static let now = Calendar.current.date(from: DateComponents(year: 2026, month: 11, day: 22, hour: 12))!
}

/// A dashboard on a copy of the sample programme, as of its end, at a fixed size.
struct SampleDashboard {
    let data: ScratchFolder
    var dashboard: Dashboard
    /// The session's clock, as the tests move it on.
    private(set) var now = Fixtures.now

    /// - Parameter member: a member of a team (given, the folder gets a team.json with them in
    ///   it), as in a `dangol session`.
    init(width: Int = 80, height: Int = 24, language: Language = .ko, ambiguous: AmbiguousWidth = .narrow,
         author: String = "김튜터", readOnly: Bool = false, member: Member? = nil) throws {
        data = ScratchFolder.sampleCopy()
        var folder = DataFolder(path: data.path)
        if let member {
            try folder.updateTeam { $0.members = [member] }
            folder = try folder.seen(byMember: member.id)
        }
        dashboard = try Dashboard(
            data: folder, options: DisplayOptions(language: language, ambiguous: ambiguous),
            width: width, height: height, today: CalendarDate("2026-11-22")!, now: Fixtures.now, asOf: nil, author: author, readOnly: readOnly)
    }

    /// Another dashboard at 80x24 on the same folder (a second session, or one opened after the
    /// test changed the files).
    init(reusing data: ScratchFolder, author: String = "이튜터") {
        self.data = data
        dashboard = try! Dashboard(
            data: DataFolder(path: data.path), options: DisplayOptions(), width: 80, height: 24,
            today: CalendarDate("2026-11-22")!, now: Fixtures.now, asOf: nil, author: author)
    }

    var folder: DataFolder { DataFolder(path: data.path) }

    /// Presses keys in order. - Returns: false if one of them quit.
    @discardableResult
    mutating func press(_ keys: Key...) -> Bool {
        keys.allSatisfy { dashboard.handle(.key($0)) }
    }

    /// Types text as single-character key presses.
    mutating func type(_ text: String) {
        for character in text {
            _ = dashboard.handle(.key(.character(character)))
        }
    }

    /// Moves the session's clock on by `seconds`; past `PendingReads.interval` after a read, the
    /// session may read again. - Returns: whether the screen may have changed (a held-back read done).
    @discardableResult
    mutating func wait(_ seconds: TimeInterval = PendingReads.interval) -> Bool {
        now += seconds
        return dashboard.advanceClock(to: now)
    }

    var lines: [String] {
        mutating get { dashboard.render().lines }
    }
}
