/// A small deterministic random source (SplitMix64) whose every draw is defined here, so
/// generated data is the same on every machine and Swift version for the same seed.
///
/// The standard library's `random(in:using:)` and `shuffled(using:)` are avoided on purpose:
/// their algorithms are not promised to stay the same across releases.
public struct SeededGenerator: Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `range` (modulo bias is negligible for the small ranges used here).
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double {
        Double(next() >> 11) / Double(1 << 53)
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// One element of a non-empty collection.
    public mutating func pick<C: RandomAccessCollection>(_ items: C) -> C.Element where C.Index == Int {
        items[items.startIndex + int(in: 0...(items.count - 1))]
    }

    /// The elements in a random order (Fisher–Yates).
    public mutating func shuffle<T>(_ items: [T]) -> [T] {
        var result = items
        for index in result.indices.dropLast().reversed() {
            result.swapAt(index + 1, int(in: 0...(index + 1)))
        }
        return result
    }

    /// Splits `total` into `weights.count` whole parts proportional to the weights, each at least
    /// `minimum`, adding up to exactly `total` (largest remainder method).
    public mutating func split(_ total: Int, weights: [Double], minimum: Int = 0) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let spare = total - minimum * weights.count
        precondition(spare >= 0, "cannot give every part its minimum")
        let sum = weights.reduce(0, +)
        let exact = weights.map { Double(spare) * $0 / sum }
        var parts = exact.map { Int($0) }
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), -$0) > (exact[$1] - Double(parts[$1]), -$1) }
        for index in order.prefix(spare - parts.reduce(0, +)) {
            parts[index] += 1
        }
        return parts.map { $0 + minimum }
    }
}
