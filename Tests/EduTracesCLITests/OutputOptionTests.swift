import Foundation
import Testing

/// `validate -o FILE`: the report goes to FILE, whole or not at all, whatever its format.
@Suite("Output option")
struct OutputOptionTests {
    @Test(arguments: ["text", "json", "junit", "html"])
    func writesTheReportToTheFileInsteadOfStandardOutput(format: String) async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1), Statements.badMailbox(2)])
        let expected = await inputs.edutraces("validate", "--format", format, file)
        let run = await inputs.edutraces("validate", "--format", format, "-o", inputs.path("report"), file)
        #expect(run.status == expected.status)
        #expect(run.output.isEmpty)
        #expect(try String(contentsOfFile: inputs.path("report"), encoding: .utf8) == expected.output)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: inputs.url.path).sorted() == [
                "export.ndjson", "report",
            ]
        )
    }

    @Test func leavesNoFileWhenTheFolderDoesNotExist() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        let run = await inputs.edutraces("validate", "-o", inputs.path("missing/report.txt"), file)
        #expect(run.status == 2)
        #expect(run.diagnostics.contains("missing/report.txt"))
        #expect(!FileManager.default.fileExists(atPath: inputs.path("missing")))
    }

    @Test func leavesTheEarlierFileWhenTheReportCannotBePutInPlace() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1)])
        // A folder in the way: the report is written beside it, then cannot replace it.
        let folder = inputs.path("report.html")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        try inputs.write("report.html/kept", "earlier")
        let run = await inputs.edutraces("validate", "--format", "html", "-o", folder, file)
        #expect(run.status == 2)
        #expect(try String(contentsOfFile: inputs.path("report.html/kept"), encoding: .utf8) == "earlier")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: inputs.url.path).sorted() == [
                "export.ndjson", "report.html",
            ]
        )
    }
}
