/// Text made safe for XML and HTML attributes and content: the JUnit report and the HTML report both
/// write through it, so a platform named `</svg><script>` stays text.
///
/// ```swift
/// XMLText.escape("a < b & \"c\"")  // "a &lt; b &amp; &quot;c&quot;"
/// ```
enum XMLText {
    /// Escapes `&`, `<`, `>`, `"` and `'`; replaces characters XML 1.0 cannot hold by U+FFFD.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            case "\t", "\n", "\r": escaped.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
                escaped += "\u{FFFD}"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
