extension Rule {
    /// The statement rules of xAPI 1.0.3 and 2.0, in the order of the specification's areas.
    public static let specRules: [Rule] = [
        // Structure and data types (Data 2.2, 4)
        .required, .type, .duplicateProperty, .null, .unknownProperty, .propertyCase, .objectType,
        .iri, .uuid, .languageTag, .languageMap, .timestamp, .timestampZone, .timestampFuture,
        .duration, .durationPrecision, .version, .extensionKey,
        // Actor, authority (Data 2.4.2, 2.4.9)
        .agentIdentifier, .mbox, .mboxSHA1Sum, .anonymousGroupMember, .groupMemberAgent, .agentMember, .authority,
        // Object (Data 2.4.4)
        .interactionType, .interactionTypeRequired, .correctResponsesPattern, .interactionComponents,
        .interactionComponentKind, .subStatementProperty, .subStatementNested, .voidingObject,
        // Result (Data 2.4.5)
        .scoreScaled, .scoreRange,
        // Context (Data 2.4.6)
        .contextActivityOnly, .contextActivities, .contextAgents,
        // Attachments (Data 2.4.11)
        .attachment, .signatureAttachment,
    ]
}
