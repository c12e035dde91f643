import Foundation
import XAPI

/// Walks one statement tree, checking it against one version of the xAPI specification.
///
/// The checker keeps the path to the value under inspection as a stack of tokens and turns it into
/// a ``JSONPointer`` only when it records a finding, so a clean statement costs no path building.
/// The rules themselves live in the `Spec/*Rules.swift` files, one per area of the specification.
struct SpecChecker {
    let version: SpecVersion
    /// Timestamps after this instant are reported as in the future; `nil` turns the check off.
    let futureLimit: Date?
    private(set) var findings: [Finding] = []
    private var path: [JSONPointer.Token] = []

    init(version: SpecVersion, futureLimit: Date?) {
        self.version = version
        self.futureLimit = futureLimit
    }

    // MARK: Recording

    /// Records a finding of `rule` at the current path.
    mutating func report(_ rule: Rule, _ message: String) {
        findings.append(Finding(rule: rule, path: JSONPointer(tokens: path), message: message))
    }

    /// Records a finding of `rule` at the member `key` of the current value.
    mutating func report(_ rule: Rule, at key: String, _ message: String) {
        descend(key) { $0.report(rule, message) }
    }

    /// Runs `body` with the path extended by the member `key`.
    mutating func descend(_ key: String, _ body: (inout SpecChecker) -> Void) {
        path.append(.key(key))
        body(&self)
        path.removeLast()
    }

    /// Runs `body` with the path extended by the element `index`.
    mutating func descend(_ index: Int, _ body: (inout SpecChecker) -> Void) {
        path.append(.index(index))
        body(&self)
        path.removeLast()
    }

    // MARK: Objects

    /// Returns `value` as an object, or reports what it is instead.
    mutating func object(_ value: JSONValue, _ what: String) -> JSONObject? {
        if case .object(let object) = value { return object }
        report(.type, "\(what) must be an object, found \(value.typeName)")
        return nil
    }

    /// Reports members that the object's kind does not define (G8), with a hint when only the case differs (G6),
    /// and `null` values (G3).
    mutating func checkMembers(of object: JSONObject, allowed: [String], in what: String) {
        for member in object.members {
            if !allowed.contains(where: { $0.hasSameUTF8(as: member.key) }) {
                reportUnknown(member.key, allowed: allowed, in: what)
            } else if member.value.isNull {
                report(.null, at: member.key, "\(member.key) must not be null (omit the property instead)")
            }
        }
    }

    private mutating func reportUnknown(_ key: String, allowed: [String], in what: String) {
        if let intended = allowed.first(where: { $0.lowercased() == key.lowercased() }) {
            report(
                .propertyCase,
                at: key,
                "\(what) has no property \"\(key)\": property names are case-sensitive (\"\(intended)\")"
            )
            return
        }
        if version == .v1_0_3, key == "contextAgents" || key == "contextGroups" {
            report(
                .unknownProperty,
                at: key,
                "\(key) is an xAPI 2.0 property; this statement is checked as 1.0.3 (set \"version\": \"2.0.0\" or choose 2.0)"
            )
            return
        }
        report(.unknownProperty, at: key, "\(what) has no property \"\(key)\"")
    }

    /// The member `key`, or `nil` when it is absent or `null` (a `null` is reported by ``checkMembers(of:allowed:in:)``).
    func member(_ object: JSONObject, _ key: String) -> JSONValue? {
        guard let value = object[key], !value.isNull else { return nil }
        return value
    }

    /// The member `key`, reporting it when it is absent (a `null` is reported elsewhere).
    mutating func required(_ object: JSONObject, _ key: String, in what: String) -> JSONValue? {
        guard let value = object[key] else {
            report(.required, "\(what) must have \"\(key)\"")
            return nil
        }
        return value.isNull ? nil : value
    }

    // MARK: Scalars

    /// Returns the string at member `key`, or reports its type.
    mutating func string(_ value: JSONValue, at key: String) -> String? {
        if case .string(let string) = value { return string }
        report(.type, at: key, "\(key) must be a string, found \(value.typeName)")
        return nil
    }

    /// Reports the member `key` unless it is a Boolean.
    mutating func checkBoolean(_ value: JSONValue, at key: String) {
        guard case .bool = value else {
            report(.type, at: key, "\(key) must be a boolean (true or false), found \(value.typeName)")
            return
        }
    }

    /// Returns the number at member `key`, or reports its type.
    mutating func number(_ value: JSONValue, at key: String) -> JSONNumber? {
        if case .number(let number) = value { return number }
        report(.type, at: key, "\(key) must be a number, found \(value.typeName)")
        return nil
    }

    /// Returns the array at member `key`, or reports its type.
    mutating func array(_ value: JSONValue, at key: String) -> [JSONValue]? {
        if case .array(let array) = value { return array }
        report(.type, at: key, "\(key) must be an array, found \(value.typeName)")
        return nil
    }
}

extension String {
    /// Byte equality when `other` is ASCII (as xAPI property names are): no non-ASCII text of the same
    /// length is canonically equivalent to an ASCII one, so `==` cannot confuse them.
    @inline(__always)
    func hasSameUTF8(as other: String) -> Bool {
        utf8.count == other.utf8.count && self == other
    }
}
