/// A date of birth: "the town where Ratzinger was born on April 16, 1927", "(born 3 March
/// 1931)". A life's first day is background to the news however late it falls, so it is no
/// clue to an undated article's DCT (``DCTInferrer``): an article whose only full date is a
/// birth date is left to the corpus pass, which dates it by its main event.
///
/// An undated document's date right after "born" (and an optional "on" or "in") is marked with
/// ``rule``, so the mark travels with the expression through a map/reduce hop.
enum BirthDate {
  static let rule = "temporal.birth-date"

  /// `expressions` with each date of a birth marked.
  static func mark(_ document: Document, _ expressions: [TemporalExpression]) -> [TemporalExpression] {
    let bytes = document.source.bytes
    var out = expressions
    for k in out.indices where out[k].kind == .date {
      if follows(bytes, before: out[k].span.start) { out[k].rule = rule }
    }
    return out
  }

  /// Whether the word before `start` (past an "on" or "in") is "born".
  static func follows(_ bytes: [UInt8], before start: Int) -> Bool {
    var end = min(start, bytes.count)
    func word() -> ArraySlice<UInt8> {
      while end > 0, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x28 { end -= 1 }  // spaces, "("
      var from = end
      while from > 0, isLetter(bytes[from - 1]) { from -= 1 }
      defer { end = from }
      return bytes[from..<end]
    }
    var w = word()
    if same(w, "on") || same(w, "in") { w = word() }
    return same(w, "born")
  }

  private static func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
  /// Whether the letters `w` spell the lowercase ASCII `word`, in any case (no String made).
  private static func same(_ w: ArraySlice<UInt8>, _ word: StaticString) -> Bool { UTF8Bytes.equalsLowercase(w, word) }
}
