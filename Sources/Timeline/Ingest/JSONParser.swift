import Foundation

/// A small JSON reader that keeps the 1-based line of every value and reports errors with the
/// line they occur on (Foundation's `JSONSerialization` gives neither on Linux).
///
/// Used for manifests (`manifest.json`) and JSON / JSON-lines records. Nesting is limited to
/// ``maximumDepth`` levels so hostile input cannot overflow the stack.
struct JSONNode: Sendable {
  enum Value: Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONNode])
    /// Members in file order (duplicate keys are kept; ``member(_:)`` returns the first).
    case object([(key: String, value: JSONNode)])
  }

  var value: Value
  /// 1-based line where the value starts.
  var line: Int

  /// The first member named `key` of an object.
  func member(_ key: String) -> JSONNode? {
    guard case .object(let members) = value else { return nil }
    return members.first { $0.key == key }?.value
  }

  var string: String? {
    if case .string(let s) = value { return s }
    return nil
  }

  /// A string, or a number written without a fraction, as text (for `id` fields).
  var scalarText: String? {
    switch value {
    case .string(let s): return s
    case .number(let n): return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
    case .bool(let b): return String(b)
    default: return nil
    }
  }

  var typeName: String {
    switch value {
    case .string: "string"
    case .number: "number"
    case .bool: "boolean"
    case .null: "null"
    case .array: "array"
    case .object: "object"
    }
  }
}

/// A JSON syntax error with the line it was found on.
struct JSONSyntaxError: Error, Sendable {
  var line: Int
  var reason: String
}

struct JSONParser {
  static let maximumDepth = 200

  private let bytes: [UInt8]
  private var i: Int
  private let end: Int
  private var line: Int

  /// Parses `bytes[start..<end]` as one JSON document; `firstLine` is the line of `start`.
  static func parse(_ bytes: [UInt8], start: Int = 0, end: Int? = nil, firstLine: Int = 1) throws(JSONSyntaxError)
    -> JSONNode
  {
    var p = JSONParser(bytes: bytes, i: start, end: end ?? bytes.count, line: firstLine)
    p.skipSpace()
    if p.i == p.end { throw JSONSyntaxError(line: p.line, reason: "empty JSON document") }
    let node = try p.value(depth: 0)
    p.skipSpace()
    if p.i < p.end { throw JSONSyntaxError(line: p.line, reason: "unexpected text after the JSON value") }
    return node
  }

  static func parse(_ text: String) throws(JSONSyntaxError) -> JSONNode {
    try parse(Array(text.utf8))
  }

  private mutating func skipSpace() {
    while i < end {
      switch bytes[i] {
      case 0x0A:
        line += 1
        i += 1
      case 0x20, 0x09, 0x0D:
        i += 1
      case 0xEF where i + 2 < end && bytes[i + 1] == 0xBB && bytes[i + 2] == 0xBF:
        i += 3  // byte order mark
      default:
        return
      }
    }
  }

  private func fail(_ reason: String) -> JSONSyntaxError {
    JSONSyntaxError(line: line, reason: reason)
  }

  private func describeHere() -> String {
    guard i < end else { return "end of input" }
    let b = bytes[i]
    if b >= 0x21 && b < 0x7F { return "'\(Character(Unicode.Scalar(b)))'" }
    return "byte 0x" + String(b, radix: 16, uppercase: true)
  }

  private mutating func value(depth: Int) throws(JSONSyntaxError) -> JSONNode {
    guard depth < Self.maximumDepth else { throw fail("JSON nested more than \(Self.maximumDepth) levels deep") }
    guard i < end else { throw fail("unexpected end of input (truncated JSON?)") }
    let startLine = line
    switch bytes[i] {
    case UInt8(ascii: "{"):
      var members: [(key: String, value: JSONNode)] = []
      try syntax { p throws in try p.members { p, key in members.append((key, try p.value(depth: depth + 1))) } }
      return JSONNode(value: .object(members), line: startLine)
    case UInt8(ascii: "["):
      var items: [JSONNode] = []
      try syntax { p throws in try p.elements { p in items.append(try p.value(depth: depth + 1)) } }
      return JSONNode(value: .array(items), line: startLine)
    case UInt8(ascii: "\""):
      return JSONNode(value: .string(try string()), line: startLine)
    case UInt8(ascii: "t"):
      try literal("true")
      return JSONNode(value: .bool(true), line: startLine)
    case UInt8(ascii: "f"):
      try literal("false")
      return JSONNode(value: .bool(false), line: startLine)
    case UInt8(ascii: "n"):
      try literal("null")
      return JSONNode(value: .null, line: startLine)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(value: .number(try number()), line: startLine)
    default:
      throw fail("expected a JSON value, found \(describeHere())")
    }
  }

  /// `body` on this parser, whose errors are all syntax errors here (``members(_:)`` and
  /// ``elements(_:)`` throw untyped, for the pulled readers' own errors).
  private mutating func syntax(_ body: (inout JSONParser) throws -> Void) throws(JSONSyntaxError) {
    do { try body(&self) } catch let error as JSONSyntaxError { throw error } catch { throw fail("\(error)") }
  }

  private mutating func literal(_ word: String) throws(JSONSyntaxError) {
    for b in word.utf8 {
      guard i < end, bytes[i] == b else { throw fail("invalid literal, expected '\(word)'") }
      i += 1
    }
  }

  private mutating func number() throws(JSONSyntaxError) -> Double {
    let s = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    // Fast path: an integer of up to 15 digits is exact in a Double (no text to parse).
    var digits = 0
    var n = 0
    while i < end, bytes[i] >= 0x30, bytes[i] <= 0x39, digits < 16 {
      n = n * 10 + Int(bytes[i] - 0x30)
      digits += 1
      i += 1
    }
    let leadingZero = digits > 1 && bytes[s + (bytes[s] == UInt8(ascii: "-") ? 1 : 0)] == 0x30
    if digits > 0, digits < 16, !leadingZero, i == end || !isNumberByte(bytes[i]) {
      return bytes[s] == UInt8(ascii: "-") ? -Double(n) : Double(n)
    }
    i = s
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    while i < end, isNumberByte(bytes[i]) { i += 1 }
    let text = String(decoding: bytes[s..<i], as: UTF8.self)
    guard let d = Double(text), d.isFinite else { throw fail("invalid number '\(text)'") }
    return d
  }

  private func isNumberByte(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
      || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
  }

  /// The bytes as a string, nil when they are not valid UTF-8. `String(validating:as:)` took
  /// its generic path here, a sixth of `timeline merge`'s time; decoding (which repairs) and
  /// comparing the result with the bytes gives the same answer on the fast path.
  static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    if isASCII(bytes) { return String(decoding: bytes, as: UTF8.self) }  // nothing to repair
    var s = String(decoding: bytes, as: UTF8.self)
    let same = s.withUTF8 { $0.count == bytes.count && (bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0) }
    return same ? s : nil
  }

  /// No byte with the high bit set, eight bytes at a time (the compare after decoding was a
  /// fortieth of the merge).
  static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let raw = UnsafeRawPointer(base)
    var i = 0
    while i + 8 <= bytes.count {
      if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
      i += 8
    }
    while i < bytes.count {
      if bytes[i] >= 0x80 { return false }
      i += 1
    }
    return true
  }

  private mutating func string() throws(JSONSyntaxError) -> String {
    i += 1  // opening quote
    // Fast path: no escape or line break before the closing quote (found with `memchr`), the
    // bytes become the string directly.
    let from = i
    let fast = bytes.withUnsafeBufferPointer { b -> (String?, Int)? in
      guard from < end, let base = b.baseAddress, let quote = memchr(base + from, 0x22, end - from) else { return nil }
      let to = UnsafeRawPointer(base).distance(to: quote)
      guard memchr(base + from, 0x5C, to - from) == nil, memchr(base + from, 0x0A, to - from) == nil else { return nil }
      return (Self.validString(UnsafeBufferPointer(rebasing: b[from..<to])), to)
    }
    if let (s, to) = fast {
      guard let s else { throw fail("string is not valid UTF-8") }
      i = to + 1
      return s
    }
    // Escapes (an article's text has a "\n" a paragraph). The closing quote (the first one
    // after an even run of backslashes) bounds the decoded length, so `out` is allocated once;
    // the bytes up to the next quote, backslash or line break are passed over with `memchr`.
    // Growing `out` and a bounds-checked step a byte were most of ingest's JSON cost.
    var out: [UInt8] = []
    let stop = end
    let close = bytes.withUnsafeBufferPointer { b -> Int? in
      var j = from
      while let q = ByteSearch.first(0x22, in: b, j, stop) {
        var slashes = 0
        while q - 1 - slashes >= from, b[q - 1 - slashes] == 0x5C { slashes += 1 }
        if slashes % 2 == 0 { return q }
        j = q + 1
      }
      return nil
    }
    if let close { out.reserveCapacity(close - from) }
    var runStart = i
    while i < end {
      let start = i
      i = bytes.withUnsafeBufferPointer { b in
        // The first backslash, quote or line break: each search bounded by the one before.
        let backslash = ByteSearch.first(0x5C, in: b, start, stop) ?? stop
        let quote = ByteSearch.first(0x22, in: b, start, backslash) ?? backslash
        return ByteSearch.first(0x0A, in: b, start, quote) ?? quote
      }
      guard i < end else { break }
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        out.append(contentsOf: bytes[runStart..<i])
        i += 1
        guard let s = out.withUnsafeBufferPointer(Self.validString) else { throw fail("string is not valid UTF-8") }
        return s
      }
      if b == 0x0A { throw fail("unterminated string (line break inside a string)") }
      if b == UInt8(ascii: "\\") {
        out.append(contentsOf: bytes[runStart..<i])
        i += 1
        guard i < end else { break }
        let e = bytes[i]
        i += 1
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          var code = try hex4()
          if code >= 0xD800 && code < 0xDC00 {
            // A surrogate pair: a second \uXXXX must follow.
            if i + 1 < end, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
              i += 2
              let low = try hex4()
              if low >= 0xDC00 && low < 0xE000 {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                code = 0xFFFD
              }
            } else {
              code = 0xFFFD
            }
          } else if code >= 0xDC00 && code < 0xE000 {
            code = 0xFFFD
          }
          let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
          out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))' in a string")
        }
        runStart = i
        continue
      }
      i += 1
    }
    throw fail("unterminated string (truncated JSON?)")
  }

  private mutating func hex4() throws(JSONSyntaxError) -> UInt32 {
    var v: UInt32 = 0
    for _ in 0..<4 {
      guard i < end else { throw fail("truncated \\u escape") }
      let b = bytes[i]
      let d: UInt32
      switch b {
      case 0x30...0x39: d = UInt32(b - 0x30)
      case 0x41...0x46: d = UInt32(b - 0x41 + 10)
      case 0x61...0x66: d = UInt32(b - 0x61 + 10)
      default: throw fail("invalid \\u escape")
      }
      v = v * 16 + d
      i += 1
    }
    return v
  }
}

// MARK: - Reading without a tree

/// A value of an unexpected type, or a required member missing, while pulling.
struct JSONPullError: Error, Sendable {
  var reason: String
}

extension JSONParser {
  /// Reads one JSON document from `text` with `body`, which pulls the values it expects
  /// (``members(_:)``, ``readString()`` …) in place of building a tree: no node, member array
  /// or key string is made for the map/reduce lines. The same grammar as ``parse(_:start:end:firstLine:)``
  /// (strings, numbers, nesting limit), and text after the value is refused as there.
  static func pull<T>(_ text: Substring, _ body: (inout JSONParser) throws -> T) throws -> T {
    var text = text
    var p = JSONParser(bytes: text.withUTF8 { Array($0) }, i: 0, end: text.utf8.count, line: 1)
    p.skipSpace()
    let v = try body(&p)
    p.skipSpace()
    if p.i < p.end { throw JSONSyntaxError(line: p.line, reason: "unexpected text after the JSON value") }
    return v
  }

  private func mismatch(_ expected: String) -> JSONPullError {
    JSONPullError(reason: "expected \(expected), found \(describeHere())")
  }

  /// Calls `member` with each key of the object at the cursor, the cursor on the key's value,
  /// which `member` must read or ``skip()``.
  mutating func members(_ member: (inout JSONParser, String) throws -> Void) throws {
    try items(UInt8(ascii: "{"), UInt8(ascii: "}"), "object") { p in
      guard p.i < p.end, p.bytes[p.i] == UInt8(ascii: "\"") else {
        throw p.fail("expected a quoted member name, found \(p.describeHere())")
      }
      let key = try p.string()
      p.skipSpace()
      guard p.i < p.end, p.bytes[p.i] == UInt8(ascii: ":") else {
        throw p.fail("expected ':' after \"\(key)\", found \(p.describeHere())")
      }
      p.i += 1
      p.skipSpace()
      try member(&p, key)
    }
  }

  /// Calls `element` with the cursor on each element of the array at the cursor.
  mutating func elements(_ element: (inout JSONParser) throws -> Void) throws {
    try items(UInt8(ascii: "["), UInt8(ascii: "]"), "array", element)
  }

  /// The loop of both containers: `open`, then items separated by commas up to `close`
  /// (`what` names the container in errors); `item` reads each from its first byte.
  private mutating func items(
    _ open: UInt8, _ close: UInt8, _ what: String, _ item: (inout JSONParser) throws -> Void
  ) throws {
    guard i < end, bytes[i] == open else { throw mismatch("an \(what)") }
    i += 1
    skipSpace()
    if i < end, bytes[i] == close {
      i += 1
      return
    }
    while true {
      skipSpace()
      try item(&self)
      skipSpace()
      guard i < end else { throw fail("unexpected end of input inside an \(what) (truncated JSON?)") }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == close {
        i += 1
        return
      }
      throw fail("expected ',' or '\(Character(Unicode.Scalar(close)))' in an \(what), found \(describeHere())")
    }
  }

  /// A value read and dropped (an unknown member), checked as ``parse(_:start:end:firstLine:)`` checks it.
  mutating func skip() throws { _ = try value(depth: 1) }

  /// Whether the cursor is on `null` (then read).
  mutating func readNull() throws -> Bool {
    guard i < end, bytes[i] == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }

  mutating func readString() throws -> String {
    guard i < end, bytes[i] == UInt8(ascii: "\"") else { throw mismatch("a string") }
    return try string()
  }

  mutating func readDouble() throws -> Double {
    guard i < end, bytes[i] == UInt8(ascii: "-") || (bytes[i] >= 0x30 && bytes[i] <= 0x39) else { throw mismatch("a number") }
    return try number()
  }

  /// A number without a fraction that fits an `Int` (as `JSONNodeDecoder` reads one).
  mutating func readInt() throws -> Int {
    guard let n = Int(exactly: try readDouble()) else { throw JSONPullError(reason: "expected an integer") }
    return n
  }

  mutating func readBool() throws -> Bool {
    guard i < end else { throw mismatch("a boolean") }
    if bytes[i] == UInt8(ascii: "t") {
      try literal("true")
      return true
    }
    if bytes[i] == UInt8(ascii: "f") {
      try literal("false")
      return false
    }
    throw mismatch("a boolean")
  }

  mutating func readStrings() throws -> [String] {
    var out: [String] = []
    try elements { out.append(try $0.readString()) }
    return out
  }

  /// An array of values each read by `read`.
  mutating func readArray<T>(_ read: (inout JSONParser) throws -> T) throws -> [T] {
    var out: [T] = []
    try elements { out.append(try read(&$0)) }
    return out
  }
}

/// One member of an object being pulled: the first occurrence of its key is read, a repeated
/// key skipped (as ``JSONNodeDecoder`` reads the first), and `null` reads as absent.
struct PulledMember<T> {
  private(set) var value: T?
  private var seen = false

  init() {}

  mutating func read(_ p: inout JSONParser, _ read: (inout JSONParser) throws -> T) throws {
    if seen { return try p.skip() }
    seen = true
    if try p.readNull() { return }
    value = try read(&p)
  }

  /// The value of a required member.
  func required(_ key: String) throws -> T {
    guard let value else { throw JSONPullError(reason: "no value for \(key)") }
    return value
  }
}
