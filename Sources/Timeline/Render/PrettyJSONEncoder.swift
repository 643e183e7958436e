import Foundation

/// Encodes a value to the exact bytes `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, about five times faster: the values are collected into a small
/// tree of already-serialized leaves and written once, without Foundation's boxing.
///
/// The format it reproduces: two-space indentation, `"key" : value`, keys in `String` order,
/// empty containers as `[` / `{`, a blank line and the closing bracket; strings escape only
/// `"`, `\` and control characters (`\n`, `\r`, `\t`, `\b`, `\f`, else `\u00xx`); integral
/// doubles print as integers. Values it has no rule for (dates, data, URLs, decimals, doubles
/// far from 1) fall back to `JSONEncoder` for that value alone.
///
/// Watch out for: `JSONOutputTests` compares it with `JSONEncoder` byte for byte; a new kind of
/// value in the report needs a case there.
enum PrettyJSONEncoder {
  /// `depth`: the value sits that deep in an enclosing document (its first line indented as
  /// its later ones are; blank lines stay blank).
  static func encode<T: Encodable>(_ value: T, depth: Int = 0) throws -> [UInt8] {
    let root = try TreeEncoder.node(for: value, path: [])
    var out: [UInt8] = []
    out.reserveCapacity(1024)
    indent(depth, &out)
    write(root, depth: depth, into: &out)
    return out
  }

  // MARK: - The tree

  /// One value: a leaf holds its serialized bytes; containers hold their children.
  final class Node {
    enum Kind { case leaf, object, array }
    let kind: Kind
    var bytes: [UInt8] = []
    var keys: [String] = []
    var children: [Node] = []

    init(_ kind: Kind) { self.kind = kind }

    init(leaf: [UInt8]) {
      kind = .leaf
      bytes = leaf
    }
  }

  static func write(_ node: Node, depth: Int, into out: inout [UInt8]) {
    switch node.kind {
    case .leaf:
      out.append(contentsOf: node.bytes)
    case .array:
      out.append(0x5B)  // [
      out.append(0x0A)
      for (i, child) in node.children.enumerated() {
        if i > 0 { out.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
        indent(depth + 1, &out)
        write(child, depth: depth + 1, into: &out)
      }
      out.append(0x0A)
      indent(depth, &out)
      out.append(0x5D)  // ]
    case .object:
      out.append(0x7B)  // {
      out.append(0x0A)
      // Sorted by key; a key given twice keeps its last value, as a dictionary would.
      let order = node.keys.indices.sorted { (node.keys[$0], $0) < (node.keys[$1], $1) }
      var first = true
      for (n, i) in order.enumerated() {
        if n + 1 < order.count, node.keys[order[n + 1]] == node.keys[i] { continue }
        if !first { out.append(contentsOf: [0x2C, 0x0A]) }
        first = false
        indent(depth + 1, &out)
        string(node.keys[i], into: &out)
        out.append(contentsOf: [0x20, 0x3A, 0x20])  // " : "
        write(node.children[i], depth: depth + 1, into: &out)
      }
      out.append(0x0A)
      indent(depth, &out)
      out.append(0x7D)  // }
    }
  }

  @inline(__always) static func indent(_ depth: Int, _ out: inout [UInt8]) {
    for _ in 0..<(2 * depth) { out.append(0x20) }
  }

  static func string(_ s: String, into out: inout [UInt8]) {
    out.append(0x22)
    for byte in s.utf8 {
      switch byte {
      case 0x22: out.append(contentsOf: [0x5C, 0x22])
      case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
      case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
      case 0x0D: out.append(contentsOf: [0x5C, 0x72])
      case 0x09: out.append(contentsOf: [0x5C, 0x74])
      case 0x08: out.append(contentsOf: [0x5C, 0x62])
      case 0x0C: out.append(contentsOf: [0x5C, 0x66])
      case 0..<0x20:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        out.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
      default: out.append(byte)
      }
    }
    out.append(0x22)
  }

  static func leaf(_ s: String) -> Node {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.utf8.count + 2)
    string(s, into: &bytes)
    return Node(leaf: bytes)
  }

  static func leaf(integer: some BinaryInteger) -> Node { Node(leaf: Array(String(integer).utf8)) }

  static func leaf(_ d: Double) throws -> Node {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 {
      return Node(leaf: Array((d.sign == .minus && d == 0 ? "-0" : String(Int64(d))).utf8))
    }
    if d.isFinite, abs(d) >= 1e-4, abs(d) < 1e15 { return Node(leaf: Array(d.description.utf8)) }
    return try foreign(d)
  }

  /// A value encoded by `JSONEncoder` itself (single values only: dates, data, URLs...).
  static func foreign<T: Encodable>(_ value: T) throws -> Node {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let data = try encoder.encode([value])  // "[\n  value\n]"
    let text = Array(data)
    guard text.count >= 6 else { return Node(leaf: text) }
    return Node(leaf: Array(text[4..<(text.count - 2)]))
  }

  // MARK: - Encoder

  final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var node: Node? {
      didSet { if let node { attach?(node) } }
    }

    init(path: [any CodingKey]) { codingPath = path }

    static func node<T: Encodable>(for value: T, path: [any CodingKey]) throws -> Node {
      // Metatype checks first: a failed dynamic cast per nested value is not free.
      if T.self == String.self, let s = value as? String { return leaf(s) }
      if T.self == Int.self, let i = value as? Int { return leaf(integer: i) }
      if T.self == Bool.self, let b = value as? Bool { return Node(leaf: Array((b ? "true" : "false").utf8)) }
      if T.self == Double.self, let d = value as? Double { return try leaf(d) }
      // Every other integer type (their `encode(to:)` would come straight back here).
      if T.self is any FixedWidthInteger.Type, let i = value as? any FixedWidthInteger { return leaf(integer: i) }
      if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self
        || T.self == Float.self
      {
        return try foreign(value)
      }
      let sub = TreeEncoder(path: path)
      try value.encode(to: sub)
      return sub.node ?? Node(.object)
    }

    /// Where a super encoder's value goes once it is known (its parent's slot).
    var attach: ((Node) -> Void)? = nil

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      let object: Node
      if let node, node.kind == .object {
        object = node
      } else {
        object = Node(.object)
        node = object
      }
      return KeyedEncodingContainer(Keyed<Key>(node: object, codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      let array: Node
      if let node, node.kind == .array {
        array = node
      } else {
        array = Node(.array)
        node = array
      }
      return Unkeyed(node: array, codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }
  }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]

    func add(_ key: Key, _ child: Node) {
      node.keys.append(key.stringValue)
      node.children.append(child)
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, Node(leaf: Array("null".utf8))) }
    mutating func encode(_ value: Bool, forKey key: Key) throws {
      add(key, Node(leaf: Array((value ? "true" : "false").utf8)))
    }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, leaf(value)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, try leaf(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, leaf(integer: value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, leaf(integer: value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, leaf(integer: value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      add(key, try TreeEncoder.node(for: value, path: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
      -> KeyedEncodingContainer<NestedKey>
    {
      let child = Node(.object)
      add(key, child)
      return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      let child = Node(.array)
      add(key, child)
      return Unkeyed(node: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

    func superEncoder(named name: String) -> any Encoder {
      let sub = TreeEncoder(path: codingPath)
      let (parent, slot) = (node, node.children.count)
      node.keys.append(name)
      node.children.append(Node(.object))  // `{}` until the super encoder writes
      sub.attach = { parent.children[slot] = $0 }
      return sub
    }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    var count: Int { node.children.count }

    mutating func encodeNil() throws { node.children.append(Node(leaf: Array("null".utf8))) }
    mutating func encode(_ value: Bool) throws { node.children.append(Node(leaf: Array((value ? "true" : "false").utf8))) }
    mutating func encode(_ value: String) throws { node.children.append(leaf(value)) }
    mutating func encode(_ value: Double) throws { node.children.append(try leaf(value)) }
    mutating func encode(_ value: Int) throws { node.children.append(leaf(integer: value)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      node.children.append(try TreeEncoder.node(for: value, path: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      let child = Node(.object)
      node.children.append(child)
      return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      let child = Node(.array)
      node.children.append(child)
      return Unkeyed(node: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder {
      let sub = TreeEncoder(path: codingPath)
      let (parent, slot) = (node, node.children.count)
      node.children.append(Node(.object))  // `{}` until the super encoder writes
      sub.attach = { parent.children[slot] = $0 }
      return sub
    }
  }

  struct Single: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.node = Node(leaf: Array("null".utf8)) }
    mutating func encode(_ value: Bool) throws { encoder.node = Node(leaf: Array((value ? "true" : "false").utf8)) }
    mutating func encode(_ value: String) throws { encoder.node = leaf(value) }
    mutating func encode(_ value: Double) throws { encoder.node = try leaf(value) }
    mutating func encode(_ value: Int) throws { encoder.node = leaf(integer: value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.node = try TreeEncoder.node(for: value, path: encoder.codingPath)
    }
  }
}
