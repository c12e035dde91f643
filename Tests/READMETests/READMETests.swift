import Foundation
import Testing

/// The README's Swift snippets compile with this target (the READMESnippets plugin turns each into a
/// function), so these tests check what compiling alone cannot: that none was missed, and that the package
/// manifest a new user copies resolves against this package.
@Suite struct READMETests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    static var readme: String {
        get throws { try String(contentsOf: packageRoot.appending(path: "README.md"), encoding: .utf8) }
    }

    @Test func everySwiftSnippetIsCompiledOrIsAManifest() throws {
        let fences = try Self.readme.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.trimmingCharacters(in: .whitespaces) == "```swift" }
            .map { $0.offset + 1 }
        let extracted = (READMESnippets.compiledSnippetLines + READMESnippets.manifests.keys).sorted()
        #expect(!READMESnippets.compiledSnippetLines.isEmpty)
        #expect(extracted == fences)
    }

    /// `swift package show-dependencies` loads the manifest and the EduTraces package it points to, products
    /// included, without building.
    @Test(arguments: READMESnippets.manifests.keys.sorted())
    func manifestResolvesAgainstThisPackage(line: Int) throws {
        let manifest = try #require(READMESnippets.manifests[line])
        let folder = FileManager.default.temporaryDirectory.appending(path: "readme-manifest-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = folder.appending(path: "app")
        let sources = app.appending(path: "Sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: folder.appending(path: "edutraces"),
            withDestinationURL: Self.packageRoot
        )
        try Data(manifest.utf8).write(to: app.appending(path: "Package.swift"))
        for target in try targetNames(in: manifest) {
            let folder = sources.appending(path: target)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("print(\"\(target)\")\n".utf8).write(to: folder.appending(path: "main.swift"))
        }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift", "package", "show-dependencies"]
        process.currentDirectoryURL = app
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "README.md line \(line): the manifest does not resolve:\n\(printed)")
    }

    /// The targets the manifest declares, so that each gets a source folder.
    private func targetNames(in manifest: String) throws -> [String] {
        let pattern = try Regex(#"Target\(\s*name:\s*"([^"]+)""#)
        return manifest.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) }
    }
}
