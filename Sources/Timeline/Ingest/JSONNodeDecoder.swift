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

  /// A partial cluster (reduce output's most numerous lines) read directly, without the
  /// generic decoder.
  static func partialCluster(from text: Substring) throws -> PartialCluster {
    try PartialCluster(reading: Object(parse(text).value))
  }

  /// A map record read directly when it has synthesized `Codable`'s shape for an enum case
  /// with one value (`{"mention":{"_0":{…}}}`); any other shape goes through the generic
  /// decoder, which then decides (and reports) as it always did. Documents through the
  /// generic decoder were nearly half of `timeline merge`'s time.
  static func record(from text: Substring) throws -> MapReduce.Record {
    let node = try parse(text)
    if case .object(let outer) = node.value, outer.count == 1, case .object(let inner) = outer[0].value.value,
      inner.count == 1, inner[0].key == "_0"
    {
      let o = try Object(inner[0].value.value)
      switch outer[0].key {
      case "document": return .document(try DocumentExtraction(reading: o))
      case "mention": return .mention(try EventMention(reading: o))
      case "diagnostic": return .diagnostic(try Diagnostic(reading: o))
      default: break
      }
    }
    return try decode(MapReduce.Record.self, from: node)
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

// MARK: - Direct readers

extension JSONNodeDecoder {
  /// The object `decoder` reads when it is this decoder (the map/reduce lines), for the
  /// types that then read their fields directly; nil from any other decoder.
  static func object(of decoder: any Decoder) throws -> Object? {
    guard let node = decoder as? NodeDecoder else { return nil }
    return try Object(node.node)
  }

  /// An object's members read field by field without a `Decoder`: the most numerous values
  /// of the map/reduce lines (``EventMention``, with its spans, citation and time) read this
  /// way at a fraction of the generic path's cost. Reads what synthesized `Codable` reads:
  /// required fields must be present, optional ones may be absent or `null`.
  /// `JSONNodeDecoderTests` compares the results with `JSONDecoder`'s.
  struct Object {
    let members: [(key: String, value: JSONNode)]

    init(members: [(key: String, value: JSONNode)]) { self.members = members }

    init(_ node: JSONNode.Value) throws {
      guard case .object(let members) = node else { throw mismatch([String: Any].self, node) }
      self.members = members
    }

    /// The value of the first member named `key` (`null` included), nil when absent.
    func member(_ key: String) -> JSONNode.Value? {
      for m in members where m.key == key { return m.value.value }
      return nil
    }

    /// The first member named `key`, nil when absent or `null`.
    func find(_ key: String) -> JSONNode.Value? { member(key).flatMap { isNull($0) ? nil : $0 } }

    func required(_ key: String) throws -> JSONNode.Value {
      guard let n = find(key) else {
        throw DecodingError.valueNotFound(Any.self, .init(codingPath: [], debugDescription: "no value for \(key)"))
      }
      return n
    }

    func string(_ key: String) throws -> String { try JSONNodeDecoder.string(required(key)) }
    func int(_ key: String) throws -> Int { try JSONNodeDecoder.int(required(key)) }
    func bool(_ key: String) throws -> Bool { try JSONNodeDecoder.bool(required(key)) }
    func object(_ key: String) throws -> Object { try Object(required(key)) }
    func optionalString(_ key: String) throws -> String? { try find(key).map(JSONNodeDecoder.string) }
    func optionalInt(_ key: String) throws -> Int? { try find(key).map(JSONNodeDecoder.int) }
    func optionalBool(_ key: String) throws -> Bool? { try find(key).map(JSONNodeDecoder.bool) }
    func optionalObject(_ key: String) throws -> Object? { try find(key).map(Object.init) }
    func double(_ key: String) throws -> Double { try JSONNodeDecoder.double(required(key)) }
    func optionalDouble(_ key: String) throws -> Double? { try find(key).map(JSONNodeDecoder.double) }

    /// A string-backed enum's case.
    func value<E: RawRepresentable>(_ type: E.Type, _ key: String) throws -> E where E.RawValue == String {
      let raw = try string(key)
      guard let v = E(rawValue: raw) else {
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(raw) is not a \(E.self)"))
      }
      return v
    }

    /// An array of objects, each read by `read`.
    func objects<T>(_ key: String, _ read: (Object) throws -> T) throws -> [T] {
      let node = try required(key)
      guard case .array(let items) = node else { throw mismatch([Any].self, node) }
      return try items.map { try read(Object($0.value)) }
    }

    func strings(_ key: String) throws -> [String] { try Self.strings(required(key)) }
    func optionalStrings(_ key: String) throws -> [String]? { try find(key).map(Self.strings) }

    static func strings(_ node: JSONNode.Value) throws -> [String] {
      guard case .array(let items) = node else { throw mismatch([String].self, node) }
      return try items.map { try JSONNodeDecoder.string($0.value) }
    }

    /// An array of objects.
    func objects(_ key: String) throws -> [Object] {
      let node = try required(key)
      guard case .array(let items) = node else { throw mismatch([Any].self, node) }
      return try items.map { try Object($0.value) }
    }

    /// A string-to-string object (the first of a repeated key counts).
    func stringMap(_ key: String) throws -> [String: String] {
      var out: [String: String] = [:]
      for m in try Object(required(key)).members where out[m.key] == nil { out[m.key] = try JSONNodeDecoder.string(m.value.value) }
      return out
    }

    /// Any other value, through the generic decoder.
    func decode<T: Decodable>(_ type: T.Type, _ key: String) throws -> T {
      try NodeDecoder(node: required(key)).value(type)
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, _ key: String) throws -> T? {
      try find(key).map { try NodeDecoder(node: $0).value(type) }
    }
  }
}

extension SourceSpan {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(start: try o.int("start"), end: try o.int("end"), line: try o.int("line"))
  }
}

extension Citation {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(document: try o.string("document"), span: try SourceSpan(reading: o), text: try o.string("text"))
  }
}

extension MentionTime {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      expression: try o.optionalString("expression"), span: try o.optionalObject("span").map(SourceSpan.init(reading:)),
      value: try o.string("value"), mod: try o.optionalString("mod"), rule: try o.string("rule"),
      stated: try o.bool("stated"), anchor: try o.decodeIfPresent(RelativeSpec.self, "anchor"))
  }
}

extension EventMention.Fields {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      id: try o.string("id"), document: try o.string("document"), eventClass: try o.string("eventClass"),
      trigger: try o.string("trigger"), triggerSpan: try SourceSpan(reading: o.object("triggerSpan")),
      citation: try Citation(reading: o.object("citation")), role: try o.value(TextRole.self, "role"),
      time: try o.optionalObject("time").map(MentionTime.init(reading:)), place: try o.optionalString("place"),
      participants: try o.strings("participants"), host: try o.optionalString("host"),
      ordinal: try o.optionalInt("ordinal"), isMain: try o.bool("isMain"), keywords: try o.strings("keywords"),
      attributes: try o.stringMap("attributes"), names: try o.optionalStrings("names"))
  }
}

extension PartialCluster {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      key: try o.string("key"), mentions: try o.strings("mentions"),
      edges: try o.objects("edges").map(Edge.init(reading:)))
  }
}

extension PartialCluster.Edge {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      a: try o.string("a"), b: try o.string("b"), score: try o.int("score"),
      evidence: try o.decodeIfPresent([Evidence].self, "evidence") ?? [])
    deferred = try o.optionalBool("deferred") ?? false
    spansDays = try o.optionalBool("spansDays") ?? false
  }
}

extension RelativeSpec {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(form: try o.string("form"), anaphoric: try o.bool("anaphoric"))
  }
}

extension Evidence {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      rule: try o.string("rule"), note: try o.string("note"),
      citation: try o.optionalObject("citation").map(Citation.init(reading:)))
  }
}

extension Diagnostic {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      try o.value(Severity.self, "severity"), code: try o.string("code"), path: try o.string("path"),
      line: try o.optionalInt("line"), column: try o.optionalInt("column"), start: try o.optionalInt("start"),
      end: try o.optionalInt("end"), message: try o.string("message"))
  }
}

extension PublishedDate {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      value: try o.string("value"), source: try o.value(Source.self, "source"), earliest: try o.optionalString("earliest"),
      latest: try o.optionalString("latest"), evidence: try o.objects("evidence", Evidence.init(reading:)))
    confidence = try o.double("confidence")  // as written (the initializer rounds)
  }
}

extension TemporalExpression {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      kind: try o.value(Kind.self, "kind"), text: try o.string("text"), span: try SourceSpan(reading: o.object("span")),
      value: try o.string("value"), mod: try o.optionalString("mod"), rule: try o.string("rule"),
      anchor: try o.optionalObject("anchor").map(RelativeSpec.init(reading:)))
  }
}

extension Entity {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      key: try o.string("key"), name: try o.string("name"), kind: try o.value(Kind.self, "kind"),
      aliases: try o.strings("aliases"))
  }
}

extension EntityMention {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      entity: try o.string("entity"), surface: try o.string("surface"), span: try SourceSpan(reading: o.object("span")),
      role: try o.value(TextRole.self, "role"))
  }
}

extension Claim {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      id: try o.string("id"), document: try o.string("document"), mention: try o.optionalString("mention"),
      attribute: try o.string("attribute"), value: try o.string("value"), number: try o.optionalDouble("number"),
      unit: try o.optionalString("unit"), items: try o.strings("items"), holder: try o.optionalString("holder"),
      subject: try o.optionalString("subject"), object: try o.optionalString("object"), polarity: try o.bool("polarity"),
      qualifier: try o.optionalString("qualifier"), citation: try Citation(reading: o.object("citation")))
  }
}

extension DocumentExtraction {
  init(reading o: JSONNodeDecoder.Object) throws {
    self.init(
      document: try o.string("document"), path: try o.string("path"), title: try o.optionalString("title"),
      outlet: try o.optionalString("outlet"), url: try o.optionalString("url"), author: try o.optionalString("author"),
      published: try o.optionalObject("published").map(PublishedDate.init(reading:)),
      expressions: try o.objects("expressions", TemporalExpression.init(reading:)),
      entities: try o.objects("entities", Entity.init(reading:)),
      entityMentions: try o.objects("entityMentions", EntityMention.init(reading:)),
      mentions: try o.objects("mentions", EventMention.init(reading:)),
      claims: try o.objects("claims", Claim.init(reading:)),
      diagnostics: try o.objects("diagnostics", Diagnostic.init(reading:)))
  }
}
