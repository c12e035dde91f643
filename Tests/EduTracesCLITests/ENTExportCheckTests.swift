import Foundation
import TestSupport
import Testing

/// The reports shipped in Examples/ENTExportCheck/reports are what `check-export.sh` makes of the sample
/// export today: each test runs the same `validate` in process and compares, so the examples cannot rot.
@Suite("ENT export check example")
struct ENTExportCheckTests {
    static let folder = ConformanceCorpus.packageRoot.appendingPathComponent("Examples/ENTExportCheck")
    static let sample = ConformanceCorpus.packageRoot.appendingPathComponent("Examples/ent-export.ndjson").path
    /// How the script names the sample: relative to its own folder.
    static let sampleAsWritten = "../ent-export.ndjson"

    @Test(arguments: [("text", "report.txt"), ("junit", "report.junit.xml"), ("html", "report.html")])
    func shippedReportIsWhatValidateWritesNow(format: String, file: String) async throws {
        let shipped = try String(
            contentsOf: Self.folder.appendingPathComponent("reports/\(file)"),
            encoding: .utf8
        )
        let run = await edutraces("validate", "--lang", "en", "--format", format, Self.sample)
        #expect(run.status == 1)
        let written = run.output.replacingOccurrences(of: Self.sample, with: Self.sampleAsWritten)
        #expect(written == shipped, "regenerate with Examples/ENTExportCheck/check-export.sh")
    }

    @Test func scriptWritesTheThreeReportsAndExitsOneForAnExportWithErrors() async throws {
        let reports = try InputFolder()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [Self.folder.appendingPathComponent("check-export.sh").path, Self.sample, reports.url.path]
        var environment = ProcessInfo.processInfo.environment
        environment["EDUTRACES"] = try Executable.url().path
        environment["REPORT_LANG"] = nil
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        #expect(process.terminationStatus == 1)
        for (format, file) in [("text", "report.txt"), ("junit", "report.junit.xml"), ("html", "report.html")] {
            let written = try String(contentsOfFile: reports.path(file), encoding: .utf8)
            #expect(written == (await edutraces("validate", "--lang", "en", "--format", format, Self.sample)).output)
            #expect(printed.contains(reports.path(file)))
        }
        // The summary closes what the script prints, as it closes the text report.
        let text = try String(contentsOfFile: reports.path("report.txt"), encoding: .utf8)
        let summary = try #require(text.split(separator: "\n").last)
        #expect(printed.hasSuffix("\n\(summary)\n"))
    }
}
