import XAPI

extension Rule {
    /// An attachment whose length, contentType or sha2 is malformed.
    public static let attachment = Rule(
        id: "xapi.attachment",
        severity: .error,
        spec: "Data 2.4.11",
        requirements: ["AT1"],
        summary: "An attachment has usageType (IRI), display, contentType (a media type), length (an integer ≥ 0) "
            + "and sha2 (hexadecimal SHA-2)."
    )
}

extension SpecChecker {
    static let attachmentKeys = ["usageType", "display", "description", "contentType", "length", "sha2", "fileUrl"]

    /// Checks the attachments at member `attachments`.
    mutating func checkAttachments(_ value: JSONValue) {
        guard let attachments = array(value, at: "attachments") else { return }
        descend("attachments") { checker in
            for (index, element) in attachments.enumerated() {
                checker.descend(index) { $0.checkAttachment(element) }
            }
        }
    }

    private mutating func checkAttachment(_ value: JSONValue) {
        guard let attachment = object(value, "an attachment") else { return }
        let what = "an attachment"
        checkMembers(of: attachment, allowed: Self.attachmentKeys, in: what)
        if let usageType = required(attachment, "usageType", in: what) {
            checkIRI(usageType, at: "usageType", "usageType")
        }
        if let display = required(attachment, "display", in: what) { checkLanguageMap(display, at: "display") }
        if let description = member(attachment, "description") { checkLanguageMap(description, at: "description") }
        if let contentType = required(attachment, "contentType", in: what),
            let text = string(contentType, at: "contentType"),
            !Self.isMediaType(text)
        {
            report(.attachment, at: "contentType", "contentType must be an Internet media type such as \"image/png\"")
        }
        if let length = required(attachment, "length", in: what), let number = number(length, at: "length") {
            if !number.isInteger || number < JSONNumber(0) {
                report(.attachment, at: "length", "length must be a whole number of octets, found \(number.lexeme)")
            }
        }
        if let sha2 = required(attachment, "sha2", in: what), let text = string(sha2, at: "sha2"),
            ![56, 64, 96, 128].contains(text.utf8.count) || !text.utf8.allSatisfy(\.isHexDigit)
        {
            report(.attachment, at: "sha2", "sha2 must be the hexadecimal SHA-224, 256, 384 or 512 of the attachment")
        }
        if let fileURL = member(attachment, "fileUrl") { checkIRI(fileURL, at: "fileUrl", "fileUrl") }
    }

    /// Whether `text` looks like `type/subtype[; parameters]` (RFC 6838 token characters).
    static func isMediaType(_ text: String) -> Bool {
        let essence = text.split(separator: ";", maxSplits: 1).first ?? ""
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.utf8.allSatisfy { byte in
                    byte.isHexDigit || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                        || "!#$&-^_.+".utf8.contains(byte)
                }
        }
    }
}
