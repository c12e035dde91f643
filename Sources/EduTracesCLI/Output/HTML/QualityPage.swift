import Foundation
import XAPI
import XAPIValidation

/// The HTML quality report's page: one self-contained document (inline CSS and SVG, no script, no
/// external resource) written as well-formed XML too, so that any XML parser can read it back.
///
/// Every count a reader checks carries a `data-count` attribute (and a rule's row a `data-rule`), so that
/// tests and scripts read the numbers the page shows without scraping its wording.
///
/// ```swift
/// QualityPage(summary: total, inputs: inputs, tally: tally, rules: rules, labels: ReportLabels(.english))
///     .write(to: output)
/// ```
struct QualityPage {
    /// The counts of all inputs.
    let summary: ValidationSummary
    /// Each input with its own counts, in the order checked.
    let inputs: [(name: String, summary: ValidationSummary)]
    let tally: QualityTally
    /// The rules of the validator, by id: their summaries, sources and links.
    let rules: [String: Rule]
    let labels: ReportLabels

    /// Writes the whole document.
    func write(to output: Output) {
        output.write("<!DOCTYPE html>\n<html lang=\"\(labels.language.rawValue)\">\n<head>\n")
        output.write("<meta charset=\"utf-8\"/>\n")
        output.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        output.write("<title>\(XMLText.escape(labels.title))</title>\n")
        output.write("<style>\n\(QualityPageStyle.css)</style>\n</head>\n<body>\n<main>\n")
        writeSummary(to: output)
        RuleFindingsSection(tally: tally, rules: rules, labels: labels).writeChart(to: output)
        writeDays(to: output)
        writeVerbs(to: output)
        writePlatforms(to: output)
        RuleFindingsSection(tally: tally, rules: rules, labels: labels).writeDetails(to: output)
        output.write("</main>\n<footer><p>\(XMLText.escape(labels.footer))</p></footer>\n</body>\n</html>\n")
    }

    private func writeSummary(to output: Output) {
        let verdict = summary.invalid == 0 ? labels.verdictClean : labels.verdictErrors
        output.write("<header>\n<h1>\(XMLText.escape(labels.title))</h1>\n")
        output.write(
            "<p class=\"verdict \(summary.invalid == 0 ? "clean" : "failing")\">\(XMLText.escape(verdict))</p>\n"
        )
        output.write("</header>\n<section aria-labelledby=\"summary\">\n")
        output.write("<h2 id=\"summary\">\(XMLText.escape(labels.summary))</h2>\n<dl class=\"cards\">\n")
        let cards: [(label: String, key: String, value: Int, style: String)] = [
            (labels.statements, "statements", summary.statements, ""),
            (labels.valid, "valid", summary.valid, "conforming"),
            (labels.invalid, "invalid", summary.invalid, summary.invalid > 0 ? "error" : ""),
            (labels.errors, "errors", summary.errors, summary.errors > 0 ? "error" : ""),
            (labels.warnings, "warnings", summary.warnings, summary.warnings > 0 ? "warning" : ""),
        ]
        for card in cards {
            output.write(
                "<div class=\"card \(card.style)\"><dt>\(XMLText.escape(card.label))</dt>"
                    + "<dd data-count=\"\(card.key)\">\(card.value)</dd></div>\n"
            )
        }
        output.write(
            "<div class=\"card\"><dt>\(XMLText.escape(labels.conformingShare))</dt>"
                + "<dd>\(labels.percent(summary.valid, of: summary.statements))</dd></div>\n</dl>\n"
        )
        output.write("<h3>\(XMLText.escape(labels.inputs))</h3>\n<div class=\"scroll\"><table>\n<thead><tr>")
        for heading in [labels.inputs, labels.statements, labels.valid, labels.invalid, labels.errors, labels.warnings]
        {
            output.write("<th scope=\"col\">\(XMLText.escape(heading))</th>")
        }
        output.write("</tr></thead>\n<tbody>\n")
        for input in inputs {
            let counts =
                [input.summary.statements, input.summary.valid, input.summary.invalid]
                + [input.summary.errors, input.summary.warnings]
            output.write("<tr><th scope=\"row\"><code>\(XMLText.escape(input.name))</code></th>")
            output.write(counts.map { "<td class=\"number\">\($0)</td>" }.joined() + "</tr>\n")
        }
        output.write("</tbody>\n</table></div>\n</section>\n")
    }

    private func writeDays(to output: Output) {
        var days: [(date: String, count: Int)] = []
        var undated: [(label: String, count: Int)] = []
        var counts: [Int: Int] = [:]
        for (day, count) in tally.days.entries {
            if let day {
                counts[day] = count
            } else {
                undated.append((labels.noTimestamp, count))
            }
        }
        // Days without statements between the first and the last are shown as zero, so that the chart's
        // columns are evenly spaced in time (when the span is no longer than the cap on distinct days).
        if let first = counts.keys.min(), let last = counts.keys.max(), last - first < tally.days.limit {
            days = (first...last).map { (Self.date(ofDay: $0), counts[$0] ?? 0) }
        } else {
            days = counts.sorted { $0.key < $1.key }.map { (Self.date(ofDay: $0.key), $0.value) }
        }
        if tally.days.hasOther { undated.append((labels.other, tally.days.other)) }
        let rows = days.map { (label: $0.date, cells: ["\($0.count)"]) } + undated.map { ($0.label, ["\($0.count)"]) }
        let section = ChartSection(id: "days", title: labels.statementsPerDay, labels: labels)
        section.open(to: output)
        if !days.isEmpty { output.write(DayChart(title: labels.statementsPerDay, days: days).svg + "\n") }
        section.table(headings: [labels.day, labels.statements], rows: rows, to: output)
        section.close(note: tally.days.hasOther ? labels.capped(tally.days.limit) : nil, to: output)
    }

    private func writeVerbs(to output: Output) {
        var verbs = tally.verbs.entries.map { verb in
            (label: verb.key.map { tally.verbNames[$0] ?? $0 } ?? labels.noVerb, id: verb.key ?? "", count: verb.value)
        }
        verbs.sort { $0.count != $1.count ? $0.count > $1.count : $0.id < $1.id }
        if tally.verbs.hasOther { verbs.append((labels.other, "", tally.verbs.other)) }
        let largest = max(1, verbs.map(\.count).max() ?? 1)
        let chart = BarChart(
            title: labels.statementsPerVerb,
            bars: verbs.map { verb in
                .init(
                    label: verb.id.isEmpty || verb.id == verb.label ? verb.label : "\(verb.label) — \(verb.id)",
                    segments: [.init(fraction: Double(verb.count) / Double(largest), style: "bar")],
                    value: "\(verb.count)"
                )
            }
        )
        let section = ChartSection(id: "verbs", title: labels.statementsPerVerb, labels: labels)
        section.open(to: output)
        output.write(chart.svg + "\n")
        section.table(
            headings: [labels.verb, "verb.id", labels.statements],
            rows: verbs.map { (label: $0.label, cells: [$0.id, "\($0.count)"]) },
            to: output
        )
        section.close(note: tally.verbs.hasOther ? labels.capped(tally.verbs.limit) : nil, to: output)
    }

    private func writePlatforms(to output: Output) {
        var platforms = tally.platforms.entries.map { (label: $0.key ?? labels.noPlatform, conformity: $0.value) }
        platforms.sort {
            $0.conformity.statements != $1.conformity.statements
                ? $0.conformity.statements > $1.conformity.statements : $0.label < $1.label
        }
        if tally.platforms.hasOther { platforms.append((labels.other, tally.platforms.other)) }
        let chart = BarChart(
            title: labels.conformingPerPlatform,
            bars: platforms.map { platform in
                let whole = max(1, platform.conformity.statements)
                let conforming = Double(platform.conformity.conforming) / Double(whole)
                return .init(
                    label: platform.label,
                    segments: [
                        .init(fraction: conforming, style: "conforming"),
                        .init(fraction: 1 - conforming, style: "error"),
                    ],
                    value: labels.percent(platform.conformity.conforming, of: platform.conformity.statements)
                )
            }
        )
        let section = ChartSection(id: "platforms", title: labels.conformingPerPlatform, labels: labels)
        section.open(to: output)
        output.write(chart.svg + "\n")
        section.table(
            headings: [labels.platform, labels.statements, labels.conforming, labels.share],
            rows: platforms.map { platform in
                let counts = platform.conformity
                return (
                    label: platform.label,
                    cells: [
                        "\(counts.statements)", "\(counts.conforming)",
                        labels.percent(counts.conforming, of: counts.statements),
                    ]
                )
            },
            to: output
        )
        section.close(note: tally.platforms.hasOther ? labels.capped(tally.platforms.limit) : nil, to: output)
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01 (UTC), as ``Timestamp`` writes it; the day number
    /// itself for a day no four-digit year can write.
    static func date(ofDay day: Int) -> String {
        guard let midnight = try? Timestamp(Date(timeIntervalSince1970: Double(day) * 86_400)) else {
            return String(day)
        }
        return String(midnight.text.prefix(10))
    }
}
