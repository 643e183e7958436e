/// The values the map/reduce lines and the timeline carry, written compact straight into
/// bytes: the bytes `JSONEncoder` gives with `[.sortedKeys, .withoutEscapingSlashes]` and
/// synthesized `Codable` (nil optionals left out), without building ``PrettyJSONEncoder``'s
/// tree.
///
/// Through the tree, every nested value cost a dynamic cast, a container, a coding path and a
/// sort of its keys: encoding was half of `timeline map`'s time and a fifth of `reduce`'s.
/// ``PrettyJSONEncoder/encodeCompact(_:)`` writes a conforming value this way, and
/// ``PrettyJSONEncoder/encode(_:depth:)`` lays the same bytes out pretty
/// (``PrettyJSONEncoder/appendPretty(_:depth:into:)``).
///
/// Watch out for: each writer states its type's keys in `String` order and must change with
/// the type. `JSONOutputTests` compares every record and partial cluster of the fixtures and
/// of a generated corpus, the timelines and hand-made values with `JSONEncoder`'s bytes.
protocol CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws
}

/// Writes one compact object; the caller gives the keys in `String` order.
struct CompactObject {
  private var first = true

  init(_ out: inout [UInt8]) { out.append(0x7B) }  // {

  mutating func string(_ k: StaticString, _ v: String?, _ out: inout [UInt8]) {
    guard let v else { return }
    key(k, &out)
    PrettyJSONEncoder.string(v, into: &out)
  }

  mutating func int(_ k: StaticString, _ v: Int?, _ out: inout [UInt8]) {
    guard let v else { return }
    key(k, &out)
    Self.integer(v, &out)
  }

  mutating func key(_ k: StaticString, _ out: inout [UInt8]) {
    if !first { out.append(0x2C) }  // ,
    first = false
    out.append(0x22)
    // Byte by byte: a key is a few bytes, and a bulk append called `memmove` for each.
    let bytes = k.utf8Start
    for i in 0..<k.utf8CodeUnitCount { out.append(bytes[i]) }
    out.append(0x22)
    out.append(0x3A)  // ":
  }

  mutating func bool(_ k: StaticString, _ v: Bool?, _ out: inout [UInt8]) {
    guard let v else { return }
    key(k, &out)
    out.append(contentsOf: v ? Self.trueBytes : Self.falseBytes)
  }

  mutating func double(_ k: StaticString, _ v: Double?, _ out: inout [UInt8]) throws {
    guard let v else { return }
    key(k, &out)
    out.append(contentsOf: try PrettyJSONEncoder.number(v).utf8)
  }

  mutating func strings(_ k: StaticString, _ v: [String]?, _ out: inout [UInt8]) {
    guard let v else { return }
    key(k, &out)
    out.append(0x5B)  // [
    for i in v.indices {
      if i > 0 { out.append(0x2C) }
      PrettyJSONEncoder.string(v[i], into: &out)
    }
    out.append(0x5D)  // ]
  }

  /// A string-to-string dictionary: its keys sorted as `JSONEncoder`'s `.sortedKeys` sorts them.
  mutating func stringMap(_ k: StaticString, _ v: [String: String], _ out: inout [UInt8]) {
    key(k, &out)
    out.append(0x7B)
    for (i, name) in v.keys.sorted().enumerated() {
      if i > 0 { out.append(0x2C) }
      PrettyJSONEncoder.string(name, into: &out)
      out.append(0x3A)
      PrettyJSONEncoder.string(v[name]!, into: &out)
    }
    out.append(0x7D)
  }

  mutating func object(_ k: StaticString, _ v: (some CompactJSON)?, _ out: inout [UInt8]) throws {
    guard let v else { return }
    key(k, &out)
    try v.writeCompact(&out)
  }

  mutating func array<E: CompactJSON>(_ k: StaticString, _ v: [E], _ out: inout [UInt8]) throws {
    key(k, &out)
    out.append(0x5B)
    // Read in place: enumerating would copy each element out (every string retained).
    try v.withUnsafeBufferPointer { elements in
      for i in elements.indices {
        if i > 0 { out.append(0x2C) }
        try elements[i].writeCompact(&out)
      }
    }
    out.append(0x5D)
  }

  func close(_ out: inout [UInt8]) { out.append(0x7D) }  // }

  static let trueBytes = Array("true".utf8)
  static let falseBytes = Array("false".utf8)
  static let nullBytes = Array("null".utf8)

  /// Decimal digits without a `String`.
  static func integer(_ v: Int, _ out: inout [UInt8]) {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.int("end", end, &out)
    w.int("line", line, &out)
    w.int("start", start, &out)
    w.close(&out)
  }
}

extension Citation: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    try w.object("citation", citation, &out)
    w.string("note", note, &out)
    w.string("rule", rule, &out)
    w.close(&out)
  }
}

extension RelativeSpec: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.bool("anaphoric", anaphoric, &out)
    w.string("form", form, &out)
    w.close(&out)
  }
}

extension MentionTime: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.strings("aliases", aliases, &out)
    w.string("key", key, &out)
    w.string("kind", kind.rawValue, &out)
    w.string("name", name, &out)
    w.close(&out)
  }
}

extension EntityMention: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.string("entity", entity, &out)
    w.string("role", role.rawValue, &out)
    try w.object("span", span, &out)
    w.string("surface", surface, &out)
    w.close(&out)
  }
}

extension TemporalExpression: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    switch self {
    case .document(let x): try Self.wrapped("document", x, &w, &out)
    case .mention(let m): try Self.wrapped("mention", m, &w, &out)
    case .diagnostic(let d): try Self.wrapped("diagnostic", d, &w, &out)
    }
    w.close(&out)
  }

  private static func wrapped(_ k: StaticString, _ v: some CompactJSON, _ w: inout CompactObject, _ out: inout [UInt8])
    throws
  {
    w.key(k, &out)
    var inner = CompactObject(&out)
    try inner.object("_0", v, &out)
    inner.close(&out)
  }
}

extension PartialCluster.Edge: CompactJSON {
  /// As ``encode(to:)``: `deferred` and `spansDays` only when true, `evidence` only when not
  /// empty.
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    try w.array("edges", edges, &out)
    w.string("key", key, &out)
    w.strings("mentions", mentions, &out)
    w.close(&out)
  }
}

extension Conflict.Side: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
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
  /// Also the report's conflicts, laid out pretty (``PrettyJSONEncoder/appendPretty(_:depth:into:)``).
  func writeCompact(_ out: inout [UInt8]) throws {
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
  /// Also the report's documents, laid out pretty (``PrettyJSONEncoder/appendPretty(_:depth:into:)``).
  func writeCompact(_ out: inout [UInt8]) throws {
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
  func writeCompact(_ out: inout [UInt8]) throws {
    switch self {
    case .string(let s): PrettyJSONEncoder.string(s, into: &out)
    case .number(let n):
      if n == n.rounded(), abs(n) < 1e15 {
        CompactObject.integer(Int(Int64(n)), &out)
      } else {
        out.append(contentsOf: try PrettyJSONEncoder.number(n).utf8)
      }
    case .bool(let b): out.append(contentsOf: b ? CompactObject.trueBytes : CompactObject.falseBytes)
    case .null: out.append(contentsOf: CompactObject.nullBytes)
    case .array(let items):
      out.append(0x5B)
      for i in items.indices {
        if i > 0 { out.append(0x2C) }
        try items[i].writeCompact(&out)
      }
      out.append(0x5D)
    case .object(let members):
      out.append(0x7B)
      for (i, key) in members.keys.sorted().enumerated() {
        if i > 0 { out.append(0x2C) }
        PrettyJSONEncoder.string(key, into: &out)
        out.append(0x3A)
        try members[key]!.writeCompact(&out)
      }
      out.append(0x7D)
    }
  }
}

extension Event.Time: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.string("earliest", earliest, &out)
    w.string("latest", latest, &out)
    w.string("mod", mod, &out)
    w.string("value", value, &out)
    w.close(&out)
  }
}

extension Event.Mention: CompactJSON {
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.string("document", document, &out)
    w.int("end", end, &out)
    w.string("expression", expression, &out)
    w.int("line", line, &out)
    w.string("role", role?.rawValue, &out)
    w.int("start", start, &out)
    w.string("text", text, &out)
    try w.object("time", time, &out)
    w.string("trigger", trigger, &out)
    w.close(&out)
  }
}

extension Event: CompactJSON {
  /// The bulk of a timeline, laid out pretty (``PrettyJSONEncoder/appendPretty(_:depth:into:)``).
  func writeCompact(_ out: inout [UInt8]) throws {
    var w = CompactObject(&out)
    w.key("attributes", &out)
    try JSONValue.object(attributes).writeCompact(&out)
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
