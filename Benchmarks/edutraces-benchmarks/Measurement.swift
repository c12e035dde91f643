import Foundation

/// Times a piece of work over several rounds and keeps the best, the usual way to read throughput.
struct Measurement {
    let name: String
    let bytes: Int
    let statements: Int
    let seconds: Double

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    var statementsPerSecond: Double { Double(statements) / seconds }

    /// Runs `work` `rounds` times and keeps the fastest round.
    static func best(
        _ name: String,
        bytes: Int,
        statements: Int,
        rounds: Int,
        _ work: () throws -> Void
    ) rethrows -> Measurement {
        var best = Double.infinity
        let clock = ContinuousClock()
        for _ in 0..<rounds {
            let elapsed = try clock.measure(work)
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        return Measurement(name: name, bytes: bytes, statements: statements, seconds: best)
    }
}

/// Prints measurements as a table with each one's ratio to a baseline.
func report(_ title: String, _ measurements: [Measurement], baseline: Measurement) {
    print("\n\(title)")
    print(pad("", 48) + pad("MB/s", 10) + pad("stmts/s", 12) + "ratio")
    for measurement in measurements {
        let ratio = measurement.statementsPerSecond / baseline.statementsPerSecond
        print(
            pad(measurement.name, 48) + pad(format(measurement.megabytesPerSecond, 1), 10)
                + pad(format(measurement.statementsPerSecond, 0), 12) + format(ratio, 2) + "×"
        )
    }
}

func format(_ value: Double, _ digits: Int) -> String {
    String(format: "%.\(digits)f", value)
}

func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
}

/// The byte ranges of the non-empty lines of `bytes`.
func lineRanges(of bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
        if index > start { ranges.append(start..<index) }
        start = index + 1
    }
    if start < bytes.count { ranges.append(start..<bytes.count) }
    return ranges
}
