import XAPI

/// Writing what the rewriter keeps: names and values copied as written when they are already compact JSON,
/// written again from their parsed form when they are not (whitespace, escapes), so that the output is what
/// ``JSONWriter`` writes either way.
extension StatementTextRewriter {
    /// Writes a member's name and its colon, after a comma unless it is the first member written.
    mutating func writeName(_ name: JSONCursor.MemberName, isFirst: inout Bool) {
        if !isFirst { output.append(UInt8(ascii: ",")) }
        isFirst = false
        if name.isCompact {
            output.append(UnsafeBufferPointer(rebasing: cursor.bytes[name.text]))
        } else {
            output.writeString(name.key)
        }
        output.append(UInt8(ascii: ":"))
    }

    /// Copies the value at the cursor.
    mutating func copyValue() throws(Stop) {
        try write(try cursor.skimValue())
    }

    /// Writes a value the cursor has stepped over.
    mutating func write(_ span: JSONCursor.Span) throws(Stop) {
        let bytes = UnsafeBufferPointer(rebasing: cursor.bytes[span.range])
        if span.isCompact {
            output.append(bytes)
            return
        }
        guard let value = try? JSONParser().parse(bytes) else { throw Stop() }
        output.write(value)
    }

    /// Copies an object whose members all have names that `isAllowed` accepts (a closed xAPI object).
    mutating func copyObject(allowing isAllowed: (String) -> Bool) throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        while let name = try cursor.nextMember() {
            guard isAllowed(name.key) else { throw Stop() }
            writeName(name, isFirst: &isFirst)
            try copyValue()
        }
        output.append(UInt8(ascii: "}"))
    }

    /// Writes the extensions object at the cursor with the allowlisted members only, and leaves the member out
    /// when the filter removes them all (an extensions object written empty stays).
    mutating func filterExtensions(_ name: JSONCursor.MemberName, isFirst: inout Bool) throws(Stop) {
        let start = output.count
        let wasFirst = isFirst
        writeName(name, isFirst: &isFirst)
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirstExtension = true
        var removedAny = false
        while let extensionName = try cursor.nextMember() {
            if policy.allowedExtensions.contains(extensionName.key) {
                writeName(extensionName, isFirst: &isFirstExtension)
                try copyValue()
            } else {
                _ = try cursor.skimValue()
                removedAny = true
            }
        }
        output.append(UInt8(ascii: "}"))
        if removedAny && isFirstExtension {
            output.truncate(to: start)
            isFirst = wasFirst
        }
    }

    /// Copies a statement id or registration, re-mapped with the scope key when the policy says so.
    mutating func copyIdentifier() throws(Stop) {
        guard policy.remapsIdentifiers else { return try copyValue() }
        guard let id = try? StatementID(cursor.readString().text) else { throw Stop() }
        output.writeString(pseudonymizer.derivation.remappedUUID(id).canonicalText)
    }
}
