public import Foundation

/// An executable of the package that the build puts beside the tests (`swift build --build-tests`), such as an
/// example or the crash test's child process.
///
/// ```swift
/// let process = Process()
/// process.executableURL = try BuiltExecutable.url(named: "quiz-session-example")
/// try process.run()
/// ```
public enum BuiltExecutable {
    /// No executable of that name beside the tests; says how to build it.
    public struct NotFound: Error, CustomStringConvertible {
        /// The missing executable and the command that builds it.
        public let description: String
    }

    /// The executable `name`, looked for where the tests run from: on Linux they are an executable in the build
    /// folder; on macOS a bundle there, loaded by a runner that lives elsewhere, so it is looked for beside the
    /// bundle, the main bundle and the running program. `override`, when given and set in the environment,
    /// names the executable's path instead.
    ///
    /// - Throws: ``NotFound`` when it is not there, naming the folders searched.
    public static func url(named name: String, overriddenBy override: String? = nil) throws -> URL {
        if let override, let path = ProcessInfo.processInfo.environment[override], !path.isEmpty {
            guard FileManager.default.isExecutableFile(atPath: path) else {
                throw NotFound(description: "\(override) is \(path), which is not an executable")
            }
            return URL(fileURLWithPath: path)
        }
        let bundle = Bundle(for: Marker.self).bundleURL
        var folders = [
            bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                FileManager.default.isExecutableFile(atPath: candidate.path)
            {
                return candidate
            }
        }
        let searched = Set(folders.map(\.standardizedFileURL.path)).sorted().joined(separator: ", ")
        throw NotFound(
            description: "no \(name) executable in \(searched); build it with `swift build --build-tests`"
                + (override.map { " or set \($0)" } ?? "")
        )
    }

    private final class Marker {}
}
