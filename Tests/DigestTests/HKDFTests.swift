import Digest
import Testing

/// The HKDF-SHA256 test cases of RFC 5869 Appendix A.
///
/// The API returns only the OKM; the PRK of each case is checked through HMAC, which is what the extract step is.
@Suite struct HKDFTests {
    @Test func hkdfSHA256Rfc5869Case1() throws {
        let inputKeyMaterial = [UInt8](repeating: 0x0b, count: 22)
        let salt = (0x00...0x0c).map { UInt8($0) }
        let info = (0xf0...0xf9).map { UInt8($0) }
        #expect(
            Hex.encode(HMAC.sha256(key: salt, message: inputKeyMaterial))
                == "077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5"
        )
        let output = try #require(
            HKDF.sha256(inputKeyMaterial: inputKeyMaterial, salt: salt, info: info, outputByteCount: 42)
        )
        #expect(
            Hex.encode(output)
                == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865"
        )
    }

    @Test func hkdfSHA256Rfc5869Case2WithLongInputs() throws {
        let inputKeyMaterial = (0x00...0x4f).map { UInt8($0) }
        let salt = (0x60...0xaf).map { UInt8($0) }
        let info = (0xb0...0xff).map { UInt8($0) }
        #expect(
            Hex.encode(HMAC.sha256(key: salt, message: inputKeyMaterial))
                == "06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244"
        )
        let output = try #require(
            HKDF.sha256(inputKeyMaterial: inputKeyMaterial, salt: salt, info: info, outputByteCount: 82)
        )
        #expect(
            Hex.encode(output)
                == "b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                + "59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                + "cc30c58179ec3e87c14c01d5c1f3434f1d87"
        )
    }

    @Test func hkdfSHA256Rfc5869Case3WithEmptySaltAndInfo() throws {
        let inputKeyMaterial = [UInt8](repeating: 0x0b, count: 22)
        let zeroSalt = [UInt8](repeating: 0, count: 32)
        #expect(
            Hex.encode(HMAC.sha256(key: zeroSalt, message: inputKeyMaterial))
                == "19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04"
        )
        let output = try #require(
            HKDF.sha256(inputKeyMaterial: inputKeyMaterial, salt: [UInt8](), info: [UInt8](), outputByteCount: 42)
        )
        #expect(
            Hex.encode(output)
                == "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
        )
    }

    @Test func hkdfSHA256OutputIsAPrefixOfLongerOutput() throws {
        let long = try #require(
            HKDF.sha256(inputKeyMaterial: [1, 2, 3], salt: [4], info: [5], outputByteCount: 100)
        )
        let short = try #require(
            HKDF.sha256(inputKeyMaterial: [1, 2, 3], salt: [4], info: [5], outputByteCount: 33)
        )
        #expect(long.count == 100)
        #expect(Array(long.prefix(33)) == short)
    }

    @Test func hkdfSHA256AllowsUpTo255BlocksAndEmptyOutput() {
        #expect(HKDF.sha256(inputKeyMaterial: [1], salt: [2], info: [3], outputByteCount: 255 * 32)?.count == 8160)
        #expect(HKDF.sha256(inputKeyMaterial: [1], salt: [2], info: [3], outputByteCount: 0) == [])
    }

    @Test func hkdfSHA256RejectsMoreThan255BlocksOrNegativeLength() {
        #expect(HKDF.sha256(inputKeyMaterial: [1], salt: [2], info: [3], outputByteCount: 255 * 32 + 1) == nil)
        #expect(HKDF.sha256(inputKeyMaterial: [1], salt: [2], info: [3], outputByteCount: -1) == nil)
    }
}
