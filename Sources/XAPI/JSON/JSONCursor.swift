/// A forward-only reader of one JSON text, for rewriting a statement while it is read instead of building
/// its tree and writing it back.
///
/// The caller walks the containers it cares about member by member, and steps over every other value with
/// ``skimValue()``, which checks it exactly as ``JSONParser`` does but builds nothing, and says whether its
/// bytes are already what ``JSONWriter`` would write for it, so that they can be copied as they are.
///
/// The cursor is a fast path, not a judge: when the text is not JSON, or goes past what the cursor reads
/// (more than 32 levels, an object of more than 64 names outside the parser's name table), it throws ``Stop``,
/// and the caller parses the text with ``JSONParser`` for the tree and the precise error.
///
/// ```swift
/// var cursor = JSONCursor(bytes)
/// try cursor.enterObject()
/// while let member = try cursor.nextMember() {
///     let value = try cursor.skimValue()  // or walk into it
/// }
/// try cursor.finish()
/// ```
package struct JSONCursor {
    /// The text is not JSON, or not one the cursor reads: parse it to know which.
    package struct Stop: Error {
        package init() {}
    }

    /// A member's name, read up to its value.
    package struct MemberName {
        /// The name, escapes decoded.
        package let key: String
        /// The name as written, quotes included.
        package let text: Range<Int>
        /// Whether `text` has no escape, and so is what ``JSONWriter`` writes for `key`.
        package let isCompact: Bool
    }

    /// Where a value stepped over is written.
    package struct Span {
        /// The value's bytes.
        package let range: Range<Int>
        /// Whether those bytes have no whitespace and no escape, and so are what ``JSONWriter`` writes for the
        /// value. (An escape the writer writes too, such as `\"`, makes a value not compact: it is only written
        /// again.)
        package let isCompact: Bool
    }

    /// An open array or object, whether it has shown an element yet, and an object's names so far.
    private struct Container {
        let isObject: Bool
        var isEmpty = true
        var names = MemberNameSet()
        /// Where the object's names outside the member-name table start in the ledger.
        let firstOtherName: Int
    }

    /// The text.
    package let bytes: UnsafeBufferPointer<UInt8>
    var reader: JSONReader
    var keys = MemberKeyLedger()
    /// The innermost open container, kept apart from the others: each member and element reads and updates it.
    private var current: Container?
    /// The other open containers, outermost first.
    private var enclosing: [Container] = []

    /// A cursor at the start of `bytes`, past any whitespace.
    package init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        reader = JSONReader(bytes: bytes, maxDepth: JSONReader.recursionDepth)
        enclosing.reserveCapacity(8)
        reader.skipWhitespace()
    }

    /// Where the cursor is.
    package var offset: Int { reader.index }

    /// The first byte of the value at the cursor, if any.
    package var nextByte: UInt8? { reader.index < bytes.count ? bytes[reader.index] : nil }

    /// How many arrays and objects are open.
    var depth: Int { enclosing.count + (current == nil ? 0 : 1) }

    /// Reads the `{` of the object at the cursor.
    package mutating func enterObject() throws(Stop) {
        guard nextByte == UInt8(ascii: "{"), depth < JSONReader.recursionDepth else { throw Stop() }
        reader.index += 1
        reader.skipWhitespace()
        open(Container(isObject: true, firstOtherName: keys.count))
    }

    /// Reads up to the value of the open object's next member and returns its name, or reads the object's
    /// `}` and returns nil.
    ///
    /// Each name returned must be followed by reading its value, with ``skimValue()`` or by walking it.
    package mutating func nextMember() throws(Stop) -> MemberName? {
        guard try nextItem(closing: UInt8(ascii: "}")) else { return nil }
        guard nextByte == UInt8(ascii: "\"") else { throw Stop() }
        let start = reader.index
        let name = try attempt { reader throws(JSONSyntaxError) in try reader.parseMemberName() }
        let key = name.key
        let text = start..<reader.index
        // Every escape is longer than what it stands for: equal lengths mean none.
        let isCompact = key.utf8.count == text.count - 2
        guard var container = current else { throw Stop() }
        var names = container.names
        let firstOtherName = container.firstOtherName
        let isNew =
            if isCompact {
                record(
                    UnsafeBufferPointer(rebasing: bytes[(text.lowerBound + 1)..<(text.upperBound - 1)]),
                    slot: name.slot,
                    in: &names,
                    since: firstOtherName
                )
            } else {
                Array(key.utf8).withUnsafeBufferPointer {
                    record($0, slot: name.slot, in: &names, since: firstOtherName)
                }
            }
        container.names = names
        current = container
        guard isNew else { throw Stop() }
        try attempt { reader throws(JSONSyntaxError) in try reader.expectColon() }
        return MemberName(key: key, text: text, isCompact: isCompact)
    }

    /// Reads the `[` of the array at the cursor.
    package mutating func enterArray() throws(Stop) {
        guard nextByte == UInt8(ascii: "["), depth < JSONReader.recursionDepth else { throw Stop() }
        reader.index += 1
        reader.skipWhitespace()
        open(Container(isObject: false, firstOtherName: keys.count))
    }

    /// Reads up to the open array's next element and returns true, or reads the array's `]` and returns false.
    package mutating func nextElement() throws(Stop) -> Bool {
        try nextItem(closing: UInt8(ascii: "]"))
    }

    /// Steps over the value at the cursor, checked as the parser checks it.
    package mutating func skimValue() throws(Stop) -> Span {
        guard nextByte != nil else { throw Stop() }
        let start = reader.index
        let isCompact = try skim(depth: depth)
        return Span(range: start..<reader.index, isCompact: isCompact)
    }

    /// Reads the string at the cursor.
    package mutating func readString() throws(Stop) -> (text: String, span: Span) {
        guard nextByte == UInt8(ascii: "\"") else { throw Stop() }
        let start = reader.index
        let text = try attempt { reader throws(JSONSyntaxError) in try reader.parseString() }
        let range = start..<reader.index
        return (text, Span(range: range, isCompact: text.utf8.count == range.count - 2))
    }

    /// A place to come back to, to read a value a second time.
    package struct Mark {
        fileprivate let offset: Int
        fileprivate let depth: Int
        fileprivate let keys: Int
    }

    /// The place of the cursor, with the containers open there.
    package func mark() -> Mark {
        Mark(offset: reader.index, depth: depth, keys: keys.count)
    }

    /// Goes back to `mark`, taken earlier inside the same containers as now or fewer: what was read since is
    /// forgotten.
    package mutating func rewind(to mark: Mark) {
        reader.index = mark.offset
        while depth > mark.depth { current = enclosing.popLast() }
        keys.forget(from: mark.keys)
    }

    /// Checks that nothing but whitespace follows the value read.
    package mutating func finish() throws(Stop) {
        reader.skipWhitespace()
        guard current == nil, reader.index == bytes.count else { throw Stop() }
    }

    /// Reads the separator before the open container's next item, or its closing byte.
    private mutating func nextItem(closing: UInt8) throws(Stop) -> Bool {
        guard let container = current else { throw Stop() }
        if !container.isEmpty {
            reader.skipWhitespace()
            guard let byte = nextByte, byte == UInt8(ascii: ",") || byte == closing else { throw Stop() }
            reader.index += 1
            if byte == closing { return close() }
            reader.skipWhitespace()
            guard let next = nextByte, next != closing else { throw Stop() }
            return true
        }
        guard let byte = nextByte else { throw Stop() }
        if byte == closing {
            reader.index += 1
            return close()
        }
        current?.isEmpty = false
        return true
    }

    private mutating func close() -> Bool {
        if let container = current { keys.forget(from: container.firstOtherName) }
        current = enclosing.popLast()
        return false
    }

    private mutating func open(_ container: Container) {
        if let outer = current { enclosing.append(outer) }
        current = container
    }

    /// Records a name of the innermost object, `slot` its slot in the member-name table if it has one; false
    /// when the object has it already, or has too many names to tell.
    @inline(__always)
    mutating func record(
        _ name: UnsafeBufferPointer<UInt8>,
        slot: Int?,
        in names: inout MemberNameSet,
        since firstOtherName: Int
    ) -> Bool {
        if let slot { return names.insert(reader.memberNames.ordinal(inSlot: slot)) }
        return keys.record(name, since: firstOtherName)
    }

    /// Runs a step of the parser's reader, its error turned into ``Stop``.
    @inline(__always)
    mutating func attempt<Value>(_ step: (inout JSONReader) throws(JSONSyntaxError) -> Value) throws(Stop) -> Value {
        do { return try step(&reader) } catch { throw Stop() }
    }
}
