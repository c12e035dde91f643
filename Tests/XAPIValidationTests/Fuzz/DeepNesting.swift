import TestSupport
import XAPI

/// Builders of deeply nested JSON texts: `[[[…]]]` or `{"a":{"a":…}}`, from a few levels to a million.
///
/// A recursive parser without a depth limit overflows its stack on these; ``JSONParser`` must stop at
/// its limit (256 by default, at most ``JSONParser/depthCeiling``) with a syntax error instead.
enum DeepNesting {
    /// What each level is made of.
    enum Shape: CaseIterable, Sendable {
        /// `[` … `]`
        case array
        /// `{"a":` … `}`
        case object

        var opening: [UInt8] { self == .array ? [UInt8(ascii: "[")] : Array(#"{"a":"#.utf8) }
        var closing: UInt8 { self == .array ? UInt8(ascii: "]") : UInt8(ascii: "}") }
    }

    /// `inner` nested in `levels` containers; without `closed`, the text stops before the first closer.
    static func wrap(_ inner: [UInt8], levels: Int, shape: Shape, closed: Bool) -> [UInt8] {
        var text = repeated(shape.opening, count: levels)
        text.append(contentsOf: inner)
        if closed { text.append(contentsOf: repeated([shape.closing], count: levels)) }
        return text
    }

    /// `unit` written `count` times, built by doubling so that a million levels take twenty copies.
    static func repeated(_ unit: [UInt8], count: Int) -> [UInt8] {
        guard count > 0 else { return [] }
        var text = unit
        text.reserveCapacity(unit.count * count)
        while text.count * 2 <= unit.count * count { text.append(contentsOf: text) }
        text.append(contentsOf: text[0..<(unit.count * count - text.count)])
        return text
    }

    /// A number of levels for the fuzzer: mostly a few around the parser limits (so that the text
    /// lands just under or just over them, given `ownDepth`, the depth already there), sometimes
    /// 10,000 to 1,000,000.
    static func levels(around ownDepth: Int, using generator: inout SplitMix64) -> Int {
        let draw = generator.below(100)
        switch draw {
        case 0..<50: return max(1, JSONParser().maxDepth - ownDepth + generator.within(-3...3))
        case 50..<65: return max(1, JSONParser.depthCeiling - ownDepth + generator.within(-3...3))
        case 65..<90: return generator.within(10_000...100_000)
        case 90..<98: return generator.within(100_001...999_999)
        default: return 1_000_000
        }
    }

    /// The deepest nesting of arrays and objects in `bytes`, ignoring what is inside strings.
    static func depth(of bytes: [UInt8]) -> Int {
        var depth = 0
        var deepest = 0
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = MemberLayout.endOfString(in: bytes, from: index) else { return deepest }
                index = end
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
            default:
                break
            }
            index += 1
        }
        return deepest
    }
}
