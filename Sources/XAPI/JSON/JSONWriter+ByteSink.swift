extension JSONWriter {
    /// A growable byte buffer written through a pointer, into which a whole value is written before it is
    /// appended to the caller's array in one copy.
    ///
    /// Appending to `[UInt8]` piece by piece checks the array's uniqueness and capacity for every quote,
    /// comma and run of bytes: about as much work as the bytes themselves for the short strings of a
    /// statement. The sink checks its room once per piece.
    package struct ByteSink: ~Copyable {
        private var base: UnsafeMutablePointer<UInt8>
        private var capacity: Int
        /// The number of bytes written.
        package private(set) var count = 0

        /// An empty sink with room for `capacity` bytes; it grows as needed.
        package init(capacity: Int) {
            self.capacity = max(capacity, 16)
            base = .allocate(capacity: self.capacity)
        }

        deinit {
            base.deallocate()
        }

        /// Calls `body` with the bytes written.
        package func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            body(UnsafeBufferPointer(start: base, count: count))
        }

        /// Makes room for `extra` more bytes.
        @inline(__always)
        mutating func reserve(_ extra: Int) {
            if extra > capacity - count { grow(toHold: count + extra) }
        }

        private mutating func grow(toHold needed: Int) {
            let newCapacity = max(needed, capacity * 2)
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBase.initialize(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }

        /// Appends one byte.
        @inline(__always)
        package mutating func append(_ byte: UInt8) {
            reserve(1)
            base[count] = byte
            count += 1
        }

        /// Appends bytes.
        @inline(__always)
        package mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
            reserve(bytes.count)
            (base + count).initialize(from: source, count: bytes.count)
            count += bytes.count
        }

        /// Forgets the bytes written from `count` on.
        package mutating func truncate(to count: Int) {
            self.count = min(count, self.count)
        }

        /// Appends the UTF-8 bytes of `text`.
        @inline(__always)
        package mutating func append(utf8 text: String) {
            var text = text
            text.withUTF8 { append($0) }
        }

        /// Appends the JSON text of `value`.
        package mutating func write(_ value: JSONValue) {
            switch value {
            case .null:
                append(utf8: "null")
            case .bool(let bool):
                append(utf8: bool ? "true" : "false")
            case .number(let number):
                append(utf8: number.lexeme)
            case .string(let string):
                writeString(string)
            case .array(let elements):
                append(UInt8(ascii: "["))
                for index in elements.indices {
                    if index > 0 { append(UInt8(ascii: ",")) }
                    write(elements[index])
                }
                append(UInt8(ascii: "]"))
            case .object(let object):
                append(UInt8(ascii: "{"))
                let members = object.members
                for index in members.indices {
                    if index > 0 { append(UInt8(ascii: ",")) }
                    writeString(members[index].key)
                    append(UInt8(ascii: ":"))
                    write(members[index].value)
                }
                append(UInt8(ascii: "}"))
            }
        }

        /// Appends `string` quoted, with the escapes RFC 8259 §7 requires and no other.
        package mutating func writeString(_ string: String) {
            var string = string
            string.withUTF8 { utf8 in
                reserve(utf8.count + 2)
                append(UInt8(ascii: "\""))
                var runStart = 0
                while let special = Self.firstByteToEscape(in: utf8, from: runStart) {
                    append(UnsafeBufferPointer(rebasing: utf8[runStart..<special]))
                    appendEscape(of: utf8[special])
                    runStart = special + 1
                }
                append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
                append(UInt8(ascii: "\""))
            }
        }

        /// The position of the first quote, backslash or control character at or after `start`, looking at
        /// eight bytes at a time (SWAR, as the parser's string scan): most strings have none.
        @inline(__always)
        private static func firstByteToEscape(in utf8: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            guard let base = utf8.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            var index = start
            while index + 8 <= utf8.count {
                let word = ByteWord(raw, at: index)
                // Non-ASCII bytes are written as they are: only quotes, backslashes and controls are escaped.
                let special =
                    word.bytes(equalTo: UInt8(ascii: "\"")) | word.bytes(equalTo: UInt8(ascii: "\\"))
                    | word.bytes(below: 0x20)
                if special != 0 { return index + ByteWord.firstFlagged(in: special) }
                index += 8
            }
            while index < utf8.count {
                let byte = utf8[index]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return index }
                index += 1
            }
            return nil
        }

        private mutating func appendEscape(of byte: UInt8) {
            append(UInt8(ascii: "\\"))
            switch byte {
            case 0x22: append(0x22)
            case 0x5C: append(0x5C)
            case 0x08: append(UInt8(ascii: "b"))
            case 0x0C: append(UInt8(ascii: "f"))
            case 0x0A: append(UInt8(ascii: "n"))
            case 0x0D: append(UInt8(ascii: "r"))
            case 0x09: append(UInt8(ascii: "t"))
            default:
                let digits = "0123456789abcdef".utf8
                append(utf8: "u00")
                append(digits[digits.index(digits.startIndex, offsetBy: Int(byte >> 4))])
                append(digits[digits.index(digits.startIndex, offsetBy: Int(byte & 0x0F))])
            }
        }
    }
}
