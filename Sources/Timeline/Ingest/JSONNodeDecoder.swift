/// Decodes `Decodable` values from JSON text through ``JSONParser``'s tree: the map/reduce
/// lines (`timeline reduce` and `merge` read millions), where Foundation's `JSONDecoder` was
/// most of the time.
///
/// Strict as `JSONDecoder` is: a string is read only as a string, a number only as a number
/// (an integer type only from a number without a fraction), a boolean only from `true` /
/// `false`, so a decoder that tries types one after another (``JSONValue``) picks the same one.
/// Numbers go through `Double`: integers beyond 2^53 are not exact (the engine writes none).
/// With a repeated key, the first member counts.
enum JSONNodeDecoder {
  static func decode<T: Decodable>(_ type: T.Type, from text: Substring) throws -> T {
    try decode(type, from: parse(text))
  }

  /// A partial cluster (reduce output's most numerous lines) pulled from the text
  /// (``JSONParser/pull(_:_:)``), without a tree.
  static func partialCluster(from text: Substring) throws -> PartialCluster {
    try JSONParser.pull(text) { try PartialCluster(pulling: &$0) }
  }

  /// A map record pulled from the text field by field (``JSONParser/pull(_:_:)``): what
  /// synthesized `Codable` reads from `{"mention":{"_0":{…}}}`, without a tree. Through the
  /// tree and the generic decoder, parsing and reading the lines were two fifths of
  /// `timeline reduce` and `merge`.
  static func record(from text: Substring) throws -> MapReduce.Record {
    try JSONParser.pull(text) { try MapReduce.Record(pulling: &$0) }
  }

  static func parse(_ text: Substring) throws -> JSONNode {
    // Copied whole (`Array(text.utf8)` went byte by byte: a fifth of the merge's parsing).
    var text = text
    do { return try JSONParser.parse(text.withUTF8 { Array($0) }) } catch {
      throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "line \(error.line): \(error.reason)"))
    }
  }

  static func decode<T: Decodable>(_ type: T.Type, from node: JSONNode) throws -> T {
    try NodeDecoder(node: node.value).value(T.self)
  }

  static func mismatch(_ type: Any.Type, _ node: JSONNode.Value) -> DecodingError {
    .typeMismatch(type, .init(codingPath: [], debugDescription: "expected \(type), found \(JSONNode(value: node, line: 0).typeName)"))
  }

  static func string(_ node: JSONNode.Value) throws -> String {
    guard case .string(let s) = node else { throw mismatch(String.self, node) }
    return s
  }

  static func int(_ node: JSONNode.Value) throws -> Int {
    guard case .number(let n) = node, let i = Int(exactly: n) else { throw mismatch(Int.self, node) }
    return i
  }

  static func bool(_ node: JSONNode.Value) throws -> Bool {
    guard case .bool(let b) = node else { throw mismatch(Bool.self, node) }
    return b
  }

  static func double(_ node: JSONNode.Value) throws -> Double {
    guard case .number(let n) = node else { throw mismatch(Double.self, node) }
    return n
  }

  static func isNull(_ node: JSONNode.Value) -> Bool {
    if case .null = node { return true }
    return false
  }

  /// A primitive read straight from its node (no container per value); nil for other types.
  static func scalar<T>(_ type: T.Type, _ node: JSONNode.Value) throws -> T? {
    func exact<I: FixedWidthInteger>(_: I.Type) -> I? {
      if case .number(let n) = node { return I(exactly: n) }
      return nil
    }
    if T.self == String.self {
      if case .string(let s) = node { return s as? T }
    } else if T.self == Int.self {
      if let i = exact(Int.self) { return i as? T }
    } else if T.self == Bool.self {
      if case .bool(let b) = node { return b as? T }
    } else if T.self == Double.self {
      if case .number(let n) = node { return n as? T }
    } else if let integer = T.self as? any FixedWidthInteger.Type {
      if let i = exact(integer) { return i as? T }
    } else if T.self == Float.self {
      if case .number(let n) = node { return Float(n) as? T }
    } else {
      return nil
    }
    throw mismatch(type, node)
  }

  /// Coding paths are not tracked (a path per value cost an array per value): errors name
  /// the type and what was found, and the callers report the line.
  ///
  /// It holds the node's value only (not its line), small enough for an existential's inline
  /// buffer: no allocation per decoded value.
  struct NodeDecoder: Decoder {
    let node: JSONNode.Value
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func value<T: Decodable>(_ type: T.Type) throws -> T {
      if let v = try scalar(type, node) { return v }
      return try T(from: self)
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
      guard case .object(let members) = node else { throw mismatch([String: Any].self, node) }
      return KeyedDecodingContainer(Keyed<Key>(members: members))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
      guard case .array(let items) = node else { throw mismatch([Any].self, node) }
      return Unkeyed(items: items)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(decoder: self) }
  }

  struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let object: Object
    var codingPath: [any CodingKey] { [] }

    init(members: [(key: String, value: JSONNode)]) { object = Object(members: members) }

    var allKeys: [Key] { object.members.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { object.member(key.stringValue) != nil }

    private func node(_ key: Key) throws -> JSONNode.Value {
      guard let n = object.member(key.stringValue) else {
        throw DecodingError.keyNotFound(key, .init(codingPath: [], debugDescription: "no value for \(key.stringValue)"))
      }
      return n
    }

    func decodeNil(forKey key: Key) throws -> Bool { isNull(try node(key)) }

    // The primitives synthesized `Codable` asks for, without a generic value or a cast each.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try string(node(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try int(node(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try bool(node(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try double(node(key)) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
      try object.optionalString(key.stringValue)
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try object.optionalInt(key.stringValue) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try object.optionalBool(key.stringValue) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
      try object.decodeIfPresent(type, key.stringValue)
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
      try NodeDecoder(node: try node(key)).value(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      try NodeDecoder(node: try node(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
      try NodeDecoder(node: try node(key)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { NodeDecoder(node: object.member("super") ?? .null) }

    func superDecoder(forKey key: Key) throws -> any Decoder {
      NodeDecoder(node: object.member(key.stringValue) ?? .null)
    }
  }

  struct Unkeyed: UnkeyedDecodingContainer {
    let items: [JSONNode]
    var codingPath: [any CodingKey] { [] }
    var currentIndex = 0

    init(items: [JSONNode]) { self.items = items }

    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    private mutating func next() throws -> NodeDecoder {
      guard !isAtEnd else {
        throw DecodingError.valueNotFound(
          Any.self, .init(codingPath: codingPath, debugDescription: "the array has no more elements"))
      }
      defer { currentIndex += 1 }
      return NodeDecoder(node: items[currentIndex].value)
    }

    mutating func decodeNil() throws -> Bool {
      guard !isAtEnd else { return false }
      if isNull(items[currentIndex].value) {
        currentIndex += 1
        return true
      }
      return false
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().value(type) }
    mutating func decode(_ type: String.Type) throws -> String { try string(next().node) }
    mutating func decode(_ type: Int.Type) throws -> Int { try int(next().node) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
      -> KeyedDecodingContainer<NestedKey>
    {
      try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

    mutating func superDecoder() throws -> any Decoder { try next() }
  }

  struct Single: SingleValueDecodingContainer {
    let decoder: NodeDecoder
    var codingPath: [any CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool { isNull(decoder.node) }

    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.value(type) }
    func decode(_ type: String.Type) throws -> String { try string(decoder.node) }
    func decode(_ type: Int.Type) throws -> Int { try int(decoder.node) }
    func decode(_ type: Bool.Type) throws -> Bool { try bool(decoder.node) }
    func decode(_ type: Double.Type) throws -> Double { try double(decoder.node) }
  }
}

extension JSONNodeDecoder {
  /// An object's members for ``Keyed``: the first member of a key counts; optional values may
  /// be absent or `null`.
  struct Object {
    let members: [(key: String, value: JSONNode)]

    init(members: [(key: String, value: JSONNode)]) { self.members = members }

    /// The value of the first member named `key` (`null` included), nil when absent.
    func member(_ key: String) -> JSONNode.Value? {
      for m in members where m.key == key { return m.value.value }
      return nil
    }

    /// The first member named `key`, nil when absent or `null`.
    func find(_ key: String) -> JSONNode.Value? { member(key).flatMap { isNull($0) ? nil : $0 } }

    func optionalString(_ key: String) throws -> String? { try find(key).map(JSONNodeDecoder.string) }
    func optionalInt(_ key: String) throws -> Int? { try find(key).map(JSONNodeDecoder.int) }
    func optionalBool(_ key: String) throws -> Bool? { try find(key).map(JSONNodeDecoder.bool) }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
      try find(key).map { try NodeDecoder(node: $0).value(type) }
    }
  }
}
