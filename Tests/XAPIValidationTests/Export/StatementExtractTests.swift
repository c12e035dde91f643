import Testing
import XAPI
import XAPIValidation

/// The caller's extract: run by the examiner on the tree it parsed, handed back with the examined statement.
@Suite("Statement extract")
struct StatementExtractTests {
    static let id = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0"

    /// A conforming 1.0.3 statement with `verb` as its verb id; `extra` adds members (`,"key":value`).
    static func statement(verb: String, extra: String = "") -> String {
        #"{"id":"\#(id)","actor":{"mbox":"mailto:learner@example.com"},"#
            + #""verb":{"id":"\#(verb)"},"object":{"id":"http://example.com/activities/1"}\#(extra)}"#
    }

    static func verbID(_ statement: JSONValue) -> (any Sendable)? {
        statement["verb"]?["id"]?.stringValue
    }

    @Test func handsBackWhatTheExtractTookFromTheParsedText() {
        let export = ExportValidator(validator: Validator(), extracting: Self.verbID)
        let examined = export.examiner.examine(bytes: Array(Self.statement(verb: "http://example.com/verbs/a").utf8))
        #expect(examined.extract as? String == "http://example.com/verbs/a")
        #expect(examined.report.isValid)
    }

    @Test func handsBackWhatTheExtractTookFromAGivenValue() throws {
        let value = try JSONParser().parse(Array(Self.statement(verb: "http://example.com/verbs/b").utf8))
        let examined = ExportValidator(validator: Validator(), extracting: Self.verbID).examiner.examine(value)
        #expect(examined.extract as? String == "http://example.com/verbs/b")
    }

    @Test func handsBackNothingForTextThatIsNotJSON() {
        let examiner = ExportValidator(validator: Validator()) { _ in "taken" }.examiner
        let examined = examiner.examine(bytes: Array(#"{"verb":nope}"#.utf8))
        #expect(examined.extract == nil)
        #expect(examined.report.findings.map(\.rule) == ["json.syntax"])
    }

    @Test func handsBackNothingWithoutAnExtract() {
        let examined = ExportValidator(validator: Validator()).examiner.examine(
            bytes: Array(Self.statement(verb: "http://example.com/verbs/a").utf8)
        )
        #expect(examined.extract == nil)
    }

    @Test func readsAStatementWhoseOnlySyntaxProblemIsARepeatedKey() {
        let text = Self.statement(verb: "http://example.com/verbs/a", extra: #","result":{},"result":{}"#)
        let examined = ExportValidator(validator: Validator(), extracting: Self.verbID).examiner.examine(
            bytes: Array(text.utf8)
        )
        #expect(examined.extract as? String == "http://example.com/verbs/a")
        #expect(examined.report.findings.map(\.rule) == ["xapi.property.duplicate"])
    }

    @Test func leavesTheReportAndTheExportChecksAsWithoutIt() {
        let lines = [
            Self.statement(verb: "http://example.com/verbs/a"),
            Self.statement(verb: "http://example.com/verbs/b"),
            #"{"verb":nope}"#,
            Self.statement(verb: "http://example.com/verbs/a"),
        ]
        func reports(_ export: ExportValidator) -> [[String]] {
            var export = export
            let examiner = export.examiner
            return lines.enumerated().map { index, line in
                let position = ExportPosition(index: index, line: index + 1, sharesBatch: false)
                return export.judge(examiner.examine(bytes: Array(line.utf8)), at: position).findings.map(\.rule)
            }
        }
        let plain = reports(ExportValidator(validator: Validator()))
        #expect(reports(ExportValidator(validator: Validator(), extracting: Self.verbID)) == plain)
        // The second statement reuses the first one's id with other content; the fourth repeats the first.
        #expect(plain[1] == ["xapi.batch.duplicate-id"])
        #expect(plain[3] == ["xapi.export.repeated-statement"])
    }

    @Test func idTextIsReadWhateverTheExtract() {
        let examined = ExportValidator(validator: Validator()) { _ in nil }.examiner.examine(
            bytes: Array(Self.statement(verb: "http://example.com/verbs/a").utf8)
        )
        #expect(examined.idText == Self.id)
        #expect(examined.extract == nil)
    }
}
