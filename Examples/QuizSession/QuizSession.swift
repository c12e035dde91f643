import Foundation
import XAPI

/// A pupil's quiz in the vendor's app, one function per event, each returning the statement the French
/// profile (`fr-education`) expects: the profile's context (category marker, platform, school), the
/// session's registration on every statement, a French display on every verb, an id and a timestamp.
struct QuizSession {
    /// One multiple-choice question of the quiz.
    struct Question {
        let number: Int
        let text: String
        let choices: [(id: String, text: String)]
        let correct: String
    }

    /// The pupil's account as the ENT knows it (an opaque id), in clear on this device only.
    let pupil: Account
    /// The quiz: an assessment, the parent of its questions.
    let quiz: Activity
    /// One attempt at the quiz, written on each of its statements (`fr.registration`).
    let registration = UUID()
    let school = FrenchEducation.School(uai: "0750654D", level: "2112", subject: "061300")
    let platform = "Maths+ 3.2"

    func initialized() -> Statement {
        statement(.initialized, object: quiz)
    }

    func answered(_ question: Question, choice: String, seconds: Double) throws -> Statement {
        let activity = Activity(
            id: try IRI("\(quiz.id.text)/q\(question.number)"),
            definition: ActivityDefinition(
                name: ["fr-FR": "Question \(question.number)"],
                description: ["fr-FR": question.text],
                type: ActivityType.cmiInteraction,
                interactionType: .choice,
                correctResponsesPattern: [question.correct],
                choices: question.choices.map { InteractionComponent(id: $0.id, description: ["fr-FR": $0.text]) }
            )
        )
        let right = choice == question.correct
        let result = Statement.Result(
            score: try Score(scaled: right ? 1 : 0),
            success: right,
            response: choice,
            duration: try ISO8601Duration(seconds: seconds)
        )
        return statement(.answered, object: activity, result: result, inQuiz: true)
    }

    func completed(correct: Int, of total: Int, seconds: Double) throws -> Statement {
        let result = Statement.Result(
            score: try score(correct, total),
            completion: true,
            duration: try .init(seconds: seconds)
        )
        return statement(.completed, object: quiz, result: result)
    }

    func passed(correct: Int, of total: Int, seconds: Double) throws -> Statement {
        let result = Statement.Result(
            score: try score(correct, total),
            success: true,
            duration: try .init(seconds: seconds)
        )
        return statement(.passed, object: quiz, result: result)
    }

    func terminated(seconds: Double) throws -> Statement {
        statement(.terminated, object: quiz, result: Statement.Result(duration: try ISO8601Duration(seconds: seconds)))
    }

    /// What a careless build sends: the pupil's account written into the activity id, where no pseudonymizer
    /// looks for it. Validation refuses it (`fr.activity.id`), so it never leaves the device.
    func mistake() throws -> Statement {
        let activity = Activity(
            id: try IRI("\(quiz.id.text)/q4?eleve=\(pupil.name)"),
            definition: ActivityDefinition(name: ["fr-FR": "Question 4"], type: ActivityType.cmiInteraction)
        )
        return statement(.answered, object: activity, result: Statement.Result(success: true), inQuiz: true)
    }

    /// A statement of this session: the French display of the verb, the profile's context, now as timestamp.
    private func statement(
        _ verb: Verb,
        object: Activity,
        result: Statement.Result? = nil,
        inQuiz: Bool = false
    )
        -> Statement
    {
        Statement(
            id: StatementID(),
            actor: .agent(Agent(account: pupil)),
            verb: verb.withFrenchDisplay,
            object: .activity(object),
            result: result,
            context: FrenchEducation.context(
                platform: platform,
                registration: registration,
                school: school,
                contextActivities: inQuiz ? ContextActivities(parent: [quiz]) : nil
            ),
            timestamp: .now()
        )
    }

    /// `correct` out of `total`, scaled and raw (`fr.result.score`).
    private func score(_ correct: Int, _ total: Int) throws -> Score {
        try Score(scaled: Double(correct) / Double(total), raw: Double(correct), min: 0, max: Double(total))
    }
}

extension QuizSession {
    /// The quiz of this example: an assessment with a French name.
    static let fractions = Activity(
        id: "https://exercices.maths-plus.example/fractions/quiz-3",
        definition: ActivityDefinition(name: ["fr-FR": "Quiz : les fractions"], type: ActivityType.assessment)
    )

    /// Its questions.
    static let fractionsQuestions = [
        Question(number: 1, text: "1/2 + 1/4 = ?", choices: [("a", "2/6"), ("b", "3/4")], correct: "b"),
        Question(number: 2, text: "2/3 de 9 = ?", choices: [("a", "6"), ("b", "3")], correct: "a"),
        Question(number: 3, text: "3/5 > 1/2 ?", choices: [("a", "vrai"), ("b", "faux")], correct: "a"),
    ]
}
