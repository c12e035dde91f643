import Foundation
import TestSupport
import Testing
import XAPI
import XAPIValidation

/// Documentation/WritingYourOwnProfile.md stays true: its example profile loads and checks a session.
@Suite("Writing your own profile")
struct ProfileGuideTests {
    @Test func theGuidesExampleProfileLoadsStrictly() throws {
        let guide = try String(
            contentsOf: ConformanceCorpus.packageRoot.appendingPathComponent("Documentation/WritingYourOwnProfile.md"),
            encoding: .utf8
        )
        let start = try #require(guide.range(of: "```json\n"))
        let end = try #require(guide.range(of: "\n```", range: start.upperBound..<guide.endIndex))
        let profile = try Profile(bytes: Array(guide[start.upperBound..<end.lowerBound].utf8), strictness: .strict)
        #expect(profile.templates.count == 3)
        #expect(profile.patterns.filter(\.isPrimary).count == 1)
        #expect(profile.remarks.isEmpty)
    }
}
