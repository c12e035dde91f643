/// One section of the quality report: a heading, a chart, and the chart's numbers as a table that a
/// screen reader (or a reader who wants the exact figures) opens instead.
///
/// ```swift
/// let section = ChartSection(id: "verbs", title: labels.statementsPerVerb, labels: labels)
/// section.open(to: output)
/// output.write(chart.svg)
/// section.table(headings: ["Verb", "Statements"], rows: [("answered", ["120"])], to: output)
/// section.close(to: output)
/// ```
struct ChartSection {
    /// The heading's id, which the section is labelled by.
    let id: String
    let title: String
    let labels: ReportLabels

    /// Opens the section and writes its heading.
    func open(to output: Output) {
        output.write("<section aria-labelledby=\"\(XMLText.escape(id))\">\n")
        output.write("<h2 id=\"\(XMLText.escape(id))\">\(XMLText.escape(title))</h2>\n<div class=\"figure\">\n")
    }

    /// Writes the table alternative, folded: each row's label as a row heading, then its cells.
    func table(headings: [String], rows: [(label: String, cells: [String])], to output: Output) {
        output.write("<details><summary>\(XMLText.escape(labels.dataTable))</summary>\n<div class=\"scroll\"><table>\n")
        output.write("<caption>\(XMLText.escape(title))</caption>\n<thead><tr>")
        for heading in headings { output.write("<th scope=\"col\">\(XMLText.escape(heading))</th>") }
        output.write("</tr></thead>\n<tbody>\n")
        for row in rows {
            output.write("<tr><th scope=\"row\">\(XMLText.escape(row.label))</th>")
            for cell in row.cells {
                let isNumber = !cell.isEmpty && cell.first?.isNumber == true && cell.count < 12
                output.write("<td\(isNumber ? " class=\"number\"" : "")>\(XMLText.escape(cell))</td>")
            }
            output.write("</tr>\n")
        }
        output.write("</tbody>\n</table></div></details>\n")
    }

    /// Closes the section, after a `note` under the chart and its table, if any.
    func close(note: String? = nil, to output: Output) {
        output.write("</div>\n")
        if let note { output.write("<p class=\"note\">\(XMLText.escape(note))</p>\n") }
        output.write("</section>\n")
    }
}
