/// Horizontal bars and sparklines drawn with the current symbol set.
enum Glyphs {
    /// A bar `width` columns long, filled to `fraction` (0–1), in eighths with Unicode blocks.
    static func bar(_ fraction: Double, width: Int, symbols: Symbols) -> String {
        let fraction = max(0, min(1, fraction.isFinite ? fraction : 0))
        let steps = symbols.barBlocks.count
        let filled = Int((fraction * Double(width * steps)).rounded())
        let partial = filled % steps
        return String(repeating: symbols.barBlocks[0], count: filled / steps) + (partial > 0 ? String(symbols.barBlocks[partial]) : "")
    }

    /// One character per value, its height proportional to the value (the largest is full).
    static func sparkline(_ values: [Int], symbols: Symbols) -> String {
        let top = values.max() ?? 0
        let levels = symbols.sparkLevels
        return String(values.map { value in
            top <= 0 ? levels[0] : levels[Int((Double(value) / Double(top) * Double(levels.count - 1)).rounded())]
        })
    }
}
