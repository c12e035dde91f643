// Writes the Swift snippets of a Markdown file as one Swift source file: each snippet becomes the body of
// a function, its imports go to the top of the file, and a snippet that is a package manifest (it starts
// with `// swift-tools-version`) becomes a string, since it compiles only as a manifest.
//
//   readme-snippets README.md READMESnippets.swift

import Foundation

/// One ```swift block of the Markdown file.
struct Snippet {
    /// The line of the opening fence, from 1.
    let line: Int
    let lines: [String]

    var isManifest: Bool { lines.first?.hasPrefix("// swift-tools-version") ?? false }
}

func snippets(in markdown: String) -> [Snippet] {
    var found: [Snippet] = []
    var open: (line: Int, lines: [String])?
    for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let text = String(line)
        if var block = open {
            if text.trimmingCharacters(in: .whitespaces) == "```" {
                found.append(Snippet(line: block.line, lines: block.lines))
                open = nil
            } else {
                block.lines.append(text)
                open = block
            }
        } else if text.trimmingCharacters(in: .whitespaces) == "```swift" {
            open = (index + 1, [])
        }
    }
    return found
}

func source(of snippets: [Snippet], from markdownName: String) -> String {
    let code = snippets.filter { !$0.isManifest }
    let manifests = snippets.filter(\.isManifest)
    let imports = Set(code.flatMap { $0.lines.filter { $0.hasPrefix("import ") } }).sorted()
    var text = "// Generated from \(markdownName) by readme-snippets; edit the README, not this file.\n\n"
    text += imports.joined(separator: "\n") + "\n\n"
    text += "/// The Swift snippets of \(markdownName), compiled; manifests kept as text.\n"
    text += "enum READMESnippets {\n"
    for snippet in code {
        text += "    /// \(markdownName) line \(snippet.line).\n"
        text += "    static func line\(snippet.line)() async throws {\n"
        let body = snippet.lines.filter { !$0.hasPrefix("import ") }.drop { $0.isEmpty }
        for line in body {
            text += line.isEmpty ? "\n" : "        \(line)\n"
        }
        text += "    }\n\n"
    }
    text += "    /// The lines of the snippets compiled above.\n"
    text += "    static let compiledSnippetLines = [\(code.map { String($0.line) }.joined(separator: ", "))]\n\n"
    text += "    /// The package manifests the README shows, by line.\n"
    text += "    static let manifests: [Int: String] = [\n"
    for manifest in manifests {
        text += "        \(manifest.line): #\"\"\"\n"
        text += manifest.lines.map { "        \($0)\n" }.joined()
        text += "        \"\"\"#,\n"
    }
    text += manifests.isEmpty ? "        :\n" : ""
    text += "    ]\n}\n"
    return text
}

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: readme-snippets MARKDOWN OUTPUT.swift\n".utf8))
    exit(2)
}
do {
    let input = URL(fileURLWithPath: arguments[1])
    let markdown = try String(contentsOf: input, encoding: .utf8)
    let text = source(of: snippets(in: markdown), from: input.lastPathComponent)
    try Data(text.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("readme-snippets: \(error)\n".utf8))
    exit(1)
}
