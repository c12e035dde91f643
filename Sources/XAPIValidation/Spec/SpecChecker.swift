import Foundation
import XAPI

/// Walks one statement tree, checking it against one version of the xAPI specification.
///
/// Findings go to a ``FindingRecorder``, which keeps the path to the value under inspection. The rules
/// themselves live in the `Spec/*Rules.swift` files, one per area of the specification.
struct SpecChecker {
    let version: SpecVersion
    /// Timestamps after this instant are reported as in the future; `nil` turns the check off.
    let futureLimit: Date?
    var recorder = FindingRecorder(placeholder: ())

    init(version: SpecVersion, futureLimit: Date?) {
        self.version = version
        self.futureLimit = futureLimit
    }

    // MARK: Recording

    /// Records a finding of `rule` at the current path.
    mutating func report(_ rule: Rule, _ message: LocalizedText) {
        recorder.record(rule, message)
    }

    /// Records a finding of `rule` at the member `key` of the current value.
    mutating func report(_ rule: Rule, at key: String, _ message: LocalizedText) {
        recorder.record(rule, at: key, message)
    }

    /// Runs `body` with the path extended by the member `key`.
    mutating func descend(_ key: String, _ body: (inout SpecChecker) -> Void) {
        recorder.enter(.key(key))
        body(&self)
        recorder.leave()
    }

    /// Runs `body` with the path extended by the element `index`.
    mutating func descend(_ index: Int, _ body: (inout SpecChecker) -> Void) {
        recorder.enter(.index(index))
        body(&self)
        recorder.leave()
    }

    // MARK: Objects

    /// Returns `value` as an object, or reports what it is instead.
    mutating func object(_ value: JSONValue, _ what: Noun) -> JSONObject? {
        if case .object(let object) = value { return object }
        report(
            .type,
            LocalizedText(
                english: "\(what.english) must be an object, found \(value.typeName)",
                french: "\(what.french) doit être un objet, et non \(Self.frenchType(of: value))"
            )
        )
        return nil
    }

    mutating func reportUnknown(_ key: String, allowed: [String], in what: Noun) {
        if let intended = allowed.first(where: { $0.lowercased() == key.lowercased() }) {
            report(
                .propertyCase,
                at: key,
                LocalizedText(
                    english:
                        "\(what.english) has no property \"\(key)\": property names are case-sensitive (\"\(intended)\")",
                    french:
                        "\(what.french) n'a pas de propriété « \(key) » : les noms de propriété respectent la casse (« \(intended) »)"
                )
            )
            return
        }
        if key == "extensions" {
            report(
                .unknownProperty,
                at: key,
                LocalizedText(
                    english: """
                        \(what.english) has no property "extensions": extensions go in context.extensions, \
                        result.extensions or an activity's definition.extensions
                        """,
                    french: """
                        \(what.french) n'a pas de propriété « extensions » : les extensions se placent dans \
                        context.extensions, result.extensions ou le definition.extensions d'une activité
                        """
                )
            )
            return
        }
        report(
            .unknownProperty,
            at: key,
            LocalizedText(
                english: "\(what.english) has no property \"\(key)\"",
                french: "\(what.french) n'a pas de propriété « \(key) »"
            )
        )
    }

    // MARK: Scalars

    /// Returns the string at member `key`, or reports its type.
    mutating func string(_ value: JSONValue, at key: String) -> String? {
        if case .string(let string) = value { return string }
        report(
            .type,
            at: key,
            LocalizedText(
                english: "\(key) must be a string, found \(value.typeName)",
                french: "\(key) doit être une chaîne, et non \(Self.frenchType(of: value))"
            )
        )
        return nil
    }

    /// Reports the member `key` unless it is a Boolean.
    mutating func checkBoolean(_ value: JSONValue, at key: String) {
        guard case .bool = value else {
            report(
                .type,
                at: key,
                LocalizedText(
                    english: "\(key) must be a boolean (true or false), found \(value.typeName)",
                    french: "\(key) doit être un booléen (true ou false), et non \(Self.frenchType(of: value))"
                )
            )
            return
        }
    }

    /// Returns the number at member `key`, or reports its type.
    mutating func number(_ value: JSONValue, at key: String) -> JSONNumber? {
        if case .number(let number) = value { return number }
        report(
            .type,
            at: key,
            LocalizedText(
                english: "\(key) must be a number, found \(value.typeName)",
                french: "\(key) doit être un nombre, et non \(Self.frenchType(of: value))"
            )
        )
        return nil
    }

    /// Returns the array at member `key`, or reports its type.
    mutating func array(_ value: JSONValue, at key: String) -> [JSONValue]? {
        if case .array(let array) = value { return array }
        report(
            .type,
            at: key,
            LocalizedText(
                english: "\(key) must be an array, found \(value.typeName)",
                french: "\(key) doit être un tableau, et non \(Self.frenchType(of: value))"
            )
        )
        return nil
    }

    /// The JSON type of `value` as French messages name it, with its article: `une chaîne`, `un objet`, `null`.
    static func frenchType(of value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "un booléen"
        case .number: return "un nombre"
        case .string: return "une chaîne"
        case .array: return "un tableau"
        case .object: return "un objet"
        }
    }
}

/// What a message names, in English and French, with its article: `a statement` / `une déclaration`.
///
/// Spec messages are built from such nouns; having no literal form, each one must be written in both languages.
struct Noun: Sendable {
    let english: String
    let french: String

    init(_ english: String, _ french: String) {
        self.english = english
        self.french = french
    }
}

extension JSONObject {
    /// The member named by an xAPI property name (ASCII), looked up by the fastest exact comparison.
    subscript(property key: String) -> JSONValue? {
        value(forASCIIKey: key)
    }
}

extension JSONValue {
    /// The member named by an xAPI property name, when this value is an object.
    subscript(property key: String) -> JSONValue? {
        guard case .object(let object) = self else { return nil }
        return object.value(forASCIIKey: key)
    }
}
