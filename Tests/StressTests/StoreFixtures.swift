import Foundation
import TestSupport
@testable import DangolKit

/// The sample's pilot market, where every stress test aims its writes.
enum Pilot {
    static let market = "sinyoung"

    /// Stores of the pilot whose channel is open, so every kind of record applies to them.
    static func openStores(in folder: DataFolder) throws -> [Store] {
        try folder.readMarket(market).stores.filter { $0.channelOpenedOn != nil }
    }

    /// Every `PATH:LINE:COLUMN` file problem, or nil when there is none.
    static func problems(_ folder: DataFolder) -> String? {
        let problems = folder.check()
        return problems.isEmpty ? nil : problems.map(\.description).joined(separator: "\n")
    }
}
