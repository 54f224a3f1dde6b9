/// Hands out store ids `s001`, `s002` … after the highest `sNNN` in use, never one in use.
///
/// When the next number would overflow (a store with id `s9223372036854775807`), it takes the
/// lowest unused number instead, so adding a store can never crash or loop.
public struct StoreNumbering: Sendable {
    private var used: Set<Int> = []
    private var highest = 0

    /// Numbering after every `sNNN` among `ids`.
    public init(ids: some Sequence<String>) {
        for id in ids { take(id) }
    }

    /// Notes `id` as in use.
    public mutating func take(_ id: String) {
        guard id.first == "s", let number = Int(id.dropFirst()) else { return }
        used.insert(number)
        highest = max(highest, number)
    }

    /// An unused id, noted as in use.
    public mutating func next() -> String {
        let (following, overflow) = highest.addingReportingOverflow(1)
        let number = overflow ? (1...).first { !used.contains($0) }! : following
        let digits = String(number)
        let id = "s" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits
        take(id)
        return id
    }
}
