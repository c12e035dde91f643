/// A user account on an existing system, such as an ENT or an LMS (xAPI Data 2.4.2.4).
///
/// ```swift
/// let account = Account(homePage: "https://ent.example.fr", name: "u-4821")
/// ```
public struct Account: JSONConvertible, JSONField {
    /// The canonical home page of the system the account is on.
    public var homePage: IRI
    /// The unique id or name used to log in to this account.
    public var name: String

    /// Creates an account.
    public init(homePage: IRI, name: String) {
        self.homePage = homePage
        self.name = name
    }

    /// Decodes an account object; both `homePage` and `name` are required.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "an account object")
        homePage = try reader.required("homePage")
        name = try reader.required("name")
        try reader.finish()
    }

    /// The account object.
    public var json: JSONValue {
        var object = JSONObject()
        object.write("homePage", homePage)
        object.write("name", name)
        return .object(object)
    }
}
