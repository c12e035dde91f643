public import Foundation
public import Testing
public import XAPI

/// The independent conformance data (../shared/conformance), read in place, never copied.
///
/// `EDUTRACES_CONFORMANCE_DIR` overrides the location. When the folder is absent, tests that need it
/// are disabled with that reason and the run ends with a line saying so (``CorpusSkips``), except under
/// `CI=true`, where they run and fail loudly. The readers refuse an empty or truncated corpus.
///
/// ```swift
/// @Suite(ConformanceCorpus.required(by: "ADL conformance suite"))
/// struct SuiteTests {
///     @Test(arguments: ConformanceCorpus.suiteVersions)
///     func readsEveryCase(version: String) throws {
///         #expect(try ConformanceCorpus.suiteCases(version: version).count == ConformanceCorpus.lineCount(ofSuite: version))
///     }
/// }
/// ```
public enum ConformanceCorpus {
    /// The package's root folder, found from this file's own path.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The conformance folder to read.
    public static var directory: URL {
        if let override = ProcessInfo.processInfo.environment["EDUTRACES_CONFORMANCE_DIR"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.appendingPathComponent("../shared/conformance").standardizedFileURL
    }

    /// Whether the environment says this is a CI run (`CI=true` or `CI=1`), where nothing may be skipped.
    public static var isCI: Bool {
        let ci = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return ci == "true" || ci == "1"
    }

    /// Whether tests that read the corpus should run: the folder exists, or CI demands it.
    ///
    /// When they will not, this records the skip so that the run ends with a line that says so.
    public static var isAvailable: Bool {
        isAvailable(for: "other corpus tests")
    }

    /// Whether the tests of `suite` should run; when they will not, the skip is recorded under that name.
    public static func isAvailable(for suite: String) -> Bool {
        if FileManager.default.fileExists(atPath: directory.path) || isCI { return true }
        CorpusSkips.record(suite)
        return false
    }

    /// The condition of a suite or test that reads the corpus: it runs when the corpus is there or under
    /// CI, and is otherwise skipped, with the skip named at the end of the run.
    public static func required(by suite: String) -> ConditionTrait {
        .enabled(if: isAvailable(for: suite), absenceReason)
    }

    /// Why corpus tests are disabled, for the test report.
    public static let absenceReason: Comment =
        "conformance data not found at ../shared/conformance (set EDUTRACES_CONFORMANCE_DIR); CI is unset"

    /// One statement case of the ADL LRS conformance suite.
    public struct SuiteCase: Sendable, CustomStringConvertible {
        /// Stable case name, e.g. `v103-invalid-actor-0001`.
        public let name: String
        /// Whether an LRS must accept the body.
        public let expectedValid: Bool
        /// The suite's area, e.g. `actor`, `context-agents`.
        public let area: String
        /// The requirement text with its XAPI ids and sections.
        public let rule: String
        /// Whether the body is an array posted as one batch.
        public let isBatch: Bool
        /// The body: one statement, or an array of them.
        public let statement: JSONValue

        /// The name, so that parameterized tests are labelled by case.
        public var description: String { name }

        /// The statements of the body: the elements of a batch, or the body itself.
        public var statements: [JSONValue] {
            if isBatch, case .array(let elements) = statement { return elements }
            return [statement]
        }
    }

    /// The xAPI versions the suite covers, as its file names spell them.
    public static let suiteVersions = ["1.0.3", "2.0.0"]

    /// How many cases, and how many of them valid, each suite file has, as the corpus README states
    /// (ADL LRS conformance test suite, commit 2ec25f2). A corpus cut short at a line's end still has
    /// whole lines: only a count from elsewhere shows it.
    public static let documentedCaseCounts: [String: (cases: Int, valid: Int)] = [
        "1.0.3": (846, 295), "2.0.0": (872, 303),
    ]

    /// The suite file of `version` in the corpus at `corpus` (the conformance folder by default).
    public static func suiteFile(version: String, in corpus: URL = directory) -> URL {
        corpus.appendingPathComponent("cts/xapi-\(version).jsonl")
    }

    /// The lines of the suite file of `version`, counted as newline bytes, apart from any JSON reading.
    public static func lineCount(ofSuite version: String, in corpus: URL = directory) throws -> Int {
        try Data(contentsOf: suiteFile(version: version, in: corpus)).reduce(0) {
            $1 == UInt8(ascii: "\n") ? $0 + 1 : $0
        }
    }

    /// Every case of the suite for `version` ("1.0.3" or "2.0.0"), in file order, one a line.
    ///
    /// - Throws: ``CorpusError`` when the file is empty, does not end with a line feed (cut short), has a
    ///   blank or malformed line, or holds another number of cases than ``documentedCaseCounts`` says.
    public static func suiteCases(version: String, in corpus: URL = directory) throws -> [SuiteCase] {
        let url = suiteFile(version: version, in: corpus)
        let file = url.lastPathComponent
        let data = try Data(contentsOf: url)
        guard !data.isEmpty else { throw CorpusError("\(file) is empty") }
        guard data.last == UInt8(ascii: "\n") else {
            throw CorpusError("\(file) is truncated: its last line has no end")
        }
        var cases: [SuiteCase] = []
        for (number, line) in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
            .enumerated()
        {
            cases.append(try suiteCase(line, at: "\(file):\(number + 1)"))
        }
        if let documented = documentedCaseCounts[version], cases.count != documented.cases {
            throw CorpusError("\(file) has \(cases.count) cases, the corpus README \(documented.cases)")
        }
        return cases
    }

    private static func suiteCase(_ line: Data, at place: String) throws -> SuiteCase {
        guard !line.isEmpty else { throw CorpusError("\(place) is blank") }
        let value = try JSONParser().parse(line)
        guard let name = value["name"]?.stringValue, let expected = value["expected"]?.stringValue,
            expected == "valid" || expected == "invalid", let statement = value["statement"]
        else { throw CorpusError("\(place) is not a suite case") }
        return SuiteCase(
            name: name,
            expectedValid: expected == "valid",
            area: value["area"]?.stringValue ?? "",
            rule: value["rule"]?.stringValue ?? "",
            isBatch: value["batch"]?.boolValue ?? false,
            statement: statement
        )
    }

    /// One JSON example from the xAPI specification's text.
    public struct SpecExample: Sendable, CustomStringConvertible {
        /// The file name without extension, e.g. `data-L0358-example`.
        public let name: String
        /// The section of the specification it comes from.
        public let section: String
        /// The example's exact bytes.
        public let bytes: [UInt8]

        /// The name, so that parameterized tests are labelled by case.
        public var description: String { name }
    }

    /// The whole-statement examples of the specification (`spec-examples/statements`), sorted by name.
    public static func specExampleStatements() throws -> [SpecExample] {
        try specExamples(in: "spec-examples/statements")
    }

    /// The fragment examples of the specification (`spec-examples/fragments`), sorted by name.
    public static func specExampleFragments() throws -> [SpecExample] {
        try specExamples(in: "spec-examples/fragments")
    }

    /// The examples of `folder`: each `.json` file with its `.meta.json`; none at all is an error.
    private static func specExamples(in folder: String) throws -> [SpecExample] {
        let url = directory.appendingPathComponent(folder)
        let files = try FileManager.default.contentsOfDirectory(atPath: url.path)
        let names = files.filter { $0.hasSuffix(".json") && !$0.hasSuffix(".meta.json") }.sorted()
        guard !names.isEmpty else { throw CorpusError("\(folder) has no examples") }
        let metaCount = files.filter { $0.hasSuffix(".meta.json") }.count
        guard metaCount == names.count else {
            throw CorpusError("\(folder) has \(names.count) examples but \(metaCount) descriptions")
        }
        return try names.map { file in
            let base = String(file.dropLast(".json".count))
            let meta = try JSONParser().parse(Data(contentsOf: url.appendingPathComponent(base + ".meta.json")))
            let bytes = try [UInt8](Data(contentsOf: url.appendingPathComponent(file)))
            guard !bytes.isEmpty else { throw CorpusError("\(folder)/\(file) is empty") }
            return SpecExample(name: base, section: meta["section"]?.stringValue ?? "", bytes: bytes)
        }
    }

    /// A corpus file that does not have the expected shape.
    public struct CorpusError: Error, CustomStringConvertible {
        /// What is wrong with the file.
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
