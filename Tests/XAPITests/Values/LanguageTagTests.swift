import Testing

@testable import XAPI

@Suite("LanguageTag")
struct LanguageTagTests {
    /// Tags the ADL conformance suite accepts in language maps and `context.language`.
    @Test(arguments: [
        "de", "de-DE", "zh-Hant", "sr-Latn-RS", "sr-Cyrl", "cmn", "tlh", "es", "es-MX", "en-US", "en-GB", "en",
        "ase", "ja", "zh-Hans-CN", "fr-CA", "fr-FR",
    ])
    func acceptsConformanceSuiteTags(_ text: String) throws {
        #expect(try LanguageTag(text).text == text)
    }

    /// Tags xapi-schema accepts, covering every part of the RFC 5646 grammar.
    @Test(arguments: [
        "arb", "es-419", "zh-yue", "uz-Arab", "zh-cmn-Latn-CN", "zh-Latn-CN-pinyin", "de-DE-u-co-phonebk",
        "en-US-x-twain", "sl-rozaj-biske", "de-CH-1901", "i-enochian", "foo",
    ])
    func acceptsXAPISchemaTags(_ text: String) throws {
        #expect(try LanguageTag(text).text == text)
    }

    /// Further well-formed tags, mostly from RFC 5646 Appendix A.
    @Test(arguments: [
        "zh-min-nan-Hant-CN", "abcd", "abcdefgh", "qaa-Qaaa-QM-x-southern", "sl-IT-nedis", "hy-Latn-IT-arevela",
        "en-Latn-GB-boont-r-extended-sequence-x-private", "x-whatever", "X-a", "x-1-22-333", "en-a-bbb-x-a-ccc",
        "en-a-bb-b-cc", "de-1996-1996", "ar-a-aaa-b-bbb-a-ccc", "zh-cmn-yue-wuu", "EN-us", "sr-latn-rs", "en-x-a",
        "es-419-valencia", "en-12345678",
    ])
    func acceptsOtherWellFormedTags(_ text: String) throws {
        #expect(try LanguageTag(text).text == text)
    }

    @Test(arguments: [
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ])
    func acceptsEveryGrandfatheredTag(_ text: String) throws {
        #expect(try LanguageTag(text).text == text)
        #expect(try LanguageTag(text.uppercased()).text == text.uppercased())
    }

    /// Tags the ADL conformance suite rejects.
    @Test(arguments: ["something", "a12345678", "en-something-AU", "s-something", "zh-something-ccc"])
    func rejectsConformanceSuiteTags(_ text: String) {
        #expect(throws: ValueFormatError.self) { try LanguageTag(text) }
    }

    /// Tags xapi-schema rejects.
    @Test(arguments: ["en-", "de-419-DE", "a-DE", "fr-u-o", "americanenglish", "not a language tag"])
    func rejectsXAPISchemaTags(_ text: String) {
        #expect(throws: ValueFormatError.self) { try LanguageTag(text) }
    }

    @Test(arguments: [
        ("", "a language tag cannot be empty"),
        ("-en", "a language tag cannot start with '-'"),
        ("en-", "a language tag cannot end with '-'"),
        ("en--US", "two '-' in a row leave an empty subtag"),
        ("americanenglish", "a subtag can have at most 8 letters or digits"),
        ("en-something-AU", "a subtag can have at most 8 letters or digits"),
        ("not a language tag", "a language tag may contain only ASCII letters, digits and '-'"),
        ("en_US", "a language tag may contain only ASCII letters, digits and '-'"),
        ("fr-\u{C9}", "a language tag may contain only ASCII letters, digits and '-'"),
        ("a-DE", "the primary language subtag must be 2 to 8 letters, or 'x' for a private-use tag"),
        ("i-foo", "the primary language subtag must be 2 to 8 letters, or 'x' for a private-use tag"),
        ("12-AB", "the primary language subtag must be 2 to 8 letters, or 'x' for a private-use tag"),
        ("x", "a private-use tag needs at least one subtag after 'x'"),
        ("en-x", "the private-use singleton 'x' must be followed by a subtag"),
        ("fr-u-o", "an extension singleton must be followed by at least one subtag of 2 to 8 letters or digits"),
        ("en-US-u", "an extension singleton must be followed by at least one subtag of 2 to 8 letters or digits"),
        ("en-a-bb-c", "an extension singleton must be followed by at least one subtag of 2 to 8 letters or digits"),
        ("en-a-x-b", "an extension singleton must be followed by at least one subtag of 2 to 8 letters or digits"),
        (
            "de-419-DE",
            "the subtag 'DE' does not fit after the region: expected a variant (5 to 8 characters, "
                + "or a digit and 3 characters), an extension or private use"
        ),
        (
            "en-12",
            "the subtag '12' does not fit after the primary language: expected an extended language (3 letters), "
                + "a script (4 letters), a region (2 letters or 3 digits), a variant (5 to 8 characters, "
                + "or a digit and 3 characters), an extension or private use"
        ),
        (
            "zh-cmn-yue-wuu-gan",
            "the subtag 'gan' does not fit after the extended language: expected a script (4 letters), "
                + "a region (2 letters or 3 digits), a variant (5 to 8 characters, or a digit and 3 characters), "
                + "an extension or private use"
        ),
        (
            "abcd-efg",
            "the subtag 'efg' does not fit after the primary language: expected a script (4 letters), "
                + "a region (2 letters or 3 digits), a variant (5 to 8 characters, or a digit and 3 characters), "
                + "an extension or private use"
        ),
        (
            "en-Latn-Cyrl",
            "the subtag 'Cyrl' does not fit after the script: expected a region (2 letters or 3 digits), "
                + "a variant (5 to 8 characters, or a digit and 3 characters), an extension or private use"
        ),
        (
            "de-1901-abc",
            "the subtag 'abc' does not fit after the variant: expected a variant (5 to 8 characters, "
                + "or a digit and 3 characters), an extension or private use"
        ),
    ])
    func rejectsWithAPreciseReason(_ text: String, _ reason: String) {
        #expect(throws: ValueFormatError(typeName: "language tag", text: text, reason: reason)) {
            try LanguageTag(text)
        }
    }

    @Test func keepsTagsThatDifferOnlyInCaseApart() throws {
        let upper = LanguageTag("en-US")
        let lower = LanguageTag("en-us")
        #expect(upper != lower)
        #expect(Set([upper, lower]).count == 2)
    }

    @Test func matchesTagsThatDifferOnlyInCase() throws {
        #expect(LanguageTag("en-US").matches(LanguageTag("EN-us")))
        #expect(LanguageTag("i-Klingon").matches(LanguageTag("I-KLINGON")))
        #expect(!LanguageTag("en-US").matches(LanguageTag("en-GB")))
        #expect(!LanguageTag("en").matches(LanguageTag("en-US")))
    }

    @Test(arguments: [("en-GB", "en"), ("ZH-Hant", "zh"), ("i-klingon", "i"), ("x-private", "x"), ("CMN", "cmn")])
    func reportsThePrimaryLanguageInLowerCase(_ text: String, _ primary: String) throws {
        #expect(try LanguageTag(text).primaryLanguage == primary)
    }

    @Test func acceptsValidStringLiterals() {
        let tag: LanguageTag = "sr-Latn-RS"
        #expect(tag.text == "sr-Latn-RS")
        #expect(tag.description == "sr-Latn-RS")
    }

    @Test func roundTripsThroughJSONUnchanged() throws {
        let (json, decoded) = try ValueFixtures.roundTrip(LanguageTag("zh-Hant-TW"))
        #expect(json == #"["zh-Hant-TW"]"#)
        #expect(decoded?.text == "zh-Hant-TW")
    }

    @Test func refusesToDecodeAMalformedTag() {
        let error = ValueFormatError(
            typeName: "language tag",
            text: "something",
            reason: "a subtag can have at most 8 letters or digits"
        )
        #expect(ValueFixtures.dataCorruptedDescription(decoding: LanguageTag.self, "something") == error.description)
    }
}
