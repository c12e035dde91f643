import Foundation
import XAPIPseudonymization

/// The options that name a key, a scope and a home page, shared by `pseudonymize` and `pseudonym`.
///
/// ```swift
/// let options = try PseudonymizerOptions(arguments)
/// let pseudonymizer = try options.pseudonymizer(policy: PseudonymizationPolicy())
/// ```
struct PseudonymizerOptions {
    static let keyFile = CommandOption(
        "--key-file",
        value: "FILE",
        help: "Required. A file holding the master key in hexadecimal (64 digits or more; whitespace around "
            + "them ignored). Keep it readable by its owner only."
    )
    static let keyID = CommandOption(
        "--key-id",
        value: "ID",
        help: "Required. The key's public id (1 to 32 ASCII letters, digits, '.', '_' or '-'), written into "
            + "every pseudonymous home page."
    )
    static let scope = CommandOption(
        "--scope",
        value: "SCOPE",
        help: "Required. The pseudonymization domain, such as acme/maths-5e/research/2026: one per recipient "
            + "and period."
    )
    static let homePage = CommandOption(
        "--home-page",
        value: "IRI",
        help: "Required. The https base of pseudonymous accounts; their homePage is IRI/SCOPE/kID."
    )

    /// The four options, in help order.
    static let all = [keyFile, keyID, scope, homePage]

    let keyFile: String
    let keyID: String
    let scope: String
    let homePage: String

    init(_ arguments: ParsedArguments) throws(UsageError) {
        func required(_ option: CommandOption) throws(UsageError) -> String {
            guard let value = arguments.value(of: option) else {
                throw UsageError("\(option.name) \(option.valueName ?? "") is required")
            }
            return value
        }
        keyFile = try required(Self.keyFile)
        keyID = try required(Self.keyID)
        scope = try required(Self.scope)
        homePage = try required(Self.homePage)
    }

    /// Reads the key and builds the pseudonymizer; every problem names its option, and none shows the key.
    func pseudonymizer(policy: PseudonymizationPolicy) throws(UsageError) -> Pseudonymizer {
        let key: PseudonymizationKey
        do {
            key = try PseudonymizationKey(contentsOfHexFile: URL(fileURLWithPath: keyFile), id: keyID)
        } catch {
            let option = error.rule == "pseudonym.key.id" ? Self.keyID.name : Self.keyFile.name
            throw UsageError("\(option): \(error.message)")
        }
        let scope: Scope
        do {
            scope = try Scope(self.scope)
        } catch {
            throw UsageError("\(Self.scope.name): \(error.message)")
        }
        do {
            return try Pseudonymizer(key: key, scope: scope, homePageBase: homePage, policy: policy)
        } catch {
            throw UsageError("\(Self.homePage.name): \(error.message)")
        }
    }
}
