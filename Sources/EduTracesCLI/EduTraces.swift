import Foundation
import XAPI
import XAPIValidation

/// The `edutraces` command: validate trace exports, list rules.
package enum EduTraces {
    /// The version of the command: the SDK's.
    package static let version = EduTracesSDK.version

    /// Exit statuses, a contract with scripts.
    package enum ExitStatus {
        /// Every statement conforms (warnings allowed).
        package static let success: Int32 = 0
        /// At least one statement has an error.
        package static let findings: Int32 = 1
        /// The command line is wrong or an input cannot be read.
        package static let usage: Int32 = 2
    }

    static let usage = """
        usage: edutraces validate [--xapi auto|1.0.3|2.0.0] [--profile NAME|FILE|none]... [--format text|json|junit] [FILE|-]...
               edutraces rules [--format text|json|markdown]
               edutraces --version

        Commands:
          validate   Check xAPI statements against xAPI 1.0.3 or 2.0 (and labelling profiles). Inputs are
                     NDJSON (one statement a line), a JSON array, one statement, or a StatementResult;
                     no FILE or '-' reads standard input. Exit status: 0 no errors, 1 errors, 2 usage or I/O.
          rules      List every rule id with its severity, source and summary.
        """

    /// Runs the command with `arguments` (without the program name) and returns the exit status.
    package static func run(
        _ arguments: [String],
        standardOutput: Output,
        standardError: Output
    ) async -> Int32 {
        defer {
            standardOutput.flush()
            standardError.flush()
        }
        guard let command = arguments.first else {
            standardError.write(usage + "\n")
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        do {
            switch command {
            case "validate":
                let options = try ValidateOptions(rest)
                return await ValidateCommand(options: options, output: standardOutput, diagnostics: standardError).run()
            case "rules":
                return try RulesCommand(rest, output: standardOutput).run()
            case "--version", "version":
                standardOutput.write("edutraces \(version)\n")
                return ExitStatus.success
            case "--help", "-h", "help":
                standardOutput.write(usage + "\n")
                return ExitStatus.success
            default:
                throw UsageError("unknown command '\(command)'")
            }
        } catch let error as UsageError {
            standardError.write("edutraces: \(error.description)\n\(usage)\n")
            return ExitStatus.usage
        } catch {
            standardError.write("edutraces: \(error)\n")
            return ExitStatus.usage
        }
    }
}
