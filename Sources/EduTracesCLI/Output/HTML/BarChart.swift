/// A horizontal bar chart drawn as inline SVG: each bar's label above it, its value after it.
///
/// The chart scales to its container (a `viewBox`, no fixed size) and is an image for assistive
/// technology (`role="img"` with a title); the report puts the same numbers in a table beside it.
///
/// ```swift
/// let chart = BarChart(title: "Findings per rule", bars: [
///     .init(label: "xapi.mbox", segments: [.init(fraction: 1, style: "error")], value: "12")
/// ])
/// output.write(chart.svg)
/// ```
struct BarChart {
    /// One bar: a label, coloured segments laid end to end, and the value written after it.
    struct Bar {
        let label: String
        let segments: [Segment]
        let value: String
    }

    /// A part of a bar: its share of the chart's full width (0...1) and the CSS class that colours it.
    struct Segment {
        let fraction: Double
        let style: String
    }

    /// The chart's accessible name.
    let title: String
    let bars: [Bar]

    private static let width = 480.0
    private static let valueSpace = 72.0
    private static let rowHeight = 38.0
    private static let barHeight = 16.0
    /// Longer labels are cut (with an ellipsis) in the chart; the table beside it has them whole.
    private static let labelLimit = 58

    /// The `<svg>` element.
    var svg: String {
        let height = Double(bars.count) * Self.rowHeight + 2
        var svg =
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title>\(XMLText.escape(title))</title>"
        let barSpace = Self.width - Self.valueSpace
        for (row, bar) in bars.enumerated() {
            let top = Double(row) * Self.rowHeight
            svg += "<g><title>\(XMLText.escape(bar.label)): \(XMLText.escape(bar.value))</title>"
            svg +=
                "<text class=\"label\" x=\"0\" y=\"\(Self.number(top + 15))\">\(XMLText.escape(Self.cut(bar.label)))</text>"
            let barTop = top + 21
            svg +=
                "<rect class=\"track\" x=\"0\" y=\"\(Self.number(barTop))\" width=\"\(Self.number(barSpace))\" "
                + "height=\"\(Self.number(Self.barHeight))\"/>"
            var left = 0.0
            for segment in bar.segments where segment.fraction > 0 {
                // A non-zero count stays visible, however small its share.
                let width = max(2, min(1, segment.fraction) * barSpace)
                svg +=
                    "<rect class=\"\(XMLText.escape(segment.style))\" x=\"\(Self.number(left))\" "
                    + "y=\"\(Self.number(barTop))\" width=\"\(Self.number(width))\" "
                    + "height=\"\(Self.number(Self.barHeight))\"/>"
                left += width
            }
            svg +=
                "<text class=\"value\" x=\"\(Self.number(barSpace + 8))\" y=\"\(Self.number(barTop + 13))\">"
                + "\(XMLText.escape(bar.value))</text></g>"
        }
        return svg + "</svg>"
    }

    private static func cut(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }

    /// A coordinate with at most one decimal, the same on every platform.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
