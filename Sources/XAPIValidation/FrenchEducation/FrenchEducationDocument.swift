extension FrenchEducationProfile {
    /// The profile document (ADL xAPI Profiles 1.0, JSON-LD): its extensions, statement templates and session
    /// patterns.
    ///
    /// The same text is committed as `fr-education.jsonld` beside this file, for tools that load profile files;
    /// a test keeps the two equal.
    ///
    /// ```swift
    /// let profile = try Profile(bytes: Array(FrenchEducationProfile.document.utf8))
    /// profile.templates.count  // 8
    /// ```
    public static let document = #"""
        {
          "@context": "https://w3id.org/xapi/profiles/context",
          "id": "https://edutraces.org/xapi/profiles/fr-education",
          "type": "Profile",
          "conformsTo": "https://w3id.org/xapi/profiles#1.0",
          "prefLabel": {
            "en": "French education labelling rules",
            "fr": "Règles de labellisation de l'éducation"
          },
          "definition": {
            "en": "The EduTraces project's profile for French schools, derived from public French sources (xAPI.fr, \#
        xapi-fr, DASES, GAR, BCN, ScoLOMFR); not an official ministry publication.",
            "fr": "Le profil du projet EduTraces pour l'école en France, dérivé de sources publiques françaises \#
        (xAPI.fr, xapi-fr, DASES, GAR, BCN, ScoLOMFR) ; ce n'est pas une publication officielle du ministère."
          },
          "seeAlso": "https://edutraces.org/xapi/profiles/fr-education/documentation",
          "versions": [
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "generatedAtTime": "2026-12-01T00:00:00Z"
            }
          ],
          "author": {
            "type": "Organization",
            "name": "EduTraces"
          },
          "concepts": [
            {
              "id": "https://edutraces.org/xapi/extensions/school-uai",
              "type": "ContextExtension",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "School UAI",
                "fr": "UAI de l'établissement"
              },
              "definition": {
                "en": "The UAI (formerly RNE) of the school: 7 digits and a check letter (rule fr.uai).",
                "fr": "L'UAI (ex-RNE) de l'établissement : 7 chiffres et une lettre clé (règle fr.uai)."
              },
              "inlineSchema": "{\"type\":\"string\",\"pattern\":\"^[0-9]{7}[A-Z]$\"}"
            },
            {
              "id": "https://edutraces.org/xapi/extensions/level",
              "type": "ContextExtension",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Level",
                "fr": "Niveau"
              },
              "definition": {
                "en": "The level: a BCN MEF_STAT_4 code (4 digits) or a ScoLOMFR voc-022 IRI (rule fr.level).",
                "fr": "Le niveau : un code MEF_STAT_4 de la BCN (4 chiffres) ou une IRI ScoLOMFR voc-022 (règle \#
        fr.level)."
              },
              "inlineSchema": "{\"type\":\"string\"}"
            },
            {
              "id": "https://edutraces.org/xapi/extensions/subject",
              "type": "ContextExtension",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Subject",
                "fr": "Matière"
              },
              "definition": {
                "en": "The subject: a BCN subject code (6 digits) or a ScoLOMFR voc-015 IRI (rule fr.subject).",
                "fr": "La matière : un code matière de la BCN (6 chiffres) ou une IRI ScoLOMFR voc-015 (règle \#
        fr.subject)."
              },
              "inlineSchema": "{\"type\":\"string\"}"
            }
          ],
          "templates": [
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/answered-question",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Answered a question",
                "fr": "A répondu à une question"
              },
              "definition": {
                "en": "A pupil answered a question (a cmi.interaction).",
                "fr": "Un élève a répondu à une question (une cmi.interaction)."
              },
              "verb": "http://adlnet.gov/expapi/verbs/answered",
              "objectActivityType": "http://adlnet.gov/expapi/activities/cmi.interaction",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                },
                {
                  "location": "$.object.definition.interactionType",
                  "presence": "included",
                  "scopeNote": {
                    "en": "xapi.interaction.type"
                  }
                },
                {
                  "location": "$.result.score.scaled",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.score"
                  }
                },
                {
                  "location": "$.result.score.min",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.score"
                  }
                },
                {
                  "location": "$.result.score.max",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.score"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/initialized-session",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Initialized a session",
                "fr": "A commencé une session"
              },
              "definition": {
                "en": "A pupil started a session of a resource.",
                "fr": "Un élève a commencé une session sur une ressource."
              },
              "verb": "http://adlnet.gov/expapi/verbs/initialized",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/terminated-session",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Terminated a session",
                "fr": "A terminé une session"
              },
              "definition": {
                "en": "A pupil ended a session of a resource.",
                "fr": "Un élève a mis fin à une session sur une ressource."
              },
              "verb": "http://adlnet.gov/expapi/verbs/terminated",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                },
                {
                  "location": "$.result.duration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.duration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/completed-resource",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Completed a resource",
                "fr": "A terminé une ressource"
              },
              "definition": {
                "en": "A pupil completed a resource.",
                "fr": "Un élève a terminé une ressource."
              },
              "verb": "http://adlnet.gov/expapi/verbs/completed",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                },
                {
                  "location": "$.result.completion",
                  "presence": "included",
                  "all": [
                    true
                  ],
                  "scopeNote": {
                    "en": "fr.result.outcome"
                  }
                },
                {
                  "location": "$.result.duration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.duration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/passed-resource",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Passed a resource",
                "fr": "A réussi une ressource"
              },
              "definition": {
                "en": "A pupil passed a resource at the required level.",
                "fr": "Un élève a réussi une ressource au niveau demandé."
              },
              "verb": "http://adlnet.gov/expapi/verbs/passed",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                },
                {
                  "location": "$.result.success",
                  "presence": "included",
                  "all": [
                    true
                  ],
                  "scopeNote": {
                    "en": "fr.result.outcome"
                  }
                },
                {
                  "location": "$.result.duration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.duration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/failed-resource",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Failed a resource",
                "fr": "A échoué à une ressource"
              },
              "definition": {
                "en": "A pupil did not pass a resource at the required level.",
                "fr": "Un élève n'a pas réussi une ressource au niveau demandé."
              },
              "verb": "http://adlnet.gov/expapi/verbs/failed",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                },
                {
                  "location": "$.result.success",
                  "presence": "included",
                  "all": [
                    false
                  ],
                  "scopeNote": {
                    "en": "fr.result.outcome"
                  }
                },
                {
                  "location": "$.result.duration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.result.duration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/viewed-resource",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Viewed a resource",
                "fr": "A vu une ressource"
              },
              "definition": {
                "en": "A pupil viewed a resource.",
                "fr": "Un élève a vu une ressource."
              },
              "verb": "http://id.tincanapi.com/verb/viewed",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                }
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/templates/accessed-resource",
              "type": "StatementTemplate",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Accessed a resource",
                "fr": "A accédé à une ressource"
              },
              "definition": {
                "en": "A pupil accessed a resource.",
                "fr": "Un élève a accédé à une ressource."
              },
              "verb": "http://activitystrea.ms/schema/1.0/access",
              "rules": [
                {
                  "location": "$.id",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.id"
                  }
                },
                {
                  "location": "$.timestamp",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.timestamp"
                  }
                },
                {
                  "location": "$.actor.account",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.mbox_sha1sum",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.openid",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.account"
                  }
                },
                {
                  "location": "$.actor.name",
                  "presence": "excluded",
                  "scopeNote": {
                    "en": "fr.agent.name"
                  }
                },
                {
                  "location": "$.object.definition.type",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.activity.type"
                  }
                },
                {
                  "location": "$.context.platform",
                  "presence": "included",
                  "scopeNote": {
                    "en": "fr.platform"
                  }
                },
                {
                  "location": "$.context.contextActivities.category[*].id",
                  "presence": "included",
                  "any": [
                    "https://edutraces.org/xapi/profiles/fr-education/v1.0"
                  ],
                  "scopeNote": {
                    "en": "fr.profile"
                  }
                },
                {
                  "location": "$.context.registration",
                  "presence": "recommended",
                  "scopeNote": {
                    "en": "fr.registration"
                  }
                }
              ]
            }
          ],
          "patterns": [
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/patterns/session",
              "type": "Pattern",
              "primary": true,
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Session",
                "fr": "Session"
              },
              "definition": {
                "en": "A registration starts with initialized, has any activity, and ends with terminated.",
                "fr": "Une registration commence par initialized, contient des activités, et finit par terminated."
              },
              "sequence": [
                "https://edutraces.org/xapi/profiles/fr-education/templates/initialized-session",
                "https://edutraces.org/xapi/profiles/fr-education/patterns/activities",
                "https://edutraces.org/xapi/profiles/fr-education/templates/terminated-session"
              ]
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/patterns/activities",
              "type": "Pattern",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Activities of a session",
                "fr": "Activités d'une session"
              },
              "definition": {
                "en": "Any number of activities.",
                "fr": "Un nombre quelconque d'activités."
              },
              "zeroOrMore": "https://edutraces.org/xapi/profiles/fr-education/patterns/activity"
            },
            {
              "id": "https://edutraces.org/xapi/profiles/fr-education/patterns/activity",
              "type": "Pattern",
              "inScheme": "https://edutraces.org/xapi/profiles/fr-education/v1.0",
              "prefLabel": {
                "en": "Activity",
                "fr": "Activité"
              },
              "definition": {
                "en": "One answer, outcome or view.",
                "fr": "Une réponse, un résultat ou une consultation."
              },
              "alternates": [
                "https://edutraces.org/xapi/profiles/fr-education/templates/answered-question",
                "https://edutraces.org/xapi/profiles/fr-education/templates/completed-resource",
                "https://edutraces.org/xapi/profiles/fr-education/templates/passed-resource",
                "https://edutraces.org/xapi/profiles/fr-education/templates/failed-resource",
                "https://edutraces.org/xapi/profiles/fr-education/templates/viewed-resource",
                "https://edutraces.org/xapi/profiles/fr-education/templates/accessed-resource"
              ]
            }
          ]
        }
        """#
}
