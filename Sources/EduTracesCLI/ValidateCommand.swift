import Foundation
import XAPIValidation

/// `edutraces validate`: checks every statement of every input and writes one report.
struct ValidateCommand {
    let options: ValidateOptions
    let output: Output
    let diagnostics: Output

    func run() async -> Int32 {
        let validator = Validator(configuration: .init(version: options.version))
        var writer: any ReportWriter
        do {
            switch options.format {
            case .text: writer = TextReportWriter(output: output)
            case .json: writer = try JSONReportWriter(output: output)
            case .junit: writer = try JUnitReportWriter(output: output)
            }
        } catch {
            diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        var total = ValidationSummary()
        var readInputs = 0
        var unreadable = false
        for input in options.inputs {
            let source: ByteSource
            do {
                source = try ByteSource(path: input)
            } catch {
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
                continue
            }
            readInputs += 1
            var summary = ValidationSummary()
            let progress = ProgressMeter(output: diagnostics)
            do {
                try writer.beginInput(input)
                try await ExportValidation(validator: validator).run(
                    ExportReader(source: source),
                    into: &summary,
                    record: { try writer.record($0, input: input) },
                    progress: { progress.update(statements: $0, bytes: $1, totalBytes: source.size) }
                )
            } catch {
                progress.finish()
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
            }
            progress.finish()
            do {
                try writer.endInput(input, summary: summary)
            } catch {
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
            }
            total.add(summary)
        }
        do {
            try writer.finish(total, inputCount: readInputs)
        } catch {
            diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        if unreadable { return EduTraces.ExitStatus.usage }
        return total.invalid > 0 ? EduTraces.ExitStatus.findings : EduTraces.ExitStatus.success
    }
}
