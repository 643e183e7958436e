/// Finds and resolves temporal expressions (TIMEX3 DATE, TIME, DURATION, SET) in news text.
///
/// One pass: the bytes are tokenized once, and at every token the rules that can start with
/// that token (``TemporalGrammar``) read the longest expression they can; the match is then
/// anchored on the document creation time (deictic expressions: "Friday", "last week") or on
/// the narrative's reference time, the last absolute date mentioned (anaphoric ones: "the
/// following day", "two days later").
///
/// ```swift
/// let tagger = TemporalTagger()
/// tagger.tag("The talks opened on Friday.", dct: Day(2021, 10, 20))
/// // [TemporalExpression(kind: .date, text: "Friday", value: "2021-10-15", ...)]
/// ```
///
/// Without a DCT, relative values stay underspecified with `X`s (`XXXX-10-20` for a date
/// without its year, `XXXX-WXX-5` for "Friday", `XXXX-XX-XX`, `XXXX-WXX`, `XXXX` for "today",
/// "next week", "last year") and ``TemporalExpression/anchor`` keeps the meaning, so
/// ``reanchor(_:dct:)`` can resolve them once the DCT is inferred.
public struct TemporalTagger: Sendable {
  /// How to read an all-numeric date whose first two fields could both be the month.
  public enum DateOrder: String, Sendable, Codable {
    /// 03/04/2021 is 3 April (most of the world).
    case dayFirst
    /// 03/04/2021 is March 4 (US).
    case monthFirst
  }

  /// The policy for ambiguous numeric dates (03/04/2021). Unambiguous ones (29/09/2023)
  /// are read either way.
  public var dateOrder: DateOrder

  public init(dateOrder: DateOrder = .monthFirst) {
    self.dateOrder = dateOrder
  }

  /// Tags `text`; spans are UTF-8 offsets into `text`, lines 1-based within `text`.
  public func tag(_ text: String, dct: Day?) -> [TemporalExpression] {
    var copy = text
    var reference = NarrativeTime()
    var tokens: [TToken] = []
    var found: [Found] = []
    return copy.withUTF8 { buf in
      var line = 1
      var lastOffset = 0
      tagBytes(buf, dct: dct, reference: &reference, tokens: &tokens, into: &found)
      return found.map { m in
        for k in lastOffset..<m.start where buf[k] == 10 { line += 1 }
        lastOffset = m.start
        return m.expression(buf, span: SourceSpan(start: m.start, end: m.end, line: line))
      }
    }
  }

  /// Tags every non-boilerplate sentence of `document`; spans are offsets into the file and
  /// `text` is the original bytes of each span.
  ///
  /// An ambiguous numeric date ("11/09/2020") is read in the order the article's spelling
  /// points to (``SpellingLocale``: "normalise" and "per cent" read it day first), else in
  /// ``dateOrder``. Articles without such a date are tagged once, as before.
  public func tag(_ document: Document, dct: Day?) -> [TemporalExpression] {
    let out = tagSentences(document, dct: dct)
    // By index: `contains(where:)` copied every expression out to test it.
    guard out.indices.contains(where: { SpellingLocale.isAmbiguousNumeric(out[$0]) }),
      let order = SpellingLocale.dateOrder(
        of: document.sentences.filter { $0.role != .boilerplate }.map(\.clean)), order != dateOrder
    else { return out }
    var local = self
    local.dateOrder = order
    return local.tagSentences(document, dct: dct)
  }

  private func tagSentences(_ document: Document, dct: Day?) -> [TemporalExpression] {
    var out: [TemporalExpression] = []
    var reference = NarrativeTime()
    // One token buffer for every sentence: a new array per sentence was an allocation and a
    // free each time (about 19 million instructions for the generated 2,000 documents).
    var tokens: [TToken] = []
    // Likewise one list of each sentence's expressions (a new one for each sentence that has
    // any was an allocation).
    var found: [Found] = []
    // By index, each expression made in place in `out` with the file's text: a sentence copied
    // out of the list retained each of its fields, a list of each sentence's expressions
    // appended to `out` copied every one, and its text from the sentence was a string made and
    // dropped.
    // The sentences and the source read once: through the document's buffer each read
    // retained and released it.
    let sentences = document.sentences
    let source = document.source
    // Room for the longest sentence's tokens from the start, and for a few expressions: grown
    // sentence by sentence (each reserving for its own length) and expression by expression,
    // the two lists were allocated about five times a document.
    var longest = 0
    for k in sentences.indices where sentences[k].role != .boilerplate {
      longest = max(longest, sentences[k].clean.utf8.count)
    }
    tokens.reserveCapacity(longest / 4 + 8)
    out.reserveCapacity(8)
    for k in sentences.indices where sentences[k].role != .boilerplate {
      var clean = sentences[k].clean
      clean.withUTF8 { buf in tagBytes(buf, dct: dct, reference: &reference, tokens: &tokens, into: &found) }
      // The offset map is read only for a sentence with expressions (most have none).
      guard !found.isEmpty else { continue }
      let offsets = sentences[k].offsets
      for m in found.indices {
        let s = offsets.original(found[m].start)
        let e = max(s, offsets.original(found[m].end, isEnd: true))
        let span = source.span(s, e)
        out.append(found[m].expression(text: source.text(span), span: span))
      }
    }
    // A sentence read across an inserted block (a byline mid-sentence) ends after that block's
    // own expressions: file order is span order. Sorted in place (`sorted` copied every one).
    out.sort { $0.span < $1.span }
    return out
  }

  /// Recomputes a relative expression's value against `dct` (for a DCT inferred later).
  /// Anaphoric values already anchored on an absolute date in the text are kept.
  public func reanchor(_ expression: TemporalExpression, dct: Day) -> TemporalExpression {
    guard let spec = expression.anchor, let sem = spec.semantics else { return expression }
    if spec.anaphoric && !expression.value.contains("X") { return expression }
    var e = expression
    e.value = sem.resolve(dct)
    return e
  }

  /// Tags `text` and returns it as TimeML: the text XML-escaped with inline `<TIMEX3>` tags,
  /// nothing else changed.
  public func timeml(_ text: String, dct: Day?) -> String {
    TemporalTagger.timeml(text, tag(text, dct: dct))
  }

  /// Renders `text` XML-escaped with `expressions` (non-overlapping, offsets into `text`) as
  /// inline TIMEX3 tags, each in its TimeML form (``TemporalExpression/timemlForm``: "[two
  /// days] later" is a duration).
  public static func timeml(_ text: String, _ expressions: [TemporalExpression]) -> String {
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + expressions.count * 60)
    func escape(_ a: Int, _ b: Int) {
      for k in a..<b {
        switch bytes[k] {
        case 38: out.append(contentsOf: Array("&amp;".utf8))
        case 60: out.append(contentsOf: Array("&lt;".utf8))
        case 62: out.append(contentsOf: Array("&gt;".utf8))
        default: out.append(bytes[k])
        }
      }
    }
    var pos = 0
    var tid = 0
    for e in expressions.map(\.timemlForm).sorted(by: { $0.span < $1.span }) where e.span.start >= pos && e.span.end <= bytes.count {
      escape(pos, e.span.start)
      tid += 1
      var tag = "<TIMEX3 tid=\"t\(tid)\" type=\"\(e.kind.rawValue)\" value=\"\(xmlAttr(e.value))\""
      if let mod = e.mod { tag += " mod=\"\(xmlAttr(mod))\"" }
      tag += ">"
      out.append(contentsOf: Array(tag.utf8))
      escape(e.span.start, e.span.end)
      out.append(contentsOf: Array("</TIMEX3>".utf8))
      pos = e.span.end
    }
    escape(pos, bytes.count)
    return String(decoding: out, as: UTF8.self)
  }

  static func xmlAttr(_ s: String) -> String {
    s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
      .replacingOccurrences(of: "<", with: "&lt;")
  }

  // MARK: - The pass

  /// Whether "last year" at `p` compares a figure with the year-ago one: a money amount or
  /// "compared with"/"from" shortly before it, or "last year's" followed by a figure.
  func lastYearComparesFigures(_ t: [TToken], _ p: TemporalGrammar.P) -> Bool {
    // "from last year's $1.55 billion".
    if p.end + 2 < t.count, t[p.end].kind == .punct, t[p.end].ch == 39, t[p.end + 1].w == "s", t[p.end + 2].kind == .punct, t[p.end + 2].ch == 36 {
      return true
    }
    // "... $3 million last year", "... 44 cents a share, for the corresponding period last year".
    var k = p.start - 1
    var steps = 0
    while k >= 0, steps < 6 {
      let tk = t[k]
      if tk.kind == .punct, tk.ch == 46 || tk.ch == 59 { return false }
      if tk.kind == .punct, tk.ch == 36 { return true }
      if tk.kind == .number, k + 1 < t.count, t[k + 1].kind == .word, t[k + 1].w == nil, !t[k + 1].cap {
        // "$3 million", "44 cents": a number with its unit word.
        if k > 0, t[k - 1].kind == .punct, t[k - 1].ch == 36 { return true }
      }
      k -= 1
      steps += 1
    }
    return false
  }

  /// Whether the expression at token `i` is the background of a clause ("After a flat second
  /// quarter, ... attributed the gain to ...", "following its first-half loss"): a period
  /// placed before the one being reported, so it does not become the reported quarter. Up to two
  /// words (an article, an adjective) may sit between.
  func followsBackground(_ t: [TToken], _ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, k >= i - 3, t[k].kind == .word {
      if let a = t[k].w, a == "after" || a == "following" { return true }
      k -= 1
    }
    return false
  }

  /// Whether a modal or an expectation follows in the clause after token `k` ("said
  /// fourth-quarter profit would fall"): a forecast, whatever the reporting verb's tense.
  func forecastFollows(_ t: [TToken], _ k: Int) -> Bool {
    var m = k
    while m < t.count, m < k + 6, !(t[m].kind == .punct && (t[m].ch == 46 || t[m].ch == 59)) {
      if let a = t[m].w, TemporalGrammar.modals.contains(a) || ["expected", "could", "can", "ll"].contains(a) { return true }
      m += 1
    }
    return false
  }

  /// The narrative's reference times: the last absolute day (or week/month) mentioned, and
  /// the last period up to a year long.
  struct NarrativeTime {
    var day: Day? = nil
    var period: Day? = nil
    /// Whether `day` is only the first day of a month that was mentioned ("in October"): a
    /// later "that same day" is some day of that month, not its first.
    var dayOfMonthOnly = false
  }

  struct Found {
    var start: Int
    var end: Int
    var kind: TemporalExpression.Kind
    var value: String
    var mod: String?
    var rule: String
    var anchor: RelativeSpec?

    func expression(_ buf: UnsafeBufferPointer<UInt8>, span: SourceSpan) -> TemporalExpression {
      expression(text: String(decoding: UnsafeBufferPointer(rebasing: buf[start..<end]), as: UTF8.self), span: span)
    }

    /// The expression at `span`, whose text is `text`.
    func expression(text: String, span: SourceSpan) -> TemporalExpression {
      TemporalExpression(kind: kind, text: text, span: span, value: value, mod: mod, rule: rule, anchor: anchor)
    }
  }

  /// Tags `buf` in segments of about 64 KB cut at paragraph (or line, or word) breaks, so
  /// memory stays bounded and time linear on a 50 MB single input.
  ///
  /// `tokens` is a buffer for each segment's tokens, kept by the caller across calls; the
  /// expressions go to `out` (emptied first, its storage kept).
  func tagBytes(
    _ buf: UnsafeBufferPointer<UInt8>, dct: Day?, reference: inout NarrativeTime, tokens: inout [TToken],
    into out: inout [Found]
  ) {
    // Most sentences have no expression: the list is then empty already (emptying it anyway
    // was a call a sentence).
    if !out.isEmpty { out.removeAll(keepingCapacity: true) }
    let segment = 1 << 16
    if buf.count <= segment * 2 {
      tagSegment(buf, base: 0, dct: dct, reference: &reference, tokens: &tokens, into: &out)
      return
    }
    var a = 0
    while a < buf.count {
      var b = min(buf.count, a + segment)
      if b < buf.count {
        // Prefer a blank line, then a newline, a sentence end, a space within the next 64 KB.
        let limit = min(buf.count, b + segment)
        var cut = -1
        var k = b
        while k < limit - 1 {
          if buf[k] == 10 && buf[k + 1] == 10 { cut = k + 1; break }
          k += 1
        }
        if cut < 0, let nl = (b..<limit).first(where: { buf[$0] == 10 }) { cut = nl + 1 }
        // A sentence end: ". " before an uppercase letter.
        if cut < 0, let se = (b..<(limit - 2)).first(where: { buf[$0] == 46 && buf[$0 + 1] == 32 && buf[$0 + 2] >= 65 && buf[$0 + 2] <= 90 }) {
          cut = se + 2
        }
        if cut < 0, let sp = (b..<limit).first(where: { buf[$0] == 32 }) { cut = sp + 1 }
        b = cut < 0 ? limit : cut
      }
      tagSegment(
        UnsafeBufferPointer(rebasing: buf[a..<b]), base: a, dct: dct, reference: &reference, tokens: &tokens, into: &out)
      a = b
    }
  }

  /// Whether an ISO-TimeML value starts with a full calendar day (`2021-10-20`, `2021-10-20TNI`).
  static func startsWithDay(_ v: String) -> Bool {
    let b = Array(v.utf8.prefix(10))
    guard b.count == 10, b[4] == 45, b[7] == 45 else { return false }
    return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { b[$0] >= 48 && b[$0] <= 57 }
  }

  /// Tags one segment (``tagBytes(_:dct:reference:tokens:into:)``), tokenized into `buffer`;
  /// appends its expressions to `out`.
  func tagSegment(
    _ buf: UnsafeBufferPointer<UInt8>, base: Int, dct: Day?, reference: inout NarrativeTime,
    tokens buffer: inout [TToken], into out: inout [Found]
  ) {
    TemporalTokenizer.tokenize(buf, into: &buffer)
    let tokens = buffer
    let grammar = TemporalGrammar(t: tokens, dayFirst: dateOrder == .dayFirst)
    // This segment's expressions are `out[first...]`.
    let first = out.count
    var lastQuarter: (year: Int, quarter: Int, token: Int)? = nil
    var lastNineMonths = -1
    var i = 0
    while i < tokens.count {
      // Only words, numbers and apostrophes can start an expression.
      let tk = tokens[i]
      if tk.kind == .word && tk.flags & TemporalTokenizer.Family.starter == 0 || tk.kind == .punct && tk.ch != 39 {
        i += 1
        continue
      }
      guard let p = grammar.match(i), p.end > p.start else {
        i += 1
        continue
      }
      var anchorDay = dct
      if p.anaphoric {
        // "that year" follows the last year mentioned; "the next day" the last day.
        if case .shift(_, _, let g) = p.sem, g == .year || g == .quarter || g == .half || g == .month || g == .decade {
          anchorDay = reference.period ?? reference.day ?? dct
        } else {
          anchorDay = reference.day ?? dct
        }
      }
      var value = p.sem.resolve(anchorDay)
      var adjusted = false
      var anchor = p.sem.isRelative ? RelativeSpec(p.sem, anaphoric: p.anaphoric) : nil
      // "the second quarter ended Oct. 31" (written in late October): the quarter that ended
      // on that day, so its year is the year of that day (last year's here).
      if case .quarter(let n, 0, false) = p.sem, p.rule == "temporal.quarter.ordinal", p.end < tokens.count,
        tokens[p.end].w == "ended", let end = grammar.monthStart(p.end + 1), case .monthDay(_, _?, _) = end.sem,
        let y = Int(end.sem.resolve(dct).prefix(4))
      {
        value = "\(pad(y, 4))-Q\(n)"
        anchor = nil
        // "In the comparable year-ago quarter, the second quarter ended Oct. 31, ...": in
        // apposition, the quarter named by its end date says which quarter the first one is.
        if p.start >= 2, tokens[p.start - 1].kind == .punct, tokens[p.start - 1].ch == 44, out.count > first, var prev = out.last,
          prev.end == tokens[p.start - 2].end + base, prev.kind == .date, prev.value.dropFirst(4).hasPrefix("-Q")
        {
          prev.value = value
          prev.anchor = nil
          out[out.count - 1] = prev
        }
      }
      // "In October ... that same day", "... the next morning", "a day earlier": a day counted
      // from a month mentioned without its day is some day of that month (`1998-10-XX`), not
      // one counted from the 1st.
      if p.anaphoric, reference.dayOfMonthOnly, let r = reference.day, anchorDay == r, Self.startsWithDay(value) {
        value = String(r.description.prefix(8)) + "XX" + String(value.dropFirst(10))
        anchor = nil
      }
      // Quarterly-results prose: "a year earlier" / "a year ago" / "year-ago"
      // mean the same quarter a year before the one being reported, and "the quarter",
      // "that quarter", "the 1988 quarter" mean the reported one.
      // After "the first nine months" the comparison is with that span of last year: plain
      // years stay years ("compared with $195 million in the 1988 period").
      if let q = lastQuarter, p.start - q.token < 150, q.token > lastNineMonths {
        var quarter: (Int, Int)? = nil
        switch p.sem {
        case .shift(.year, -1, .year)
        where p.rule == "temporal.relative.ago" || p.rule == "temporal.relative.offset" || p.rule == "temporal.relative.year-ago":
          quarter = (q.year - 1, q.quarter)
        case .shift(.year, -1, .year) where p.rule == "temporal.relative.unit" && p.start - q.token < 60 && lastYearComparesFigures(tokens, p):
          // "compared with a loss of $3 million last year", "up from last year's $1.55 billion".
          quarter = (q.year - 1, q.quarter)
        case .lastQuarter(-1) where p.rule == "temporal.quarter.year-ago":
          quarter = (q.year - 1, q.quarter)
        case .lastQuarter(0) where p.rule == "temporal.quarter.the-quarter" || p.rule == "temporal.quarter.latest":
          quarter = (q.year, q.quarter)
        case .shift(.quarter, 0, .quarter) where p.anaphoric:
          quarter = (q.year, q.quarter)
        case .fixed(let v) where p.rule == "temporal.year.period" || p.rule == "temporal.year.period-quarter":
          if let y = Int(v) { quarter = (y, q.quarter) }
        default:
          break
        }
        if let (y, n) = quarter {
          value = "\(pad(y, 4))-Q\(n)"
          anchor = nil
          adjusted = true
        }
      }
      if !adjusted, !p.rule.hasSuffix("year-ago"), value.count == 7, value.dropFirst(4).hasPrefix("-Q"), let y = Int(value.prefix(4)),
        let qn = Int(value.suffix(1)),
        dct.map({ y * 4 + qn < $0.year * 4 + ($0.month - 1) / 3 + 1 }) ?? true
          || grammar.tense(p.start, p.end) < 0 && !forecastFollows(tokens, p.end),
        !followsBackground(tokens, p.start)
      {
        // A quarter not over by the DCT is a forecast, not the one being reported, unless the
        // results are in the past tense ("reported a decline in fourth-quarter earnings" in
        // October: a fiscal quarter).
        lastQuarter = (y, qn, p.end)
      } else if let q = lastQuarter, adjusted || p.kind == .date && value.dropFirst(4).hasPrefix("-Q") && followsBackground(tokens, p.start) {
        // The results prose goes on about the reported quarter.
        lastQuarter = (q.year, q.quarter, p.end)
      }
      // "For the nine months, ... In the year-earlier period, ...": the period is that
      // nine-month span a year before, annotated like "the year-earlier nine months" (P9M).
      var kind = p.kind
      if p.rule == "temporal.quarter.year-ago", tokens[p.end - 1].w == "period", lastNineMonths >= 0,
        lastNineMonths > (lastQuarter?.token ?? -1), p.start - lastNineMonths < 150
      {
        kind = .duration
        value = "P9M"
        anchor = nil
      }
      if kind == .duration, value == "P9M" { lastNineMonths = p.end }
      let start = tokens[p.start].start + base
      let end = tokens[p.end - 1].end + base
      out.append(Found(start: start, end: end, kind: kind, value: value, mod: p.mod, rule: p.rule, anchor: anchor))
      if p.kind == .date || p.kind == .time, !p.sem.isRelative || anchorDay != nil,
        let r = TemporalValue(value).range
      {
        if r.length <= 31 {
          reference.day = r.earliest
          reference.dayOfMonthOnly = r.length >= 28
        }
        if r.length <= 366 { reference.period = r.earliest }
      }
      i = p.end
    }
  }
}
