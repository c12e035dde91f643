import XAPIValidation

/// Where a rule is documented, as an absolute URL, so that the link works wherever the report is opened
/// (a file sent by mail, a CI artefact) rather than only beside the package's sources.
///
/// - Specification rules link to their section of the xAPI 1.0.3 documents (`Data 2.4.2.1` to
///   `xAPI-Data.md#2.4.2.1`, `Communication 2.1.1` to `xAPI-Communication.md#2.1.1`), RFC rules to the RFC.
/// - `fr.*` and `profile.*` rules link to the labelling rules guide at the address that the
///   fr-education profile document gives as its `seeAlso`, with the rule's heading as the fragment.
/// - A loaded profile's rule (`<template IRI>#rule-<n>`) links to its template IRI.
/// - Anything else (IEEE 9274.1.1, a vocabulary) has no link; the report still shows the rule's source.
///
/// ```swift
/// RuleDocumentation.link(ruleID: "xapi.agent.ifi", spec: "Data 2.4.2.1")
/// // "https://github.com/adlnet/xAPI-Spec/blob/master/xAPI-Data.md#2.4.2.1"
/// ```
enum RuleDocumentation {
    /// The xAPI 1.0.3 specification documents, published by ADL.
    static let specification = "https://github.com/adlnet/xAPI-Spec/blob/master/"
    /// The labelling rules guide: the `seeAlso` of the fr-education profile document.
    static let labellingRules = "https://edutraces.org/xapi/profiles/fr-education/documentation"

    /// The documentation of the rule `ruleID` whose source is `spec`, or `nil` when none is public.
    static func link(ruleID: String, spec: String) -> String? {
        if ruleID.hasPrefix("fr.") || ruleID.hasPrefix("profile.") {
            return labellingRules + "#" + anchor(of: ruleID)
        }
        if let hash = ruleID.firstIndex(of: "#"), ruleID.hasPrefix("http") {
            return String(ruleID[..<hash])
        }
        let first = spec.split(whereSeparator: { $0 == "," || $0 == ";" }).first.map(String.init) ?? spec
        let words = first.split(separator: " ").map(String.init)
        guard words.count == 2 else { return nil }
        switch words[0] {
        case "Data": return specification + "xAPI-Data.md#" + words[1]
        case "Communication": return specification + "xAPI-Communication.md#" + words[1]
        case "About": return specification + "xAPI-About.md#" + words[1]
        case "RFC" where words[1].allSatisfy(\.isNumber): return "https://www.rfc-editor.org/rfc/rfc" + words[1]
        default: return nil
        }
    }

    /// The fragment of a rule's heading in the guide: its id with dots as hyphens (`fr-agent-account`).
    static func anchor(of ruleID: String) -> String {
        String(ruleID.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }
}
