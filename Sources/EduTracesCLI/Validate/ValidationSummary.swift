import XAPIValidation

/// Counts of a validation run, for one input or all of them.
struct ValidationSummary: Sendable {
    var statements = 0
    var valid = 0
    var invalid = 0
    var errors = 0
    var warnings = 0

    /// Counts one statement's verdict.
    mutating func count(_ verdict: StatementVerdict) {
        statements += 1
        if verdict.isValid { valid += 1 } else { invalid += 1 }
        for finding in verdict.findings {
            if finding.severity == .error { errors += 1 } else { warnings += 1 }
        }
    }

    /// Adds another summary's counts.
    mutating func add(_ other: ValidationSummary) {
        statements += other.statements
        valid += other.valid
        invalid += other.invalid
        errors += other.errors
        warnings += other.warnings
    }
}
