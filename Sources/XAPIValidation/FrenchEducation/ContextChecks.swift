import XAPI

extension FrenchEducationChecker {
    /// Checks what the profile asks of a statement's own context: its marker, its platform, its registration.
    mutating func checkStatementContext(_ context: JSONValue?, verbID: String?, object: JSONValue?) {
        let category = context?[property: "contextActivities"]?[property: "category"]
        let marked = category.flatMap(Self.elements)?.contains { activity in
            activity[property: "id"]?.stringValue == FrenchEducation.profileVersion.text
                && activity[property: "definition"]?[property: "type"]?.stringValue
                    == FrenchEducation.profileActivityType.text
        }
        if marked != true {
            report(
                .frProfile,
                "context.contextActivities.category lacks the profile marker: add {\"id\": \"\(FrenchEducation.profileVersion.text)\", "
                    + "\"definition\": {\"type\": \"\(FrenchEducation.profileActivityType.text)\"}}",
                "context.contextActivities.category n'a pas le marqueur du profil : ajouter {\"id\": \"\(FrenchEducation.profileVersion.text)\", "
                    + "\"definition\": {\"type\": \"\(FrenchEducation.profileActivityType.text)\"}}"
            )
        }
        if let object, isActivity(object), context?[property: "platform"] == nil {
            report(
                .frPlatform,
                "context.platform is missing: name the product that produced the statement, such as \"Maths+ 3.2\"",
                "context.platform est absent : nommer le produit qui a produit la déclaration, par exemple « Maths+ 3.2 »"
            )
        }
        // The registration first: when there is one (nearly always), the verb need not be looked up.
        if let verbID, context?[property: "registration"] == nil,
            FrenchEducationVocabulary.sessionVerbs.contains(verbID)
        {
            let verb = verbID.split(separator: "/").last.map(String.init) ?? verbID
            report(
                .frRegistration,
                "a \(verb) statement has no context.registration: give each attempt or session a UUID",
                "une déclaration \(verb) n'a pas de context.registration : attribuer un UUID à chaque tentative ou session"
            )
        }
    }

    /// Checks the activities and extensions of a context (the current value).
    mutating func checkContextContent(_ context: JSONValue) {
        if let activities = context[property: "contextActivities"], case .object(let lists) = activities {
            descend("contextActivities") { checker in
                for member in lists.members {
                    checker.descend(member.key) { checker in
                        if case .array(let elements) = member.value {
                            for (index, activity) in elements.enumerated() {
                                checker.descend(index) { $0.checkActivity(activity, isObject: false) }
                            }
                        } else {
                            checker.checkActivity(member.value, isObject: false)
                        }
                    }
                }
            }
        }
        if let extensions = context[property: "extensions"] {
            descend("extensions") { $0.checkExtensions(extensions) }
        }
    }

    /// Checks an extensions object (the current value): tracking extensions, school, level and subject.
    mutating func checkExtensions(_ value: JSONValue) {
        guard case .object(let extensions) = value else { return }
        for member in extensions.members {
            if FrenchEducationVocabulary.isTrackingExtension(member.key) {
                report(
                    .frPIIExtension,
                    at: member.key,
                    "extension \(member.key) identifies a device, a place or a person: leave it out",
                    "l'extension \(member.key) identifie un appareil, un lieu ou une personne : l'omettre"
                )
            }
            switch member.key {
            case FrenchEducation.Extension.schoolUAI.text:
                descend(member.key) { $0.checkUAI(member.value) }
            case FrenchEducation.Extension.level.text:
                descend(member.key) { $0.checkLevel(member.value) }
            case FrenchEducation.Extension.subject.text:
                descend(member.key) { $0.checkSubject(member.value) }
            default:
                break
            }
        }
    }

    /// Flags attachments (the current value): pupil productions are personal data that need a policy.
    mutating func checkAttachments(_ value: JSONValue) {
        guard case .array(let attachments) = value, !attachments.isEmpty else { return }
        report(
            .frAttachment,
            "the statement carries \(attachments.count) attachment(s): pupil productions need an explicit sharing policy",
            "la déclaration porte \(attachments.count) pièce(s) jointe(s) : les productions d'élèves demandent une politique de partage explicite"
        )
        for (index, attachment) in attachments.enumerated() {
            for key in ["display", "description"] {
                guard let map = attachment[property: key] else { continue }
                descend(index) { $0.descend(key) { $0.checkLanguageMap(map) } }
            }
        }
    }
}
