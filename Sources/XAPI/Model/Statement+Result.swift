extension Statement {
    /// The outcome: score, success, completion, response, duration (xAPI Data 2.4.5).
    ///
    /// ```swift
    /// let result = Statement.Result(
    ///     score: try Score(scaled: 0.8), success: true, completion: true, duration: try ISO8601Duration(seconds: 754)
    /// )
    /// ```
    public struct Result: JSONConvertible, JSONField {
        /// How well the actor did.
        public var score: Score?
        /// Whether the attempt succeeded.
        public var success: Bool?
        /// Whether the Activity was completed.
        public var completion: Bool?
        /// The actor's response, such as an answer to a question.
        public var response: String?
        /// How long the experience took.
        public var duration: ISO8601Duration?
        /// Extra data about the outcome.
        public var extensions: Extensions?

        /// Creates a result.
        public init(
            score: Score? = nil,
            success: Bool? = nil,
            completion: Bool? = nil,
            response: String? = nil,
            duration: ISO8601Duration? = nil,
            extensions: Extensions? = nil
        ) {
            self.score = score
            self.success = success
            self.completion = completion
            self.response = response
            self.duration = duration
            self.extensions = extensions
        }

        /// Decodes a result object; every property is optional.
        public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
            var reader = try ObjectReader(json, at: path, expecting: "a result object")
            score = try reader.optional("score")
            success = try reader.optional("success")
            completion = try reader.optional("completion")
            response = try reader.optional("response")
            duration = try reader.optional("duration")
            extensions = try reader.optional("extensions")
            try reader.finish()
        }

        /// The result object.
        public var json: JSONValue {
            var object = JSONObject()
            object.write("score", score)
            object.write("success", success)
            object.write("completion", completion)
            object.write("response", response)
            object.write("duration", duration)
            object.write("extensions", extensions)
            return .object(object)
        }
    }
}
