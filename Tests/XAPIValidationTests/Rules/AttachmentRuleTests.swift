import Testing
import XAPI
import XAPIValidation

/// A statement's attachments (Data 2.4.11; AT1).
@Suite struct AttachmentRuleTests {
    @Test func acceptsAttachmentWithRequiredProperties() {
        expectClean(validate(Fixture.statement(attachment: Fixture.attachment())))
    }

    @Test func acceptsAttachmentWithDescriptionAndFileURL() {
        let attachment = Fixture.attachment().setting("/description", to: ["en-US": "A signature"])
            .setting("/fileUrl", to: "https://example.com/files/signature.jws")
        expectClean(validate(Fixture.statement(attachment: attachment)))
    }

    @Test(arguments: ["usageType", "display", "contentType", "length", "sha2"])
    func rejectsAttachmentWithoutRequiredProperty(property: String) {
        let report = validate(Fixture.statement(attachment: Fixture.attachment().setting("/" + property, to: nil)))
        expectOnly(report, "xapi.required", .error, at: "/attachments/0")
    }

    @Test(arguments: [
        "image/png", "application/json", "text/plain; charset=utf-8", "text/plain ;charset=utf-8",
        "application/vnd.ms-excel", "application/octet-stream",
    ])
    func acceptsContentTypeThatIsAMediaType(contentType: String) {
        let attachment = Fixture.attachment().setting("/contentType", to: .string(contentType))
        expectClean(validate(Fixture.statement(attachment: attachment)))
    }

    // Data 2.6: a signature is a JWS, sent as application/octet-stream.
    @Test func rejectsSignatureAttachmentWithAnotherContentType() {
        let attachment = Fixture.attachment()
            .setting("/usageType", to: "http://adlnet.gov/expapi/attachments/signature")
            .setting("/contentType", to: "image/png")
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.attachment.signature", .error, at: "/attachments/0/contentType")
    }

    @Test func acceptsSignatureAttachmentSentAsOctetStream() {
        let attachment = Fixture.attachment()
            .setting("/usageType", to: "http://adlnet.gov/expapi/attachments/signature")
        expectClean(validate(Fixture.statement(attachment: attachment)))
    }

    @Test(arguments: ["png", "image/", "/png", "image/png/x", "image png", "text/plain ", ";charset=utf-8", ""])
    func rejectsContentTypeThatIsNotAMediaType(contentType: String) {
        let attachment = Fixture.attachment().setting("/contentType", to: .string(contentType))
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.attachment", .error, at: "/attachments/0/contentType")
    }

    @Test(arguments: [0, 4_235, .number(JSONNumber(lexeme: "1.0e3")!)] as [JSONValue])
    func acceptsLengthThatIsAWholeNumber(length: JSONValue) {
        let attachment = Fixture.attachment().setting("/length", to: length)
        expectClean(validate(Fixture.statement(attachment: attachment)))
    }

    @Test(arguments: [-1, 12.5] as [JSONValue])
    func rejectsLengthThatIsNotAWholeNumberOfOctets(length: JSONValue) {
        let attachment = Fixture.attachment().setting("/length", to: length)
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.attachment", .error, at: "/attachments/0/length")
    }

    @Test(arguments: [56, 64, 96, 128])
    func acceptsSHA2OfEachDigestLength(digits: Int) {
        let attachment = Fixture.attachment().setting("/sha2", to: .string(String(repeating: "f", count: digits)))
        expectClean(validate(Fixture.statement(attachment: attachment)))
    }

    @Test(arguments: [String(repeating: "f", count: 40), String(repeating: "g", count: 64), ""])
    func rejectsSHA2ThatIsNotAHexadecimalSHA2(sha2: String) {
        let attachment = Fixture.attachment().setting("/sha2", to: .string(sha2))
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.attachment", .error, at: "/attachments/0/sha2")
    }

    @Test(arguments: [("length", "4235"), ("sha2", 1), ("contentType", ["image/png"])] as [(String, JSONValue)])
    func rejectsAttachmentPropertyOfTheWrongType(property: String, value: JSONValue) {
        let attachment = Fixture.attachment().setting("/" + property, to: value)
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.type", .error, at: "/attachments/0/" + property)
    }

    @Test(arguments: ["usageType", "fileUrl"])
    func rejectsAttachmentIRIWithoutScheme(property: String) {
        let attachment = Fixture.attachment().setting("/" + property, to: "example.com/signature")
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.iri", .error, at: "/attachments/0/" + property)
    }

    @Test(arguments: ["display", "description"])
    func rejectsAttachmentTextThatIsNotALanguageMap(property: String) {
        let attachment = Fixture.attachment().setting("/" + property, to: "Signature")
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.language-map", .error, at: "/attachments/0/" + property)
    }

    @Test func rejectsAttachmentsThatAreNotAnArray() {
        let report = validate(Fixture.statement(setting: "/attachments", to: Fixture.attachment()))
        expectOnly(report, "xapi.type", .error, at: "/attachments")
    }

    @Test func rejectsAttachmentThatIsNotAnObject() {
        let report = validate(Fixture.statement(setting: "/attachments", to: [Fixture.attachment(), "signature"]))
        expectOnly(report, "xapi.type", .error, at: "/attachments/1")
    }

    @Test func rejectsPropertyAnAttachmentDoesNotHave() {
        let attachment = Fixture.attachment().setting("/fileURL", to: "https://example.com/files/signature.jws")
        let report = validate(Fixture.statement(attachment: attachment))
        expectOnly(report, "xapi.property.case", .error, at: "/attachments/0/fileURL")
    }
}
