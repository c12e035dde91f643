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
        var unreadable = false
        for input in options.inputs {
            do {
                let source = try ByteSource(path: input)
                let reader = ExportReader(source: source)
                let progress = ProgressMeter(output: diagnostics)
                try writer.beginInput(input)
                let summary = try await ExportValidation(validator: validator).run(
                    reader,
                    record: { try writer.record($0, input: input) },
                    progress: { progress.update(statements: $0, bytes: $1, totalBytes: source.size) }
                )
                progress.finish()
                try writer.endInput(input, summary: summary)
                total.add(summary)
            } catch {
                diagnostics.write("edutraces: \(error)\n")
                unreadable = true
            }
        }
        do {
            try writer.finish(total, inputCount: options.inputs.count)
        } catch {
            diagnostics.write("edutraces: \(error)\n")
            return EduTraces.ExitStatus.usage
        }
        if unreadable { return EduTraces.ExitStatus.usage }
        return total.invalid > 0 ? EduTraces.ExitStatus.findings : EduTraces.ExitStatus.success
    }
}
