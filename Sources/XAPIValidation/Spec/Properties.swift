import XAPI

/// The properties one kind of xAPI object may have, as an enum whose raw values index ``jsonNames``.
///
/// Reading an object sorts its members into these slots in one pass, so each rule then finds its
/// property by position instead of searching the object again.
protocol PropertyName: RawRepresentable, CaseIterable where RawValue == Int {
    /// The JSON names, in the order of the cases.
    static var jsonNames: [String] { get }
    /// The kind of object, as messages name it: "a statement", "an agent"...
    static var kind: Noun { get }
}

extension PropertyName {
    /// The JSON name of the property.
    var jsonName: String { Self.jsonNames[rawValue] }

    /// The JSON names spelled like the cases, for the kinds whose properties need no other spelling.
    static func caseNames() -> [String] {
        allCases.map { String(describing: $0) }
    }
}

/// An object's members sorted into the slots of its kind's property names.
///
/// Slots hold member positions in a fixed-size vector, so reading an object allocates nothing.
struct Properties<Name: PropertyName> {
    /// The most properties a kind may have.
    static var capacity: Int { 16 }

    fileprivate let members: [JSONObject.Member]
    /// For each property, its member's position plus one; zero when absent.
    fileprivate var slots: SIMD16<Int32>

    /// The property's value; `nil` when it is absent or `null` (a `null` was reported when the object was read).
    @inline(__always)
    subscript(_ name: Name) -> JSONValue? {
        let slot = Int(slots[name.rawValue])
        guard slot > 0, case let value = members[slot - 1].value, !value.isNull else { return nil }
        return value
    }

    /// Whether the property is written at all, even as `null`.
    @inline(__always)
    func isWritten(_ name: Name) -> Bool {
        slots[name.rawValue] != 0
    }
}

extension SpecChecker {
    /// Reads `object` as a `Name` kind: reports members the kind does not define (G8, with a hint when only
    /// the case differs, G6) and `null` values (G3), and returns the members by property.
    @inline(__always)
    mutating func properties<Name: PropertyName>(of object: JSONObject, as _: Name.Type) -> Properties<Name> {
        Properties(members: object.members, slots: slots(of: object, names: Name.jsonNames, kind: Name.kind))
    }

    /// The work of ``properties(of:as:)``, kept free of generics so that it runs without runtime type lookups.
    private mutating func slots(of object: JSONObject, names: [String], kind: Noun) -> SIMD16<Int32> {
        var slots = SIMD16<Int32>()
        for (position, member) in object.members.enumerated() {
            let count = member.key.utf8.count
            // Property names are ASCII: `==` with a length check is an exact byte comparison here.
            guard let slot = names.firstIndex(where: { $0.utf8.count == count && $0 == member.key }) else {
                reportUnknown(member.key, allowed: names, in: kind)
                continue
            }
            if member.value.isNull {
                report(
                    .null,
                    at: member.key,
                    LocalizedText(
                        english: "\(member.key) must not be null (omit the property instead)",
                        french: "\(member.key) ne doit pas être null (omettre plutôt la propriété)"
                    )
                )
            }
            // Positions beyond Int32 cannot be stored; such an object is absurd but must not trap.
            slots[slot] = Int32(clamping: position + 1)
        }
        return slots
    }

    /// The property's value, reporting it when it is absent (a `null` was reported when the object was read).
    mutating func required<Name>(_ properties: Properties<Name>, _ name: Name) -> JSONValue? {
        guard properties.isWritten(name) else {
            report(
                .required,
                LocalizedText(
                    english: "\(Name.kind.english) must have \"\(name.jsonName)\"",
                    french: "\(Name.kind.french) doit avoir « \(name.jsonName) »"
                )
            )
            return nil
        }
        return properties[name]
    }
}
