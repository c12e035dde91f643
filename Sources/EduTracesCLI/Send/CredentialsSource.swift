import XAPIUploader

/// Where `send` finds the LRS's credentials: the names of environment variables, never the secrets
/// themselves, so that no password or token appears in a command line, a shell history or `ps`.
///
/// ```swift
/// let source = try CredentialsSource(user: "maths-plus", passwordVariable: "LRS_PASSWORD", tokenVariable: nil)
/// let credentials = try source.credentials(in: context.environment)   // .basic(username: "maths-plus", password: …)
/// ```
/// Messages name the option and the variable, never the variable's value.
enum CredentialsSource: Sendable, Equatable {
    /// No `Authorization` header (an LRS open to anyone, or one behind a proxy that adds it).
    case none
    /// HTTP Basic: the user name, and the variable holding the password.
    case basic(user: String, passwordVariable: String)
    /// A bearer token, from this variable.
    case bearer(tokenVariable: String)

    /// Reads the values of `--user`, `--password-env` and `--token-env`; throws when they do not fit together.
    init(user: String?, passwordVariable: String?, tokenVariable: String?) throws(UsageError) {
        switch (user, passwordVariable, tokenVariable) {
        case (nil, nil, nil):
            self = .none
        case (let user?, let passwordVariable?, nil):
            self = .basic(user: user, passwordVariable: passwordVariable)
        case (nil, nil, let tokenVariable?):
            self = .bearer(tokenVariable: tokenVariable)
        case (_, _, _?):
            throw UsageError("--token-env cannot be combined with --user or --password-env: choose Basic or bearer")
        case (nil, _?, nil):
            throw UsageError("--password-env needs --user (the account whose password the variable holds)")
        case (_?, nil, nil):
            throw UsageError("--user needs --password-env VAR (the environment variable holding the password)")
        }
    }

    /// The credentials, read from `environment`; throws when a named variable is unset or empty.
    func credentials(in environment: [String: String]) throws(UsageError) -> Credentials? {
        switch self {
        case .none:
            return nil
        case .basic(let user, let passwordVariable):
            return .basic(
                username: user,
                password: try Self.value(of: passwordVariable, option: "--password-env", in: environment)
            )
        case .bearer(let tokenVariable):
            return .bearer(token: try Self.value(of: tokenVariable, option: "--token-env", in: environment))
        }
    }

    private static func value(
        of variable: String,
        option: String,
        in environment: [String: String]
    ) throws(UsageError) -> String {
        guard let value = environment[variable], !value.isEmpty else {
            throw UsageError("\(option): the environment variable \(variable) is not set or is empty")
        }
        return value
    }
}
