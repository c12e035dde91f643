import Foundation
import XAPI
import XAPIValidation

/// What one input did, and every robustness property it broke.
struct RobustnessVerdict: Sendable {
    /// Whether `JSONParser` accepted it.
    var parsed = false
    /// Whether it was rejected for repeated keys only, and the validator still checked its value.
    var recoveredDuplicateKeys = false
    /// Whether its value decoded as a `Statement`.
    var decodedStatement = false
    /// How `JSONSerialization`'s verdict compared with `JSONParser`'s.
    var reference = ReferenceParser.Comparison.agree
    /// One sentence per property broken; empty when the input was handled well.
    var violations: [String] = []
}

/// The properties every input must keep, whatever its bytes, checked through the parser, the writer,
/// the validator and the typed model.
///
/// Not trapping is checked by running at all; the rest is checked here:
/// - `JSONParser` returns a value or throws a `JSONSyntaxError` placed inside the text, and accepts what
///   Foundation's `JSONSerialization` accepts, but for the differences ``ReferenceParser`` lists; a value
///   written by `JSONWriter` parses back to a value written alike (member order, number lexemes, string
///   bytes) and to the same bytes.
/// - `Validator.validate(bytes:)` reports a text that is not JSON with exactly one `json.syntax` finding,
///   and a text whose only fault is repeated keys with one `xapi.property.duplicate` finding per repetition
///   followed by the findings of its value; a JSON text gets the findings of its value and no `json.syntax`.
///   Every finding has a rule id, a message and an RFC 6901 path.
/// - `Statement(json:)` returns or throws a `ModelDecodingError` with an RFC 6901 path and a reason;
///   a decoded statement re-encodes to JSON that decodes to an equal statement; a statement without
///   error findings decodes, and re-encodes to its JSON value written alike but for member order (the
///   model writes members in the specification's order).
struct RobustnessOracle: Sendable {
    let parser = JSONParser()
    /// A fixed clock, so that a timestamp's findings do not depend on when the test runs.
    let validator = Validator(configuration: .init(now: { Date(timeIntervalSince1970: 1_767_225_600) }))

    func check(_ bytes: [UInt8]) -> RobustnessVerdict {
        var verdict = RobustnessVerdict()
        let report = validator.validate(bytes: bytes)
        checkFindings(report.findings, into: &verdict)
        let value: JSONValue?
        let outcome = Result { () throws(JSONSyntaxError) in try parser.parse(bytes) }
        verdict.reference = ReferenceParser.compare(bytes, parsed: outcome)
        if case .disagree(let difference) = verdict.reference { verdict.violations.append(difference) }
        switch outcome {
        case .success(let parsed):
            verdict.parsed = true
            value = parsed
            checkWriting(parsed, into: &verdict)
            checkReport(report.findings, expected: validator.validate(parsed).findings, into: &verdict)
        case .failure(let error):
            value = checkRejection(error, of: bytes, report: report, into: &verdict)
        }
        if let value { checkDecoding(value, isValid: report.isValid, into: &verdict) }
        return verdict
    }

    // MARK: Parsing and writing

    /// A value written and parsed again is written alike, and written again gives the same bytes.
    private func checkWriting(_ value: JSONValue, into verdict: inout RobustnessVerdict) {
        let written = JSONWriter.bytes(from: value)
        do throws(JSONSyntaxError) {
            let reparsed = try parser.parse(written)
            if !reparsed.isIdentical(to: value) {
                verdict.violations.append("JSONWriter output parses to a value not written alike")
            }
            if JSONWriter.bytes(from: reparsed) != written {
                verdict.violations.append("JSONWriter output is not stable: written twice, the bytes differ")
            }
        } catch {
            verdict.violations.append("JSONWriter output does not parse: \(error)")
        }
    }

    /// Checks a text the parser rejected; returns the value the validator recovered, if any.
    private func checkRejection(
        _ error: JSONSyntaxError,
        of bytes: [UInt8],
        report: Report,
        into verdict: inout RobustnessVerdict
    ) -> JSONValue? {
        if !(0...bytes.count).contains(error.offset) || error.line < 1 || error.column < 1 || error.reason.isEmpty {
            verdict.violations.append("syntax error placed outside the text: \(error)")
        }
        do throws(ModelDecodingError) {
            _ = try Statement(jsonBytes: bytes)
            verdict.violations.append("Statement(jsonBytes:) accepted a text JSONParser rejects")
        } catch {
            if error.path != .root { verdict.violations.append("a syntax error decoded at \(error.path), not /") }
        }
        if case .duplicateKey = error.kind,
            let recovered = try? bytes.withUnsafeBufferPointer({ try parser.parseRecordingDuplicateKeys($0) })
        {
            verdict.recoveredDuplicateKeys = true
            let duplicates = recovered.duplicates.map { Finding(rule: .duplicateProperty, path: $0.path, message: "") }
            checkReport(
                report.findings,
                expected: duplicates + validator.validate(recovered.value).findings,
                comparingDuplicatesByPath: duplicates.count,
                into: &verdict
            )
            if recovered.duplicates.isEmpty { verdict.violations.append("a duplicate key was not recorded") }
            return recovered.value
        }
        let rules = report.findings.map(\.rule)
        if rules != [Rule.jsonSyntax.id] || report.findings.first?.path != .root {
            verdict.violations.append("text that is not JSON got findings \(rules), not one json.syntax at /")
        }
        return nil
    }

    // MARK: Validation

    /// Every finding names a rule, says something, and points with RFC 6901 text.
    private func checkFindings(_ findings: [Finding], into verdict: inout RobustnessVerdict) {
        for finding in findings {
            if finding.rule.isEmpty || finding.message.isEmpty {
                verdict.violations.append("a finding without a rule id or a message: \(finding)")
            }
            if !Self.isRFC6901(finding.path) {
                verdict.violations.append("finding path \(finding.path.description.debugDescription) is not RFC 6901")
            }
        }
    }

    /// The report of the bytes is the report of their value, after the duplicate keys (compared by rule and path);
    /// only findings read from text carry a position in it, so positions are left out of the comparison.
    private func checkReport(
        _ findings: [Finding],
        expected: [Finding],
        comparingDuplicatesByPath duplicateCount: Int = 0,
        into verdict: inout RobustnessVerdict
    ) {
        let matches =
            findings.count == expected.count
            && zip(findings, expected).enumerated().allSatisfy { index, pair in
                index < duplicateCount
                    ? pair.0.rule == pair.1.rule && pair.0.path == pair.1.path : pair.0.placeless == pair.1.placeless
            }
        if !matches {
            verdict.violations.append(
                "validate(bytes:) gave \(findings.map(\.description)), expected \(expected.map(\.description))"
            )
        }
        if findings.dropFirst(duplicateCount).contains(where: { $0.rule == Rule.jsonSyntax.id }) {
            verdict.violations.append("a JSON text got a json.syntax finding")
        }
        // Every finding's path names a value of the text, so the text must say where it is written.
        if let unplaced = findings.first(where: { $0.position == nil }) {
            verdict.violations.append("a finding of a JSON text has no position: \(unplaced)")
        }
    }

    // MARK: Decoding

    /// Decoding returns or throws a located error; what it returns survives a round trip. A statement the
    /// validator finds valid decodes, losslessly (the model's promise for conformant statements).
    private func checkDecoding(_ value: JSONValue, isValid: Bool, into verdict: inout RobustnessVerdict) {
        do throws(ModelDecodingError) {
            let statement = try Statement(json: value)
            verdict.decodedStatement = true
            if isValid, !statement.json.isIdentical(to: value, comparingMemberOrder: false) {
                verdict.violations.append("a valid statement does not decode losslessly: \(statement.json)")
            }
            do throws(ModelDecodingError) {
                let again = try Statement(json: statement.json)
                if again != statement { verdict.violations.append("a decoded statement re-encodes to another one") }
                if again.jsonBytes != statement.jsonBytes {
                    verdict.violations.append("a decoded statement's JSON is not stable across a round trip")
                }
            } catch {
                verdict.violations.append("a decoded statement's own JSON does not decode: \(error)")
            }
        } catch {
            if isValid { verdict.violations.append("a statement the validator finds valid does not decode: \(error)") }
            if !Self.isRFC6901(error.path) || error.reason.isEmpty {
                verdict.violations.append("decoding error without an RFC 6901 path or a reason: \(error)")
            }
        }
    }

    /// Whether the pointer's text is RFC 6901: empty, or `/`-separated tokens where `~` is only `~0` or `~1`,
    /// and it reads back to the same text.
    static func isRFC6901(_ pointer: JSONPointer) -> Bool {
        let text = pointer.description
        guard text.isEmpty || text.hasPrefix("/") else { return false }
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "~" {
            guard index + 1 < scalars.count, scalars[index + 1] == "0" || scalars[index + 1] == "1" else {
                return false
            }
        }
        return JSONPointer(text)?.description == text
    }
}

extension Finding {
    /// The finding without its position in the text, to compare with a finding of the parsed value.
    fileprivate var placeless: Finding {
        var finding = self
        finding.position = nil
        return finding
    }
}
