import EduTracesCLI
import Foundation

let status = await EduTraces.run(
    Array(CommandLine.arguments.dropFirst()),
    standardOutput: Output(fileDescriptor: 1),
    standardError: Output(fileDescriptor: 2)
)
exit(status)
