extension JSONLocator {
    /// The walk of ``offsets(of:in:)``: the containers entered so far, innermost last, and for each pointer
    /// the container whose children it looks for.
    ///
    /// It reads the text as ``offset(of:in:)`` reads it for each pointer (the same key reading, the same
    /// skipping), so both agree on any text, JSON or not. It allocates a few arrays per call, none per member.
    struct PointerWalk {
        var scanner: Scanner
        private(set) var offsets: [Int?]
        private let pointers: [JSONPointer]
        /// For each pointer, the place in `containers` of the container whose children it looks for (its
        /// token at that place names the child); `nil` once resolved.
        private var levels: [Int?]
        /// The pointers not resolved yet: the walk stops as soon as there are none.
        private var unresolved: Int
        private var containers: [Container] = []

        /// An object or array entered because pointers go through it.
        private struct Container {
            /// Where its `{` or `[` is: when its text turns out not to be JSON, it is skipped whole from there.
            let start: Int
            let isObject: Bool
            /// How many pointers look for a child in it still.
            var pending: Int
            /// The position of the next element, in an array.
            var element = 0
            /// Whether a child was just read, so that a comma or the closing bracket comes next.
            var afterChild = false
        }

        init(pointers: [JSONPointer], bytes: UnsafeBufferPointer<UInt8>) {
            scanner = Scanner(bytes: bytes)
            offsets = Array(repeating: nil, count: pointers.count)
            self.pointers = pointers
            levels = Array(repeating: nil, count: pointers.count)
            unresolved = pointers.count
        }

        mutating func run() {
            guard unresolved > 0 else { return }
            containers.reserveCapacity(8)
            scanner.skipWhitespace()
            // The root is the value every pointer starts from.
            var entering = 0
            for pointer in offsets.indices {
                if pointers[pointer].tokens.count == 0 {
                    resolve(pointer, at: scanner.index < scanner.bytes.count ? scanner.index : nil)
                } else {
                    entering += 1
                }
            }
            if entering > 0, enterContainer(pending: entering) {
                for pointer in offsets.indices where pointers[pointer].tokens.count > 0 { levels[pointer] = 0 }
            } else {
                for pointer in offsets.indices where pointers[pointer].tokens.count > 0 { resolve(pointer, at: nil) }
            }
            while unresolved > 0, let container = containers.last {
                if container.afterChild {
                    readSeparator()
                } else if container.isObject {
                    readMember()
                } else {
                    readElement()
                }
            }
        }

        /// Enters the container at the cursor, looked into by `pending` pointers; `false` when the value
        /// there is not a container.
        private mutating func enterContainer(pending: Int) -> Bool {
            let index = scanner.index
            guard index < scanner.bytes.count else { return false }
            let byte = scanner.bytes[index]
            guard byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") else { return false }
            containers.append(Container(start: index, isObject: byte == UInt8(ascii: "{"), pending: pending))
            scanner.index += 1
            return true
        }

        /// Reads one member of the innermost object: its key, then its value, entered or skipped.
        private mutating func readMember() {
            scanner.skipWhitespace()
            guard scanner.index < scanner.bytes.count else { return abandon() }
            switch scanner.bytes[scanner.index] {
            case UInt8(ascii: "\""): break
            case UInt8(ascii: "}"), UInt8(ascii: "]"): return close()
            default: return reject()
            }
            guard let key = scanner.readKey() else { return reject() }
            scanner.skipWhitespace()
            guard scanner.index < scanner.bytes.count, scanner.bytes[scanner.index] == UInt8(ascii: ":") else {
                return reject()
            }
            scanner.index += 1
            scanner.skipWhitespace()
            // The first member of a repeated key counts: a pointer moves on once it has its child.
            readChild { walk, token in walk.scanner.key(key, is: token) }
        }

        /// Reads one element of the innermost array, entered or skipped.
        private mutating func readElement() {
            scanner.skipWhitespace()
            guard scanner.index < scanner.bytes.count else { return abandon() }
            if scanner.bytes[scanner.index] == UInt8(ascii: "]") { return close() }
            let element = containers[containers.count - 1].element
            containers[containers.count - 1].element += 1
            readChild { _, token in token.arrayIndex == element }
        }

        /// Reads the child at the cursor: resolves the pointers that `selects` it and end there, enters it for
        /// those that go on, or skips it.
        private mutating func readChild(selectedBy selects: (Self, JSONPointer.Token) -> Bool) {
            let level = containers.count - 1
            containers[level].afterChild = true
            let offset = scanner.index
            var entering = 0
            if containers[level].pending > 0 {
                for pointer in levels.indices where levels[pointer] == level {
                    guard selects(self, pointers[pointer].tokens[level]) else { continue }
                    if pointers[pointer].tokens.count == level + 1 {
                        resolve(pointer, at: offset < scanner.bytes.count ? offset : nil)
                    } else {
                        levels[pointer] = level + 1
                        containers[level].pending -= 1
                        entering += 1
                    }
                }
            }
            if entering > 0 {
                if enterContainer(pending: entering) { return }
                // Tokens go on, but the value is not a container: they name nothing.
                for pointer in levels.indices where levels[pointer] == level + 1 { resolve(pointer, at: nil) }
            }
            guard scanner.skipValue() else { return abandon() }
        }

        /// Reads what follows a child: a comma, or the end of the container.
        private mutating func readSeparator() {
            scanner.skipWhitespace()
            guard scanner.index < scanner.bytes.count else { return abandon() }
            let level = containers.count - 1
            switch scanner.bytes[scanner.index] {
            case UInt8(ascii: ","):
                scanner.index += 1
                containers[level].afterChild = false
                if containers[level].pending == 0 {
                    // Nothing more to find here: pass over the rest as a skip of the whole would.
                    containers.removeLast()
                    guard scanner.skipValue(openContainers: 1) else { return abandon() }
                }
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                close()
            default:
                reject()
            }
        }

        /// Leaves the innermost container at its closing bracket: what it still had to find is not there.
        private mutating func close() {
            resolvePending(in: containers.count - 1)
            containers.removeLast()
            scanner.index += 1
        }

        /// Leaves the innermost container, whose text is not JSON, skipped whole from its start as
        /// ``offset(of:in:)`` skips a value it passes over.
        private mutating func reject() {
            resolvePending(in: containers.count - 1)
            scanner.index = containers.removeLast().start
            guard scanner.skipValue() else { return abandon() }
        }

        /// Stops where the text ends: nothing still looked for is there.
        private mutating func abandon() {
            for level in containers.indices { resolvePending(in: level) }
            containers.removeAll()
        }

        private mutating func resolvePending(in level: Int) {
            guard containers[level].pending > 0 else { return }
            for pointer in levels.indices where levels[pointer] == level { resolve(pointer, at: nil) }
        }

        private mutating func resolve(_ pointer: Int, at offset: Int?) {
            if let level = levels[pointer], level < containers.count { containers[level].pending -= 1 }
            levels[pointer] = nil
            offsets[pointer] = offset
            unresolved -= 1
        }
    }
}
