import Digest
import Testing

@Suite struct HexTests {
    @Test func hexEncodesInLowerCase() {
        #expect(Hex.encode([0x00, 0x01, 0x7f, 0x80, 0xab, 0xff]) == "00017f80abff")
    }

    @Test func hexOfNoBytesIsEmpty() {
        #expect(Hex.encode([UInt8]()) == "")
        #expect(Hex.decode("") == [])
    }

    @Test func hexDecodesEitherCase() {
        #expect(Hex.decode("00017f80abff") == [0x00, 0x01, 0x7f, 0x80, 0xab, 0xff])
        #expect(Hex.decode("DEADbeef") == [0xde, 0xad, 0xbe, 0xef])
    }

    @Test func hexRoundTripsAllByteValues() {
        let bytes = (0...255).map { UInt8($0) }
        let encoded = Hex.encode(bytes)
        #expect(encoded.utf8.count == 512)
        #expect(Hex.decode(encoded) == bytes)
        #expect(Hex.decode(encoded.uppercased()) == bytes)
    }

    @Test func hexEncodesNonContiguousSequence() {
        #expect(Hex.encode((0..<4).lazy.map { UInt8($0 * 17) }) == "00112233")
    }

    @Test(arguments: ["0", "abc", "0g", "g0", "zz", " 00", "00 ", "0x00", "é0", "+1"])
    func hexRejectsOddLengthsAndNonDigits(text: String) {
        #expect(Hex.decode(text) == nil)
    }
}
