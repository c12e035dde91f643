import Digest
import XAPI

extension Rule {
    /// An attachment whose length, contentType or sha2 is malformed.
    public static let attachment = Rule(
        id: "xapi.attachment",
        severity: .error,
        spec: "Data 2.4.11",
        requirements: ["AT1"],
        summary: LocalizedText(
            english: "An attachment has usageType (IRI), display, contentType (a media type), length (an integer ≥ 0) "
                + "and sha2 (hexadecimal SHA-2).",
            french:
                "Une pièce jointe a usageType (une IRI), display, contentType (un type de média), length (un entier ≥ 0) et sha2 (un SHA-2 hexadécimal)."
        )
    )
}

extension Rule {
    /// A signature attachment whose contentType is not `application/octet-stream`.
    public static let signatureAttachment = Rule(
        id: "xapi.attachment.signature",
        severity: .error,
        spec: "Data 2.6",
        requirements: ["AT1"],
        summary: LocalizedText(
            english:
                "A signature attachment (usageType http://adlnet.gov/expapi/attachments/signature) has contentType "
                + "application/octet-stream.",
            french:
                "Une pièce jointe de signature (usageType http://adlnet.gov/expapi/attachments/signature) a pour contentType application/octet-stream."
        )
    )
}

/// The properties of an attachment (Data 2.4.11).
enum AttachmentProperty: Int, PropertyName {
    case usageType, display, description, contentType, length, sha2, fileUrl
    static let jsonNames = caseNames()
    static let kind = Noun("an attachment", "une pièce jointe")
}

extension SpecChecker {
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
        guard let attachment = object(value, Noun("an attachment", "une pièce jointe")) else { return }
        let properties = properties(of: attachment, as: AttachmentProperty.self)
        if let usageType = required(properties, .usageType) {
            checkIRI(usageType, at: "usageType", Noun("usageType", "usageType"))
        }
        if let display = required(properties, .display) { checkLanguageMap(display, at: "display") }
        if let description = properties[.description] { checkLanguageMap(description, at: "description") }
        if let contentType = required(properties, .contentType), let text = string(contentType, at: "contentType") {
            if !Self.isMediaType(text) {
                report(
                    .attachment,
                    at: "contentType",
                    LocalizedText(
                        english: "contentType must be an Internet media type such as \"image/png\"",
                        french: "contentType doit être un type de média Internet comme « image/png »"
                    )
                )
            } else if properties[.usageType] == .string(Self.signatureUsageType), text != "application/octet-stream" {
                report(
                    .signatureAttachment,
                    at: "contentType",
                    LocalizedText(
                        english:
                            "a signature attachment's contentType must be \"application/octet-stream\", found \"\(text)\"",
                        french:
                            "le contentType d'une pièce jointe de signature doit valoir « application/octet-stream », et non « \(text) »"
                    )
                )
            }
        }
        if let length = required(properties, .length), let number = number(length, at: "length") {
            if !number.isInteger || number < JSONNumber(0) {
                report(
                    .attachment,
                    at: "length",
                    LocalizedText(
                        english: "length must be a whole number of octets, found \(number.lexeme)",
                        french: "length doit être un nombre entier d'octets, et non \(number.lexeme)"
                    )
                )
            }
        }
        if let sha2 = required(properties, .sha2), let text = string(sha2, at: "sha2"),
            ![56, 64, 96, 128].contains(text.utf8.count)
                || !Hex.isHexadecimal(text, length: text.utf8.count)
        {
            report(
                .attachment,
                at: "sha2",
                LocalizedText(
                    english: "sha2 must be the hexadecimal SHA-224, 256, 384 or 512 of the attachment",
                    french: "sha2 doit être le SHA-224, 256, 384 ou 512 hexadécimal de la pièce jointe"
                )
            )
        }
        if let fileURL = properties[.fileUrl] { checkIRI(fileURL, at: "fileUrl", Noun("fileUrl", "fileUrl")) }
    }

    static let signatureUsageType = "http://adlnet.gov/expapi/attachments/signature"

    /// Whether `text` looks like `type/subtype[; parameters]` (RFC 6838 token characters).
    static func isMediaType(_ text: String) -> Bool {
        let halves = text.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false)
        var essence = halves.first ?? ""
        // RFC 9110 §5.6.6: optional whitespace may precede the ";" that starts the parameters.
        if halves.count == 2 {
            while essence.last == " " || essence.last == "\t" { essence = essence.dropLast() }
        }
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty
                && part.utf8.allSatisfy { byte in
                    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                        || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20)
                        || "!#$&-^_.+".utf8.contains(byte)
                }
        }
    }
}
