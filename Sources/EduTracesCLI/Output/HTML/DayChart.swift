/// Statements per day as an inline SVG column chart: one column a day, in date order, dates under the axis.
///
/// ```swift
/// let chart = DayChart(title: "Statements per day", days: [("2026-03-02", 120), ("2026-03-03", 80)])
/// output.write(chart.svg)
/// ```
struct DayChart {
    /// The chart's accessible name.
    let title: String
    /// The days (`YYYY-MM-DD`) and their counts, in date order.
    let days: [(date: String, count: Int)]

    private static let width = 480.0
    private static let plotTop = 20.0
    private static let plotHeight = 160.0
    private static let maximumColumnWidth = 40.0
    /// At most this many dates are written under the axis; the others are in the table.
    private static let dateLabels = 5

    /// The `<svg>` element.
    var svg: String {
        let height = Self.plotTop + Self.plotHeight + 30
        let maximum = max(1, days.map(\.count).max() ?? 1)
        let slot = days.isEmpty ? Self.width : Self.width / Double(days.count)
        let columnWidth = min(Self.maximumColumnWidth, max(1, slot * 0.8))
        let labelEvery = max(1, (days.count + Self.dateLabels - 1) / Self.dateLabels)
        let baseline = Self.plotTop + Self.plotHeight
        var svg =
            "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" "
            + "xmlns=\"http://www.w3.org/2000/svg\"><title>\(XMLText.escape(title))</title>"
        svg += "<text class=\"value\" x=\"0\" y=\"14\">\(maximum)</text>"
        svg +=
            "<line class=\"axis\" x1=\"0\" y1=\"\(BarChart.number(baseline))\" x2=\"\(Int(Self.width))\" "
            + "y2=\"\(BarChart.number(baseline))\"/>"
        for (position, day) in days.enumerated() {
            let center = slot * (Double(position) + 0.5)
            let columnHeight = max(day.count > 0 ? 1 : 0, Self.plotHeight * Double(day.count) / Double(maximum))
            svg +=
                "<rect class=\"bar\" x=\"\(BarChart.number(center - columnWidth / 2))\" "
                + "y=\"\(BarChart.number(baseline - columnHeight))\" width=\"\(BarChart.number(columnWidth))\" "
                + "height=\"\(BarChart.number(columnHeight))\"><title>\(XMLText.escape(day.date)): \(day.count)</title></rect>"
            if position % labelEvery == 0 {
                // The outer dates are aligned on their column's edge, so that they stay inside the chart.
                let anchor =
                    center < 40 ? "start" : center > Self.width - 40 ? "end" : "middle"
                let x =
                    anchor == "start" ? center - columnWidth / 2 : anchor == "end" ? center + columnWidth / 2 : center
                svg +=
                    "<text class=\"label\" text-anchor=\"\(anchor)\" x=\"\(BarChart.number(x))\" "
                    + "y=\"\(BarChart.number(baseline + 20))\">\(XMLText.escape(day.date))</text>"
            }
        }
        return svg + "</svg>"
    }
}
