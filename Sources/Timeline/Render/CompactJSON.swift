/// The values the map/reduce lines and the timeline carry, written straight into bytes,
/// compact or pretty (``JSONBytes``): compact, the bytes `JSONEncoder` gives with
/// `[.sortedKeys, .withoutEscapingSlashes]` and synthesized `Codable` (nil optionals left
/// out); pretty, the bytes it gives with `.prettyPrinted` added, without building
/// ``PrettyJSONEncoder``'s tree.
///
/// Through the tree, every nested value cost a dynamic cast, a container, a coding path and a
/// sort of its keys: encoding was half of `timeline map`'s time and a fifth of `reduce`'s.
/// ``PrettyJSONEncoder/encodeCompact(_:)`` writes a conforming value compact, and
/// ``PrettyJSONEncoder/encode(_:depth:)`` writes it pretty in the same pass (it was written
/// compact and laid out again byte by byte, ``PrettyJSONEncoder/appendPretty(_:depth:into:)``:
/// about 110 million instructions of the generated 2,000 documents' timeline).
///
/// Watch out for: each writer states its type's keys in `String` order and must change with
/// the type. `JSONOutputTests` compares every record and partial cluster of the fixtures and
/// of a generated corpus, the timelines and hand-made values with `JSONEncoder`'s bytes.
protocol CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws
}

extension CompactJSON {
  /// The value compact, appended to `out`.
  func writeCompact(_ out: inout [UInt8]) throws {
    var sink = JSONBytes(pretty: false, depth: 0)
    defer { sink.free() }
    try writeJSON(&sink)
    out.append(contentsOf: sink.bytes)
  }
}

/// The bytes being written and their layout: compact (no whitespace) or pretty as
/// `JSONEncoder`'s `.prettyPrinted` (two spaces a level, `"key" : value`, an empty container
/// as its brackets around a blank line).
///
/// Written through a pointer (``PrettyJSONEncoder/ByteWriter``), room reserved once per
/// token: an `[UInt8]` append checked the array's uniqueness and capacity for every byte of
/// every key and indentation.
struct JSONBytes {
  private var writer: PrettyJSONEncoder.ByteWriter
  let pretty: Bool
  /// How deep the value being written sits (pretty: the indentation of its members' lines
  /// is one level more).
  var level: Int

  /// Call ``free()`` when done.
  init(pretty: Bool, depth: Int, capacity: Int = 512) {
    writer = PrettyJSONEncoder.ByteWriter(capacity: capacity)
    self.pretty = pretty
    level = depth
  }

  /// Releases the memory; ``bytes`` is then invalid.
  func free() { writer.free() }

  /// The bytes written so far (valid until the next write or ``free()``).
  var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: writer.base, count: writer.count) }

  @inline(__always) mutating func append(_ byte: UInt8) {
    writer.reserve(1)
    writer.put(byte)
  }

  @inline(__always) mutating func append(run: UnsafeBufferPointer<UInt8>) { writer.append(run) }

  /// The indentation of ``level`` (pretty: the first line of a value nested in a document).
  mutating func indent() {
    writer.reserve(2 * max(0, level) + 8)
    writer.putIndent(level)
  }

  /// Pretty: a line break and the indentation of ``level``.
  @inline(__always) mutating func newLine() {
    writer.reserve(1 + 2 * max(0, level) + 8)
    writer.put(0x0A)
    writer.putIndent(level)
  }

  /// Opens a container (`{` or `[`).
  @inline(__always) mutating func open(_ bracket: UInt8) {
    append(bracket)
    level += 1
  }

  /// Before a member or element: a comma after the first, and (pretty) its own line.
  @inline(__always) mutating func separate(first: Bool) {
    if !first { append(0x2C) }  // ,
    if pretty { newLine() }
  }

  /// Closes a container (`}` or `]`); `empty` when nothing was written in it.
  @inline(__always) mutating func close(_ bracket: UInt8, empty: Bool) {
    level -= 1
    if pretty {
      if empty { append(0x0A) }
      newLine()
    }
    append(bracket)
  }

  /// A member's key of static text with what goes around it (``separate(first:)``, the
  /// quoted key, `:` compact or ` : ` pretty), in one reservation
  /// (``PrettyJSONEncoder/ByteWriter/putMember(_:first:indent:)``): written as four steps, each
  /// reserving room and storing the count after every byte (a byte stored through a pointer
  /// may alias it), a key cost about 200 instructions, a sixth of writing the timeline.
  @inline(__always) mutating func member(_ k: StaticString, first: Bool) {
    writer.putMember(k, first: first, indent: pretty ? level : nil)
  }

  /// After a key: `:` compact, ` : ` pretty (room reserved by the caller).
  @inline(__always) private mutating func colon() {
    if pretty {
      writer.reserve(3)
      writer.put(0x20)
      writer.put(0x3A)
      writer.put(0x20)
    } else {
      append(0x3A)
    }
  }

  /// A key that is not static (a dictionary's), quoted and escaped, with its colon.
  mutating func key(name: String) {
    string(name)
    colon()
  }

  mutating func string(_ s: String) { PrettyJSONEncoder.string(s, into: &writer) }

  mutating func integer(_ v: Int) { CompactObject.integer(v, &writer) }

  /// Static text (`true`, `null`).
  mutating func raw(_ text: StaticString) { text.withUTF8Buffer { append(run: $0) } }

  /// A number's text.
  mutating func raw(_ text: String) {
    var text = text
    text.withUTF8 { append(run: $0) }
  }
}

/// Writes one array's elements between its brackets.
struct JSONArrayWriter {
  private var first = true

  init(_ out: inout JSONBytes) { out.open(0x5B) }  // [

  /// Call before each element.
  mutating func next(_ out: inout JSONBytes) {
    out.separate(first: first)
    first = false
  }

  func close(_ out: inout JSONBytes) { out.close(0x5D, empty: first) }  // ]
}

/// Writes one object; the caller gives the keys in `String` order.
struct CompactObject {
  private var first = true

  init(_ out: inout JSONBytes) { out.open(0x7B) }  // {

  mutating func string(_ k: StaticString, _ v: String?, _ out: inout JSONBytes) {
    guard let v else { return }
    key(k, &out)
    out.string(v)
  }

  mutating func int(_ k: StaticString, _ v: Int?, _ out: inout JSONBytes) {
    guard let v else { return }
    key(k, &out)
    out.integer(v)
  }

  mutating func key(_ k: StaticString, _ out: inout JSONBytes) {
    out.member(k, first: first)
    first = false
  }

  /// A key that is not static (a dictionary's).
  mutating func key(name k: String, _ out: inout JSONBytes) {
    out.separate(first: first)
    first = false
    out.key(name: k)
  }

  mutating func bool(_ k: StaticString, _ v: Bool?, _ out: inout JSONBytes) {
    guard let v else { return }
    key(k, &out)
    out.raw(v ? "true" : "false")
  }

  mutating func double(_ k: StaticString, _ v: Double?, _ out: inout JSONBytes) throws {
    guard let v else { return }
    key(k, &out)
    out.raw(try PrettyJSONEncoder.number(v))
  }

  mutating func strings(_ k: StaticString, _ v: [String]?, _ out: inout JSONBytes) {
    guard let v else { return }
    key(k, &out)
    var a = JSONArrayWriter(&out)
    for i in v.indices {
      a.next(&out)
      out.string(v[i])
    }
    a.close(&out)
  }

  /// A string-to-string dictionary: its keys sorted as `JSONEncoder`'s `.sortedKeys` sorts them.
  mutating func stringMap(_ k: StaticString, _ v: [String: String], _ out: inout JSONBytes) {
    key(k, &out)
    var o = CompactObject(&out)
    for name in v.keys.sorted() {
      o.key(name: name, &out)
      out.string(v[name]!)
    }
    o.close(&out)
  }

  mutating func object(_ k: StaticString, _ v: (some CompactJSON)?, _ out: inout JSONBytes) throws {
    guard let v else { return }
    key(k, &out)
    try v.writeJSON(&out)
  }

  mutating func array<E: CompactJSON>(_ k: StaticString, _ v: [E], _ out: inout JSONBytes) throws {
    key(k, &out)
    var a = JSONArrayWriter(&out)
    // Read in place: enumerating would copy each element out (every string retained).
    try v.withUnsafeBufferPointer { elements in
      for i in elements.indices {
        a.next(&out)
        try elements[i].writeJSON(&out)
      }
    }
    a.close(&out)
  }

  func close(_ out: inout JSONBytes) { out.close(0x7D, empty: first) }  // }

  /// Decimal digits without a `String`.
  static func integer<S: ByteSink>(_ v: Int, _ out: inout S) {
    if v < 0 { out.append(0x2D) }  // -
    var m = v.magnitude
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                 UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var n = 0
    withUnsafeMutableBytes(of: &digits) { d in
      repeat {
        d[n] = UInt8(truncatingIfNeeded: m % 10) + 0x30
        m /= 10
        n += 1
      } while m > 0
      while n > 0 {
        n -= 1
        out.append(d[n])
      }
    }
  }
}

extension SourceSpan: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.int("end", end, &out)
    w.int("line", line, &out)
    w.int("start", start, &out)
    w.close(&out)
  }
}

extension Citation: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("document", document, &out)
    w.int("end", end, &out)
    w.int("line", line, &out)
    w.int("start", start, &out)
    w.string("text", text, &out)
    w.close(&out)
  }
}

extension Evidence: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    try w.object("citation", citation, &out)
    w.string("note", note, &out)
    w.string("rule", rule, &out)
    w.close(&out)
  }
}

extension RelativeSpec: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.bool("anaphoric", anaphoric, &out)
    w.string("form", form, &out)
    w.close(&out)
  }
}

extension MentionTime: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    try w.object("anchor", anchor, &out)
    w.string("expression", expression, &out)
    w.string("mod", mod, &out)
    w.string("rule", rule, &out)
    try w.object("span", span, &out)
    w.bool("stated", stated, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension EventMention: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.stringMap("attributes", attributes, &out)
    try w.object("citation", citation, &out)
    w.string("document", document, &out)
    w.string("eventClass", eventClass, &out)
    w.string("host", host, &out)
    w.string("id", id, &out)
    w.bool("isMain", isMain, &out)
    w.strings("keywords", keywords, &out)
    w.strings("names", names, &out)
    w.int("ordinal", ordinal, &out)
    w.strings("participants", participants, &out)
    w.string("place", place, &out)
    w.string("role", role.rawValue, &out)
    try w.object("time", time, &out)
    w.string("trigger", trigger, &out)
    try w.object("triggerSpan", triggerSpan, &out)
    w.close(&out)
  }
}

extension Claim: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("attribute", attribute, &out)
    try w.object("citation", citation, &out)
    w.string("document", document, &out)
    w.string("holder", holder, &out)
    w.string("id", id, &out)
    w.strings("items", items, &out)
    w.string("mention", mention, &out)
    try w.double("number", number, &out)
    w.string("object", object, &out)
    w.bool("polarity", polarity, &out)
    w.string("qualifier", qualifier, &out)
    w.string("subject", subject, &out)
    w.string("unit", unit, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension Entity: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.strings("aliases", aliases, &out)
    w.string("key", key, &out)
    w.string("kind", kind.rawValue, &out)
    w.string("name", name, &out)
    w.close(&out)
  }
}

extension EntityMention: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("entity", entity, &out)
    w.string("role", role.rawValue, &out)
    try w.object("span", span, &out)
    w.string("surface", surface, &out)
    w.close(&out)
  }
}

extension TemporalExpression: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    try w.object("anchor", anchor, &out)
    w.string("kind", kind.rawValue, &out)
    w.string("mod", mod, &out)
    w.string("rule", rule, &out)
    try w.object("span", span, &out)
    w.string("text", text, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension Diagnostic: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("code", code, &out)
    w.int("column", column, &out)
    w.int("end", end, &out)
    w.int("line", line, &out)
    w.string("message", message, &out)
    w.string("path", path, &out)
    w.string("severity", severity.rawValue, &out)
    w.int("start", start, &out)
    w.close(&out)
  }
}

extension PublishedDate: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    try w.double("confidence", confidence, &out)
    w.string("earliest", earliest, &out)
    try w.array("evidence", evidence, &out)
    w.string("latest", latest, &out)
    w.string("source", source.rawValue, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension DocumentExtraction: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("author", author, &out)
    try w.array("claims", claims, &out)
    try w.array("diagnostics", diagnostics, &out)
    w.string("document", document, &out)
    try w.array("entities", entities, &out)
    try w.array("entityMentions", entityMentions, &out)
    try w.array("expressions", expressions, &out)
    try w.array("mentions", mentions, &out)
    w.string("outlet", outlet, &out)
    w.string("path", path, &out)
    try w.object("published", published, &out)
    w.string("title", title, &out)
    w.string("url", url, &out)
    w.close(&out)
  }
}

extension MapReduce.Record: CompactJSON {
  /// Synthesized `Codable` for a case with one unlabelled value: `{"case":{"_0":value}}`.
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    switch self {
    case .document(let x): try Self.wrapped("document", x, &w, &out)
    case .mention(let m): try Self.wrapped("mention", m, &w, &out)
    case .diagnostic(let d): try Self.wrapped("diagnostic", d, &w, &out)
    }
    w.close(&out)
  }

  private static func wrapped(
    _ k: StaticString, _ v: some CompactJSON, _ w: inout CompactObject, _ out: inout JSONBytes
  ) throws {
    w.key(k, &out)
    var inner = CompactObject(&out)
    try inner.object("_0", v, &out)
    inner.close(&out)
  }
}

extension PartialCluster.Edge: CompactJSON {
  /// As ``encode(to:)``: `deferred` and `spansDays` only when true, `evidence` only when not
  /// empty.
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("a", a, &out)
    w.string("b", b, &out)
    w.bool("deferred", deferred ? true : nil, &out)
    if !evidence.isEmpty { try w.array("evidence", evidence, &out) }
    w.int("score", score, &out)
    w.bool("spansDays", spansDays ? true : nil, &out)
    w.close(&out)
  }
}

extension PartialCluster: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    try w.array("edges", edges, &out)
    w.string("key", key, &out)
    w.strings("mentions", mentions, &out)
    w.close(&out)
  }
}

extension Conflict.Side: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("document", document, &out)
    w.int("end", end, &out)
    w.int("line", line, &out)
    w.int("start", start, &out)
    w.string("text", text, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension Conflict: CompactJSON {
  /// Also the report's conflicts, written pretty (``PrettyJSONEncoder/encode(_:depth:)``).
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("attribute", attribute, &out)
    try w.array("claims", claims, &out)
    w.string("event", event, &out)
    w.string("explanation", explanation, &out)
    w.string("id", id, &out)
    w.string("kind", kind.rawValue, &out)
    w.string("rule", rule, &out)
    w.string("severity", severity.rawValue, &out)
    w.close(&out)
  }
}

extension TimelineReport.DocumentSummary: CompactJSON {
  /// Also the report's documents, written pretty (``PrettyJSONEncoder/encode(_:depth:)``).
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("author", author, &out)
    try w.array("diagnostics", diagnostics, &out)
    w.string("id", id, &out)
    w.string("mainEvent", mainEvent, &out)
    w.string("outlet", outlet, &out)
    w.string("path", path, &out)
    try w.object("published", published, &out)
    w.string("title", title, &out)
    w.string("url", url, &out)
    w.close(&out)
  }
}

extension JSONValue: CompactJSON {
  /// As ``encode(to:)``: integral numbers as integers (so −0 as `0`), others by
  /// ``PrettyJSONEncoder/number(_:)``; object keys in `String` order.
  func writeJSON(_ out: inout JSONBytes) throws {
    switch self {
    case .string(let s): out.string(s)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 {
        out.integer(Int(Int64(n)))
      } else {
        out.raw(try PrettyJSONEncoder.number(n))
      }
    case .bool(let b): out.raw(b ? "true" : "false")
    case .null: out.raw("null")
    case .array(let items):
      var a = JSONArrayWriter(&out)
      for i in items.indices {
        a.next(&out)
        try items[i].writeJSON(&out)
      }
      a.close(&out)
    case .object(let members):
      var o = CompactObject(&out)
      for key in members.keys.sorted() {
        o.key(name: key, &out)
        try members[key]!.writeJSON(&out)
      }
      o.close(&out)
    }
  }
}

extension Event.Time: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("earliest", earliest, &out)
    w.string("latest", latest, &out)
    w.string("mod", mod, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension Event.Mention: CompactJSON {
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.string("document", document, &out)
    w.int("end", end, &out)
    w.string("expression", expression, &out)
    w.int("line", line, &out)
    w.string("role", role?.rawValue, &out)
    w.int("start", start, &out)
    w.string("text", text, &out)
    // The time written in place, not passed on as an optional: ``CompactObject/object(_:_:_:)``
    // took a copy of it (its four strings retained and released for each mention of the
    // timeline).
    if let time {
      w.key("time", &out)
      try time.writeJSON(&out)
    }
    w.string("trigger", trigger, &out)
    w.close(&out)
  }
}

extension Event: CompactJSON {
  /// The bulk of a timeline, written pretty (``PrettyJSONEncoder/encode(_:depth:)``).
  func writeJSON(_ out: inout JSONBytes) throws {
    var w = CompactObject(&out)
    w.key("attributes", &out)
    try JSONValue.object(attributes).writeJSON(&out)
    w.string("class", eventClass, &out)
    try w.array("evidence", evidence, &out)
    w.string("id", id, &out)
    try w.array("mentions", mentions, &out)
    w.strings("outlets", outlets, &out)
    w.strings("participants", participants, &out)
    w.string("place", place, &out)
    w.strings("sources", sources, &out)
    try w.object("time", time, &out)
    w.string("title", title, &out)
    w.close(&out)
  }
}
