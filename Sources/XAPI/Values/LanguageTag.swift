/// A well-formed RFC 5646 language tag, the key of an xAPI language map and the value of `context.language`.
///
/// xAPI asks for well-formed tags (xAPI Data §4.2 and §2.4.6, XAPI-00013, XAPI-00121), so this type checks the
/// RFC 5646 §2.1 grammar — language with up to three extlangs, script, region, variants, extensions,
/// private use, whole-tag private use (`x-...`) and the 26 grandfathered tags — case-insensitively.
/// It does not look subtags up in the IANA registry, nor refuse repeated variants or singletons (the
/// "valid tag" checks of §2.2.9), because xAPI does not require them.
///
/// Equality is on the exact text, so a language map can keep `"en-US"` and `"en-us"` apart as written;
/// use ``matches(_:)`` to compare tags the way RFC 5646 does, ignoring case.
///
/// ```swift
/// let tag = try LanguageTag("zh-Hant-TW")
/// tag.primaryLanguage                 // "zh"
/// tag.matches("ZH-hant-tw")           // true
/// let english: LanguageTag = "en-US"  // a literal, checked at run time
/// ```
public struct LanguageTag: TextValue, ExpressibleByStringLiteral {
    /// The tag exactly as written, with its original letter case.
    public let text: String

    /// Checks that `text` is a well-formed RFC 5646 tag and keeps it as written.
    ///
    /// - Throws: ``ValueFormatError`` naming the first rule the text breaks.
    public init(_ text: String) throws(ValueFormatError) {
        var contiguous = text
        if let reason = contiguous.withUTF8({ LanguageTag.violation(in: $0) }) {
            throw ValueFormatError(typeName: "language tag", text: text, reason: reason)
        }
        self.text = text
    }

    /// Whether the two tags are the same tag once letter case is ignored, as RFC 5646 §2.1.1 says they are.
    public func matches(_ other: LanguageTag) -> Bool {
        text.utf8.elementsEqual(other.text.utf8) { LanguageTag.lowercased($0) == LanguageTag.lowercased($1) }
    }

    /// The first subtag in lower case: `"en"` for `"en-GB"`, `"i"` for `"i-klingon"`, `"x"` for `"x-private"`.
    public var primaryLanguage: String {
        text.prefix { $0 != "-" }.lowercased()
    }
}

extension LanguageTag {
    /// RFC 5646 §2.2.8: tags registered before RFC 4646 that the grammar keeps whole, in lower case.
    private static let grandfathered: [[UInt8]] = [
        "en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo",
        "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr", "sgn-be-nl", "sgn-ch-de",
        "art-lojban", "cel-gaulish", "no-bok", "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    ].map { Array($0.utf8) }

    /// Where the subtags after the primary language have got to, in the order RFC 5646 §2.1 fixes.
    private enum Stage: Int, Comparable {
        case extlang, script, region, variant

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The shape of one subtag.
    private struct Subtag {
        var start: Int
        var end: Int
        var allLetters = true
        var allDigits = true

        var count: Int { end - start }
    }

    /// Why the bytes are not a well-formed tag, or `nil` when they are one.
    private static func violation(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if isCommonForm(bytes) { return nil }
        if let reason = lexicalViolation(in: bytes) { return reason }
        // Grandfathered tags are rare: look for them only when the regular grammar refuses the tag.
        guard let reason = regularViolation(in: bytes) else { return nil }
        return isGrandfathered(bytes) ? nil : reason
    }

    /// Whether the bytes are `ll` or `ll-RR` (two letters, optionally a hyphen and two letters): most tags of
    /// real statements (`en`, `fr-FR`), well-formed at a glance.
    @inline(__always)
    private static func isCommonForm(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool {
            (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        }
        switch bytes.count {
        case 2: return isLetter(bytes[0]) && isLetter(bytes[1])
        case 5:
            return isLetter(bytes[0]) && isLetter(bytes[1]) && bytes[2] == UInt8(ascii: "-") && isLetter(bytes[3])
                && isLetter(bytes[4])
        default: return false
        }
    }

    /// Why the bytes do not follow the regular RFC 5646 grammar (`langtag` or whole-tag private use).
    private static func regularViolation(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var subtags = SubtagIterator(bytes: bytes)
        guard let language = subtags.next() else { return "a language tag cannot be empty" }
        if language.count == 1 && lowercased(bytes[language.start]) == UInt8(ascii: "x") {
            return subtags.next() == nil ? "a private-use tag needs at least one subtag after 'x'" : nil
        }
        guard language.count >= 2, language.allLetters else {
            return "the primary language subtag must be 2 to 8 letters, or 'x' for a private-use tag"
        }
        return violationAfterLanguage(subtags: &subtags, extlangAllowed: language.count <= 3)
    }

    /// Checks extlangs, script, region, variants, extensions and private use, in that order.
    private static func violationAfterLanguage(subtags: inout SubtagIterator, extlangAllowed: Bool) -> String? {
        var stage: Stage = extlangAllowed ? .extlang : .script
        var extlangCount = 0
        var previous = "primary language"
        while let subtag = subtags.next() {
            if subtag.count == 1 {
                return violationFromSingleton(subtag, subtags: &subtags)
            }
            if stage == .extlang, subtag.count == 3, subtag.allLetters, extlangCount < 3 {
                extlangCount += 1
                previous = "extended language"
            } else if stage <= .script, subtag.count == 4, subtag.allLetters {
                stage = .region
                previous = "script"
            } else if stage <= .region,
                (subtag.count == 2 && subtag.allLetters) || (subtag.count == 3 && subtag.allDigits)
            {
                stage = .variant
                previous = "region"
            } else if subtag.count >= 5 || (subtag.count == 4 && subtags.isDigit(at: subtag.start)) {
                stage = .variant
                previous = "variant"
            } else {
                return "the subtag '\(subtags.text(of: subtag))' does not fit after the \(previous): "
                    + "expected \(expectation(after: stage, extlangCount: extlangCount))"
            }
        }
        return nil
    }

    /// Checks the extensions and private use that start at a singleton; they run to the end of the tag.
    private static func violationFromSingleton(_ first: Subtag, subtags: inout SubtagIterator) -> String? {
        var singleton = first
        while true {
            if lowercased(subtags.bytes[singleton.start]) == UInt8(ascii: "x") {
                return subtags.next() == nil ? "the private-use singleton 'x' must be followed by a subtag" : nil
            }
            var extensionSubtags = 0
            var following: Subtag?
            while let subtag = subtags.next() {
                if subtag.count == 1 {
                    following = subtag
                    break
                }
                extensionSubtags += 1
            }
            guard extensionSubtags > 0 else {
                return "an extension singleton must be followed by at least one subtag of 2 to 8 letters or digits"
            }
            guard let next = following else { return nil }
            singleton = next
        }
    }

    private static func expectation(after stage: Stage, extlangCount: Int) -> String {
        let tail = "a variant (5 to 8 characters, or a digit and 3 characters), an extension or private use"
        switch stage {
        case .extlang where extlangCount < 3:
            return "an extended language (3 letters), a script (4 letters), a region (2 letters or 3 digits), " + tail
        case .extlang, .script:
            return "a script (4 letters), a region (2 letters or 3 digits), " + tail
        case .region:
            return "a region (2 letters or 3 digits), " + tail
        case .variant:
            return tail
        }
    }

    /// Checks characters and subtag lengths, which every form of tag shares.
    private static func lexicalViolation(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard !bytes.isEmpty else { return "a language tag cannot be empty" }
        var length = 0
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "-") {
                if length == 0 {
                    return index == 0
                        ? "a language tag cannot start with '-'" : "two '-' in a row leave an empty subtag"
                }
                length = 0
            } else if isLetterOrDigit(byte) {
                length += 1
                guard length <= 8 else { return "a subtag can have at most 8 letters or digits" }
            } else {
                return "a language tag may contain only ASCII letters, digits and '-'"
            }
        }
        return length == 0 ? "a language tag cannot end with '-'" : nil
    }

    private static func isGrandfathered(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 11 else { return false }
        return grandfathered.contains { tag in
            tag.count == bytes.count && tag.elementsEqual(bytes) { $0 == lowercased($1) }
        }
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        let folded = byte | 0x20
        return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Walks the subtags of a tag whose characters and lengths are already checked.
    private struct SubtagIterator {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var isAtEnd: Bool { position >= bytes.count }

        mutating func next() -> Subtag? {
            guard position < bytes.count else { return nil }
            var subtag = Subtag(start: position, end: position)
            while position < bytes.count, bytes[position] != UInt8(ascii: "-") {
                if isDigit(at: position) { subtag.allLetters = false } else { subtag.allDigits = false }
                position += 1
            }
            subtag.end = position
            position += 1
            return subtag
        }

        func isDigit(at index: Int) -> Bool {
            bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")
        }

        func text(of subtag: Subtag) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[subtag.start..<subtag.end]), as: UTF8.self)
        }
    }
}
