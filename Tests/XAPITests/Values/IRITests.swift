import Foundation
import Testing

@testable import XAPI

@Suite("IRI")
struct IRITests {
    @Test(arguments: [
        "http://adlnet.gov/expapi/verbs/attended",
        "http://www.example.com/meetings/occurances/34534",
        "http://adlnet.gov/expapi/activities/cmi.interaction",
        "http://example.com/profiles/meetings/contextextensions/airspeed",
        "http://over.there.com/file.txt",
        "http://openid.example.org/12345",
        "mailto:xapi@adlnet.gov",
        "urn:uuid:6690e6c9-3ef0-4ed3-8b37-7f3964730bee",
        "tag:example.com,2024:verbs/x",
        "x:y",
        "coap+tcp://example.com/a-b.c",
        "HTTP://EXAMPLE.COM/",
        "https://example.com/path?query=1&b=2#fragment",
        "http://example.com/a%20b%C3%A9",
        "http://[::1]:8080/",
        "http://example.com/r\u{E9}sum\u{E9}",
        "https://\u{4F8B}\u{3048}.jp/\u{30D1}\u{30B9}",
        "http://example.com/\u{1F600}",
        "http://example.com/?q=\u{E000}",
    ])
    func acceptsAbsoluteIRIs(_ text: String) throws {
        let iri = try IRI(text)
        #expect(iri.text == text)
    }

    /// IRIs from the ADL conformance suite's `iri`, `verb`, `object-activity` and `actor-ifi` cases.
    @Test(arguments: [
        "adlnet.gov/expapi/verbs/attended",
        "open.id.com/testUser",
        "homePage.com/testUser",
        "www.example.com/meetings/occurances/34534",
        "adlnet.gov/expapi/activities/meeting",
        "virtualmeeting.example.com/345256",
        "example.com/attachment-usage/test",
        "over.there.com/file.txt",
        "example.com/extension/wrong",
        "not.valid.com/extension",
        "ab=c://should.fail.com",
        "should fail",
        "should error",
        "valid",
        "description",
        "id",
        "",
    ])
    func rejectsConformanceSuiteInvalidIRIs(_ text: String) {
        #expect(throws: ValueFormatError.self) { try IRI(text) }
    }

    @Test(arguments: [
        ("example.com/verbs/x", "an IRI needs a scheme followed by ':'"),
        (":x", "the scheme before ':' is empty"),
        ("1http://example.com", "the scheme must start with a letter"),
        ("ht_tp://example.com", "the scheme may contain only letters, digits, '+', '-' and '.'"),
        ("urn:", "nothing follows the scheme's ':'"),
        ("http://example.com/a b", "an IRI cannot contain whitespace"),
        ("http://example.com/a\tb", "an IRI cannot contain whitespace"),
        ("http://example.com/\n", "an IRI cannot contain whitespace"),
        ("http://example.com/\u{0}", "an IRI cannot contain control characters"),
        ("http://example.com/\u{7F}", "an IRI cannot contain control characters"),
        ("http://example.com/\u{85}", "an IRI cannot contain control characters"),
        ("http://example.com/\u{A0}", "an IRI cannot contain whitespace"),
        ("http://example.com/\u{3000}", "an IRI cannot contain whitespace"),
        ("http://example.com/\u{200F}", "an IRI cannot contain bidirectional formatting characters"),
        ("http://example.com/<a>", "the character '<' is not allowed in an IRI"),
        ("http://example.com/\"", "the character '\"' is not allowed in an IRI"),
        ("http://example.com/{a}", "the character '{' is not allowed in an IRI"),
        ("http://example.com/a|b", "the character '|' is not allowed in an IRI"),
        ("http://example.com/a\\b", "the character '\\' is not allowed in an IRI"),
        ("http://example.com/a^b", "the character '^' is not allowed in an IRI"),
        ("http://example.com/a`b", "the character '`' is not allowed in an IRI"),
        ("http://example.com/%zz", "a '%' must be followed by two hexadecimal digits"),
        ("http://example.com/%2", "a '%' must be followed by two hexadecimal digits"),
        ("http://example.com/#a#b", "an IRI can contain only one '#', the start of its fragment"),
        ("http://example.com/\u{E000}", "private-use characters are allowed only in the query of an IRI"),
        ("http://example.com/?a#\u{E000}", "private-use characters are allowed only in the query of an IRI"),
        ("http://example.com/\u{FFFE}", "the character U+FFFE is not allowed in an IRI"),
        ("http://example.com/\u{1FFFF}", "the character U+1FFFF is not allowed in an IRI"),
    ])
    func rejectsWithAPreciseReason(_ text: String, _ reason: String) {
        #expect(throws: ValueFormatError(typeName: "IRI", text: text, reason: reason)) { try IRI(text) }
    }

    @Test func reportsTheSchemeAsWritten() throws {
        #expect(IRI("mailto:xapi@adlnet.gov").scheme == "mailto")
        #expect(IRI("HTTP://example.com").scheme == "HTTP")
    }

    @Test func comparesAsSimpleStrings() throws {
        #expect(IRI("http://example.com/a") == IRI("http://example.com/a"))
        #expect(IRI("http://example.com/a") != IRI("HTTP://example.com/a"))
        #expect(IRI("http://example.com/%7E") != IRI("http://example.com/~"))
    }

    @Test func acceptsValidStringLiterals() {
        let iri: IRI = "http://adlnet.gov/expapi/verbs/voided"
        #expect(iri.text == "http://adlnet.gov/expapi/verbs/voided")
    }

    @Test func describesItselfAsWritten() throws {
        #expect(IRI("urn:x:Y").description == "urn:x:Y")
    }

    @Test func roundTripsThroughJSONUnchanged() throws {
        let text = "http://example.com/r\u{E9}sum\u{E9}?q=1#top"
        let (json, decoded) = try ValueFixtures.roundTrip(IRI(text))
        #expect(json == "[\"\(text)\"]")
        #expect(decoded?.text == text)
    }

    @Test func refusesToDecodeAnInvalidIRI() {
        let error = ValueFormatError(
            typeName: "IRI",
            text: "example.com",
            reason: "an IRI needs a scheme followed by ':'"
        )
        #expect(ValueFixtures.dataCorruptedDescription(decoding: IRI.self, "example.com") == error.description)
    }
}
