import Foundation
import TestSupport

/// One run of an example's executable, which the build puts beside the tests: its exit status and what it
/// printed (standard output and standard error together).
struct ExampleRun {
    let status: Int32
    let output: String

    /// Runs `name` with `arguments`, in `environment` (by default this process's), and waits for it to end.
    init(_ name: String, arguments: [String], environment: [String: String]? = nil) throws {
        let process = Process()
        process.executableURL = try BuiltExecutable.url(named: name)
        process.arguments = arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // Read before waiting, so that a full pipe never blocks the child.
        output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        status = process.terminationStatus
    }
}
