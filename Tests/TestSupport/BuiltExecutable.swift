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
    /// folder, on macOS a bundle there.
    ///
    /// - Throws: ``NotFound`` when it is not there.
    public static func url(named name: String) throws -> URL {
        let bundle = Bundle(for: Marker.self).bundleURL
        let folders = [
            bundle, bundle.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in folders {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw NotFound(description: "no \(name) beside the tests: build with `swift build --build-tests`")
    }

    private final class Marker {}
}
