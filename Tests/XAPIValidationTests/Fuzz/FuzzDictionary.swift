/// The bytes and JSON fragments the fuzzer writes into statements, chosen for the paths they take.
///
/// Bytes that open or close JSON structures, end strings, or start invalid UTF-8 sequences; fragments
/// that sit on the edges of RFC 8259 (huge exponents, lone surrogates, leading zeros), of UTF-8
/// (overlong forms, encoded surrogates, code points past U+10FFFF) and of xAPI's value formats
/// (impossible dates, oversized durations, versions and lengths).
enum FuzzDictionary {
    /// Bytes that change how a parser reads what follows them.
    static let interestingBytes: [UInt8] = [
        UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["),
        UInt8(ascii: "]"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "0"),
        UInt8(ascii: "e"), UInt8(ascii: " "), 0x00, 0x09, 0x0A, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
        0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
    ]

    /// JSON values, broken values and pieces of structure, as UTF-8 bytes.
    static let fragments: [[UInt8]] = textFragments.map { Array($0.utf8) } + byteFragments

    private static let textFragments: [String] = [
        // Literals and numbers on the edges of the grammar and of Double, Int64 and the exponent clamp.
        "null", "true", "false", "nul", "tru", "NaN", "Infinity", "-Infinity", "0", "-0", "-0.0", "0.0e0", "01",
        "-", "1.", ".5", "+1", "1e", "1e+", "1E-", "1e999999", "-1e999999", "1e-999999", "1e400", "2e308",
        "4.9e-324", "1e9999999999999999999", "1e99999999999999999999999", "-1E-9999999999999999999",
        "0e99999999999999999999", "0.000000000000000000000000000001", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890123456789012",
        "1.5", "0.5", "-1", "100", "1e2", "1.0e2",
        // Strings: escapes, surrogates, controls.
        "\"\"", "\"\\ud800\"", "\"\\udc00\"", "\"\\uD834\\uDD1E\"", "\"\\uDBFF\\uDFFF\"", "\"\\ud800\\u0041\"",
        "\"\\u0000\"", "\"\\u00\"", "\"\\x41\"", "\"\\\"", "\"\\/\"", "\"a\\nb\"", "\"~0~1/\"", "\"\u{7F}\"",
        "\"\u{FEFF}\"", "\"\u{10FFFF}\"", "\"K\u{212A}\"", "\"e\u{301}\"",
        // Structure.
        "{}", "[]", "[[[[", "]]]]", "{{{{", "}}}}", "{\"a\":", "{\"a\":1,}", "[1,]", "[,]", "{\"\":\"\"}",
        "{\"a\":1,\"a\":2}", "{\"a\" 1}", "[1 2]", ",", ":", "\"", "/* comment */", "// comment\n", "  \n\t\r",
        // xAPI values that parse as JSON but stress the value formats and the model.
        "\"mailto:a@example.com\"", "\"mailto:\"", "\"http://\"", "\"urn:\"", "\"not an iri\"",
        "\"http://example.com/\\u0000\"", "\"2024-02-30T00:00:00Z\"", "\"9999-12-31T23:59:60Z\"",
        "\"0000-01-01T00:00:00+23:59\"", "\"2024-01-01T00:00:00-00:00\"",
        "\"2024-01-01T00:00:00.99999999999999999999Z\"", "\"99999-01-01T00:00:00Z\"", "\"PT99999999999999999999H\"",
        "\"P99999999999999999999999999999999999999999Y\"", "\"PT1.99999999999999999999999999999999999999999S\"",
        "\"P1W1D\"", "\"PT\"", "\"P\"", "\"PT1,5S\"", "\"1.0.99999999999999999999\"", "\"2.0.0\"", "\"1.0\"",
        "\"en-\"", "\"x-\"", "\"en-US-u-\"", "\"00000000-0000-0000-0000-000000000000\"",
        "\"FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF\"", "{\"objectType\":\"SubStatement\"}",
        "{\"objectType\":\"StatementRef\",\"id\":\"x\"}", "{\"objectType\":\"Group\",\"member\":[{}]}",
        "{\"mbox\":\"mailto:a@example.com\"}", "{\"en-US\":\"\"}", "{\"scaled\":1e9999999999999999999}",
        "{\"raw\":1e400,\"min\":1e401,\"max\":1e402}", "{\"raw\":-0,\"min\":0,\"max\":-0}",
        #"[{"usageType":"http://x","display":{},"contentType":"a/b","length":1e9999999999999999999,"sha2":""}]"#,
    ]

    /// Member keys, quoted: xAPI property names, their case variants, and strings that are hard to point at
    /// (`~` and `/` need escaping in a JSON Pointer) or to compare (case mappings that change length,
    /// canonical equivalents, escapes of what is not a character).
    static let keys: [[UInt8]] = keyTexts.map { Array("\"\($0)\"".utf8) }

    private static let keyTexts: [String] = [
        "id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version",
        "attachments", "objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "homePage", "member",
        "display", "definition", "description", "type", "moreInfo", "extensions", "interactionType",
        "correctResponsesPattern", "choices", "scale", "source", "target", "steps", "score", "scaled", "raw", "min",
        "max", "success", "completion", "response", "duration", "registration", "instructor", "team",
        "contextActivities", "contextAgents", "contextGroups", "relevantTypes", "parent", "grouping", "category",
        "other", "revision", "platform", "language", "statement", "usageType", "contentType", "length", "sha2",
        "fileUrl", "Actor", "OBJECTTYPE", "objecttype", "mBox", "ID", "", " ", "~", "/", "~0", "~1", "a/b~c", "~01",
        "\\u0000", "\\ud800", "\\\"", "\u{212A}", "\u{130}", "\u{DF}", "\u{FB01}", "e\u{301}", "\u{E9}",
        "\u{1F600}", "\u{7F}",
    ]

    /// Byte sequences that are not valid UTF-8, or sit on its edges.
    private static let byteFragments: [[UInt8]] = [
        [0xEF, 0xBB, 0xBF],  // byte order mark
        [0x22, 0xC0, 0xAF, 0x22],  // overlong '/'
        [0x22, 0xE0, 0x80, 0xAF, 0x22],  // overlong three-byte
        [0x22, 0xED, 0xA0, 0x80, 0x22],  // UTF-8 of the surrogate U+D800
        [0x22, 0xF4, 0x90, 0x80, 0x80, 0x22],  // past U+10FFFF
        [0x22, 0xF4, 0x8F, 0xBF, 0xBF, 0x22],  // U+10FFFF itself
        [0x22, 0xC3, 0x22],  // truncated two-byte sequence
        [0x22, 0xF0, 0x9F, 0x98, 0x22],  // truncated four-byte sequence
        [0x22, 0x80, 0x22],  // lone continuation byte
        [0x22, 0x01, 0x22],  // raw control character
    ]
}
