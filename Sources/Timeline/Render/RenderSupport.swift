import Foundation

/// Escaping for every format: untrusted text never becomes live markup, script or formula.
enum Escape {
  /// Text for XML/XHTML content and attribute values.
  ///
  /// `:` and `(` become character references too. Characters XML 1.0 forbids (most C0
  /// controls, lone surrogates cannot occur in `String`, U+FFFE/U+FFFF) become U+FFFD, so the
  /// page always parses.
  static func xml(_ s: String) -> String {
    markup(s, referencesForURLCharacters: true)
  }

  /// HTML-escaped text for TimelineJS, which inserts it as HTML: like ``xml(_:)`` but `:`
  /// and `(` stay readable in the JSON.
  static func html(_ s: String) -> String {
    markup(s, referencesForURLCharacters: false)
  }

  private static func markup(_ s: String, referencesForURLCharacters: Bool) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for u in s.unicodeScalars {
      switch u {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      // Written as character references (they display the same): untrusted text can then
      // never spell `javascript:`, `https://` or CSS `url(` in the page source either.
      case ":" where referencesForURLCharacters: out += "&#58;"
      case "(" where referencesForURLCharacters: out += "&#40;"
      case "\t", "\n", "\r": out.unicodeScalars.append(u)
      default:
        if u.value < 0x20 || u.value == 0xFFFE || u.value == 0xFFFF || (u.value >= 0x7F && u.value < 0xA0) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }

  /// An id usable in `id="…"` and `href="#…"`: letters, digits, `-`, `_`, `.` only.
  static func anchor(_ prefix: String, _ id: String) -> String {
    var out = prefix
    for u in id.unicodeScalars {
      if (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || (u >= "0" && u <= "9") || u == "-" || u == "_" || u == "."
      {
        out.unicodeScalars.append(u)
      } else {
        out += "_\(String(u.value, radix: 16))_"
      }
    }
    return out
  }

  /// Markdown inline text with every markup character escaped.
  ///
  /// Every character that could start inline markup or raw HTML is backslash-escaped or
  /// written as an entity; line breaks become spaces. Callers never
  /// put escaped text at the start of a line, so block markup (`-`, `1.`, `>`) cannot start.
  static func markdown(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count + 16)
    for u in s.unicodeScalars {
      switch u {
      case "\\", "`", "*", "_", "[", "]", "#", "|", "~", "!", "$":
        out += "\\"
        out.unicodeScalars.append(u)
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\n", "\r", "\t": out += " "
      default:
        if u.value < 0x20 || (u.value >= 0x7F && u.value < 0xA0) {
          out += "\u{FFFD}"
        } else {
          out.unicodeScalars.append(u)
        }
      }
    }
    return out
  }

  /// One RFC 4180 field: formula-looking cells (`=`, `+`, `-`, `@`, tab, CR first) get a
  /// leading `'`; fields with a comma, quote or line break are quoted, quotes doubled.
  static func csv(_ s: String) -> String {
    var v = s
    if let first = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
      v = "'" + v
    }
    if v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return v
  }

  /// Whether `url` may become a link.
  ///
  /// Only `http`/`https` (never `javascript:`, `data:` …).
  /// The HTML report shows URLs as text anyway, so that nothing outside it is referenced.
  static func isSafeLink(_ url: String) -> Bool {
    let lower = url.trimmingCharacters(in: .whitespaces).lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://")
  }
}

/// Display order for events and conflicts, independent of the order in the report.
enum RenderOrder {
  /// Events by earliest day (undated last), then latest day, then id.
  static func events(_ events: [Event]) -> [Event] {
    let keyed = events.map { e -> (Int, Int, String, Event) in
      let t = TimeInfo(e.time)
      return (t.earliestOrdinal ?? Int.max, t.latestOrdinal ?? Int.max, e.id, e)
    }
    return keyed.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
  }

  /// Conflicts by severity (high first), then id.
  static func conflicts(_ conflicts: [Conflict]) -> [Conflict] {
    conflicts.sorted { a, b in
      a.severity != b.severity ? a.severity > b.severity : (a.id, a.attribute) < (b.id, b.attribute)
    }
  }

  static func documents(_ docs: [TimelineReport.DocumentSummary]) -> [TimelineReport.DocumentSummary] {
    docs.sorted { $0.id < $1.id }
  }
}

/// What a reader needs to know about an event's time: its range and its precision.
struct TimeInfo {
  var value: String
  var earliest: Day?
  var latest: Day?

  init(_ time: Event.Time?) {
    value = time?.value ?? ""
    earliest = time?.earliest.flatMap { Day(iso: String($0.prefix(10))) }
    latest = time?.latest.flatMap { Day(iso: String($0.prefix(10))) } ?? earliest
    if let e = earliest, let l = latest, l < e { latest = e }
  }

  var earliestOrdinal: Int? { earliest?.ordinal }
  var latestOrdinal: Int? { latest?.ordinal }

  /// A single day (drawn as a point) rather than a span.
  var isPoint: Bool {
    guard let e = earliest, let l = latest else { return false }
    return e == l
  }

  /// The precision of the TIMEX3 value in words: day, week, month, quarter, season, half,
  /// year, decade, century, time of day, or "range".
  var precision: String {
    let v = value
    let parts = v.split(separator: "-", omittingEmptySubsequences: false)
    if v.contains("T") && v.count > 10 { return "time of day" }
    if v.count == 4, v.hasSuffix("XX") { return "century" }
    if v.count == 4, v.hasSuffix("X") { return "decade" }
    if v.count == 3, v.allSatisfy(\.isNumber) { return "decade" }
    if v.count == 2, v.allSatisfy(\.isNumber) { return "century" }
    if parts.count == 1, v.count == 4 { return "year" }
    if parts.count == 2 {
      let p = parts[1]
      if p.hasPrefix("W") { return "week" }
      if p.hasPrefix("Q") { return "quarter" }
      if p.hasPrefix("H") { return "half year" }
      if ["SP", "SU", "FA", "WI"].contains(String(p)) { return "season" }
      return "month"
    }
    if parts.count == 3, parts[2].count == 2 { return "day" }
    if isPoint { return "day" }
    return earliest == nil ? "undated" : "range"
  }

  /// The value as a reader says it: "1980s" for `198`/`198X`, "1900s" for `19`/`19XX`,
  /// otherwise the TIMEX3 value itself ("2021-10-20", "2021-08", "2021-W42").
  var label: String {
    switch precision {
    case "decade": String(value.prefix(3)) + "0s"
    case "century": String(value.prefix(2)) + "00s"
    case "undated": value.isEmpty ? "undated" : value
    default: value
    }
  }

  /// "2021-10-20" or "2021-10-01 – 2021-10-31".
  var rangeText: String {
    guard let e = earliest else { return "no calendar range" }
    guard let l = latest, l != e else { return e.description }
    return "\(e) – \(l)"
  }
}

/// Widens citations to their source sentence when the original bytes are known.
struct SourceContext: Sendable {
  var sources: [String: [UInt8]]

  /// The sentence around `start..<end` of `document`.
  ///
  /// Split into before / cited / after. The sentence stops at a paragraph break and at markup
  /// (`<p>…</p>`): an HTML page without blank lines is not one paragraph.
  /// Falls back to the cited text alone when the bytes are unknown or the offsets disagree
  /// with the quoted text.
  func sentence(document: String, start: Int, end: Int, text: String) -> (before: String, cited: String, after: String)
  {
    guard let bytes = sources[document], start >= 0, end <= bytes.count, start <= end,
      let cited = String(bytes: bytes[start..<end], encoding: .utf8),
      cited == text
    else { return ("", text, "") }
    let limit = 400
    var s = start
    while s > 0, start - s < limit {
      let b = bytes[s - 1]
      if b == 0x0A, s >= 2, bytes[s - 2] == 0x0A { break }  // paragraph break
      if b == UInt8(ascii: ">") { break }  // the end of a markup tag: the text starts after it
      if b == 0x0A, start - s > 0, s >= 2, bytes[s - 2] == 0x0D { break }
      if (b == 0x20 || b == 0x0A), s >= 2,
        [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[s - 2])
      {
        break
      }
      s -= 1
    }
    var e = end
    while e < bytes.count, e - end < limit {
      let b = bytes[e]
      if b == 0x0A, e + 1 < bytes.count, bytes[e + 1] == 0x0A { break }
      if b == UInt8(ascii: "<") { break }  // a markup tag ends the text
      e += 1
      if [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(b),
        e == bytes.count || bytes[e] == 0x20 || bytes[e] == 0x0A || bytes[e] == 0x22
      {
        if e < bytes.count, bytes[e] == 0x22 { e += 1 }
        break
      }
    }
    // Keep UTF-8 boundaries: step off continuation bytes.
    while s < start, bytes[s] & 0xC0 == 0x80 { s += 1 }
    while e > end, e < bytes.count, bytes[e] & 0xC0 == 0x80 { e -= 1 }
    let before = String(bytes: bytes[s..<start], encoding: .utf8) ?? ""
    let after = String(bytes: bytes[end..<e], encoding: .utf8) ?? ""
    return (before.trimmingLeadingWhitespace(), cited, after.trimmingTrailingWhitespace())
  }
}

extension String {
  func trimmingLeadingWhitespace() -> String {
    String(drop { $0.isWhitespace })
  }

  func trimmingTrailingWhitespace() -> String {
    var s = Substring(self)
    while let last = s.last, last.isWhitespace { s = s.dropLast() }
    return String(s)
  }

  /// At most `n` characters, with an ellipsis when cut.
  func truncated(_ n: Int) -> String {
    count <= n ? self : String(prefix(max(0, n - 1))) + "…"
  }
}

/// Splits `text` into plain and highlighted pieces.
///
/// Every case-insensitive whole-word occurrence of one of `needles` (longest first,
/// non-overlapping) is highlighted.
func highlightPieces(_ text: String, needles: [String]) -> [(String, Bool)] {
  let words = Array(Set(needles.filter { !$0.isEmpty && $0.count <= text.count })).sorted {
    ($0.count, $0) > ($1.count, $1)
  }
  guard !words.isEmpty else { return [(text, false)] }
  var marks: [Range<String.Index>] = []
  for w in words {
    var from = text.startIndex
    while from < text.endIndex, let r = text.range(of: w, options: [.caseInsensitive], range: from..<text.endIndex) {
      // Whole words only: "war" is not highlighted inside "wary".
      let before = r.lowerBound > text.startIndex ? text[text.index(before: r.lowerBound)] : " "
      let after = r.upperBound < text.endIndex ? text[r.upperBound] : " "
      let bounded = !(before.isLetter || before.isNumber) && !(after.isLetter || after.isNumber)
      if bounded, !marks.contains(where: { $0.overlaps(r) }) { marks.append(r) }
      from = r.upperBound
    }
  }
  marks.sort { $0.lowerBound < $1.lowerBound }
  var pieces: [(String, Bool)] = []
  var cursor = text.startIndex
  for r in marks {
    if cursor < r.lowerBound { pieces.append((String(text[cursor..<r.lowerBound]), false)) }
    pieces.append((String(text[r]), true))
    cursor = r.upperBound
  }
  if cursor < text.endIndex { pieces.append((String(text[cursor...]), false)) }
  return pieces
}

/// "1 event", "2 events".
func plural(_ n: Int, _ word: String) -> String {
  n == 1 ? "1 \(word)" : "\(n) \(word)s"
}
