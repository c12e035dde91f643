import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// Every statement case of the ADL LRS conformance suite is classified as the suite expects.
@Suite("ADL conformance suite", ConformanceCorpus.required(by: "ADL conformance suite"))
struct SuiteConformanceTests {
    @Test(arguments: ConformanceCorpus.suiteVersions)
    func classifiesEveryCaseAsTheSuiteExpects(version: String) throws {
        let cases = try ConformanceCorpus.suiteCases(version: version)
        let specVersion = try #require(SpecVersion(rawValue: version))
        let validator = Validator(configuration: .init(version: .fixed(specVersion)))
        var counts = (valid: 0, invalid: 0)
        var misclassified: [String] = []
        for suiteCase in cases {
            let reports: [Report]
            if suiteCase.isBatch, case .array(let statements) = suiteCase.statement {
                reports = validator.validate(batch: statements)
            } else {
                reports = [validator.validate(suiteCase.statement)]
            }
            let valid = reports.allSatisfy(\.isValid)
            if valid == suiteCase.expectedValid {
                if valid { counts.valid += 1 } else { counts.invalid += 1 }
            } else {
                let findings = reports.flatMap(\.errors).map(\.description).joined(separator: "; ")
                misclassified.append(
                    "\(suiteCase.name) [\(suiteCase.rule.prefix(120))] \(valid ? "accepted" : "rejected: " + findings)"
                )
            }
        }
        print(
            "xAPI \(version) suite: \(cases.count) cases, \(counts.valid) valid and \(counts.invalid) invalid classified as expected, \(misclassified.count) misclassified"
        )
        #expect(misclassified.isEmpty, "\(misclassified.joined(separator: "\n"))")
        #expect(counts.valid + counts.invalid == cases.count)
        // Every line of the file is a case, and the file is as long as the corpus says.
        #expect(try cases.count == ConformanceCorpus.lineCount(ofSuite: version))
        let documented = try #require(ConformanceCorpus.documentedCaseCounts[version])
        #expect(cases.count == documented.cases)
        #expect(cases.filter(\.expectedValid).count == documented.valid)
    }
}

/// The corpus reader itself: it refuses a corpus it cannot trust, so that no test passes on too little data.
@Suite("Conformance corpus reader")
struct ConformanceCorpusReaderTests {
    /// Runs `body` with a temporary corpus folder holding `suite` as the 1.0.3 file.
    static func withCorpus(holding suite: Data, _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("cts"),
            withIntermediateDirectories: true
        )
        defer { try? FileManager.default.removeItem(at: folder) }
        try suite.write(to: folder.appendingPathComponent("cts/xapi-1.0.3.jsonl"))
        try body(folder)
    }

    static let line = Data(
        #"{"name":"case","expected":"valid","statement":{"actor":{"mbox":"mailto:a@b.c"}}}"#.utf8 + [0x0A]
    )

    @Test func readsEveryLineOfACorpusAsLongAsDocumented() throws {
        let count = try #require(ConformanceCorpus.documentedCaseCounts["1.0.3"]?.cases)
        let suite = (0..<count).map { _ in Self.line }.reduce(Data(), +)
        try Self.withCorpus(holding: suite) { corpus in
            let cases = try ConformanceCorpus.suiteCases(version: "1.0.3", in: corpus)
            let lines = try ConformanceCorpus.lineCount(ofSuite: "1.0.3", in: corpus)
            #expect(cases.count == count && lines == count)
        }
    }

    @Test(arguments: [
        ("empty", Data()),
        ("truncated", line + line.dropLast(10)),
        ("blank line", line + Data([0x0A]) + line),
        ("not a case", line + Data(#"{"name":"x"}"#.utf8 + [0x0A])),
        ("shorter than documented", line + line),
    ])
    func refusesACorpusItCannotTrust(label: String, suite: Data) throws {
        try Self.withCorpus(holding: suite) { corpus in
            #expect(throws: ConformanceCorpus.CorpusError.self, "\(label)") {
                try ConformanceCorpus.suiteCases(version: "1.0.3", in: corpus)
            }
        }
    }
}
