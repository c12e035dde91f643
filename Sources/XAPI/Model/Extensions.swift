/// Extra data that a community of practice defines, keyed by IRIs (xAPI Data 4.1).
///
/// Values are any JSON, `null` included, and are kept exactly as written (numbers keep their
/// lexemes). The JSON object is written with its keys sorted by IRI text.
///
/// ```swift
/// let extensions: Extensions = ["https://w3id.org/xapi/cmi5/result/extensions/progress": 100]
/// ```
public typealias Extensions = [IRI: JSONValue]

extension Dictionary: JSONField where Key == IRI, Value == JSONValue {
    init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        guard case .object(let object) = json else {
            throw .typeMismatch(expected: "an extensions object", found: json, at: path)
        }
        var extensions: [IRI: JSONValue] = [:]
        extensions.reserveCapacity(object.count)
        for member in object {
            let memberPath = path.appending(member.key)
            let key: IRI
            do { key = try IRI(member.key) } catch { throw ModelDecodingError(error, at: memberPath) }
            guard extensions[key] == nil else {
                throw ModelDecodingError(
                    path: memberPath,
                    reason: "extension key \"\(member.key)\" repeats another key"
                )
            }
            // Extension values are any JSON, null included (xAPI Data 4.1).
            extensions[key] = member.value
        }
        self = extensions
    }

    var json: JSONValue {
        let sorted = self.sorted { $0.key.text.utf8.lexicographicallyPrecedes($1.key.text.utf8) }
        return .object(JSONObject(sorted.map { ($0.key.text, $0.value) }))
    }
}
