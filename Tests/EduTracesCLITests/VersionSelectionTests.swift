import Testing

/// `--xapi` chooses the version statements are checked against; `auto` follows each statement's `version`.
@Suite("xAPI version selection")
struct VersionSelectionTests {
    @Test func acceptsXAPI2PropertyWhenCheckingAs2() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.contextAgents(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--xapi", "2.0.0", "--format", "json", file)
        #expect(run.status == 0)
        #expect(try run.jsonReport().results.isEmpty)
    }

    @Test func rejectsXAPI2PropertyWhenCheckingAs103() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.contextAgents(1)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--xapi", "1.0.3", "--format", "json", file)
        #expect(run.status == 1)
        let finding = try #require(try run.jsonReport().results.first?.findings.first)
        #expect(finding.path == "/context/contextAgents")
        #expect(finding.severity == "error")
    }

    @Test func automaticChecksStatementWithoutVersionAs103() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.contextAgents(1)])
        #expect(await inputs.edutraces("validate", "--profile", "none", file).status == 1)
        #expect(await inputs.edutraces("validate", "--profile", "none", "--xapi", "auto", file).status == 1)
    }

    @Test func automaticChecksStatementDeclaring2As2() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.contextAgents(1, version: "2.0.0")])
        let run = await inputs.edutraces("validate", "--profile", "none", "--xapi", "auto", file)
        #expect(run.status == 0)
    }

    @Test func rejectsVersion2WhenCheckingAs103() async throws {
        let inputs = try InputFolder()
        let file = try inputs.write("export.ndjson", lines: [Statements.valid(1, extra: #","version":"2.0.0""#)])
        let run = await inputs.edutraces("validate", "--profile", "none", "--xapi", "1.0.3", "--format", "json", file)
        #expect(run.status == 1)
        #expect(try run.jsonReport().results.first?.findings.map(\.path) == ["/version"])
    }
}
