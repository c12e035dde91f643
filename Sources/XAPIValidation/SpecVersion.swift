public import XAPI

/// The version of xAPI a statement is checked against.
public enum SpecVersion: String, Sendable, Hashable, CaseIterable, Codable {
    /// xAPI 1.0.3.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v1_0_3 = "1.0.3"
    /// xAPI 2.0 (IEEE 9274.1.1-2023).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v2_0_0 = "2.0.0"

    /// The version a statement declares in its `version` property: 2.0 for `2.x`, else 1.0.3.
    ///
    /// A statement without `version` is checked as 1.0.3, the version most exports use.
    public static func declared(by statement: JSONValue) -> SpecVersion {
        guard let text = statement[property: "version"]?.stringValue, text.hasPrefix("2.") else { return .v1_0_3 }
        return .v2_0_0
    }
}

/// How the validator picks the version: one for all statements, or each statement's own.
public enum SpecVersionSelection: Sendable, Hashable {
    /// Each statement's `version` property decides (absent: 1.0.3).
    case automatic
    /// Every statement is checked against this version.
    case fixed(SpecVersion)

    /// The version to check `statement` against.
    public func version(for statement: JSONValue) -> SpecVersion {
        switch self {
        case .automatic: return SpecVersion.declared(by: statement)
        case .fixed(let version): return version
        }
    }
}
