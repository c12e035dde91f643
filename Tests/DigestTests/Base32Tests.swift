import Digest
import Testing

/// The RFC 4648 §10 test vectors, in this module's lower-case unpadded spelling.
private let rfc4648Vectors: [(plain: String, encoded: String, padded: String)] = [
    ("", "", ""),
    ("f", "my", "MY======"),
    ("fo", "mzxq", "MZXQ===="),
    ("foo", "mzxw6", "MZXW6==="),
    ("foob", "mzxw6yq", "MZXW6YQ="),
    ("fooba", "mzxw6ytb", "MZXW6YTB"),
    ("foobar", "mzxw6ytboi", "MZXW6YTBOI======"),
]

@Suite struct Base32Tests {
    @Test func base32EncodesRfc4648VectorsInLowerCaseWithoutPadding() {
        for vector in rfc4648Vectors {
            #expect(Base32.encode(vector.plain.utf8) == vector.encoded, "\(vector.plain)")
        }
    }

    @Test func base32DecodesRfc4648VectorsFromLowerCaseUnpaddedForm() {
        for vector in rfc4648Vectors {
            #expect(Base32.decode(vector.encoded) == Array(vector.plain.utf8), "\(vector.encoded)")
        }
    }

    @Test func base32DecodesRfc4648VectorsFromUpperCasePaddedForm() {
        for vector in rfc4648Vectors {
            #expect(Base32.decode(vector.padded) == Array(vector.plain.utf8), "\(vector.padded)")
        }
    }

    @Test func base32DecodesMixedCase() {
        #expect(Base32.decode("MzXw6YtBoI") == Array("foobar".utf8))
    }

    @Test func base32RoundTripsEveryLengthUpTo40Bytes() {
        for count in 0...40 {
            let bytes = patternBytes(count: count)
            let encoded = Base32.encode(bytes)
            #expect(encoded.utf8.count == (count * 8 + 4) / 5)
            #expect(Base32.decode(encoded) == bytes, "\(count) bytes")
        }
    }

    @Test(arguments: ["mzxw6!", "mzxw 6", "mzxw1", "mzxw8", "mzxw0", "mzxé", "my=a====", "=", "mzxw6y=b"])
    func base32RejectsCharactersOutsideTheAlphabet(text: String) {
        #expect(Base32.decode(text) == nil)
    }

    /// 1, 3 or 6 characters in the last group cannot come from whole bytes.
    @Test(arguments: ["m", "mzx", "mzxw6y", "mzxw6ytbo", "M=======", "MZX====="])
    func base32RejectsImpossibleLengths(text: String) {
        #expect(Base32.decode(text) == nil)
    }

    @Test(arguments: ["MY=", "MY=======", "MZXW6YTB========", "========"])
    func base32RejectsIncompleteOrExcessPadding(text: String) {
        #expect(Base32.decode(text) == nil)
    }

    /// "mz" would leave two unused bits set: it is not the spelling of any byte string.
    @Test func base32RejectsNonZeroUnusedBits() {
        #expect(Base32.decode("mz") == nil)
        #expect(Base32.decode("my") == [UInt8(ascii: "f")])
    }
}
