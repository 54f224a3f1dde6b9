/// Numbers as the dashboard and reports print them: thousands separators, fixed decimals.
public enum NumberText {
    /// A whole number with thousands separators: `16083` → `16,083`.
    public static func count(_ value: Int) -> String {
        // Written as bytes: walking the digits as Characters measured the string again at every
        // step, and every frame of the overview formats dozens of counts.
        let digits = String(value.magnitude).utf8
        let sign = value < 0 ? 1 : 0
        return String(unsafeUninitializedCapacity: sign + digits.count + (digits.count - 1) / 3) { text in
            var end = 0
            if sign == 1 {
                text[0] = UInt8(ascii: "-")
                end = 1
            }
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 {
                    text[end] = UInt8(ascii: ",")
                    end += 1
                }
                text[end] = digit
                end += 1
            }
            return end
        }
    }

    /// A number rounded half away from zero to `places` decimals, with separators: `65.16` → `65.2`.
    public static func decimal(_ value: Double, places: Int = 1) -> String {
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * Double(scale)).rounded(.toNearestOrAwayFromZero))
        let whole = count(scaled / scale)
        guard places > 0 else { return whole }
        let fraction = String(scaled.magnitude % UInt(scale))
        let sign = scaled < 0 && scaled / scale == 0 ? "-" : ""
        return sign + whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A rate from 0 to 1 as a percentage with one decimal: `0.8857` → `88.6%`.
    public static func percent(_ rate: Double) -> String {
        decimal(rate * 100) + "%"
    }
}
