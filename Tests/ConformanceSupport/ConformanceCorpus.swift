public import Foundation
public import Testing
public import XAPI

/// The independent conformance data (../shared/conformance), read in place, never copied.
///
/// `EDUTRACES_CONFORMANCE_DIR` overrides the location. When the folder is absent, tests that need
/// it are disabled with that reason, except under `CI=true`, where they run and fail loudly.
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

    /// Whether tests that read the corpus should run: the folder exists, or CI demands it.
    public static var isAvailable: Bool {
        let ci = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return FileManager.default.fileExists(atPath: directory.path) || ci == "true" || ci == "1"
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
    }

    /// The xAPI versions the suite covers, as its file names spell them.
    public static let suiteVersions = ["1.0.3", "2.0.0"]

    /// Every case of the suite for `version` ("1.0.3" or "2.0.0"), in file order.
    public static func suiteCases(version: String) throws -> [SuiteCase] {
        let url = directory.appendingPathComponent("cts/xapi-\(version).jsonl")
        let data = try Data(contentsOf: url)
        var cases: [SuiteCase] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            let value = try JSONParser().parse(line)
            guard let name = value["name"]?.stringValue, let expected = value["expected"]?.stringValue,
                let statement = value["statement"]
            else { throw CorpusError("malformed suite line in \(url.lastPathComponent)") }
            cases.append(
                SuiteCase(
                    name: name,
                    expectedValid: expected == "valid",
                    area: value["area"]?.stringValue ?? "",
                    rule: value["rule"]?.stringValue ?? "",
                    isBatch: value["batch"]?.boolValue ?? false,
                    statement: statement
                )
            )
        }
        return cases
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

    private static func specExamples(in folder: String) throws -> [SpecExample] {
        let url = directory.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            .filter { $0.hasSuffix(".json") && !$0.hasSuffix(".meta.json") }.sorted()
        return try names.map { file in
            let base = String(file.dropLast(".json".count))
            let meta = try JSONParser().parse(Data(contentsOf: url.appendingPathComponent(base + ".meta.json")))
            let bytes = try [UInt8](Data(contentsOf: url.appendingPathComponent(file)))
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
