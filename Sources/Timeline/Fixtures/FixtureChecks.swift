import Foundation

/// Partial expectations of a fixture case (`checks.json`) that survive harmless changes
/// elsewhere in the output.
///
/// ```json
/// { "checks": [
///   { "description": "the 2021 talks: one event in Moscow reported by both articles",
///     "in": "events",
///     "match": { "time": { "value": "2021-10-20" }, "place": "Moscow", "sources": ["a", "b"] },
///     "count": 1 },
///   { "description": "no contradiction about the place",
///     "in": "conflicts", "match": { "kind": "contradiction", "attribute": "place" }, "count": 0 },
///   { "description": "a quote by Scholz", "in": "events", "match": { "title": "~scholz" }, "min": 1 }
/// ] }
/// ```
///
/// - `in`: a dotted path to an array of the `timeline/1` output (`events`, `conflicts`,
///   `documents`, `diagnostics`).
/// - `match`: a partial value. An object matches when each of its keys matches; an array
///   matches when each of its elements matches some element of the actual array (a subset);
///   a string starting with `~` matches any string containing the rest, ignoring case; `null`
///   matches null or a missing key; anything else must be equal.
/// - `count` (exact), or `min` (default 1) and `max`: how many elements must match.
/// - `open` (optional): the reason this expectation is not met yet. An open check is
///   reported (`open: …` while it fails, `now holds` once it passes) but never fails the case,
///   so a case can list its whole truth and stay green until the engine catches up.
public struct FixtureCheck: Codable, Hashable, Sendable {
  public var description: String?
  public var `in`: String
  public var match: JSONValue?
  public var count: Int?
  public var min: Int?
  public var max: Int?
  /// Marks an expectation the engine does not meet yet, with the reason (like an expected
  /// failure): it is evaluated and reported, but does not fail the case.
  public var open: String?

  /// Loads `checks.json`: `{"checks": [...]}` or a bare array.
  static func load(_ data: Data) throws -> [FixtureCheck] {
    struct File: Codable { var checks: [FixtureCheck] }
    if let f = try? JSONDecoder().decode(File.self, from: data) { return f.checks }
    return try JSONDecoder().decode([FixtureCheck].self, from: data)
  }

  /// Nil when the check holds; otherwise a message naming the check, the expectation and
  /// the nearest candidates.
  func failure(in output: JSONValue, index: Int) -> String? {
    let name = "check \(index + 1)" + (description.map { " (\($0))" } ?? "")
    guard case .array(let items)? = Self.resolve(self.in, in: output) else {
      return "\(name): '\(self.in)' is not an array of the output"
    }
    let pattern = match ?? .object([:])
    let matched = items.filter { Self.matches(pattern, $0) }
    let lo = count ?? min ?? 1
    let hi = count ?? max ?? Int.max
    if matched.count >= lo, matched.count <= hi { return nil }
    let want = count.map { "exactly \($0)" } ?? (hi == Int.max ? "at least \(lo)" : "\(lo) to \(hi)")
    var s = "\(name): expected \(want) of \(self.in) matching \(JSONDiff.render(pattern)), found \(matched.count)"
    if matched.count > hi {
      for m in matched.prefix(3) { s += "\n    matched: \(Self.label(m))" }
    } else if case .object(let po) = pattern {
      // The nearest candidates: most top-level keys matching.
      let scored = items.map { item -> (Int, String, [String]) in
        guard case .object(let o) = item else { return (0, Self.label(item), []) }
        let failed = po.keys.sorted().filter { k in !Self.matches(po[k] ?? .null, o[k] ?? .null) }
        return (po.count - failed.count, Self.label(item), failed)
      }
      for c in scored.sorted(by: { ($0.0, $1.1) > ($1.0, $0.1) }).prefix(3) where c.0 > 0 {
        s += "\n    nearest: \(c.1) — differs in \(c.2.joined(separator: ", "))"
      }
    }
    return s
  }

  static func resolve(_ path: String, in value: JSONValue) -> JSONValue? {
    var v: JSONValue? = value
    for key in path.split(separator: ".") where !key.isEmpty {
      guard case .object(let o)? = v else { return nil }
      v = o[String(key)]
    }
    return v
  }

  static func matches(_ pattern: JSONValue, _ actual: JSONValue) -> Bool {
    switch (pattern, actual) {
    case (.object(let p), .object(let a)):
      return p.allSatisfy { k, pv in
        if case .null = pv { return a[k] == nil || a[k] == .null }
        guard let av = a[k] else { return false }
        return matches(pv, av)
      }
    case (.array(let p), .array(let a)):
      return p.allSatisfy { pe in a.contains { matches(pe, $0) } }
    case (.string(let p), .string(let a)) where p.hasPrefix("~"):
      return a.range(of: String(p.dropFirst()), options: .caseInsensitive) != nil
    case (.number(let p), .number(let a)):
      return abs(p - a) <= 1e-9 * Swift.max(1, abs(p))
    default:
      return pattern == actual
    }
  }

  static func label(_ v: JSONValue) -> String {
    guard case .object(let o) = v else { return JSONDiff.render(v) }
    var parts: [String] = []
    if case .string(let id)? = o["id"] { parts.append(id) }
    if case .string(let t)? = o["title"] { parts.append("“\(t.truncated(60))”") }
    if case .object(let t)? = o["time"], case .string(let tv)? = t["value"] { parts.append(tv) }
    if case .string(let k)? = o["kind"] { parts.append(k) }
    if case .string(let at)? = o["attribute"] { parts.append(at) }
    return parts.isEmpty ? JSONDiff.render(v).truncated(120) : parts.joined(separator: " ")
  }
}
