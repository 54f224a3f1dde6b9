import DangolDashboard
import DangolKit
import TestSupport

/// A dashboard on a copy of the sample programme, as of its end, at a fixed size.
struct SampleDashboard {
    let data: ScratchFolder
    var dashboard: Dashboard

    init(width: Int = 80, height: Int = 24, language: Language = .ko, ambiguous: AmbiguousWidth = .narrow) throws {
        data = ScratchFolder.sampleCopy()
        dashboard = try Dashboard(
            data: DataFolder(path: data.path), options: DisplayOptions(language: language, ambiguous: ambiguous),
            width: width, height: height, today: CalendarDate("2026-11-22")!, asOf: nil)
    }

    /// A fresh dashboard at 80x24 on a folder an earlier one used (after the test changed it).
    init(reusing data: ScratchFolder) {
        self.data = data
        dashboard = try! Dashboard(
            data: DataFolder(path: data.path), options: DisplayOptions(), width: 80, height: 24,
            today: CalendarDate("2026-11-22")!, asOf: nil)
    }

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

    var lines: [String] {
        dashboard.render().lines
    }
}
