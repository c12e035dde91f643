import Foundation

/// Throughput of one piece of work over the same input as the others of its table.
struct Measurement {
    let name: String
    let bytes: Int
    let statements: Int
    let seconds: Double

    var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    var statementsPerSecond: Double { Double(statements) / seconds }
}

/// A piece of work to time: its name and the closure that does it once.
struct Contender {
    let name: String
    let work: () throws -> Void
}

/// Times `contenders` in interleaved rounds (A B C A B C ...) and keeps each one's best round.
///
/// The machine this runs on is shared: interleaving makes a slow spell hit every contender alike,
/// so that their ratios stay meaningful even when absolute figures move.
func measureInterleaved(_ contenders: [Contender], bytes: Int, statements: Int, rounds: Int) throws -> [Measurement] {
    var best = Array(repeating: Double.infinity, count: contenders.count)
    let clock = ContinuousClock()
    for _ in 0..<rounds {
        for (index, contender) in contenders.enumerated() {
            let elapsed = try clock.measure(contender.work)
            best[index] = min(best[index], seconds(elapsed))
        }
    }
    return zip(contenders, best).map { Measurement(name: $0.name, bytes: bytes, statements: statements, seconds: $1) }
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Prints measurements as a table with each one's ratio to the first.
func report(_ title: String, _ measurements: [Measurement]) {
    guard let baseline = measurements.first else { return }
    print("\n\(title)")
    print(pad("", 52) + pad("MB/s", 10) + pad("stmts/s", 12) + "ratio")
    for measurement in measurements {
        let ratio = measurement.statementsPerSecond / baseline.statementsPerSecond
        print(
            pad(measurement.name, 52) + pad(format(measurement.megabytesPerSecond, 1), 10)
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
