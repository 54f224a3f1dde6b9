import DangolKit

/// Short descriptions of how a store changed, for import reports.
enum StoreChanges {
    static func between(_ before: Store, _ after: Store) -> [String] {
        var changes: [String] = []
        func compare<Value: Equatable>(_ label: String, _ old: Value?, _ new: Value?) {
            guard old != new else { return }
            changes.append("\(label) \(old.map { "\($0)" } ?? "-") → \(new.map { "\($0)" } ?? "-")")
        }
        compare("name", before.name, after.name)
        compare("category", before.category, after.category)
        compare("owner age", before.ownerAge, after.ownerAge)
        compare("eligible", before.eligible, after.eligible)
        compare("tutor", before.tutor, after.tutor)
        compare("channel opened", before.channelOpenedOn, after.channelOpenedOn)
        compare("friends", before.friendReadings.last?.count, after.friendReadings.last?.count)
        compare("messages", before.messages.reduce(0) { $0 + $1.count }, after.messages.reduce(0) { $0 + $1.count })
        return changes
    }
}
