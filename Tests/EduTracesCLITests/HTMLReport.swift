import Foundation

#if canImport(FoundationXML)
import FoundationXML
#endif

/// A `--format html` report read back with an XML parser: the page is written as well-formed XML, so a
/// parse error is a test failure, and the counts are read where the page shows them (`data-count`).
struct HTMLReport {
    /// The counts of the summary: `statements`, `valid`, `invalid`, `errors`, `warnings`.
    let summary: [String: Int]
    /// The counts of each rule's row in the findings table, by rule id: `errors`, `warnings`, `findings`.
    let rules: [String: [String: Int]]
    /// The body rows of the tables of each section (by the id of its heading): each row's cells' text.
    let rows: [String: [[String]]]
    /// Every element name, lower-cased.
    let elements: Set<String>
    /// The `lang` of the root element.
    let language: String?
    /// The text of the whole document.
    let text: String
    /// Every `href`.
    let links: [String]

    init(_ html: String) throws {
        let reader = Reader()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = reader
        guard parser.parse() else {
            throw ReportShapeError("the HTML report is not well-formed: \(parser.parserError.map { "\($0)" } ?? "?")")
        }
        summary = reader.summary
        rules = reader.rules
        rows = reader.rows
        elements = reader.elements
        language = reader.language
        text = reader.text
        links = reader.links
    }

    /// Collects what the report shows, element by element.
    private final class Reader: NSObject, XMLParserDelegate {
        var summary: [String: Int] = [:]
        var rules: [String: [String: Int]] = [:]
        var rows: [String: [[String]]] = [:]
        var elements: Set<String> = []
        var language: String?
        var text = ""
        var links: [String] = []

        private var section: String?
        private var rule: String?
        private var countKey: String?
        private var countText = ""
        private var inBody = false
        private var row: [String]?
        private var cell: String?

        func parser(
            _ parser: XMLParser,
            didStartElement name: String,
            namespaceURI: String?,
            qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.insert(name.lowercased())
            if name == "html" { language = attributes["lang"] }
            if let href = attributes["href"] { links.append(href) }
            switch name {
            case "section": section = attributes["aria-labelledby"]
            case "tbody": inBody = true
            case "tr" where inBody:
                row = []
                rule = attributes["data-rule"]
            case "td" where row != nil, "th" where row != nil: cell = ""
            default: break
            }
            if let key = attributes["data-count"] {
                countKey = key
                countText = ""
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
            if countKey != nil { countText += string }
            if cell != nil { cell? += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if let key = countKey, name == "dd" || name == "td" {
                let count = Int(countText.trimmingCharacters(in: .whitespaces)) ?? -1
                if let rule { rules[rule, default: [:]][key] = count } else { summary[key] = count }
                countKey = nil
            }
            switch name {
            case "td", "th":
                if let cell { row?.append(cell) }
                cell = nil
            case "tr":
                if let row, let section { rows[section, default: []].append(row) }
                row = nil
                rule = nil
            case "tbody": inBody = false
            case "section": section = nil
            default: break
            }
        }
    }
}
