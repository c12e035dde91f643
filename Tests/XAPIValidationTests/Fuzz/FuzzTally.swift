/// What a fuzz run did: how many inputs, how they fared, per operator, and every property broken.
struct FuzzTally: Sendable {
    /// How often one operator was applied, and how many of those inputs were still JSON.
    struct OperatorCount: Sendable {
        var applied = 0
        var parsed = 0
    }

    /// How many violations are kept with their full text; the rest are only counted.
    static let keptViolations = 20

    var inputs = 0
    /// Inputs that `JSONParser` accepted.
    var parsed = 0
    /// Inputs that `JSONParser` rejected (as not JSON).
    var rejected = 0
    /// Rejected inputs whose only fault is a repeated key, which the validator recovers from.
    var duplicateKeys = 0
    /// Parsed (or recovered) values that decoded as a `Statement`.
    var decodedStatements = 0
    /// Inputs wrapped at least 10,000 levels deep.
    var deeplyNested = 0
    var deepestNesting = 0
    var perOperator: [MutationOperator: OperatorCount] = [:]
    /// Inputs on which `JSONSerialization` and `JSONParser` gave the same verdict.
    var referenceAgreements = 0
    /// Inputs on which they differed in a known way, by difference.
    var referenceDifferences: [String: Int] = [:]
    /// Inputs on which they differed in a way not on the list (each also a violation).
    var referenceDisagreements = 0
    var slowest: Duration = .zero
    var slowestInput = 0
    var violationCount = 0
    /// The first violations, each with its input and how to replay it.
    var violations: [String] = []
    /// Whether the run stopped early because its task was cancelled (a time limit).
    var wasCancelled = false

    mutating func record(_ input: FuzzInput, verdict: RobustnessVerdict, elapsed: Duration, replay: String) {
        inputs += 1
        if verdict.parsed { parsed += 1 } else { rejected += 1 }
        if verdict.recoveredDuplicateKeys { duplicateKeys += 1 }
        if verdict.decodedStatement { decodedStatements += 1 }
        switch verdict.reference {
        case .agree: referenceAgreements += 1
        case .documented(let difference): referenceDifferences[difference, default: 0] += 1
        case .disagree: referenceDisagreements += 1
        }
        if input.nestingLevels >= 10_000 { deeplyNested += 1 }
        deepestNesting = max(deepestNesting, input.nestingLevels)
        for mutation in Set(input.operators) {
            perOperator[mutation, default: OperatorCount()].applied += 1
            if verdict.parsed { perOperator[mutation, default: OperatorCount()].parsed += 1 }
        }
        if elapsed > slowest {
            slowest = elapsed
            slowestInput = input.number
        }
        violationCount += verdict.violations.count
        for violation in verdict.violations where violations.count < Self.keptViolations {
            let operators = input.operators.map(\.rawValue).joined(separator: " + ")
            violations.append(
                "input #\(input.number) (\(input.seedName), \(operators), \(input.bytes.count) bytes): \(violation)\n"
                    + "  bytes: \(Self.preview(input.bytes))\n  \(replay)"
            )
        }
    }

    mutating func merge(_ other: FuzzTally) {
        inputs += other.inputs
        parsed += other.parsed
        rejected += other.rejected
        duplicateKeys += other.duplicateKeys
        decodedStatements += other.decodedStatements
        referenceAgreements += other.referenceAgreements
        referenceDifferences.merge(other.referenceDifferences, uniquingKeysWith: +)
        referenceDisagreements += other.referenceDisagreements
        deeplyNested += other.deeplyNested
        deepestNesting = max(deepestNesting, other.deepestNesting)
        for (mutation, count) in other.perOperator {
            perOperator[mutation, default: OperatorCount()].applied += count.applied
            perOperator[mutation, default: OperatorCount()].parsed += count.parsed
        }
        if other.slowest > slowest {
            slowest = other.slowest
            slowestInput = other.slowestInput
        }
        violationCount += other.violationCount
        violations.append(contentsOf: other.violations.prefix(Self.keptViolations - violations.count))
        wasCancelled = wasCancelled || other.wasCancelled
    }

    /// A few lines for the test log.
    var summary: String {
        var lines = [
            "\(inputs) inputs: \(parsed) parsed as JSON, \(rejected) rejected as not JSON "
                + "(\(duplicateKeys) of them for duplicate keys only), \(decodedStatements) decoded as a Statement, "
                + "\(deeplyNested) nested 10,000+ levels deep (deepest \(deepestNesting)); "
                + "\(violationCount) violations; "
                + "slowest input #\(slowestInput) took \(slowest)"
        ]
        let differences = referenceDifferences.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        lines.append(
            "  JSONSerialization: same verdict on \(referenceAgreements) inputs, known differences on "
                + (differences.isEmpty ? "none" : differences.joined(separator: ", "))
        )
        for mutation in MutationOperator.allCases {
            let count = perOperator[mutation] ?? OperatorCount()
            lines.append("  \(mutation.rawValue): applied to \(count.applied) inputs, \(count.parsed) still JSON")
        }
        return lines.joined(separator: "\n")
    }

    /// The start of `bytes`, printable ASCII as is and every other byte as `\xNN`.
    static func preview(_ bytes: [UInt8], limit: Int = 600) -> String {
        var text = ""
        for byte in bytes.prefix(limit) {
            if byte >= 0x20, byte < 0x7F, byte != UInt8(ascii: "\\") {
                text.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                text += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return bytes.count > limit ? text + "… (\(bytes.count - limit) more bytes)" : text
    }
}
