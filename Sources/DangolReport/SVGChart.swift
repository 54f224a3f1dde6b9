import Foundation

/// Small line charts as inline SVG: no script, no external file, prints as vectors.
enum SVGChart {
    /// A line chart of `values`, titled, with the last value and `labels` under its two ends.
    static func line(_ values: [Double], title: String, labels: (first: String, last: String), valueText: (Double) -> String,
                     color: String, width: Int = 220, height: Int = 110, maximum: Double? = nil) -> String {
        let top = maximum ?? max(values.max() ?? 0, 1)
        let plot = (left: 6.0, right: Double(width) - 6, top: 22.0, bottom: Double(height) - 18)
        let step = values.count > 1 ? (plot.right - plot.left) / Double(values.count - 1) : 0
        let points = values.enumerated().map { index, value in
            let x = plot.left + Double(index) * step
            let y = plot.bottom - (plot.bottom - plot.top) * min(1, max(0, value / top))
            return String(format: "%.1f,%.1f", x, y)
        }.joined(separator: " ")
        let last = values.last ?? 0
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(HTML.escape(title))">\
            <text x="6" y="13" class="chart-title">\(HTML.escape(title))</text>\
            <text x="\(width - 6)" y="13" class="chart-value" text-anchor="end">\(HTML.escape(valueText(last)))</text>\
            <line x1="\(plot.left)" y1="\(plot.bottom)" x2="\(plot.right)" y2="\(plot.bottom)" class="axis"/>\
            <polyline fill="none" stroke="\(color)" stroke-width="2" points="\(points)"/>\
            <text x="6" y="\(height - 4)" class="chart-label">\(HTML.escape(labels.first))</text>\
            <text x="\(width - 6)" y="\(height - 4)" class="chart-label" text-anchor="end">\(HTML.escape(labels.last))</text>\
            </svg>
            """
    }
}

/// Escaping for text placed in HTML or SVG.
enum HTML {
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
