/// Activities that give a statement its setting: parent, grouping, category, other (xAPI Data 2.4.6.2).
///
/// ```swift
/// let activities = ContextActivities(
///     parent: [Activity(id: "https://ent.example.fr/courses/maths-4b")],
///     category: [Activity(id: "https://w3id.org/xapi/cmi5/context/categories/cmi5")]
/// )
/// ```
///
/// JSON allows a single Activity object instead of an array; decoding accepts both and, when a
/// key still holds exactly one Activity, writes it back the way it was written.
public struct ContextActivities: JSONConvertible, JSONField {
    /// Activities that directly contain the statement's object, such as the quiz of a question.
    public var parent: [Activity]?
    /// Activities further up, such as the course of a quiz.
    public var grouping: [Activity]?
    /// Activities that classify the statement, typically the profile it follows.
    public var category: [Activity]?
    /// Other related Activities.
    public var other: [Activity]?
    /// Which keys were written as a single object.
    var form = WrittenForm()

    /// Creates context activities.
    public init(
        parent: [Activity]? = nil,
        grouping: [Activity]? = nil,
        category: [Activity]? = nil,
        other: [Activity]? = nil
    ) {
        self.parent = parent
        self.grouping = grouping
        self.category = category
        self.other = other
    }

    /// Decodes a contextActivities object; each value is an Activity or an array of Activities.
    public init(json: JSONValue, path: JSONPointer) throws(ModelDecodingError) {
        var reader = try ObjectReader(json, at: path, expecting: "a contextActivities object")
        var singles: Set<String> = []
        func activities(_ key: String) throws(ModelDecodingError) -> [Activity]? {
            try reader.optional(key) { value, path throws(ModelDecodingError) in
                if case .object = value {
                    singles.insert(key)
                    return [try Activity(json: value, path: path)]
                }
                guard case .array = value else {
                    throw .typeMismatch(
                        expected: "an Activity object or an array of Activity objects",
                        found: value,
                        at: path
                    )
                }
                return try [Activity](json: value, path: path)
            }
        }
        parent = try activities("parent")
        grouping = try activities("grouping")
        category = try activities("category")
        other = try activities("other")
        try reader.finish()
        form.singleObjectKeys = singles
    }

    /// The contextActivities object.
    public var json: JSONValue {
        var object = JSONObject()
        let lists = [("parent", parent), ("grouping", grouping), ("category", category), ("other", other)]
        for (key, activities) in lists {
            guard let activities else { continue }
            if activities.count == 1, form.singleObjectKeys.contains(key) {
                object[key] = activities[0].json
            } else {
                object.write(key, activities)
            }
        }
        return .object(object)
    }
}
