/// An xAPI version string such as `1.0.3` or `2.0.0`, the type of a statement's `version`.
///
/// xAPI Data §2.4.10 (XAPI-00101) writes versions as `MAJOR.MINOR[.PATCH]` following Semantic Versioning,
/// so this type accepts two or three decimal numbers without leading zeros (`1.0`, `1.0.3`, `2.0.0`) and
/// refuses anything else (`1`, `v1.0`, `1.0.3.1`, `01.0`). Which versions a specification accepts
/// (1.0.3 takes `1.0` and `1.0.x`; 2.0 adds `2.0.x`) is the validator's business, not this type's.
///
/// Because numbers have no leading zeros, the text and the numbers determine each other: equality is on
/// either. Ordering is numeric, with a version without a patch number just before the same version with
/// patch 0 (`1.0 < 1.0.0 < 1.0.3 < 2.0.0`).
///
/// ```swift
/// let version = try Version("1.0.3")
/// version.patch                  // 3
/// version < Version.v2_0_0       // true
/// ```
public struct Version: TextValue {
    /// The version exactly as written.
    public let text: String
    /// The number before the first `.`.
    public let major: Int
    /// The number after the first `.`.
    public let minor: Int
    /// The number after the second `.`, or `nil` when the version has only two numbers, as `1.0`.
    public let patch: Int?

    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// The version of xAPI 1.0.3, the last 1.0.x release.
    public static let v1_0_3 = Version(text: "1.0.3", major: 1, minor: 0, patch: 3)

    // swift-format-ignore: AlwaysUseLowerCamelCase
    /// The version of xAPI 2.0 (IEEE 9274.1.1-2023), as its LRSs write it.
    public static let v2_0_0 = Version(text: "2.0.0", major: 2, minor: 0, patch: 0)

    /// Checks that `text` is `MAJOR.MINOR[.PATCH]` and reads its numbers.
    ///
    /// - Throws: ``ValueFormatError`` naming the first rule the text breaks.
    public init(_ text: String) throws(ValueFormatError) {
        var numbers: (Int, Int, Int?) = (0, 0, nil)
        var count = 0
        var value = 0
        var digits = 0
        var leadingZero = false
        func error(_ reason: String) -> ValueFormatError {
            ValueFormatError(typeName: "version", text: text, reason: reason)
        }
        func finishNumber() throws(ValueFormatError) {
            guard digits > 0 else { throw error("each part of a version must be a number") }
            guard !(leadingZero && digits > 1) else { throw error("a version number cannot have leading zeros") }
            switch count {
            case 0: numbers.0 = value
            case 1: numbers.1 = value
            case 2: numbers.2 = value
            default: throw error("a version has at most three numbers, MAJOR.MINOR.PATCH")
            }
            count += 1
            value = 0
            digits = 0
        }
        guard !text.isEmpty else { throw error("a version cannot be empty") }
        for byte in text.utf8 {
            if byte == UInt8(ascii: ".") {
                try finishNumber()
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if digits == 0 { leadingZero = byte == UInt8(ascii: "0") }
                let (times10, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
                guard !overflow1 && !overflow2 else { throw error("a version number is too large") }
                value = sum
                digits += 1
            } else {
                throw error("a version may contain only digits and '.'")
            }
        }
        try finishNumber()
        guard count >= 2 else { throw error("a version needs at least a major and a minor number, as in 1.0") }
        self.init(text: text, major: numbers.0, minor: numbers.1, patch: numbers.2)
    }

    private init(text: String, major: Int, minor: Int, patch: Int?) {
        self.text = text
        self.major = major
        self.minor = minor
        self.patch = patch
    }
}

extension Version: Comparable {
    /// Whether `lhs` is an earlier version; a missing patch number sorts before patch 0.
    public static func < (lhs: Version, rhs: Version) -> Bool {
        (lhs.major, lhs.minor, lhs.patch ?? -1) < (rhs.major, rhs.minor, rhs.patch ?? -1)
    }
}
