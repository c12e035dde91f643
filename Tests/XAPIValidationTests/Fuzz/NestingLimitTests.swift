import TestSupport
import Testing
import XAPI
import XAPIValidation

/// Nesting up to the parser's default limit (256) is handled through every layer; one level more, or a
/// million, is one syntax finding. The deeper limits a parser may be given are covered, in child
/// processes, by ``StackDepthRegressionTests``.
@Suite("Nesting limits")
struct NestingLimitTests {
    static let limit = JSONParser().maxDepth

    /// A valid statement whose result extension holds a value that brings the whole text to `depth` levels.
    static func statement(nestedTo depth: Int, shape: DeepNesting.Shape) -> [UInt8] {
        let prefix =
            #"{"actor":{"mbox":"mailto:a@example.com"},"verb":{"id":"http://example.com/verbs/tried"},"#
            + #""object":{"id":"http://example.com/activities/a"},"result":{"extensions":{"http://example.com/e":"#
        // The statement, its result and the extensions object are the first three levels.
        let value = DeepNesting.wrap(Array("1".utf8), levels: depth - 3, shape: shape, closed: true)
        return Array(prefix.utf8) + value + Array("}}}".utf8)
    }

    @Test(arguments: DeepNesting.Shape.allCases)
    func statementNestedToTheLimitParsesValidatesAndDecodes(shape: DeepNesting.Shape) throws {
        let bytes = Self.statement(nestedTo: Self.limit, shape: shape)
        #expect(DeepNesting.depth(of: bytes) == Self.limit)
        let value = try JSONParser().parse(bytes)
        expectIdentical(try JSONParser().parse(JSONWriter.bytes(from: value)), value)

        let report = Validator().validate(bytes: bytes)
        #expect(report.isValid, "\(report.findings)")

        let statement = try Statement(json: value)
        #expect(try Statement(json: statement.json) == statement)
        #expect(statement.jsonBytes == bytes)
    }

    @Test(arguments: DeepNesting.Shape.allCases)
    func oneLevelPastTheLimitIsOneSyntaxFinding(shape: DeepNesting.Shape) {
        let bytes = Self.statement(nestedTo: Self.limit + 1, shape: shape)
        do throws(JSONSyntaxError) {
            _ = try JSONParser().parse(bytes)
            Issue.record("\(Self.limit + 1) levels parsed with a limit of \(Self.limit)")
        } catch {
            #expect(error.kind == .tooDeep(limit: Self.limit))
        }
        let report = Validator().validate(bytes: bytes)
        #expect(report.findings.map(\.rule) == [Rule.jsonSyntax.id])
        #expect(throws: ModelDecodingError.self) { try Statement(jsonBytes: bytes) }
    }

    @Test(arguments: DeepNesting.Shape.allCases, [10_000, 1_000_000])
    func deepNestingStopsAtTheLimit(shape: DeepNesting.Shape, levels: Int) {
        for closed in [true, false] {
            let bytes = DeepNesting.wrap(Array("null".utf8), levels: levels, shape: shape, closed: closed)
            do throws(JSONSyntaxError) {
                _ = try JSONParser().parse(bytes)
                Issue.record("\(levels) levels parsed with a limit of \(Self.limit)")
            } catch {
                #expect(error.kind == .tooDeep(limit: Self.limit))
                // The container past the limit opens right after `limit` openings: nothing further is read.
                #expect(error.offset == Self.limit * shape.opening.count)
            }
            let report = Validator().validate(bytes: bytes)
            #expect(report.findings.map(\.rule) == [Rule.jsonSyntax.id])
            #expect(throws: ModelDecodingError.self) { try Statement(jsonBytes: bytes) }
        }
    }

    @Test func limitsAreClampedToTheCeiling() {
        #expect(JSONParser(maxDepth: 1_000_000).maxDepth == JSONParser.depthCeiling)
        #expect(JSONParser(maxDepth: .max).maxDepth == JSONParser.depthCeiling)
        #expect(JSONParser(maxDepth: 0).maxDepth == 1)
        #expect(JSONParser(maxDepth: -5).maxDepth == 1)
    }
}
