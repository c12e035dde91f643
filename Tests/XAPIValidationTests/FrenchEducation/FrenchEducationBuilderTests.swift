import Foundation
import Testing
import XAPI
import XAPIValidation

/// A statement built with the profile's pieces, the documented way, conforms with no finding.
@Suite("Building French education statements")
struct FrenchEducationBuilderTests {
    static func documentedStatement() throws -> Statement {
        let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")
        let pupil = Agent(account: Account(homePage: "https://ent.example.fr", name: StatementID().text))
        let quiz = Activity(
            id: "https://exercices.example.fr/fractions/quiz-3",
            definition: ActivityDefinition(name: ["fr-FR": "Quiz sur les fractions"], type: ActivityType.assessment)
        )
        return Statement(
            id: StatementID(),
            actor: .agent(pupil),
            verb: Verb.completed.withFrenchDisplay,
            object: .activity(quiz),
            result: Statement.Result(
                score: try Score(scaled: 0.85, raw: 17, min: 0, max: 20),
                completion: true,
                duration: try ISO8601Duration(seconds: 754)
            ),
            context: FrenchEducation.context(platform: "Maths+ 3.2", registration: UUID(), school: school),
            timestamp: .now()
        )
    }

    @Test func documentedStatementConformsWithNoFinding() throws {
        let validator = Validator(configuration: .init(ruleSets: [FrenchEducationProfile()]))
        let report = validator.validate(try Self.documentedStatement())
        #expect(report.findings.isEmpty, "\(report.findings)")
    }

    @Test func contextCarriesTheCategoryMarkerAndKeepsOtherActivities() {
        let parent = Activity(id: "https://ent.example.fr/cours/maths-5b")
        let context = FrenchEducation.context(
            platform: "Maths+ 3.2",
            contextActivities: ContextActivities(parent: [parent])
        )
        #expect(context.contextActivities?.parent?.map(\.id) == [parent.id])
        #expect(context.contextActivities?.category?.map(\.id) == [FrenchEducation.profileVersion])
        #expect(context.contextActivities?.category?.first?.definition?.type == FrenchEducation.profileActivityType)
        #expect(context.platform == "Maths+ 3.2")
    }

    @Test func schoolWritesItsThreeExtensions() {
        let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")
        #expect(school.extensions[FrenchEducation.Extension.schoolUAI] == "0750654D")
        #expect(school.extensions[FrenchEducation.Extension.level] == "2112")
        #expect(school.extensions[FrenchEducation.Extension.subject] == "061300")
        #expect(FrenchEducation.School(uai: "0750654D").extensions.count == 1)
    }

    @Test func frenchDisplayIsAddedBesideTheEnglishOne() {
        let display = Verb.completed.withFrenchDisplay.display
        #expect(display?["fr-FR"] == "a terminé")
        #expect(display?["en-US"] == "completed")
    }
}
