import XAPI

/// Reading statement templates and their rules (Profiles §8, §8.1).
extension ProfileDocumentReader {
    mutating func readTemplates(_ object: JSONObject) throws(ProfileError) -> [StatementTemplate] {
        var templates: [StatementTemplate] = []
        for (index, element) in (try array(object, "templates", at: .root, required: false) ?? []).enumerated() {
            let pointer = JSONPointer.root.appending("templates").appending(index)
            let template = try self.object(element, at: pointer, what: ("a statement template", "un modèle"))
            if try isPlaceholder(template, at: pointer) { continue }
            templates.append(try readTemplate(template, at: pointer))
        }
        return templates
    }

    private mutating func readTemplate(
        _ template: JSONObject,
        at pointer: JSONPointer
    ) throws(ProfileError)
        -> StatementTemplate
    {
        let id = try iri(template, "id", at: pointer, required: true) ?? ""
        let type = try string(template, "type", at: pointer, required: true)
        if type != "StatementTemplate" {
            throw ProfileError.wrongTypeName(type ?? "", expected: "StatementTemplate", at: pointer.appending("type"))
        }
        let inScheme = try iri(template, "inScheme", at: pointer, required: true) ?? ""
        try checkInScheme(inScheme, at: pointer, tolerable: false)
        let prefLabel = try languageMap(template, "prefLabel", at: pointer, required: true, tolerable: true)
        _ = try languageMap(template, "definition", at: pointer, required: true, tolerable: true)
        let objectActivityType = try iri(template, "objectActivityType", at: pointer, required: false)
        let objectStatementRefTemplate =
            template["objectStatementRefTemplate"] == nil
            ? nil : try iris(template, "objectStatementRefTemplate", at: pointer)
        if objectActivityType != nil, objectStatementRefTemplate != nil {
            throw ProfileError.value(
                "a template cannot have both objectStatementRefTemplate and objectActivityType (Profiles §8)",
                "un modèle ne peut avoir à la fois objectStatementRefTemplate et objectActivityType (Profils §8)",
                at: pointer.appending("objectStatementRefTemplate")
            )
        }
        var rules: [StatementTemplateRule] = []
        for (index, element) in (try array(template, "rules", at: pointer, required: false) ?? []).enumerated() {
            rules.append(try readRule(element, at: pointer.appending("rules").appending(index)))
        }
        return StatementTemplate(
            .init(
                id: id,
                inScheme: inScheme,
                prefLabel: prefLabel,
                isDeprecated: try bool(template, "deprecated", at: pointer) ?? false,
                verb: try iri(template, "verb", at: pointer, required: false),
                objectActivityType: objectActivityType,
                contextGroupingActivityType: try iris(template, "contextGroupingActivityType", at: pointer),
                contextParentActivityType: try iris(template, "contextParentActivityType", at: pointer),
                contextOtherActivityType: try iris(template, "contextOtherActivityType", at: pointer),
                contextCategoryActivityType: try iris(template, "contextCategoryActivityType", at: pointer),
                attachmentUsageType: try iris(template, "attachmentUsageType", at: pointer),
                objectStatementRefTemplate: objectStatementRefTemplate,
                contextStatementRefTemplate: template["contextStatementRefTemplate"] == nil
                    ? nil : try iris(template, "contextStatementRefTemplate", at: pointer),
                rules: rules
            )
        )
    }

    private mutating func readRule(
        _ value: JSONValue,
        at pointer: JSONPointer
    ) throws(ProfileError)
        -> StatementTemplateRule
    {
        let rule = try object(value, at: pointer, what: ("a rule", "une règle"))
        let location = try path(rule, "location", at: pointer, required: true)
        let selector = try path(rule, "selector", at: pointer, required: false)
        var presence: StatementTemplateRule.Presence?
        if let text = try string(rule, "presence", at: pointer, required: false) {
            guard let known = StatementTemplateRule.Presence(rawValue: text) else {
                throw ProfileError.value(
                    "presence must be included, excluded or recommended, not \"\(text)\"",
                    "presence doit valoir included, excluded ou recommended, pas « \(text) »",
                    at: pointer.appending("presence")
                )
            }
            presence = known
        }
        let any = try array(rule, "any", at: pointer, required: false)
        let all = try array(rule, "all", at: pointer, required: false)
        let none = try array(rule, "none", at: pointer, required: false)
        if presence == nil, any == nil, all == nil, none == nil {
            throw ProfileError.value(
                "a rule needs at least one of presence, any, all or none (Profiles §8.1)",
                "une règle a besoin d'au moins un de presence, any, all ou none (Profils §8.1)",
                at: pointer
            )
        }
        guard let location else { throw ProfileError.missing("location", at: pointer) }
        return StatementTemplateRule(
            .init(
                location: location,
                selector: selector,
                presence: presence,
                any: any,
                all: all,
                none: none,
                scopeNote: try languageMap(rule, "scopeNote", at: pointer, required: false)
            )
        )
    }

    /// A JSONPath member, compiled here once for every statement to come.
    private mutating func path(
        _ object: JSONObject,
        _ key: String,
        at pointer: JSONPointer,
        required: Bool
    ) throws(ProfileError) -> JSONPath? {
        guard let text = try string(object, key, at: pointer, required: required) else { return nil }
        do throws(JSONPathError) {
            return try JSONPath(text)
        } catch {
            throw ProfileError(
                id: "profile.document.jsonpath",
                pointer: pointer.appending(key),
                text: LocalizedText(
                    english: "\(key) \"\(text)\" is not a JSONPath of the Profiles subset at character "
                        + "\(error.offset): \(error.reason)",
                    french: "\(key) « \(text) » n'est pas un JSONPath du sous-ensemble des profils au caractère "
                        + "\(error.offset) : \(error.frenchReason)"
                )
            )
        }
    }
}
