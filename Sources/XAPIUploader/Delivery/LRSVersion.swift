/// An xAPI version the SDK speaks to an LRS, sent as `X-Experience-API-Version` (xAPI Communication §3.3).
///
/// ```swift
/// let version = LRSVersion(announced: ["1.0.3", "2.0.0"])   // .v2_0_0
/// ```
public enum LRSVersion: String, Sendable, Hashable, CaseIterable, Codable {
    /// xAPI 1.0.3.
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v1_0_3 = "1.0.3"
    /// xAPI 2.0 (IEEE 9274.1.1).
    // swift-format-ignore: AlwaysUseLowerCamelCase
    case v2_0_0 = "2.0.0"

    /// The highest version of `announced` (an `/about` resource's `version` list) that the SDK speaks.
    ///
    /// Patch versions of 1.0 are compatible (xAPI 1.0.3 §3.3), so any `1.0.x` is answered with 1.0.3.
    public init?(announced: [String]) {
        if announced.contains(where: { $0 == "2.0.0" || $0.hasPrefix("2.0.") || $0 == "2.0" }) {
            self = .v2_0_0
        } else if announced.contains(where: { $0.hasPrefix("1.0") }) {
            self = .v1_0_3
        } else {
            return nil
        }
    }
}
