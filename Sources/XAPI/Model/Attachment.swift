/// A document attached to a statement: a certificate, an essay, a JWS signature (xAPI Data 2.4.11).
///
/// ```swift
/// let certificate = Attachment(
///     usageType: "http://id.tincanapi.com/attachment/certificate-of-completion",
///     display: ["en-US": "Certificate"],
///     contentType: "application/pdf",
///     length: 48_213,
///     sha2: "672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634",
///     fileUrl: "https://ent.example.fr/certificates/4821.pdf"
/// )
/// ```
public struct Attachment: JSONConvertible, JSONField {
    /// What the attachment is for, such as `http://adlnet.gov/expapi/attachments/signature`.
    public var usageType: IRI
    /// The attachment's title, for display.
    public var display: LanguageMap
    /// A description of the attachment.
    public var description: LanguageMap?
    /// The media type of the content, such as `application/pdf`.
    public var contentType: String
    /// The content's length in bytes.
    public var length: Int
    /// The hex SHA-2 hash of the content.
    public var sha2: String
    /// Where the content can be fetched, when it is not sent with the statement.
    public var fileUrl: IRI?

    /// Creates an attachment.
    public init(
        usageType: IRI,
        display: LanguageMap,
        description: LanguageMap? = nil,
        contentType: String,
        length: Int,
        sha2: String,
        fileUrl: IRI? = nil
    ) {
        self.usageType = usageType
        self.display = display
        self.description = description
        self.contentType = contentType
        self.length = length
        self.sha2 = sha2
        self.fileUrl = fileUrl
    }

    /// Decodes an attachment object; `usageType`, `display`, `contentType`, `length` and `sha2` are required.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an attachment object")
        usageType = try reader.required("usageType")
        display = try reader.required("display")
        description = try reader.optional("description")
        contentType = try reader.required("contentType")
        length = try reader.required("length")
        sha2 = try reader.required("sha2")
        fileUrl = try reader.optional("fileUrl")
        try reader.finish()
    }

    /// The attachment object, in the order of xAPI Data 2.4.11's table.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("usageType", usageType)
        object.write("display", display)
        object.write("description", description)
        object.write("contentType", contentType)
        object.write("length", length)
        object.write("sha2", sha2)
        object.write("fileUrl", fileUrl)
        return .object(object)
    }
}
