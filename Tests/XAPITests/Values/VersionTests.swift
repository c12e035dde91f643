import Testing

@testable import XAPI

@Suite("Version")
struct VersionTests {
    /// Versions the ADL conformance suite sends; `0.9.9`, `1.1.0` and `1.0.0` are refused there by the
    /// validator's rules (unsupported version, version in a SubStatement), not by their syntax.
    @Test(arguments: ["1.0", "1.0.3", "1.0.9", "2.0.0", "0.9.9", "1.1.0", "1.0.0", "10.20.30", "0.0"])
    func acceptsMajorMinorAndOptionalPatch(_ text: String) throws {
        #expect(try Version(text).text == text)
    }

    @Test(arguments: [
        ("", "a version cannot be empty"),
        ("should fail", "a version may contain only digits and '.'"),
        ("v1.0", "a version may contain only digits and '.'"),
        ("1.0-beta", "a version may contain only digits and '.'"),
        (" 1.0", "a version may contain only digits and '.'"),
        ("1", "a version needs at least a major and a minor number, as in 1.0"),
        ("1.0.3.1", "a version has at most three numbers, MAJOR.MINOR.PATCH"),
        ("1.", "each part of a version must be a number"),
        (".1", "each part of a version must be a number"),
        ("1..0", "each part of a version must be a number"),
        ("01.0", "a version number cannot have leading zeros"),
        ("1.0.03", "a version number cannot have leading zeros"),
        ("1.99999999999999999999", "a version number is too large"),
    ])
    func rejectsWithAPreciseReason(_ text: String, _ reason: String) {
        #expect(throws: ValueFormatError(typeName: "version", text: text, reason: reason)) { try Version(text) }
    }

    @Test func readsItsNumbers() throws {
        let version = try Version("1.0.3")
        #expect(version.major == 1)
        #expect(version.minor == 0)
        #expect(version.patch == 3)
        #expect(try Version("2.0").patch == nil)
    }

    @Test func providesTheTwoSpecificationVersions() {
        #expect(Version.v1_0_3.text == "1.0.3")
        #expect(Version.v1_0_3 == (try? Version("1.0.3")))
        #expect(Version.v2_0_0.text == "2.0.0")
        #expect(Version.v2_0_0 == (try? Version("2.0.0")))
    }

    @Test func ordersNumericallyWithAMissingPatchFirst() throws {
        let versions = try ["2.0.0", "1.0.10", "1.0.0", "1.0.9", "1.0", "0.9.9", "1.1"].map { try Version($0) }
        #expect(versions.sorted().map(\.text) == ["0.9.9", "1.0", "1.0.0", "1.0.9", "1.0.10", "1.1", "2.0.0"])
    }

    @Test func distinguishesAVersionWithoutPatchFromPatchZero() throws {
        #expect(try Version("1.0") != Version("1.0.0"))
    }

    @Test func describesItselfAsWritten() throws {
        #expect(try Version("1.0.3").description == "1.0.3")
    }

    @Test func roundTripsThroughJSONUnchanged() throws {
        let (json, decoded) = try ValueFixtures.roundTrip(Version("1.0.3"))
        #expect(json == #"["1.0.3"]"#)
        #expect(decoded == Version.v1_0_3)
    }

    @Test func refusesToDecodeAnInvalidVersion() {
        let error = ValueFormatError(
            typeName: "version",
            text: "1",
            reason: "a version needs at least a major and a minor number, as in 1.0"
        )
        #expect(ValueFixtures.dataCorruptedDescription(decoding: Version.self, "1") == error.description)
    }
}
