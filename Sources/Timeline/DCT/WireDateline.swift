/// A wire dateline's date: "FALMOUTH, England, June 10 (Reuters) -", "STARBASE, Texas, April 20
/// (Meridian Press) -", "PARIS, May 27, 2022 (AFP) -". Wire copy states the day it was filed
/// there, often without the year; the year then comes from the corpus or, last, from the text
/// (``DCTInferrer``).
///
/// The tagger reads the date as a year-less day like any other; an undated document's
/// expression in that place is marked with ``rule`` so that the DCT inference, in this process
/// or after a map/reduce hop, knows it for the article's own day.
enum WireDateline {
  static let rule = "temporal.wire-dateline"

  /// `expressions` with the year-less day of `document`'s wire dateline (if any) marked.
  static func mark(_ document: Document, _ expressions: [TemporalExpression]) -> [TemporalExpression] {
    guard let lede = document.blocks.first(where: { $0.role == .body }) else { return expressions }
    guard
      let k = expressions.firstIndex(where: { e in
        e.span.start > lede.span.start && e.span.start - lede.span.start <= 80 && e.kind == .date
          && ValueParts("0000" + e.value.dropFirst(4)).day != nil
      })
    else { return expressions }
    let bytes = document.source.bytes
    guard isPlaceHead(bytes[lede.span.start..<expressions[k].span.start]),
      endsDateline(bytes[expressions[k].span.end..<min(bytes.count, lede.span.end)])
    else { return expressions }
    var out = expressions
    out[k].rule = rule
    return out
  }

  /// "FALMOUTH, England, ", "RIO DE JANEIRO, ": capitalized words (short lowercase particles
  /// aside: "Rio de Janeiro") and commas, ending in ", ".
  static func isPlaceHead(_ head: ArraySlice<UInt8>) -> Bool {
    guard head.count >= 4, head.last == 0x20, head[head.endIndex - 2] == 0x2C else { return false }
    var words = 0
    for word in head.split(whereSeparator: { $0 == 0x20 || $0 == 0x2C }) {
      guard word.allSatisfy({ $0 >= 0x80 || Self.nameBytes.contains($0) }) else { return false }
      let first = word[word.startIndex]
      if first >= 0x61 && first <= 0x7A, word.count > 3 { return false }
      words += 1
    }
    return words >= 1 && words <= 6
  }

  /// ASCII letters, the apostrophe, the period and the hyphen.
  static let nameBytes: Set<UInt8> = Set(Array(0x41...0x5A) + Array(0x61...0x7A) + [0x27, 0x2E, 0x2D])

  /// The dateline's day ("XXXX-06-10" → (nil, 6, 10), "2022-05-27" → (2022, 5, 27)) among
  /// `expressions`, if one is marked.
  static func day(_ expressions: [TemporalExpression]) -> (year: Int?, month: Int, day: Int, expression: TemporalExpression)? {
    guard let e = expressions.first(where: { $0.rule == rule }) else { return nil }
    let p = ValueParts("0000" + e.value.dropFirst(4))
    guard let m = p.month, let d = p.day else { return nil }
    return (e.value.hasPrefix("XXXX") ? nil : ValueParts(e.value).year, m, d, e)
  }

  /// " (Reuters) - ", " - ", " — ": an optional agency in parentheses, then a dash.
  static func endsDateline(_ tail: ArraySlice<UInt8>) -> Bool {
    var t = tail.drop { $0 == 0x20 }
    if t.first == 0x28 {  // "(Agency)"
      guard let close = t.prefix(40).firstIndex(of: 0x29) else { return false }
      t = t[(close + 1)...].drop { $0 == 0x20 }
    }
    guard let first = t.first else { return false }
    if first == 0x2D { return true }  // "-"
    return t.starts(with: [0xE2, 0x80, 0x94]) || t.starts(with: [0xE2, 0x80, 0x93])  // "—", "–"
  }
}
