import Foundation
import Testing
import XAPI
import XAPIValidation

/// Regression tests for stack overflows on deeply nested input, found while writing the fuzz tests.
///
/// 1. The recursive `JSONParser` needed about 5 KB of stack per `{"a":` level in a debug build (2.2 KB in
///    release), so `JSONParser.depthCeiling` overflowed an 8 MiB Linux thread and the default limit of
///    512 overflowed the 512 KiB of a secondary thread on Apple platforms (past 95 levels in debug,
///    233 in release): SIGSEGV instead of a `tooDeep` syntax error. The reader now recurses for the first
///    32 levels only and reads deeper ones with an explicit stack on the heap; the first three tests keep
///    it fixed.
/// 2. `JSONValue`'s `==` and `hash(into:)` and `JSONWriter` recurse once per level: on a 512 KiB stack
///    they overflowed in a debug build past 373 levels (hashing) and 456 (comparing), and in a release
///    build past 1,615 levels (hashing). The default limit (256) and the ceiling (1,024) now stay below:
///    the default is checked in every build, the ceiling in optimized builds.
///
/// Each test runs in a child process (an exit test), so that an overflow fails the test and not the run;
/// the thread sizes are those of the platforms, reproduced here with `Thread.stackSize`.
@Suite("Stack depth regressions")
struct StackDepthRegressionTests {
    /// The stack of the main thread and of new threads on Linux (`ulimit -s` 8192).
    static let linuxThreadStack = 8 << 20
    /// The stack of secondary threads (Dispatch, Swift concurrency, `Thread`) on Apple platforms.
    static let appleSecondaryThreadStack = 512 << 10

    /// Runs `body` on a new thread with a stack of `stackSize` bytes and waits for it.
    static func onThread(stackSize: Int, _ body: @escaping @Sendable () -> Void) {
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            body()
            finished.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        finished.wait()
    }

    @Test func validatorAtTheDepthCeilingRejectsAMillionLevelsWithinALinuxThreadStack() async {
        await #expect(processExitsWith: .success) {
            StackDepthRegressionTests.onThread(stackSize: StackDepthRegressionTests.linuxThreadStack) {
                let bytes = DeepNesting.repeated(Array(#"{"a":"#.utf8), count: 1_000_000)
                let validator = Validator(configuration: .init(maxDepth: JSONParser.depthCeiling))
                let rules = validator.validate(bytes: bytes).findings.map(\.rule)
                if rules != [Rule.jsonSyntax.id] { exit(1) }
            }
        }
    }

    @Test func parserAtTheDepthCeilingReadsObjectsNestedToItWithinALinuxThreadStack() async {
        await #expect(processExitsWith: .success) {
            StackDepthRegressionTests.onThread(stackSize: StackDepthRegressionTests.linuxThreadStack) {
                let levels = JSONParser.depthCeiling
                let bytes = DeepNesting.wrap(Array("1".utf8), levels: levels, shape: .object, closed: true)
                if (try? JSONParser(maxDepth: levels).parse(bytes)) == nil { exit(1) }
            }
        }
    }

    @Test func validatorRejectsObjectsNestedPastTheDefaultLimitWithinAnAppleSecondaryThreadStack() async {
        await #expect(processExitsWith: .success) {
            StackDepthRegressionTests.onThread(stackSize: StackDepthRegressionTests.appleSecondaryThreadStack) {
                let bytes = DeepNesting.repeated(Array(#"{"a":"#.utf8), count: JSONParser().maxDepth + 1)
                let rules = Validator().validate(bytes: bytes).findings.map(\.rule)
                if rules != [Rule.jsonSyntax.id] { exit(1) }
            }
        }
    }

    /// What is done with a parsed value: written, compared with a second parse, or hashed.
    static let operations = ["write", "compare", "hash"]

    /// The depths whose values must stay usable on a 512 KiB stack in this kind of build.
    #if DEBUG
    static let usableDepths = [JSONParser.defaultMaxDepth]
    #else
    static let usableDepths = [JSONParser.defaultMaxDepth, JSONParser.depthCeiling]
    #endif

    @Test(arguments: operations, usableDepths)
    func parsedValueIsUsableWithinAnAppleSecondaryThreadStack(operation: String, depth: Int) async {
        await #expect(processExitsWith: .success) { [operation = operation as String, depth = depth as Int] in
            StackDepthRegressionTests.onThread(stackSize: StackDepthRegressionTests.appleSecondaryThreadStack) {
                for shape in DeepNesting.Shape.allCases {
                    let bytes = NestingLimitTests.statement(nestedTo: depth, shape: shape)
                    let parser = JSONParser(maxDepth: depth)
                    guard let value = try? parser.parse(bytes), let copy = try? parser.parse(bytes) else { exit(1) }
                    switch operation {
                    case "write": if JSONWriter.bytes(from: value) != bytes { exit(1) }
                    case "compare": if value != copy { exit(1) }
                    default: if value.hashValue != copy.hashValue { exit(1) }
                    }
                }
            }
        }
    }
}
