import XAPI

/// Reading one property of a profile document, with the checks every property shares: JSON type, no empty
/// value (Profiles §4), absolute IRIs.
extension ProfileDocumentReader {
    func object(
        _ value: JSONValue,
        at pointer: JSONPointer,
        what: (String, String)
    ) throws(ProfileError)
        -> JSONObject
    {
        guard case .object(let object) = value else {
            throw ProfileError(
                id: "profile.document.type",
                pointer: pointer,
                text: LocalizedText(
                    english: "\(what.0) must be an object, not \(value.typeName)",
                    french: "\(what.1) doit être un objet, pas \(value.typeName)"
                )
            )
        }
        return object
    }

    /// The member `key`, or `nil`; an absent required member throws (or is a remark when `tolerable`), and an
    /// empty value is a remark (Profiles §4: no null, empty string, array or object).
    mutating func member(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool,
        tolerable: Bool = false
    ) throws(ProfileError) -> JSONValue? {
        let value = object[key]
        let isEmpty: Bool
        switch value {
        case .null?: isEmpty = true
        case .string(let text)?: isEmpty = text.isEmpty
        case .array(let elements)?: isEmpty = elements.isEmpty
        case .object(let members)?: isEmpty = members.isEmpty
        default: isEmpty = false
        }
        if isEmpty {
            try tolerate(
                ProfileError(
                    id: "profile.document.empty",
                    pointer: pointer.appending(key),
                    text: LocalizedText(
                        english: "\(key) must not be null or empty (Profiles §4)",
                        french: "\(key) ne doit pas être null ni vide (Profils §4)"
                    )
                )
            )
        }
        if value == nil || value == .null {
            if required {
                if tolerable { try tolerate(.missing(key, at: pointer)) } else { throw .missing(key, at: pointer) }
            }
            return nil
        }
        return value
    }

    mutating func string(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool,
        tolerable: Bool = false
    ) throws(ProfileError) -> String? {
        guard let value = try member(object, key, at: pointer, required: required, tolerable: tolerable) else {
            return nil
        }
        guard case .string(let text) = value else {
            throw ProfileError.wrongType(value, expected: "a string", at: pointer.appending(key))
        }
        return text
    }

    mutating func iri(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool
    ) throws(ProfileError) -> String? {
        guard let text = try string(object, key, at: pointer, required: required) else { return nil }
        try Self.checkIRI(text, at: pointer.appending(key))
        return text
    }

    /// An array of IRIs (empty when absent).
    mutating func iris(_ object: JSONObject, _ key: String, at pointer: JSONPointer) throws(ProfileError) -> [String] {
        guard let elements = try array(object, key, at: pointer, required: false) else { return [] }
        var iris: [String] = []
        for (index, element) in elements.enumerated() {
            guard case .string(let text) = element else {
                throw ProfileError.wrongType(
                    element,
                    expected: "an IRI string",
                    at: pointer.appending(key).appending(index)
                )
            }
            try Self.checkIRI(text, at: pointer.appending(key).appending(index))
            iris.append(text)
        }
        return iris
    }

    mutating func array(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool
    ) throws(ProfileError) -> [JSONValue]? {
        guard let value = try member(object, key, at: pointer, required: required) else { return nil }
        guard case .array(let elements) = value else {
            throw ProfileError.wrongType(value, expected: "an array", at: pointer.appending(key))
        }
        return elements
    }

    mutating func bool(_ object: JSONObject, _ key: String, at pointer: JSONPointer) throws(ProfileError) -> Bool? {
        guard let value = try member(object, key, at: pointer, required: false) else { return nil }
        guard case .bool(let flag) = value else {
            throw ProfileError.wrongType(value, expected: "true or false", at: pointer.appending(key))
        }
        return flag
    }

    /// A language map: an object of strings (a JSON-LD value may also be a plain string, read as English).
    mutating func languageMap(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool,
        tolerable: Bool = false
    ) throws(ProfileError) -> [String: String] {
        guard let value = try member(object, key, at: pointer, required: required, tolerable: tolerable) else {
            return [:]
        }
        switch value {
        case .string(let text):
            return ["en": text]
        case .object(let members):
            var map: [String: String] = [:]
            for member in members {
                guard case .string(let text) = member.value else {
                    throw ProfileError.wrongType(
                        member.value,
                        expected: "a string",
                        at: pointer.appending(key).appending(member.key)
                    )
                }
                map[member.key] = text
            }
            return map
        default:
            throw ProfileError.wrongType(value, expected: "a language map (an object)", at: pointer.appending(key))
        }
    }

    static func checkIRI(_ text: String, at pointer: JSONPointer) throws(ProfileError) {
        do throws(ValueFormatError) {
            _ = try IRI(text)
        } catch {
            throw ProfileError(
                id: "profile.document.iri",
                pointer: pointer,
                text: LocalizedText(
                    english: "\"\(text)\" is not an absolute IRI: \(error.reason)",
                    french: "« \(text) » n'est pas un IRI absolu : \(error.reason)"
                )
            )
        }
    }
}

extension ProfileError {
    static func missing(_ key: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.missing",
            pointer: pointer.appending(key),
            text: LocalizedText(english: "\(key) is required", french: "\(key) est obligatoire")
        )
    }

    static func wrongType(_ value: JSONValue, expected: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.type",
            pointer: pointer,
            text: LocalizedText(
                english: "expected \(expected), found \(value.typeName)",
                french: "attendu : \(expected) ; trouvé : \(value.typeName)"
            )
        )
    }

    static func wrongTypeName(_ name: String, expected: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.type",
            pointer: pointer,
            text: LocalizedText(
                english: "type must be \(expected), not \"\(name)\"",
                french: "type doit être \(expected), pas « \(name) »"
            )
        )
    }

    static func duplicate(_ id: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.duplicate-id",
            pointer: pointer,
            text: LocalizedText(
                english: "\(id) is defined twice in the profile",
                french: "\(id) est défini deux fois dans le profil"
            )
        )
    }

    static func value(_ english: String, _ french: String, at pointer: JSONPointer) -> ProfileError {
        ProfileError(
            id: "profile.document.value",
            pointer: pointer,
            text: LocalizedText(english: english, french: french)
        )
    }
}
