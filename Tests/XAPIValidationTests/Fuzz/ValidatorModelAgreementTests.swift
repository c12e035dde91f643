import Testing
import XAPI
import XAPIValidation

/// Regression tests for disagreements the fuzz campaign found: statements the validator finds valid
/// but `Statement(json:)` refuses. The model checks formats only and leaves the other rules to the
/// validator, so every statement without error findings must decode.
///
/// The `mbox` rule (Sources/XAPIValidation/Spec/ActorRules.swift, `isMailtoIRI`) accepts the scheme in any
/// case (RFC 3986 §3.1), while the model (Sources/XAPI/Model/Agent.swift) wants `mailto:` in lower case.
/// The rule also accepted characters an IRI forbids (`{ } | ^`, a backquote, a `%` without two hexadecimal
/// digits, RFC 3987) until it learned to check the IRI; those cases keep it checked.
@Suite("Validator and model agreement")
struct ValidatorModelAgreementTests {
    static func statement(mbox: String) -> [UInt8] {
        Array(
            (#"{"actor":{"mbox":"\#(mbox)"},"verb":{"id":"http://adlnet.gov/expapi/verbs/attended"},"#
                + #""object":{"id":"http://www.example.com/meetings/34534"}}"#).utf8
        )
    }

    @Test func theStatementOfTheseTestsIsValidAndDecodes() throws {
        let bytes = Self.statement(mbox: "mailto:xapi@adlnet.gov")
        #expect(Validator().validate(bytes: bytes).isValid)
        _ = try Statement(jsonBytes: bytes)
    }

    @Test(arguments: [
        "mailto:xap}@adlnet.gov", "mailto:xa`i@adlnet.gov", "mailto:|api@adlnet.gov", "mailto:xapi@adln^t.gov",
        "mailto:xapi@adl{}net.gov", "mailto:xapi@adlnet.g%v", "maIlto:xapi@adlnet.gov", "MAILTO:xapi@adlnet.gov",
    ])
    func anMboxTheValidatorAcceptsDecodes(mbox: String) {
        let bytes = Self.statement(mbox: mbox)
        let report = Validator().validate(bytes: bytes)
        let decoding = Result { () throws(ModelDecodingError) in try Statement(jsonBytes: bytes) }
        if report.isValid, case .failure(let error) = decoding {
            Issue.record("the validator accepts mbox \(mbox), the model refuses it: \(error)")
        }
    }
}
