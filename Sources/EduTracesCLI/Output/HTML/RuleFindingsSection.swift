import XAPIValidation

/// The rule parts of the quality report: findings per rule (chart and table), then each rule with its
/// summary, source, documentation link and first examples (FILE:LINE, JSON Pointer, message).
///
/// ```swift
/// let section = RuleFindingsSection(tally: tally, rules: rules, labels: labels)
/// section.writeChart(to: output)
/// section.writeDetails(to: output)
/// ```
struct RuleFindingsSection {
    let tally: QualityTally
    let rules: [String: Rule]
    let labels: ReportLabels

    /// The rules that found something, most findings first, each with the in-page anchor of its details.
    private var ranked: [(anchor: String, id: String, findings: RuleFindings)] {
        tally.rules.entries
            .sorted { first, second in
                // Rules that found errors first: they decide whether the export conforms.
                let firstHasErrors = first.value.errors > 0
                let secondHasErrors = second.value.errors > 0
                if firstHasErrors != secondHasErrors { return firstHasErrors }
                if first.value.total != second.value.total { return first.value.total > second.value.total }
                return first.key < second.key
            }
            .enumerated()
            .map { (anchor: "rule-\($0.offset + 1)", id: $0.element.key, findings: $0.element.value) }
    }

    /// The findings per rule: a bar chart (errors and warnings stacked) and its table.
    func writeChart(to output: Output) {
        output.write("<section aria-labelledby=\"rules\">\n")
        output.write("<h2 id=\"rules\">\(XMLText.escape(labels.findingsPerRule))</h2>\n")
        let ranked = ranked
        guard !ranked.isEmpty else {
            output.write("<p>\(XMLText.escape(labels.noFindings))</p>\n</section>\n")
            return
        }
        let largest = Double(max(1, ranked.map(\.findings.total).max() ?? 1))
        let chart = BarChart(
            title: labels.findingsPerRule,
            bars: ranked.map { rule in
                .init(
                    label: rule.id,
                    segments: [
                        .init(fraction: Double(rule.findings.errors) / largest, style: "error"),
                        .init(fraction: Double(rule.findings.warnings) / largest, style: "warning"),
                    ],
                    value: "\(rule.findings.total)"
                )
            }
        )
        // The source of each rule is in its details below, so that this table stays narrow enough to sit
        // beside the chart on a wide screen.
        output.write("<div class=\"figure\">\n" + chart.svg + "\n")
        output.write(
            "<div class=\"scroll\"><table>\n<caption>\(XMLText.escape(labels.findingsPerRule))</caption>\n<thead><tr>"
        )
        for heading in [labels.rule, labels.errors, labels.warnings, labels.findings] {
            output.write("<th scope=\"col\">\(XMLText.escape(heading))</th>")
        }
        output.write("</tr></thead>\n<tbody>\n")
        for rule in ranked {
            output.write(
                "<tr data-rule=\"\(XMLText.escape(rule.id))\"><th scope=\"row\">"
                    + "<a href=\"#\(rule.anchor)\"><code>\(XMLText.escape(rule.id))</code></a></th>"
                    + "<td class=\"number\" data-count=\"errors\">\(rule.findings.errors)</td>"
                    + "<td class=\"number\" data-count=\"warnings\">\(rule.findings.warnings)</td>"
                    + "<td class=\"number\" data-count=\"findings\">\(rule.findings.total)</td></tr>\n"
            )
        }
        output.write("</tbody>\n</table></div>\n</div>\n")
        if tally.rules.hasOther {
            output.write("<p class=\"note\">\(XMLText.escape(labels.capped(tally.rules.limit)))</p>\n")
        }
        output.write("</section>\n")
    }

    /// Each rule that found something: what it asks, where it comes from, and its first examples.
    func writeDetails(to output: Output) {
        let ranked = ranked
        guard !ranked.isEmpty else { return }
        output.write("<section aria-labelledby=\"details\">\n")
        output.write("<h2 id=\"details\">\(XMLText.escape(labels.ruleDetails))</h2>\n")
        for rule in ranked {
            let known = rules[rule.id]
            output.write("<article id=\"\(rule.anchor)\" class=\"rule\">\n<h3><code>\(XMLText.escape(rule.id))</code>")
            if let severity = known?.severity {
                output.write(
                    " <span class=\"badge \(severity.rawValue)\">\(XMLText.escape(labels.name(of: severity)))</span>"
                )
            }
            output.write("</h3>\n")
            if let known {
                output.write("<p>\(XMLText.escape(known.summary(in: labels.language)))</p>\n")
            }
            let spec = known?.spec ?? ""
            output.write("<p class=\"source\">\(XMLText.escape(labels.sourceLead))")
            output.write(XMLText.escape(spec.isEmpty ? "–" : spec))
            if let link = RuleDocumentation.link(ruleID: rule.id, spec: spec) {
                // The link's accessible name says which rule: a screen reader's list of links has one per rule.
                let name = "\(labels.documentation) \(rule.id)"
                output.write(
                    " — <a href=\"\(XMLText.escape(link))\" aria-label=\"\(XMLText.escape(name))\">"
                        + "\(XMLText.escape(labels.documentation))</a>"
                )
            }
            output.write("</p>\n")
            writeExamples(rule.findings, to: output)
            output.write("</article>\n")
        }
        output.write("</section>\n")
    }

    private func writeExamples(_ findings: RuleFindings, to output: Output) {
        output.write(
            "<div class=\"scroll\"><table class=\"examples\">\n<caption>\(XMLText.escape(labels.examples))</caption>\n<thead><tr>"
        )
        for heading in [labels.location, labels.pointer, labels.message] {
            output.write("<th scope=\"col\">\(XMLText.escape(heading))</th>")
        }
        output.write("</tr></thead>\n<tbody>\n")
        for example in findings.examples {
            output.write(
                "<tr class=\"\(example.severity.rawValue)\"><td><code>\(XMLText.escape(example.input)):\(example.line)</code></td>"
                    + "<td><code>\(XMLText.escape(example.pointer))</code></td>"
                    + "<td>\(XMLText.escape(example.message))</td></tr>\n"
            )
        }
        output.write("</tbody>\n</table></div>\n")
        let hidden = findings.total - findings.examples.count
        if hidden > 0 { output.write("<p class=\"note\">\(XMLText.escape(labels.moreExamples(hidden)))</p>\n") }
    }
}
