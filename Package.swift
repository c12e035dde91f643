// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "EduTraces",
    platforms: [.macOS(.v13), .iOS(.v16), .tvOS(.v16), .watchOS(.v9), .visionOS(.v1)],
    products: [
        .library(name: "XAPI", targets: ["XAPI"]),
        .library(name: "XAPIValidation", targets: ["XAPIValidation"]),
        .library(name: "XAPIPseudonymization", targets: ["XAPIPseudonymization"]),
        .library(name: "XAPIUploader", targets: ["XAPIUploader"]),
        .executable(name: "edutraces", targets: ["edutraces"]),
    ],
    targets: [
        // Hashes, MACs, key derivation and encodings in pure Swift; shared by the products, exposed by none.
        .target(name: "Digest"),
        .target(name: "XAPI", dependencies: ["Digest"]),
        // The fr-education profile document is embedded in FrenchEducationDocument.swift; the .jsonld file is
        // its committed copy for other tools, kept equal by a test.
        .target(
            name: "XAPIValidation",
            dependencies: ["XAPI", "Digest"],
            exclude: ["FrenchEducation/fr-education.jsonld"]
        ),
        .target(name: "XAPIPseudonymization", dependencies: ["XAPI", "Digest"]),
        .target(name: "XAPIUploader", dependencies: ["XAPI", "Digest"]),
        // The command's logic lives in a library so tests can run it in process.
        .target(
            name: "EduTracesCLI",
            dependencies: ["XAPI", "XAPIValidation", "XAPIPseudonymization", "XAPIUploader"]
        ),
        .executableTarget(name: "edutraces", dependencies: ["EduTracesCLI"]),
        .executableTarget(
            name: "vendor-statement-example",
            dependencies: ["XAPI", "XAPIValidation"],
            path: "Examples/VendorStatement"
        ),
        // A pupil's quiz session through validation, pseudonymization and the uploader to an LRS.
        .executableTarget(
            name: "quiz-session-example",
            dependencies: ["XAPI", "XAPIValidation", "XAPIPseudonymization", "XAPIUploader"],
            path: "Examples/QuizSession",
            exclude: ["README.md"]
        ),
        .executableTarget(
            name: "edutraces-benchmarks",
            dependencies: ["XAPI", "XAPIValidation", "XAPIPseudonymization", "XAPIUploader", "EduTracesCLI", "Digest"],
            path: "Benchmarks/edutraces-benchmarks"
        ),
        // What every test target shares: the conformance corpus reader, the seeded random generator,
        // exact JSON comparison, the real LRS's settings and the search for built executables; part of no
        // product.
        .target(name: "TestSupport", dependencies: ["XAPI"], path: "Tests/TestSupport"),
        .testTarget(name: "DigestTests", dependencies: ["Digest", "TestSupport"]),
        .testTarget(name: "XAPITests", dependencies: ["XAPI", "TestSupport"]),
        .testTarget(
            name: "XAPIValidationTests",
            dependencies: ["XAPI", "XAPIValidation", "TestSupport"]
        ),
        .testTarget(name: "XAPIUploaderTests", dependencies: ["XAPIUploader", "XAPI", "TestSupport"]),
        // The process the crash test kills with SIGKILL, again and again, while it enqueues and delivers.
        .executableTarget(
            name: "uploader-crash-child",
            dependencies: ["XAPIUploader", "XAPI"],
            path: "Tests/UploaderCrashChild"
        ),
        .testTarget(
            name: "XAPIPseudonymizationTests",
            dependencies: ["XAPIPseudonymization", "XAPI", "XAPIValidation", "Digest", "TestSupport"]
        ),
        // The README's Swift snippets, compiled into READMETests by the READMESnippets plugin.
        .executableTarget(name: "readme-snippets", path: "Plugins/READMESnippetsTool"),
        .plugin(name: "READMESnippets", capability: .buildTool(), dependencies: ["readme-snippets"]),
        .testTarget(
            name: "READMETests",
            dependencies: ["XAPI", "XAPIValidation", "XAPIPseudonymization", "XAPIUploader"],
            plugins: ["READMESnippets"]
        ),
        // Runs the examples' executables (built beside the tests) against the real LRS.
        .testTarget(
            name: "ExamplesTests",
            dependencies: ["XAPI", "XAPIPseudonymization", "XAPIUploader", "TestSupport"]
        ),
        .testTarget(
            name: "EduTracesCLITests",
            dependencies: [
                "EduTracesCLI", "XAPI", "XAPIValidation", "XAPIPseudonymization", "XAPIUploader", "TestSupport",
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Imports say what each module exposes; existentials are spelled `any`.
for target in package.targets where target.type != .plugin {
    target.swiftSettings =
        (target.swiftSettings ?? []) + [
            .enableUpcomingFeature("ExistentialAny"),
            .enableUpcomingFeature("InternalImportsByDefault"),
            .enableUpcomingFeature("MemberImportVisibility"),
        ]
}
