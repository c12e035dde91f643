import Foundation
import MathsPlusTraces
import Testing
import XAPI
import XAPIValidation

/// Every statement Maths+ sends conforms to xAPI and the French profile, with no error and no warning.
@Suite("Maths+ statements follow the French profile")
struct ExerciseTracesTests {
    static let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")

    /// A fresh attempt by a pupil whose ENT account is an opaque UUID.
    static func traces() -> ExerciseTraces {
        ExerciseTraces(
            pupil: Account(homePage: "https://ent.example.fr", name: UUID().uuidString.lowercased()),
            exercise: .fractions,
            school: school
        )
    }

    @Test func startedConforms() {
        FrenchProfileConformance.expectConforms(Self.traces().started())
    }

    @Test(arguments: ["a", "b"])
    func answeredConformsWhetherRightOrWrong(choice: String) throws {
        let step = Exercise.fractions.steps[0]
        FrenchProfileConformance.expectConforms(try Self.traces().answered(step, choice: choice, seconds: 21.5))
    }

    @Test(arguments: [0, 1, 2, 3])
    func finishedConformsPassedOrFailed(correct: Int) throws {
        let statements = try Self.traces().finished(correct: correct, seconds: 95)
        #expect(statements.count == 2)
        for statement in statements { FrenchProfileConformance.expectConforms(statement) }
    }

    @Test func leftConforms() throws {
        FrenchProfileConformance.expectConforms(try Self.traces().left(seconds: 120))
    }

    /// Checked together, the statements of one attempt follow the profile's session pattern
    /// (initialized first, terminated last, one registration): no `profile.pattern.*` warning.
    @Test func aWholeAttemptFollowsTheSessionPattern() throws {
        let traces = Self.traces()
        var statements = [traces.started()]
        for (step, choice) in zip(Exercise.fractions.steps, ["b", "b", "a"]) {
            statements.append(try traces.answered(step, choice: choice, seconds: 20))
        }
        statements += try traces.finished(correct: 2, seconds: 70) + [try traces.left(seconds: 75)]
        let reports = FrenchProfileConformance.validator.validate(batch: statements.map(\.json))
        for report in reports where !report.findings.isEmpty {
            Issue.record("the attempt does not conform to fr-education: \(report)")
        }
    }
}
