import DangolKit

/// Short descriptions of how a store changed, for import reports, each named by the sheet's
/// own column header.
enum StoreChanges {
    static func between(_ before: Store, _ after: Store, in sheet: Sheet) -> [String] {
        var changes: [String] = []
        func compare<Value: Equatable>(_ column: SheetColumn, _ old: Value?, _ new: Value?) {
            guard old != new else { return }
            changes.append("\(sheet.name(of: column)) \(old.map { "\($0)" } ?? "-") → \(new.map { "\($0)" } ?? "-")")
        }
        compare(.name, before.name, after.name)
        compare(.category, before.category, after.category)
        compare(.ownerAge, before.ownerAge, after.ownerAge)
        compare(.eligible, before.eligible, after.eligible)
        compare(.tutor, before.tutor, after.tutor)
        compare(.channelOpenedOn, before.channelOpenedOn, after.channelOpenedOn)
        compare(.friends, before.friendReadings.last?.count, after.friendReadings.last?.count)
        compare(.messages, before.messages.reduce(0) { $0 + $1.count }, after.messages.reduce(0) { $0 + $1.count })
        return changes
    }
}
