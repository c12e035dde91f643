import Foundation
import XAPI

extension Rule {
    /// An IRI without a scheme or with characters IRIs exclude.
    public static let iri = Rule(
        id: "xapi.iri",
        severity: .error,
        spec: "Data 2.2, 4.1",
        requirements: ["G5", "G9"],
        summary: "IRIs and IRLs are absolute: a scheme, ':' and no spaces or excluded characters."
    )

    /// A UUID not written 8-4-4-4-12 in hexadecimal.
    public static let uuid = Rule(
        id: "xapi.uuid",
        severity: .error,
        spec: "Data 2.4.1, 4.4",
        requirements: ["ID1", "C1", "O8"],
        summary: "UUIDs (id, registration, StatementRef ids) are in the 8-4-4-4-12 hexadecimal form of RFC 4122."
    )

    /// A language tag that is not well-formed.
    public static let languageTag = Rule(
        id: "xapi.language-tag",
        severity: .error,
        spec: "Data 4.2",
        requirements: ["G10", "L1", "C4"],
        summary: "Language tags (language map keys, context.language) are well-formed RFC 5646 tags."
    )

    /// A language map whose values are not strings.
    public static let languageMap = Rule(
        id: "xapi.language-map",
        severity: .error,
        spec: "Data 4.2",
        requirements: ["L1"],
        summary: "A language map is an object from language tags to strings."
    )

    /// A timestamp that is not an ISO 8601 date and time.
    public static let timestamp = Rule(
        id: "xapi.timestamp",
        severity: .error,
        spec: "Data 2.4.7, 4.5",
        requirements: ["T1", "T2"],
        summary: "timestamp and stored are ISO 8601 dates and times (xAPI 2.0: RFC 3339, with an offset)."
    )

    /// A 1.0.3 timestamp without a time zone.
    public static let timestampZone = Rule(
        id: "xapi.timestamp.zone",
        severity: .warning,
        spec: "Data 4.5",
        requirements: ["T1"],
        summary: "A timestamp says its offset from UTC (xAPI 1.0.3 SHOULD; 2.0 requires it)."
    )

    /// A timestamp in the future.
    public static let timestampFuture = Rule(
        id: "xapi.timestamp.future",
        severity: .warning,
        spec: "Data 2.4.7",
        requirements: ["T3"],
        summary: "A learning record provider does not send timestamps in the future."
    )

    /// A duration not in the ISO 8601 §4.4.3.2 format.
    public static let duration = Rule(
        id: "xapi.duration",
        severity: .error,
        spec: "Data 4.6",
        requirements: ["D1", "R1"],
        summary: "Durations follow ISO 8601:2004 §4.4.3.2 (PnYnMnDTnHnMnS or PnW), never the alternative format."
    )

    /// A duration more precise than 0.01 s.
    public static let durationPrecision = Rule(
        id: "xapi.duration.precision",
        severity: .warning,
        spec: "Data 4.6",
        requirements: ["D1"],
        summary: "Durations are sent with at most 0.01 second precision; finer digits are ignored by LRSs."
    )

    /// A version that the checked xAPI version does not accept.
    public static let version = Rule(
        id: "xapi.version",
        severity: .error,
        spec: "Data 2.4.10",
        requirements: ["VE1"],
        summary: "version is 1.0 or 1.0.x (xAPI 2.0 also accepts 2.0.x)."
    )

    /// An extension key that is not an IRI.
    public static let extensionKey = Rule(
        id: "xapi.extensions.key",
        severity: .error,
        spec: "Data 4.1",
        requirements: ["E1"],
        summary: "Extensions are objects whose keys are IRIs; their values may be any JSON."
    )
}

extension SpecChecker {
    /// Checks the IRI at member `key` of the current object.
    mutating func checkIRI(_ value: JSONValue, at key: String, _ what: String) {
        descend(key) { $0.checkIRIValue(value, what) }
    }

    /// Checks the IRI that is the current value.
    mutating func checkIRIValue(_ value: JSONValue, _ what: String) {
        guard case .string(let text) = value else {
            report(.type, "\(what) must be a string (an IRI), found \(value.typeName)")
            return
        }
        if let problem = Self.iriProblem(text) {
            report(.iri, "\(what) is not an absolute IRI: \(problem)")
        }
    }

    /// Why `text` is not an absolute IRI, or `nil` when it is one.
    static func iriProblem(_ text: String) -> String? {
        do throws(ValueFormatError) {
            _ = try IRI(text)
            return nil
        } catch {
            return error.reason
        }
    }

    /// Checks the UUID at member `key`.
    mutating func checkUUID(_ value: JSONValue, at key: String, _ what: String) {
        guard let text = string(value, at: key) else { return }
        if !StatementID.isValid(text) {
            report(.uuid, at: key, "\(what) must be a UUID in the form 8-4-4-4-12 hexadecimal digits")
        }
    }

    /// Checks the language map at member `key`.
    mutating func checkLanguageMap(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard case .object(let map) = value else {
                checker.report(
                    .languageMap,
                    "\(key) must be a language map (an object from language tags to strings), found \(value.typeName)"
                )
                return
            }
            for entry in map.members {
                do throws(ValueFormatError) {
                    _ = try LanguageTag(entry.key)
                } catch {
                    checker.report(
                        .languageTag,
                        at: entry.key,
                        "\"\(entry.key)\" is not a well-formed RFC 5646 language tag: \(error.reason)"
                    )
                }
                if case .string = entry.value { continue }
                checker.report(
                    .languageMap,
                    at: entry.key,
                    "a language map's values must be strings, found \(entry.value.typeName)"
                )
            }
        }
    }

    /// Checks the language tag at member `key`.
    mutating func checkLanguageTag(_ value: JSONValue, at key: String) {
        guard let text = string(value, at: key) else { return }
        do throws(ValueFormatError) {
            _ = try LanguageTag(text)
        } catch {
            report(.languageTag, at: key, "\(key) is not a well-formed RFC 5646 language tag: \(error.reason)")
        }
    }

    /// Checks the timestamp at member `key` against the rules of the checked version.
    mutating func checkTimestamp(_ value: JSONValue, at key: String, mayBeFuture: Bool = false) {
        guard let text = string(value, at: key) else { return }
        let timestamp: Timestamp
        do throws(ValueFormatError) {
            timestamp = try Timestamp(text)
        } catch {
            report(.timestamp, at: key, "\(key) is not an ISO 8601 date and time: \(error.reason)")
            return
        }
        if version == .v2_0_0, !timestamp.isRFC3339 {
            report(.timestamp, at: key, "\(key) must follow RFC 3339 in xAPI 2.0, with 'T' and an offset (Z or ±hh:mm)")
        } else if version == .v1_0_3, !timestamp.hasZone {
            report(.timestampZone, at: key, "\(key) has no offset from UTC; add Z or ±hh:mm")
        }
        if let futureLimit, key == "timestamp", !mayBeFuture, timestamp.date > futureLimit {
            report(.timestampFuture, at: key, "\(key) is in the future")
        }
    }

    /// Checks the duration at member `key`.
    mutating func checkDuration(_ value: JSONValue, at key: String) {
        guard let text = string(value, at: key) else { return }
        do throws(ValueFormatError) {
            _ = try ISO8601Duration(text)
        } catch {
            report(.duration, at: key, "\(key) is not an ISO 8601 duration: \(error.reason)")
            return
        }
        if let dot = text.utf8.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
            text.utf8[text.utf8.index(after: dot)...].prefix(while: \.isDecimalDigit).count > 2
        {
            report(.durationPrecision, at: key, "\(key) is more precise than 0.01 s; LRSs may truncate it")
        }
    }

    /// Checks the extensions object at member `key`: IRI keys, any values.
    mutating func checkExtensions(_ value: JSONValue, at key: String) {
        descend(key) { checker in
            guard case .object(let extensions) = value else {
                checker.report(.type, "extensions must be an object, found \(value.typeName)")
                return
            }
            for entry in extensions.members {
                do throws(ValueFormatError) {
                    _ = try IRI(entry.key)
                } catch {
                    checker.report(
                        .extensionKey,
                        at: entry.key,
                        "extension key \"\(entry.key)\" is not an IRI: \(error.reason)"
                    )
                }
            }
        }
    }
}

extension UInt8 {
    /// Whether the byte is an ASCII decimal digit.
    var isDecimalDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
    }
}
