import Foundation

extension JSONValue: Codable {
    /// Decodes any JSON value from a decoder, keeping numbers exact where the decoder allows it.
    public init(from decoder: any Decoder) throws {
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONValue] = []
            while !array.isAtEnd { elements.append(try array.decode(JSONValue.self)) }
            self = .array(elements)
            return
        }
        if let keyed = try? decoder.container(keyedBy: MemberKey.self) {
            var object = JSONObject()
            // Decoders do not report key order: sort for a deterministic result.
            for key in keyed.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
                object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key)
            }
            self = .object(object)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() {
            self = .null
        } else if let bool = try? single.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? single.decode(Int64.self) {
            self = .number(JSONNumber(uncheckedLexeme: String(integer)))
        } else if let decimal = try? single.decode(Decimal.self), decimal.isFinite,
            let number = JSONNumber(lexeme: decimal.description)
        {
            self = .number(number)
        } else if let double = try? single.decode(Double.self), let number = JSONNumber(double) {
            self = .number(number)
        } else if let string = try? single.decode(String.self) {
            self = .string(string)
        } else {
            throw DecodingError.dataCorruptedError(in: single, debugDescription: "not a JSON value")
        }
    }

    /// Encodes the value; numbers go out as integers, exact decimals or doubles, in that order of preference.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var single = encoder.singleValueContainer()
            try single.encodeNil()
        case .bool(let bool):
            var single = encoder.singleValueContainer()
            try single.encode(bool)
        case .number(let number):
            var single = encoder.singleValueContainer()
            if let integer = number.int64Value {
                try single.encode(integer)
            } else if let decimal = Decimal(string: number.lexeme, locale: Locale(identifier: "en_US_POSIX")),
                JSONNumber(lexeme: decimal.description) == number
            {
                try single.encode(decimal)
            } else {
                try single.encode(number.doubleValue)
            }
        case .string(let string):
            var single = encoder.singleValueContainer()
            try single.encode(string)
        case .array(let elements):
            var array = encoder.unkeyedContainer()
            for element in elements { try array.encode(element) }
        case .object(let object):
            var keyed = encoder.container(keyedBy: MemberKey.self)
            for member in object { try keyed.encode(member.value, forKey: MemberKey(member.key)) }
        }
    }
}

/// A coding key for any object member.
private struct MemberKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(_ key: String) { stringValue = key }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
