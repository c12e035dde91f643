import XAPI

/// The context of a statement (xAPI Data 2.4.6), as `Pseudonymizer+Context.swift` walks it.
extension StatementTextRewriter {
    /// A context with its agents pseudonymized, its activities' and own extensions filtered.
    mutating func rewriteContext() throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        while let name = try cursor.nextMember() {
            switch name.key {
            case "registration":
                writeName(name, isFirst: &isFirst)
                try copyIdentifier()
            case "platform", "language", "revision":
                writeName(name, isFirst: &isFirst)
                try copyValue()
            case "contextActivities":
                writeName(name, isFirst: &isFirst)
                try rewriteContextActivities()
            case "extensions":
                try filterExtensions(name, isFirst: &isFirst)
            case "instructor", "team":
                writeName(name, isFirst: &isFirst)
                try rewriteAgent()
            case "statement":
                writeName(name, isFirst: &isFirst)
                try rewriteStatementReference()
            case "contextAgents":
                writeName(name, isFirst: &isFirst)
                try rewriteContextEntries(holding: "agent")
            case "contextGroups":
                writeName(name, isFirst: &isFirst)
                try rewriteContextEntries(holding: "group")
            default:
                throw Stop()
            }
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The lists of context activities: each an array of activities, or one activity as xAPI 1.0.3 allows.
    private mutating func rewriteContextActivities() throws(Stop) {
        try cursor.enterObject()
        output.append(UInt8(ascii: "{"))
        var isFirst = true
        while let name = try cursor.nextMember() {
            switch name.key {
            case "parent", "grouping", "category", "other": writeName(name, isFirst: &isFirst)
            default: throw Stop()
            }
            if cursor.nextByte == UInt8(ascii: "{") {
                try rewriteActivity()
                continue
            }
            try cursor.enterArray()
            output.append(UInt8(ascii: "["))
            var isFirstActivity = true
            while try cursor.nextElement() {
                if !isFirstActivity { output.append(UInt8(ascii: ",")) }
                isFirstActivity = false
                try rewriteActivity()
            }
            output.append(UInt8(ascii: "]"))
        }
        output.append(UInt8(ascii: "}"))
    }

    /// The entries of contextAgents or contextGroups (xAPI 2.0 Data 2.4.6): objects with the agent or group
    /// named `inner`, and nothing but `objectType` and `relevantTypes` besides.
    private mutating func rewriteContextEntries(holding inner: String) throws(Stop) {
        try cursor.enterArray()
        output.append(UInt8(ascii: "["))
        var isFirstEntry = true
        while try cursor.nextElement() {
            if !isFirstEntry { output.append(UInt8(ascii: ",")) }
            isFirstEntry = false
            try cursor.enterObject()
            output.append(UInt8(ascii: "{"))
            var isFirst = true
            var hasInner = false
            while let name = try cursor.nextMember() {
                writeName(name, isFirst: &isFirst)
                switch name.key {
                case inner:
                    hasInner = true
                    try rewriteAgent()
                case "objectType", "relevantTypes":
                    try copyValue()
                default:
                    throw Stop()
                }
            }
            guard hasInner else { throw Stop() }
            output.append(UInt8(ascii: "}"))
        }
        output.append(UInt8(ascii: "]"))
    }
}
