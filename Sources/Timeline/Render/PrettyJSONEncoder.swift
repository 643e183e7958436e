import Foundation

/// Encodes a value to the exact bytes `JSONEncoder` writes with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, about five times faster: types that write themselves
/// (``CompactJSON``: events, documents, conflicts) are written pretty directly;
/// other values are collected into a small tree of already-serialized leaves and written once,
/// without Foundation's boxing.
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
    if T.self is any CompactJSON.Type, let direct = value as? any CompactJSON {  // events, documents, conflicts
      return try encode(direct: direct, depth: depth)
    }
    let arena = Arena()
    let root = try TreeEncoder.child(for: value, path: [], arena: arena)
    var out: [UInt8] = []
    out.reserveCapacity(arena.bytes.count * 2 + 64)
    indent(depth, &out)
    write(root, depth: depth, arena: arena.bytes, into: &out)
    return out
  }

  /// ``encode(_:depth:)`` of a value that writes itself (``CompactJSON``): written pretty as it
  /// is written, no compact text laid out in a second pass. Called on its own type, it needs
  /// no dynamic cast (the cast boxed a copy of the value, every field retained, for each of
  /// the timeline's events, documents and conflicts).
  static func encode(direct value: some CompactJSON, depth: Int) throws -> [UInt8] {
    var sink = JSONBytes(pretty: true, depth: depth, capacity: 4096)
    defer { sink.free() }
    sink.indent()
    try value.writeJSON(&sink)
    return Array(sink.bytes)
  }

  /// The same value as `JSONEncoder` writes it with `[.sortedKeys, .withoutEscapingSlashes]`
  /// (no whitespace between tokens): by the value itself (``CompactJSON``) or from the tree.
  static func encodeCompact<T: Encodable>(_ value: T) throws -> [UInt8] {
    var out: [UInt8] = []
    if T.self is any CompactJSON.Type, let direct = value as? any CompactJSON {  // the map/reduce lines
      try direct.writeCompact(&out)
      return out
    }
    let arena = Arena()
    let root = try TreeEncoder.child(for: value, path: [], arena: arena)
    out.reserveCapacity(arena.bytes.count + 64)
    writeCompact(root, arena: arena.bytes, into: &out)
    return out
  }

  // MARK: - The tree

  /// The serialized leaves of one encoding, end to end (a leaf is a range of it: no
  /// allocation per string or number).
  final class Arena {
    var bytes: [UInt8] = []
  }

  /// A value: a leaf's bytes in the arena, a value that wrote itself compact (``CompactJSON``)
  /// into the arena, or a container.
  enum Child {
    case leaf(Range<Int>)
    case compact(Range<Int>)
    case node(Node)
  }

  /// An object or array.
  final class Node {
    let isObject: Bool
    var keys: [String] = []
    var children: [Child] = []

    init(object: Bool) { isObject = object }
  }

  static func write(_ child: Child, depth: Int, arena: [UInt8], into out: inout [UInt8]) {
    switch child {
    case .leaf(let range): out.append(contentsOf: arena[range])
    case .compact(let range): appendPretty(arena[range], depth: depth, into: &out)
    case .node(let node): write(node, depth: depth, arena: arena, into: &out)
    }
  }

  /// An object's members in key order; a key given twice keeps its last value, as a
  /// dictionary would.
  static func keyOrder(_ node: Node) -> [Int] {
    let order = node.keys.indices.sorted { (node.keys[$0], $0) < (node.keys[$1], $1) }
    return order.indices.filter { n in n + 1 == order.count || node.keys[order[n + 1]] != node.keys[order[n]] }
      .map { order[$0] }
  }

  static func write(_ node: Node, depth: Int, arena: [UInt8], into out: inout [UInt8]) {
    out.append(node.isObject ? 0x7B : 0x5B)  // { or [
    out.append(0x0A)
    if node.isObject {
      for (n, i) in keyOrder(node).enumerated() {
        if n > 0 { out.append(contentsOf: [0x2C, 0x0A]) }  // ",\n"
        indent(depth + 1, &out)
        string(node.keys[i], into: &out)
        out.append(contentsOf: [0x20, 0x3A, 0x20])  // " : "
        write(node.children[i], depth: depth + 1, arena: arena, into: &out)
      }
    } else {
      for (i, child) in node.children.enumerated() {
        if i > 0 { out.append(contentsOf: [0x2C, 0x0A]) }
        indent(depth + 1, &out)
        write(child, depth: depth + 1, arena: arena, into: &out)
      }
    }
    out.append(0x0A)
    indent(depth, &out)
    out.append(node.isObject ? 0x7D : 0x5D)  // } or ]
  }

  /// ``write(_:depth:arena:into:)`` without whitespace between tokens.
  static func writeCompact(_ child: Child, arena: [UInt8], into out: inout [UInt8]) {
    switch child {
    case .leaf(let range): out.append(contentsOf: arena[range])
    case .compact(let range): out.append(contentsOf: arena[range])
    case .node(let node):
      out.append(node.isObject ? 0x7B : 0x5B)  // { or [
      if node.isObject {
        for (n, i) in keyOrder(node).enumerated() {
          if n > 0 { out.append(0x2C) }  // ,
          string(node.keys[i], into: &out)
          out.append(0x3A)  // :
          writeCompact(node.children[i], arena: arena, into: &out)
        }
      } else {
        for (i, child) in node.children.enumerated() {
          if i > 0 { out.append(0x2C) }
          writeCompact(child, arena: arena, into: &out)
        }
      }
      out.append(node.isObject ? 0x7D : 0x5D)  // } or ]
    }
  }

  /// Compact JSON laid out as ``write(_:depth:arena:into:)`` lays out a tree: a line per
  /// member or element, indented two spaces a level below `depth`, `" : "` after a key, an
  /// empty container as its brackets around a blank line. Bytes inside strings are copied as
  /// they are.
  static func appendPretty(_ compact: ArraySlice<UInt8>, depth: Int, into out: inout [UInt8]) {
    // Written through a pointer (``ByteWriter``) and appended to `out` in one copy: an
    // `[UInt8]` append per run and per indentation was about a hundred instructions each, half
    // a million appends for the generated 2,000 documents' timeline.
    var w = ByteWriter(capacity: compact.count + compact.count / 2 + 64)
    defer { w.free() }
    compact.withUnsafeBufferPointer { bytes in
      var level = depth
      var i = 0
      var run = 0  // start of the bytes not yet copied
      while i < bytes.count {
        let byte = bytes[i]
        switch byte {
        case 0x22:  // a string: copied whole with its escapes
          i = nextSpecial(bytes, from: i + 1, controls: false)
          while i < bytes.count, bytes[i] == 0x5C { i = nextSpecial(bytes, from: i + 2, controls: false) }
          i += 1
          continue
        case 0x7B, 0x5B, 0x7D, 0x5D, 0x2C, 0x3A:
          // The bytes before the token, then the token laid out, in room reserved once.
          let opens = byte == 0x7B || byte == 0x5B
          w.append(UnsafeBufferPointer(rebasing: bytes[run..<(opens ? i + 1 : i)]))
          w.reserve(4 + 2 * max(0, level + 1) + 8)
          switch byte {
          case 0x7B, 0x5B:  // { [
            w.put(0x0A)
            if i + 1 < bytes.count, bytes[i + 1] == byte + 2 {  // } or ] at once: an empty container
              w.put(0x0A)
              w.putIndent(level)
              w.put(bytes[i + 1])
              i += 2
            } else {
              level += 1
              w.putIndent(level)
              i += 1
            }
          case 0x7D, 0x5D:  // } ]
            level -= 1
            w.put(0x0A)
            w.putIndent(level)
            w.put(byte)
            i += 1
          case 0x2C:  // ,
            w.put(0x2C)
            w.put(0x0A)
            w.putIndent(level)
            i += 1
          default:  // :
            w.put(0x20)
            w.put(0x3A)
            w.put(0x20)
            i += 1
          }
        default:
          i += 1
          continue
        }
        run = i
      }
      let end = min(i, bytes.count)
      if end > run { w.append(UnsafeBufferPointer(rebasing: bytes[run..<end])) }
    }
    out.append(contentsOf: UnsafeBufferPointer(start: w.base, count: w.count))
  }

  /// Bytes written through a pointer into memory it allocates (``free()`` releases it),
  /// doubled when full; short runs are copied byte by byte, not by `memcpy`.
  struct ByteWriter {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
      self.capacity = max(64, capacity)
      base = .allocate(capacity: self.capacity)
    }

    func free() { base.deallocate() }

    @inline(__always) mutating func reserve(_ n: Int) {
      if count + n > capacity { grow(to: count + n) }
    }

    private mutating func grow(to needed: Int) {
      let larger = max(needed, capacity * 2)
      let new = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
      new.initialize(from: base, count: count)
      base.deallocate()
      (base, capacity) = (new, larger)
    }

    /// Appends `bytes`; a run of 4 to 16 bytes as two words that may overlap (the runs
    /// between a layout's brackets and commas are mostly that short).
    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
      let n = bytes.count
      guard n > 0, let from = bytes.baseAddress else { return }
      reserve(n)
      let to = UnsafeMutableRawPointer(base + count)
      let source = UnsafeRawPointer(from)
      if n >= 8 && n <= 16 {
        to.storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
        (to + (n - 8)).storeBytes(of: (source + (n - 8)).loadUnaligned(as: UInt64.self), as: UInt64.self)
      } else if n >= 4 && n < 8 {
        to.storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
        (to + (n - 4)).storeBytes(of: (source + (n - 4)).loadUnaligned(as: UInt32.self), as: UInt32.self)
      } else if n < 4 {
        for k in 0..<n { base[count + k] = from[k] }
      } else {
        (base + count).initialize(from: from, count: n)
      }
      count += n
    }

    /// Appends `byte` in room already reserved.
    @inline(__always) mutating func put(_ byte: UInt8) {
      base[count] = byte
      count += 1
    }

    /// A member's key and what goes around it: a comma unless `first`; when `indent` is given
    /// (pretty), a line break and two spaces per level of it; the quoted key; then `:`, or
    /// ` : ` when pretty. Room is reserved once and the bytes are stored through a local
    /// pointer, the count written once.
    @inline(__always) mutating func putMember(_ key: StaticString, first: Bool, indent: Int?) {
      let n = key.utf8CodeUnitCount
      let spaces = max(0, 2 * (indent ?? 0))
      reserve(n + spaces + 8 + 8)  // `,` `\n` `"` `"` ` : ` and a word of spaces past the end
      var to = base + count
      if !first {
        to.pointee = 0x2C  // ,
        to += 1
      }
      if indent != nil {
        to.pointee = 0x0A
        to += 1
        var k = 0
        while k < spaces {
          UnsafeMutableRawPointer(to + k).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
          k += 8
        }
        to += spaces
      }
      to.pointee = 0x22  // "
      let from = key.utf8Start
      // A key of 4 to 16 bytes as two words that may overlap (no `memmove` call).
      if n >= 8 && n <= 16 {
        let source = UnsafeRawPointer(from)
        UnsafeMutableRawPointer(to + 1).storeBytes(of: source.loadUnaligned(as: UInt64.self), as: UInt64.self)
        UnsafeMutableRawPointer(to + 1 + (n - 8)).storeBytes(
          of: (source + (n - 8)).loadUnaligned(as: UInt64.self), as: UInt64.self)
      } else if n >= 4 && n < 8 {
        let source = UnsafeRawPointer(from)
        UnsafeMutableRawPointer(to + 1).storeBytes(of: source.loadUnaligned(as: UInt32.self), as: UInt32.self)
        UnsafeMutableRawPointer(to + 1 + (n - 4)).storeBytes(
          of: (source + (n - 4)).loadUnaligned(as: UInt32.self), as: UInt32.self)
      } else {
        for i in 0..<n { to[1 + i] = from[i] }
      }
      to += n + 1
      to.pointee = 0x22
      if indent != nil {
        to[1] = 0x20
        to[2] = 0x3A  // :
        to[3] = 0x20
        to += 4
      } else {
        to[1] = 0x3A
        to += 2
      }
      count = to - base
    }

    /// Two spaces per level of `depth` (``PrettyJSONEncoder/indent(_:_:)``), eight at a time,
    /// in room already reserved for them and eight bytes more (the last word may write
    /// spaces past the end, which later bytes overwrite).
    @inline(__always) mutating func putIndent(_ depth: Int) {
      let n = max(0, 2 * depth)
      let to = UnsafeMutableRawPointer(base + count)
      var k = 0
      while k < n {
        (to + k).storeBytes(of: 0x2020_2020_2020_2020 as UInt64, as: UInt64.self)
        k += 8
      }
      count += n
    }
  }

  /// Two spaces per level of `depth`.
  ///
  /// Copied from a static string of spaces (no reference count: slices of a shared array of
  /// spaces were each retained, and the threads encoding batches side by side then contended
  /// for its one count, about a CPU second of `swift_retain` at 100,000 documents), in one
  /// copy per indentation rather than an append per byte.
  @inline(__always) static func indent(_ depth: Int, _ out: inout [UInt8]) {
    var left = max(0, 2 * depth)
    spaces.withUTF8Buffer { run in
      while left > 0 {
        let n = min(left, run.count)
        out.append(contentsOf: UnsafeBufferPointer(rebasing: run[..<n]))
        left -= n
      }
    }
  }
  private static let spaces: StaticString = "                                                                "

  /// The first index from `start` on of a `"` or `\` (with `controls`, also of a control
  /// character, below 0x20) in `bytes`; `start` itself when at or past the end, else
  /// `bytes.count` when there is none.
  ///
  /// Eight bytes at a time (a word has such a byte when one of its bytes less the byte sought
  /// has its high bit newly set; the lowest flagged byte is always a true match): the byte
  /// by byte loops were about seven instructions a byte, over every string of the timeline.
  @inline(__always) static func nextSpecial(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, controls: Bool)
    -> Int
  {
    var i = start
    let n = bytes.count
    if let base = bytes.baseAddress {
      let ones: UInt64 = 0x0101_0101_0101_0101
      let highs: UInt64 = 0x8080_8080_8080_8080
      while i + 8 <= n {
        let w = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        let q = w ^ (ones &* 0x22)
        let s = w ^ (ones &* 0x5C)
        var found = ((q &- ones) & ~q) | ((s &- ones) & ~s)
        if controls { found |= (w &- ones &* 0x20) & ~w }
        found &= highs
        if found != 0 { return i + found.trailingZeroBitCount / 8 }
        i += 8
      }
    }
    while i < n {
      let b = bytes[i]
      if b == 0x22 || b == 0x5C || (controls && b < 0x20) { return i }
      i += 1
    }
    return i
  }

  /// `s` as a JSON string literal: runs that need no escape are copied whole.
  ///
  /// The bytes are read where they are (`withContiguousStorageIfAvailable`, which every native
  /// string provides): `withUTF8` needs a mutable copy, a retain and a release of every string
  /// written (146,000 of each for the generated 2,000 documents' timeline).
  static func string<S: ByteSink>(_ s: String, into out: inout S) {
    if s.utf8.withContiguousStorageIfAvailable({ escaped($0, into: &out) }) == nil {
      var s = s
      s.withUTF8 { escaped($0, into: &out) }
    }
  }

  /// The UTF-8 `bytes` as a JSON string literal (``string(_:into:)``).
  private static func escaped<S: ByteSink>(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout S) {
    out.append(0x22)
    var run = 0  // start of the bytes not yet copied
    var i = nextSpecial(bytes, from: 0, controls: true)
    while i < bytes.count {
      let byte = bytes[i]
      out.append(run: UnsafeBufferPointer(rebasing: bytes[run..<i]))
      run = i + 1
      i = nextSpecial(bytes, from: run, controls: true)
      out.append(0x5C)  // \
      switch byte {
      case 0x22: out.append(0x22)
      case 0x5C: out.append(0x5C)
      case 0x0A: out.append(0x6E)
      case 0x0D: out.append(0x72)
      case 0x09: out.append(0x74)
      case 0x08: out.append(0x62)
      case 0x0C: out.append(0x66)
      default:
        let hex = Array("0123456789abcdef".utf8)
        for b in [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] { out.append(b) }
      }
    }
    out.append(run: UnsafeBufferPointer(rebasing: bytes[run...]))
    out.append(0x22)
  }

  static func leaf(_ s: String, _ arena: Arena) -> Child {
    let start = arena.bytes.count
    string(s, into: &arena.bytes)
    return .leaf(start..<arena.bytes.count)
  }

  static func leaf(raw: String, _ arena: Arena) -> Child {
    let start = arena.bytes.count
    arena.bytes.append(contentsOf: raw.utf8)
    return .leaf(start..<arena.bytes.count)
  }

  static func leaf(integer: some BinaryInteger, _ arena: Arena) -> Child { leaf(raw: String(integer), arena) }

  static func leaf(bool: Bool, _ arena: Arena) -> Child { leaf(raw: bool ? "true" : "false", arena) }

  static func leaf(_ d: Double, _ arena: Arena) throws -> Child { leaf(raw: try number(d), arena) }

  /// A double as `JSONEncoder` writes it: integral values as integers, others as `description`
  /// within the range where the two agree, `JSONEncoder` itself beyond it.
  static func number(_ d: Double) throws -> String {
    if d.isFinite, d == d.rounded(), abs(d) < 1e15 { return d.sign == .minus && d == 0 ? "-0" : String(Int64(d)) }
    if d.isFinite, abs(d) >= 1e-4, abs(d) < 1e15 { return d.description }
    let arena = Arena()
    guard case .leaf(let range) = try foreign(d, arena) else { return "" }
    return String(decoding: arena.bytes[range], as: UTF8.self)
  }

  /// A value encoded by `JSONEncoder` itself (single values only: dates, data, URLs...).
  static func foreign<T: Encodable>(_ value: T, _ arena: Arena) throws -> Child {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    let text = Array(try encoder.encode([value]))  // "[\n  value\n]"
    let start = arena.bytes.count
    arena.bytes.append(contentsOf: text.count >= 6 ? text[4..<(text.count - 2)] : text[...])
    return .leaf(start..<arena.bytes.count)
  }

  // MARK: - Encoder

  final class TreeEncoder: Encoder {
    let codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    let arena: Arena
    /// The value encoded so far (nil: nothing yet, which `JSONEncoder` writes as `{}`).
    var value: Child? {
      didSet { if let value { attach?(value) } }
    }
    /// Where a super encoder's value goes once it is known (its parent's slot).
    var attach: ((Child) -> Void)? = nil

    init(path: [any CodingKey], arena: Arena) {
      codingPath = path
      self.arena = arena
    }

    static func child<T: Encodable>(for value: T, path: [any CodingKey], arena: Arena) throws -> Child {
      // Metatype checks first: a failed dynamic cast per nested value is not free.
      if T.self == String.self, let s = value as? String { return leaf(s, arena) }
      if T.self == Int.self, let i = value as? Int { return leaf(integer: i, arena) }
      if T.self == Bool.self, let b = value as? Bool { return leaf(bool: b, arena) }
      if T.self == Double.self, let d = value as? Double { return try leaf(d, arena) }
      // Every other integer type (their `encode(to:)` would come straight back here).
      if T.self is any FixedWidthInteger.Type, let i = value as? any FixedWidthInteger {
        return leaf(integer: i, arena)
      }
      // The report's most numerous values write themselves (``CompactJSON``), laid out where
      // they are written.
      if T.self is any CompactJSON.Type, let v = value as? any CompactJSON {
        let start = arena.bytes.count
        try v.writeCompact(&arena.bytes)
        return .compact(start..<arena.bytes.count)
      }
      if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self
        || T.self == Float.self
      {
        return try foreign(value, arena)
      }
      let sub = TreeEncoder(path: path, arena: arena)
      try value.encode(to: sub)
      return sub.value ?? .node(Node(object: true))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
      let object: Node
      if case .node(let node) = value, node.isObject {
        object = node
      } else {
        object = Node(object: true)
        value = .node(object)
      }
      return KeyedEncodingContainer(Keyed<Key>(node: object, codingPath: codingPath, arena: arena))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
      let array: Node
      if case .node(let node) = value, !node.isObject {
        array = node
      } else {
        array = Node(object: false)
        value = .node(array)
      }
      return Unkeyed(node: array, codingPath: codingPath, arena: arena)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { Single(encoder: self) }

    /// An encoder whose value fills `slot` of `parent` (`{}` until it writes).
    static func superEncoder(of parent: Node, path: [any CodingKey], arena: Arena) -> TreeEncoder {
      let sub = TreeEncoder(path: path, arena: arena)
      let slot = parent.children.count - 1
      sub.attach = { parent.children[slot] = $0 }
      return sub
    }
  }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let node: Node
    let codingPath: [any CodingKey]
    let arena: Arena

    func add(_ key: Key, _ child: Child) {
      node.keys.append(key.stringValue)
      node.children.append(child)
    }

    mutating func encodeNil(forKey key: Key) throws { add(key, leaf(raw: "null", arena)) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, leaf(bool: value, arena)) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(key, leaf(value, arena)) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(key, try leaf(value, arena)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(key, leaf(integer: value, arena)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      add(key, try TreeEncoder.child(for: value, path: codingPath + [key], arena: arena))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
      -> KeyedEncodingContainer<NestedKey>
    {
      let child = Node(object: true)
      add(key, .node(child))
      return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath + [key], arena: arena))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      let child = Node(object: false)
      add(key, .node(child))
      return Unkeyed(node: child, codingPath: codingPath + [key], arena: arena)
    }

    mutating func superEncoder() -> any Encoder {
      node.keys.append("super")
      node.children.append(.node(Node(object: true)))
      return TreeEncoder.superEncoder(of: node, path: codingPath, arena: arena)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
      add(key, .node(Node(object: true)))
      return TreeEncoder.superEncoder(of: node, path: codingPath + [key], arena: arena)
    }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let node: Node
    let codingPath: [any CodingKey]
    let arena: Arena
    var count: Int { node.children.count }

    mutating func encodeNil() throws { node.children.append(leaf(raw: "null", arena)) }
    mutating func encode(_ value: Bool) throws { node.children.append(leaf(bool: value, arena)) }
    mutating func encode(_ value: String) throws { node.children.append(leaf(value, arena)) }
    mutating func encode(_ value: Double) throws { node.children.append(try leaf(value, arena)) }
    mutating func encode(_ value: Int) throws { node.children.append(leaf(integer: value, arena)) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      node.children.append(try TreeEncoder.child(for: value, path: codingPath, arena: arena))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
      -> KeyedEncodingContainer<NestedKey>
    {
      let child = Node(object: true)
      node.children.append(.node(child))
      return KeyedEncodingContainer(Keyed<NestedKey>(node: child, codingPath: codingPath, arena: arena))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      let child = Node(object: false)
      node.children.append(.node(child))
      return Unkeyed(node: child, codingPath: codingPath, arena: arena)
    }

    mutating func superEncoder() -> any Encoder {
      node.children.append(.node(Node(object: true)))
      return TreeEncoder.superEncoder(of: node, path: codingPath, arena: arena)
    }
  }

  struct Single: SingleValueEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.value = leaf(raw: "null", encoder.arena) }
    mutating func encode(_ value: Bool) throws { encoder.value = leaf(bool: value, encoder.arena) }
    mutating func encode(_ value: String) throws { encoder.value = leaf(value, encoder.arena) }
    mutating func encode(_ value: Double) throws { encoder.value = try leaf(value, encoder.arena) }
    mutating func encode(_ value: Int) throws { encoder.value = leaf(integer: value, encoder.arena) }
    mutating func encode<T: Encodable>(_ value: T) throws {
      encoder.value = try TreeEncoder.child(for: value, path: encoder.codingPath, arena: encoder.arena)
    }
  }
}

/// Where ``PrettyJSONEncoder/string(_:into:)`` and ``CompactObject/integer(_:_:)`` write: an
/// array (the tree's leaves) or a ``PrettyJSONEncoder/ByteWriter`` (``JSONBytes``).
protocol ByteSink {
  mutating func append(_ byte: UInt8)
  mutating func append(run: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteSink where Element == UInt8 {
  @inline(__always) mutating func append(run: UnsafeBufferPointer<UInt8>) { append(contentsOf: run) }
}

extension PrettyJSONEncoder.ByteWriter: ByteSink {
  @inline(__always) mutating func append(_ byte: UInt8) {
    reserve(1)
    put(byte)
  }

  @inline(__always) mutating func append(run: UnsafeBufferPointer<UInt8>) { append(run) }
}
