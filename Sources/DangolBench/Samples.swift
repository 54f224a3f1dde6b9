/// Repeated measurements of one quantity, and the figures a benchmark table prints.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    var count: Int { values.count }
    var minimum: Double { values.min() ?? .nan }
    var maximum: Double { values.max() ?? .nan }
    var median: Double { percentile(50) }

    /// The nearest-rank percentile: the smallest value at least `rank`% of the samples reach.
    func percentile(_ rank: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let position = Int((rank / 100 * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(position, 0), sorted.count - 1)]
    }
}
