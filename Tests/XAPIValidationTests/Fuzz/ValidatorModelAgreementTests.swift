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

    /// Characters an IRI forbids (RFC 3987): the validator reports the mbox, the model refuses it, both at its path.
    @Test(arguments: [
        "mailto:xap}@adlnet.gov", "mailto:xa`i@adlnet.gov", "mailto:|api@adlnet.gov", "mailto:xapi@adln^t.gov",
        "mailto:xapi@adl{}net.gov", "mailto:xapi@adlnet.g%v",
    ])
    func anMboxTheValidatorRejectsTheModelRefuses(mbox: String) {
        let bytes = Self.statement(mbox: mbox)
        let report = Validator().validate(bytes: bytes)
        #expect(report.findings.map(\.rule) == ["xapi.mbox"], "\(report.findings)")
        #expect(report.findings.map(\.path.description) == ["/actor/mbox"])
        #expect(!report.isValid)
        do throws(ModelDecodingError) {
            _ = try Statement(jsonBytes: bytes)
            Issue.record("the validator rejects mbox \(mbox), the model decodes it")
        } catch {
            #expect(error.path.description == "/actor/mbox", "\(error)")
        }
    }

    /// The scheme in any case (RFC 3986 §3.1): the validator accepts the mbox, the model decodes it as written.
    @Test(arguments: ["maIlto:xapi@adlnet.gov", "MAILTO:xapi@adlnet.gov", "Mailto:xapi@adlnet.gov"])
    func anMboxTheValidatorAcceptsDecodes(mbox: String) throws {
        let bytes = Self.statement(mbox: mbox)
        let report = Validator().validate(bytes: bytes)
        #expect(report.isValid && report.findings.isEmpty, "\(report.findings)")
        let statement = try Statement(jsonBytes: bytes)
        #expect(statement.json["actor"]?["mbox"]?.stringValue == mbox)
    }
}
