/// How an expression is written as a TimeML TIMEX3, where TimeML annotates it differently
/// from the value the timeline keeps.
///
/// An offset from another time ("two days later", "a day earlier", "an hour later") is, in
/// TimeML, a DURATION over the measure alone, with "later"/"earlier" a SIGNAL outside the
/// TIMEX3 (the TimeML specification's "two weeks from June 7": `P2W` plus the signal;
/// TimeBank: `<TIMEX3 type="DURATION" value="P3D">Three days</TIMEX3> later`). The tagger keeps
/// the anchored day in ``TemporalExpression/value`` because the timeline needs it; only the
/// TimeML rendering uses this form.
///
/// Watch out for: "a year earlier" comparing figures ("profit rose from $5 million a year
/// earlier") is a date in TimeBank, span and all (`1988-Q3`); it is left as it is. "ago" is
/// part of the expression ("[two years ago]", a DATE).
extension TemporalExpression {
  /// The TIMEX3 for TimeML output: this expression, or for an offset ("two days later") its
  /// duration without the trailing "later"/"earlier".
  ///
  /// ```swift
  /// // "Three days later" (value 1989-10-15) → "Three days", DURATION, P3D
  /// ```
  public var timemlForm: TemporalExpression {
    let later = text.hasSuffix("later")
    guard rule == "temporal.anaphoric.offset" || (rule == "temporal.relative.offset" && later),
      let spec = anchor, case .shift(let unit, let n, _)? = spec.semantics
    else { return self }
    let word = later ? "later" : "earlier"
    guard text.hasSuffix(word) else { return self }
    var bytes = Array(text.utf8.dropLast(word.utf8.count))
    while let last = bytes.last, last == 32 || last == 10 || last == 9 || last == 13 { bytes.removeLast() }
    guard !bytes.isEmpty else { return self }
    var e = self
    e.text = String(decoding: bytes, as: UTF8.self)
    e.span = SourceSpan(start: span.start, end: span.start + bytes.count, line: span.line)
    e.kind = .duration
    e.value = unit.duration(abs(n))
    e.anchor = nil
    return e
  }
}
