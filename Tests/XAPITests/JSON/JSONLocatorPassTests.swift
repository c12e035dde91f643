import TestSupport
import Testing
import XAPI

/// Locating many values in one pass gives what locating each alone gives, on random documents.
@Suite("Locating many values in one pass")
struct JSONLocatorPassTests {
    /// A random document written with random whitespace, and the pointers of every value in it.
    struct Document {
        var text: [UInt8] = []
        var pointers: [JSONPointer] = []
        /// Whether an object may repeat a key.
        var repeatsKeys = true
    }

    /// Keys with repeats (the first member counts), escapes (decoded before comparison) and non-ASCII.
    static let keys = [
        "id", "actor", "name", "a", "0", "1", "é", "a\\u00e9", "q\\\"k", "x/y", "m~n", "objectType", "",
    ]
    /// Strings that look like structure, with escapes and multibyte characters.
    static let strings = [
        "plain", "[not, an] {array}", "a \\\"quoted\\\" word", "back\\\\slash", "élève", "日本語", "\\u0041\\n",
        "commas, colons: \\\"}\\\"", "https://ent.example.fr/path?x=1#f",
    ]
    static let scalars = ["true", "false", "null", "0", "-1.5e3", "42"]

    static func whitespace(_ random: inout SplitMix64) -> String {
        random.element(of: ["", "", "", " ", "\n", "\n  ", "\t", "\r\n"])
    }

    static func write(
        _ document: inout Document,
        at pointer: JSONPointer,
        depth: Int,
        _ random: inout SplitMix64
    ) {
        document.pointers.append(pointer)
        let kind = depth >= 5 ? random.below(3) : random.below(6)
        var text = ""
        switch kind {
        case 0:
            text = random.element(of: scalars)
        case 1, 2:
            text = "\"" + random.element(of: strings) + "\""
        case 3:
            document.text += Array("[".utf8)
            let count = random.below(5)
            for index in 0..<count {
                document.text += Array((whitespace(&random)).utf8)
                write(&document, at: pointer.appending(index), depth: depth + 1, &random)
                document.text += Array((whitespace(&random) + (index + 1 < count ? "," : "")).utf8)
            }
            text = whitespace(&random) + "]"
        default:
            document.text += Array("{".utf8)
            var written: [String] = []
            for _ in 0..<random.below(5) {
                let key = random.element(of: keys)
                if document.repeatsKeys || !written.contains(where: { decoded($0) == decoded(key) }) {
                    written.append(key)
                }
            }
            let count = written.count
            for (index, written) in written.enumerated() {
                document.text += Array((whitespace(&random) + "\"" + written + "\"" + whitespace(&random) + ":").utf8)
                document.text += Array(whitespace(&random).utf8)
                write(&document, at: pointer.appending(decoded(written)), depth: depth + 1, &random)
                document.text += Array((whitespace(&random) + (index + 1 < count ? "," : "")).utf8)
            }
            text = whitespace(&random) + "}"
        }
        document.text += Array(text.utf8)
    }

    /// The key a written key stands for.
    static func decoded(_ written: String) -> String {
        switch written {
        case "a\\u00e9": "aé"
        case "q\\\"k": "q\"k"
        default: written
        }
    }

    static func document(seed: UInt64, repeatsKeys: Bool = true) -> Document {
        var random = SplitMix64(seed: 0x10CA_7E, stream: seed)
        var document = Document(repeatsKeys: repeatsKeys)
        document.text += Array(whitespace(&random).utf8)
        write(&document, at: .root, depth: 0, &random)
        document.text += Array(whitespace(&random).utf8)
        return document
    }

    /// Pointers to values present, to values absent (past an array's end, under a scalar, an unknown
    /// key) and repeats, shuffled.
    static func pointers(for document: Document, _ random: inout SplitMix64) -> [JSONPointer] {
        var chosen: [JSONPointer] = []
        for _ in 0..<random.within(1...12) {
            var pointer = random.element(of: document.pointers)
            switch random.below(6) {
            case 0: pointer = pointer.appending(random.below(6))
            case 1: pointer = pointer.appending(random.element(of: ["absent", "id", "é", "00"]))
            default: break
            }
            chosen.append(pointer)
        }
        if random.chance(1, in: 4), let repeated = chosen.first { chosen.append(repeated) }
        return chosen
    }

    @Test func findsWhatLocatingEachAloneFinds() {
        for seed in 0..<2_000 as Range<UInt64> {
            let document = Self.document(seed: seed)
            var random = SplitMix64(seed: seed)
            let pointers = Self.pointers(for: document, &random)
            document.text.withUnsafeBufferPointer { text in
                let alone = pointers.map { JSONLocator.position(of: $0, in: text) }
                #expect(JSONLocator.positions(of: pointers, in: text) == alone, "seed \(seed)")
                #expect(
                    JSONLocator.offsets(of: pointers, in: text) == pointers.map { JSONLocator.offset(of: $0, in: text) }
                )
            }
        }
    }

    @Test func findsEveryValueOfADocument() {
        for seed in 0..<300 as Range<UInt64> {
            let document = Self.document(seed: seed, repeatsKeys: false)
            document.text.withUnsafeBufferPointer { text in
                let offsets = JSONLocator.offsets(of: document.pointers, in: text)
                #expect(offsets.allSatisfy { $0 != nil }, "seed \(seed)")
                #expect(offsets == document.pointers.map { JSONLocator.offset(of: $0, in: text) }, "seed \(seed)")
            }
        }
    }

    @Test func agreesWithLocatingEachAloneOnTextThatIsNotJSON() {
        for seed in 0..<2_000 as Range<UInt64> {
            var document = Self.document(seed: seed)
            var random = SplitMix64(seed: seed ^ 0xBAD)
            let pointers = Self.pointers(for: document, &random)
            // Cut the text short, drop a byte or put a stray bracket, quote or backslash in it.
            guard !document.text.isEmpty else { continue }
            let place = random.below(document.text.count)
            switch random.below(3) {
            case 0: document.text.removeSubrange(place...)
            case 1: document.text.remove(at: place)
            default: document.text.insert(random.element(of: Array("{}[]\",:\\".utf8)), at: place)
            }
            document.text.withUnsafeBufferPointer { text in
                let alone = pointers.map { JSONLocator.offset(of: $0, in: text) }
                #expect(JSONLocator.offsets(of: pointers, in: text) == alone, "seed \(seed)")
            }
        }
    }

    @Test func countsLinesAndColumnsOfManyOffsetsAsEachAlone() {
        var random = SplitMix64(seed: 7)
        for round in 0..<500 {
            let pieces = ["a", "é", "日", "\n", "\r\n", " ", "{\"k\": 1}", "😀", "abcdefghij"]
            var text = ""
            for _ in 0..<random.below(60) { text += random.element(of: pieces) }
            let bytes = Array(text.utf8)
            let offsets = (0..<random.within(1...10)).map { _ in random.within(-3...(bytes.count + 3)) }
            bytes.withUnsafeBufferPointer { buffer in
                let alone = offsets.map { TextPosition(of: $0, in: buffer) }
                #expect(TextPosition.positions(of: offsets, in: buffer) == alone, "round \(round)")
            }
        }
    }

    @Test func findsNothingInEmptyText() {
        let pointers = [JSONPointer.root, JSONPointer.root.appending("a")]
        let positions = [UInt8]().withUnsafeBufferPointer { JSONLocator.positions(of: pointers, in: $0) }
        #expect(positions == [nil, nil])
    }
}
