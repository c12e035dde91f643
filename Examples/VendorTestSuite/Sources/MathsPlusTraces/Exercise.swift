import XAPI

/// A Maths+ exercise: a few multiple-choice steps and the share of right answers that passes it.
///
/// ```swift
/// let exercise = Exercise.fractions
/// exercise.steps.count  // 3
/// ```
public struct Exercise: Sendable {
    /// One multiple-choice step.
    public struct Step: Sendable {
        /// The step's number, from 1.
        public let number: Int
        /// What the pupil reads.
        public let prompt: String
        /// The choices, by id, in the order shown.
        public let choices: [(id: String, text: String)]
        /// The id of the right choice.
        public let answer: String

        /// Creates a step.
        public init(number: Int, prompt: String, choices: [(id: String, text: String)], answer: String) {
            self.number = number
            self.prompt = prompt
            self.choices = choices
            self.answer = answer
        }
    }

    /// The exercise's stable address, which names the exercise and never the pupil.
    public let id: IRI
    /// Its title, in French.
    public let title: String
    /// Its steps.
    public let steps: [Step]
    /// The share of right answers that passes it, from 0 to 1.
    public let passMark: Double

    /// Creates an exercise.
    public init(id: IRI, title: String, steps: [Step], passMark: Double) {
        self.id = id
        self.title = title
        self.steps = steps
        self.passMark = passMark
    }

    /// Fractions, 5e.
    public static let fractions = Exercise(
        id: "https://exercices.maths-plus.example/5e/fractions-1",
        title: "Additionner des fractions",
        steps: [
            Step(number: 1, prompt: "1/2 + 1/4 = ?", choices: [("a", "2/6"), ("b", "3/4")], answer: "b"),
            Step(number: 2, prompt: "1/3 + 1/3 = ?", choices: [("a", "2/3"), ("b", "2/6")], answer: "a"),
            Step(number: 3, prompt: "3/4 - 1/2 = ?", choices: [("a", "1/4"), ("b", "2/2")], answer: "a"),
        ],
        passMark: 0.5
    )
}
