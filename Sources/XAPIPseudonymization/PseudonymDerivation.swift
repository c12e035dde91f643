import Digest
import Foundation
import XAPI

/// Algorithm v1, the published contract: a scope key derived once, then one keyed hash per identifier.
///
/// 1. `K_scope = HKDF-SHA256(IKM: K_master, salt: empty, info: "edutraces/pseudonym/v1" 0x00 scope, L: 32)`
///    (RFC 5869).
/// 2. The identifier becomes a sequence of parts, each written as its UTF-8 byte length (32-bit big-endian)
///    followed by its UTF-8 bytes after Unicode NFC normalisation, so that no two sequences share an encoding.
/// 3. `pseudonym = base32(HMAC-SHA256(K_scope, encoded)[0..<20])`: RFC 4648 alphabet in lower case, no
///    padding, 32 characters.
///
/// The documentation ("Pseudonymizing for research") states the same steps; a test recomputes them from that
/// text with a second implementation.
struct PseudonymDerivation: Sendable {
    /// The HKDF `info` prefix of scope keys; the scope's UTF-8 bytes follow a 0x00 separator.
    static let scopeKeyLabel = "edutraces/pseudonym/v1"

    /// The first part of every agent identifier's encoding.
    static let agentPart = "agent/v1"

    /// The first part of every UUID's encoding, when registrations and statement ids are re-mapped.
    static let uuidPart = "uuid/v1"

    /// How many bytes of the HMAC a pseudonym keeps: 160 bits.
    static let pseudonymByteCount = 20

    /// The scope key, prepared for HMAC; never printed.
    private let scopeKey: HMAC.SHA256Key

    /// Derives the scope key of `scope` from `key`.
    init(key: PseudonymizationKey, scope: Scope) {
        let info = Array(Self.scopeKeyLabel.utf8) + [0] + Array(scope.text.utf8)
        guard let derived = HKDF.sha256(inputKeyMaterial: key.bytes, salt: [UInt8](), info: info, outputByteCount: 32)
        else {
            // HKDF-SHA256 refuses only lengths above 255 × 32 bytes; never derive anything weaker than asked.
            preconditionFailure("HKDF-SHA256 yields 32 bytes")
        }
        scopeKey = HMAC.SHA256Key(derived)
    }

    /// The pseudonym of an identifier: the parts of step 2 for it, hashed as step 3 says.
    ///
    /// An `mbox` and the `mbox_sha1sum` of its canonical spelling give the same parts, so that a person sent
    /// once each way gets one pseudonym. The parts are fed to the keyed hash as they are encoded, so that a
    /// pseudonym costs no array of parts, no encoded copy and no digest array: this runs for every agent of
    /// every statement. The tests check it against a second implementation written from the design's text.
    func pseudonym(of identifier: InverseFunctionalIdentifier) -> String {
        switch identifier {
        case .mbox(let mbox):
            return pseudonym(ofParts: Self.agentPart, "mbox_sha1sum", MailboxHash.canonical(mbox))
        case .mboxSHA1Sum(let sum):
            return pseudonym(ofParts: Self.agentPart, "mbox_sha1sum", sum.lowercased())
        case .openID(let openID):
            return pseudonym(ofParts: Self.agentPart, "openid", openID.text)
        case .account(let account):
            return pseudonym(ofParts: Self.agentPart, "account", account.homePage.text, account.name)
        }
    }

    /// The pseudonym of the encoding of three or four parts.
    private func pseudonym(
        ofParts first: String,
        _ second: String,
        _ third: String,
        _ fourth: String? = nil
    )
        -> String
    {
        withUnsafeTemporaryAllocation(byteCount: SHA256.digestByteCount, alignment: 8) { code in
            scopeKey.authenticationCode(into: code) { hasher in
                Self.encode(first, into: &hasher)
                Self.encode(second, into: &hasher)
                Self.encode(third, into: &hasher)
                if let fourth { Self.encode(fourth, into: &hasher) }
            }
            return Base32.encode(UnsafeRawBufferPointer(rebasing: code[..<Self.pseudonymByteCount]))
        }
    }

    /// Feeds one part's encoding to `hasher`: its NFC UTF-8 length as 4 big-endian bytes, then those bytes.
    private static func encode(_ part: String, into hasher: inout SHA256) {
        var part = part
        let isASCII = part.withUTF8 { bytes in
            // ASCII text is already in NFC, and most identifiers are ASCII: hashed as they are.
            guard isPlainASCII(bytes) else { return false }
            feed(bytes, to: &hasher)
            return true
        }
        if !isASCII {
            var normalized = part.precomposedStringWithCanonicalMapping
            normalized.withUTF8 { feed($0, to: &hasher) }
        }
    }

    /// Feeds one encoded part: the byte count as 4 big-endian bytes, then the bytes.
    private static func feed(_ bytes: UnsafeBufferPointer<UInt8>, to hasher: inout SHA256) {
        withUnsafeBytes(of: UInt32(truncatingIfNeeded: bytes.count).bigEndian) { hasher.update($0) }
        hasher.update(UnsafeRawBufferPointer(bytes))
    }

    /// Whether every byte is below 0x80, looking at eight bytes at a time.
    private static func isPlainASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawBufferPointer(bytes)
        var index = 0
        var high: UInt64 = 0
        while index + 8 <= raw.count {
            high |= raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            index += 8
        }
        while index < raw.count {
            high |= UInt64(raw[index])
            index += 1
        }
        return high & 0x8080_8080_8080_8080 == 0
    }

    /// A re-mapped UUID: the first 16 bytes of the keyed hash of `["uuid/v1", canonical text]`, marked as an
    /// RFC 9562 version 8 (custom) UUID.
    func remappedUUID(_ id: StatementID) -> StatementID {
        withUnsafeTemporaryAllocation(byteCount: SHA256.digestByteCount, alignment: 8) { code in
            scopeKey.authenticationCode(into: code) { hasher in
                Self.encode(Self.uuidPart, into: &hasher)
                Self.encode(id.canonicalText, into: &hasher)
            }
            // The code's first 16 bytes, read as two big-endian halves: bytes 0-7 and 8-15.
            let code = UnsafeRawBufferPointer(code)
            let high = UInt64(bigEndian: code.loadUnaligned(fromByteOffset: 0, as: UInt64.self))
            let low = UInt64(bigEndian: code.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
            // RFC 9562 §5.8: the version (8) is the high nibble of byte 6, the variant (0b10) the top two bits
            // of byte 8.
            return StatementID(
                high: (high & ~0xF000) | 0x8000,
                low: (low & ~(0xC0 << 56)) | (0x80 << 56)
            )
        }
    }
}
