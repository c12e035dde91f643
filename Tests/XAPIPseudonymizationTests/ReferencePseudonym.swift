import Digest
import Foundation

/// A second, deliberately plain implementation of algorithm v1, written from the design's text alone
/// (PSEUDONYMIZATION.md, "Algorithm v1"), to check the library's against.
///
/// It shares only the hash primitives with the library (SHA-1 and HMAC-SHA256, themselves checked against
/// FIPS 180-4 and RFC 4231 vectors in DigestTests); the key derivation, encoding, truncation, Base32 and
/// mailbox spelling are written again here, step by step.
enum ReferencePseudonym {
    /// Step 1: K_scope = HKDF(IKM: K_master, salt: empty, info: "edutraces/pseudonym/v1" 0x00 scope, L: 32).
    static func scopeKey(master: [UInt8], scope: String) -> [UInt8] {
        // RFC 5869 §2.2: an empty salt is HashLen zero bytes.
        let prk = HMAC.sha256(key: [UInt8](repeating: 0, count: 32), message: master)
        // §2.3: L = 32 is one block, T(1) = HMAC(PRK, info | 0x01).
        let info = Array("edutraces/pseudonym/v1".utf8) + [0x00] + Array(scope.utf8)
        return HMAC.sha256(key: prk, message: info + [0x01])
    }

    /// Step 2: each part is its byte length as a 32-bit big-endian integer, then its NFC UTF-8 bytes.
    static func encode(_ parts: [String]) -> [UInt8] {
        var out: [UInt8] = []
        for part in parts {
            let bytes = Array(part.precomposedStringWithCanonicalMapping.utf8)
            let n = UInt32(bytes.count)
            out += [UInt8(n >> 24 & 0xFF), UInt8(n >> 16 & 0xFF), UInt8(n >> 8 & 0xFF), UInt8(n & 0xFF)]
            out += bytes
        }
        return out
    }

    /// The parts of one identifier, given as its JSON key and value.
    static func parts(key: String, value: String, accountName: String = "") -> [String] {
        switch key {
        case "mbox":
            return ["agent/v1", "mbox_sha1sum", hex(SHA1.hash(Array(mailbox(value).utf8)))]
        case "mbox_sha1sum":
            return ["agent/v1", "mbox_sha1sum", value.lowercased()]
        case "openid":
            return ["agent/v1", "openid", value]
        default:
            return ["agent/v1", "account", value, accountName]
        }
    }

    /// The mbox spelling that is hashed: NFC, scheme `mailto:`, domain after the last `@` lower-cased.
    static func mailbox(_ mbox: String) -> String {
        let text = mbox.precomposedStringWithCanonicalMapping
        let address = String(text.dropFirst("mailto:".count))
        guard let at = address.lastIndex(of: "@") else { return "mailto:" + address }
        return "mailto:" + String(address[...at]) + String(address[address.index(after: at)...]).lowercased()
    }

    /// Step 3: base32(HMAC-SHA256(K_scope, encoded)[0..<20]), RFC 4648 alphabet, lower case, no padding.
    static func pseudonym(master: [UInt8], scope: String, parts: [String]) -> String {
        let mac = HMAC.sha256(key: scopeKey(master: master, scope: scope), message: encode(parts))
        return base32(Array(mac[0..<20]))
    }

    /// RFC 4648 §6 for a multiple of 5 bytes: every 5 bytes (40 bits) become 8 characters of 5 bits.
    static func base32(_ bytes: [UInt8]) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        var text = ""
        for group in stride(from: 0, to: bytes.count, by: 5) {
            var bits: UInt64 = 0
            for byte in bytes[group..<group + 5] { bits = bits << 8 | UInt64(byte) }
            for shift in stride(from: 35, through: 0, by: -5) { text.append(alphabet[Int(bits >> UInt64(shift) & 31)]) }
        }
        return text
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
