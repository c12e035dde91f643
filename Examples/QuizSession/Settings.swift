import Foundation
import XAPIPseudonymization
import XAPIUploader

/// What the example needs from outside: the LRS, its credentials and the pseudonymization key. Arguments
/// win over the environment, which `Scripts/lrs/start-lrs.sh` writes into its `lrs.env`.
struct Settings {
    static let usage = """
        usage: quiz-session-example [--endpoint URL] [--user NAME] [--key-file FILE --key-id ID] [--with-mistake]
          --endpoint, --user   the LRS (default: LRS_ENDPOINT, LRS_USERNAME); the password is read from LRS_PASSWORD
          --key-file, --key-id the pseudonymization key, 64 hexadecimal digits or more, and its id
                               (default: EDUTRACES_KEY_FILE, EDUTRACES_KEY_ID; without a key, a throwaway one)
          --with-mistake       adds a statement that breaks a labelling rule, to show how it is refused
        """

    let endpoint: URL
    let credentials: Credentials
    let keyFile: URL?
    let keyID: String?
    let withMistake: Bool

    /// Reads the command line and the environment, or prints the usage and exits with status 2.
    static func fromCommandLine() -> Settings {
        let environment = ProcessInfo.processInfo.environment
        var options = environment.filter {
            ["LRS_ENDPOINT", "LRS_USERNAME", "EDUTRACES_KEY_FILE", "EDUTRACES_KEY_ID"].contains($0.key)
        }
        var withMistake = false
        var arguments = CommandLine.arguments.dropFirst()
        let names = [
            "--endpoint": "LRS_ENDPOINT", "--user": "LRS_USERNAME", "--key-file": "EDUTRACES_KEY_FILE",
            "--key-id": "EDUTRACES_KEY_ID",
        ]
        while let argument = arguments.popFirst() {
            if argument == "--with-mistake" {
                withMistake = true
            } else if let name = names[argument], let value = arguments.popFirst() {
                options[name] = value
            } else {
                fail("unexpected argument \(argument)")
            }
        }
        guard let endpoint = options["LRS_ENDPOINT"].flatMap(URL.init(string:)) else {
            fail("no LRS: give --endpoint URL or set LRS_ENDPOINT (Scripts/lrs/start-lrs.sh writes it in lrs.env)")
        }
        let keyFile = options["EDUTRACES_KEY_FILE"].map { URL(fileURLWithPath: $0) }
        if keyFile != nil && options["EDUTRACES_KEY_ID"] == nil { fail("a key file needs its id: --key-id ID") }
        return Settings(
            endpoint: endpoint,
            credentials: .basic(username: options["LRS_USERNAME"] ?? "", password: environment["LRS_PASSWORD"] ?? ""),
            keyFile: keyFile,
            keyID: options["EDUTRACES_KEY_ID"],
            withMistake: withMistake
        )
    }

    /// The key from the file given; without one, a random key written for this run only into `folder`.
    /// Either way the key is read at run time: it is never part of the program.
    func key(throwawayIn folder: URL) throws -> (key: PseudonymizationKey, origin: String) {
        if let keyFile, let keyID {
            return (try PseudonymizationKey(contentsOfHexFile: keyFile, id: keyID), "\(keyFile.path) (id \(keyID))")
        }
        var random = SystemRandomNumberGenerator()
        let hex = (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &random)) }.joined()
        let file = folder.appendingPathComponent("throwaway.key")
        guard
            FileManager.default.createFile(
                atPath: file.path,
                contents: Data(hex.utf8),
                attributes: [.posixPermissions: 0o600]
            )
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path]) }
        let origin =
            "THROWAWAY key made for this run: \(file.path) (id throwaway)\n"
            + "           nobody can recompute these pseudonyms once it is deleted; --key-file FILE --key-id ID for yours"
        return (try PseudonymizationKey(contentsOfHexFile: file, id: "throwaway"), origin)
    }
}

/// Prints why the example cannot start, and the usage, then exits with status 2.
func fail(_ reason: String) -> Never {
    FileHandle.standardError.write(Data("quiz-session-example: \(reason)\n\(Settings.usage)\n".utf8))
    exit(2)
}
