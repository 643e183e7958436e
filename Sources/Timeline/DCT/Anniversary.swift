/// An anniversary story: "marking ten years since the earthquake that wrecked the city on 6 April
/// 2009", "It has been a decade since the floods of 12 May 2013". Such a story is written on (or
/// about) the day that many years on: the day's date, moved by the count, is a clue to an
/// undated article's DCT (``DCTInferrer``, `dct.anniversary`).
///
/// An undated document's full date that follows "N years since" in its sentence is marked with
/// `rule` and the count ("temporal.anniversary.10"), so the mark travels with the expression.
enum Anniversary {
  static let rulePrefix = "temporal.anniversary."

  /// `expressions` with the full date of an "N years since …" phrase marked.
  static func mark(_ document: Document, _ expressions: [TemporalExpression]) -> [TemporalExpression] {
    let bytes = document.source.bytes
    var out = expressions
    for (k, e) in expressions.enumerated() where e.kind == .duration {
      guard let years = years(e.value), since(bytes, after: e.span.end) else { continue }
      // The first full day after it, on the same line and within a sentence's reach.
      guard
        let d = expressions.indices.first(where: { j in
          let x = expressions[j]
          return j > k && (x.kind == .date || x.kind == .time) && x.span.start > e.span.end
            && x.span.start - e.span.end <= 200 && x.span.line == e.span.line
            && Day(iso: String(x.value.prefix(10))) != nil
        })
      else { continue }
      out[d].rule = rulePrefix + String(years)
    }
    return out
  }

  /// The count of years of a duration value: "P10Y" → 10, "P1DE" → 10, "P2DE" → 20.
  static func years(_ value: String) -> Int? {
    guard value.hasPrefix("P") else { return nil }
    let body = value.dropFirst()
    if body.hasSuffix("DE"), let n = Int(body.dropLast(2)), n > 0 { return n * 10 }
    if body.hasSuffix("Y"), let n = Int(body.dropLast()), n > 0 { return n }
    return nil
  }

  /// Whether " since " follows the duration.
  static func since(_ bytes: [UInt8], after end: Int) -> Bool {
    let word: [UInt8] = Array(" since ".utf8)
    return end + word.count <= bytes.count && Array(bytes[end..<end + word.count]) == word
  }

  /// The anniversary day a marked expression gives: its date moved by its count of years.
  static func day(_ expressions: [TemporalExpression]) -> (day: Day, expression: TemporalExpression)? {
    for e in expressions where e.rule.hasPrefix(rulePrefix) {
      guard let n = Int(e.rule.dropFirst(rulePrefix.count)), let d = Day(iso: String(e.value.prefix(10))),
        Day.isValid(d.year + n, d.month, d.day)
      else { continue }
      return (Day(d.year + n, d.month, d.day), e)
    }
    return nil
  }
}
