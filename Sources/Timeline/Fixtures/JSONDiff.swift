/// One semantic difference between a golden JSON file and the current output.
public struct FixtureDifference: Hashable, Sendable, CustomStringConvertible {
  /// Where: `events[id=ev-1f2e].time.value`, `documents[id=a].published`, `conflicts[2]`.
  public var path: String
  /// The expected (golden) value as compact JSON, or `(missing)`.
  public var expected: String
  /// The current value as compact JSON, or `(missing)`.
  public var actual: String
  /// The citation nearest to the difference (`doc:line “text”`), when there is one.
  public var citation: String?

  public init(path: String, expected: String, actual: String, citation: String? = nil) {
    self.path = path
    self.expected = expected
    self.actual = actual
    self.citation = citation
  }

  public var description: String {
    var s = "  \(path)\n    expected: \(expected)\n    actual:   \(actual)"
    if let citation { s += "\n    citation: \(citation)" }
    return s
  }
}

/// Compares two JSON values by meaning, not by text lines.
///
/// Objects compare key by key (order never matters); arrays of objects with an `id` match
/// elements by id (so one new event shows as one difference, not a cascade); arrays of
/// citations (`document` + `start`) match by document and offsets; other arrays by index.
/// Numbers compare within 1e-9.
enum JSONDiff {
  static let missing = "(missing)"

  static func diff(_ expected: JSONValue, _ actual: JSONValue) -> [FixtureDifference] {
    var out: [FixtureDifference] = []
    walk(expected, actual, path: "", citation: nil, into: &out)
    return out
  }

  static func render(_ v: JSONValue) -> String {
    JSONOutput.line(v).truncated(200)
  }

  private static func walk(
    _ e: JSONValue, _ a: JSONValue, path: String, citation: String?, into out: inout [FixtureDifference]
  ) {
    switch (e, a) {
    case (.object(let eo), .object(let ao)):
      let cite = citationText(ao) ?? citationText(eo) ?? citation
      for key in Set(eo.keys).union(ao.keys).sorted() {
        let p = path.isEmpty ? key : "\(path).\(key)"
        switch (eo[key], ao[key]) {
        case (let ev?, let av?): walk(ev, av, path: p, citation: cite, into: &out)
        case (let ev?, nil):
          out.append(FixtureDifference(path: p, expected: render(ev), actual: missing, citation: cite))
        case (nil, let av?):
          out.append(FixtureDifference(path: p, expected: missing, actual: render(av), citation: cite))
        case (nil, nil): break
        }
      }
    case (.array(let ea), .array(let aa)):
      if let ek = keys(ea), let ak = keys(aa) {
        let before = out.count
        let amap = Dictionary(zip(ak, aa), uniquingKeysWith: { a, _ in a })
        let emap = Dictionary(zip(ek, ea), uniquingKeysWith: { a, _ in a })
        for (k, ev) in zip(ek, ea) {
          let p = "\(path)[\(k)]"
          if let av = amap[k] {
            walk(ev, av, path: p, citation: citation, into: &out)
          } else {
            out.append(
              FixtureDifference(
                path: p, expected: render(ev), actual: missing, citation: elementCitation(ev) ?? citation))
          }
        }
        for (k, av) in zip(ak, aa) where emap[k] == nil {
          out.append(
            FixtureDifference(
              path: "\(path)[\(k)]", expected: missing, actual: render(av), citation: elementCitation(av) ?? citation))
        }
        if out.count == before, ek != ak, Set(ek) == Set(ak) {
          out.append(
            FixtureDifference(
              path: path, expected: "order " + ek.joined(separator: ", ").truncated(160),
              actual: "order " + ak.joined(separator: ", ").truncated(160), citation: citation))
        }
      } else {
        for i in 0..<max(ea.count, aa.count) {
          let p = "\(path)[\(i)]"
          if i < ea.count, i < aa.count {
            walk(ea[i], aa[i], path: p, citation: citation, into: &out)
          } else if i < ea.count {
            out.append(
              FixtureDifference(
                path: p, expected: render(ea[i]), actual: missing, citation: elementCitation(ea[i]) ?? citation))
          } else {
            out.append(
              FixtureDifference(
                path: p, expected: missing, actual: render(aa[i]), citation: elementCitation(aa[i]) ?? citation))
          }
        }
      }
    case (.number(let x), .number(let y)):
      if abs(x - y) > 1e-9 * max(1, abs(x)) {
        out.append(
          FixtureDifference(path: path.isEmpty ? "$" : path, expected: render(e), actual: render(a), citation: citation)
        )
      }
    default:
      if e != a {
        out.append(
          FixtureDifference(path: path.isEmpty ? "$" : path, expected: render(e), actual: render(a), citation: citation)
        )
      }
    }
  }

  /// Keys that identify array elements: `id=…` when every element is an object with a
  /// unique string `id`; `document@start-end` for citations; nil otherwise (match by index).
  private static func keys(_ array: [JSONValue]) -> [String]? {
    guard !array.isEmpty else { return [] }
    var out: [String] = []
    for v in array {
      guard case .object(let o) = v else { return nil }
      if case .string(let id)? = o["id"] {
        out.append("id=\(id)")
      } else if case .string(let doc)? = o["document"], case .number(let s)? = o["start"] {
        let end: String = if case .number(let e)? = o["end"] { String(Int(e)) } else { "" }
        var key = "\(doc)@\(Int(s))-\(end)"
        if case .string(let value)? = o["value"] { key += " \(value.truncated(40))" }
        out.append(key)
      } else {
        return nil
      }
    }
    return Set(out).count == out.count ? out : nil
  }

  /// `doc:line “text”` for a citation-like object; `document id` for a document entry.
  private static func citationText(_ o: [String: JSONValue]) -> String? {
    if case .string(let doc)? = o["document"], case .number(let line)? = o["line"], case .string(let text)? = o["text"]
    {
      return "\(doc):\(Int(line)) “\(text.truncated(140))”"
    }
    if case .array(let mentions)? = o["mentions"], let first = mentions.first, case .object(let m) = first {
      return citationText(m)
    }
    if case .array(let claims)? = o["claims"], let first = claims.first, case .object(let c) = first {
      return citationText(c)
    }
    if case .string(let id)? = o["id"], case .string(let path)? = o["path"] {
      return "document \(id) (\(path))"
    }
    return nil
  }

  private static func elementCitation(_ v: JSONValue) -> String? {
    if case .object(let o) = v { return citationText(o) }
    return nil
  }
}
