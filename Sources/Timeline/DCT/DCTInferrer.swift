/// Infers a document's publication date (its DCT) from its own temporal expressions.
///
/// Clues, strongest first:
/// 1. `dct.relative-meets-date` — a deictic expression ("next week", "tomorrow", "last
///    Friday") that, anchored on a candidate day, lands on a date the text states ("The talks
///    will take place on October 20"): the DCT is every candidate where that happens.
/// 2. `dct.latest-stated-date` — otherwise, the latest day the text states (news reports the
///    newest happening), with a window of a week either side and a low confidence.
/// 3. `dct.latest-stated-month` / `dct.year-only` — coarser fall-backs.
///
/// Year-less dates ("October 20") need a year: from a full date in the text, or from the
/// corpus (``DCTPropagation`` passes `yearHint`). Bare years ("in 2019") are not trusted for
/// the DCT year: articles cite history.
///
/// ```swift
/// // "next week" + "October 20" with year 2021 → window 2021-10-11...2021-10-17
/// ```
public struct DCTInferrer: Sendable {
  /// Most date and time expressions read per document, the first in the text: the clues
  /// weigh every relative expression against every stated date on every candidate day, so a
  /// very long text (a 50 MB file of dated sentences) would take hours; an article's first
  /// dates carry its news.
  public var maximumExpressions = 64

  public init() {}

  /// The year the corpus suggests for a document, and why.
  public struct YearHint: Sendable {
    public var year: Int
    public var evidence: [Evidence]

    public init(year: Int, evidence: [Evidence]) {
      self.year = year
      self.evidence = evidence
    }
  }

  /// The year a year-less date written with its weekday ("Saturday, June 29", "Tue 5 March")
  /// falls in: of the years within two of `base`, the nearest where that day is that weekday.
  /// Nil when no such date is stated, when two years are equally near, or when two such dates
  /// disagree.
  static func weekdayYear(_ days: [(Int, Int, TemporalExpression)], near base: Int) -> (Int, TemporalExpression)? {
    var found: (Int, TemporalExpression)?
    for (m, d, e) in days {
      guard let word = e.text.split(whereSeparator: { !$0.isLetter }).first,
        let weekday = TemporalVocabulary.weekdays[word.lowercased()]
      else { continue }
      let years = (base - 2...base + 2).filter { Day.isValid($0, m, d) && Day($0, m, d).weekday == weekday }
      let nearest = years.map { abs($0 - base) }.min()
      let best = years.filter { abs($0 - base) == nearest }
      guard best.count == 1 else { return nil }
      if let f = found, f.0 != best[0] { return nil }
      if found == nil { found = (best[0], e) }
    }
    return found
  }

  /// Whether a stated day can be what an edge of the article's period names, written on
  /// `day`: "tore through the region earlier this week" lies before the day it is written,
  /// "later this month" after it. Other expressions allow any day of their period.
  static func edgeAllows(_ r: TemporalExpression, pivot: Day, day: Day) -> Bool {
    switch r.rule {
    case "temporal.edge.earlier": return pivot < day
    case "temporal.edge.later": return pivot > day
    default: return true
    }
  }

  /// Whether one expression looks back and the other ahead ("was unveiled on Friday", "will
  /// receive the prize on 10 December"): they name different days, however the calendar falls.
  static func opposedTenses(_ a: TemporalExpression, _ b: TemporalExpression) -> Bool {
    (a.anchor?.semantics?.tense ?? 0) * (b.anchor?.semantics?.tense ?? 0) < 0
  }

  /// Infers the DCT from `expressions`; `reanchor` recomputes a relative expression against a
  /// candidate day (``TemporalTagger/reanchor(_:dct:)``).
  ///
  /// `links` (expression start byte → event class of the mention whose time it gives), when
  /// known, keeps a relative expression from meeting a date of another kind of event ("Last
  /// week, Putin warned …" does not date "the October 20 conference").
  public func infer(
    document: String, expressions: [TemporalExpression], yearHint: YearHint?, links: [Int: String] = [:],
    reanchor: (TemporalExpression, Day) -> TemporalExpression
  ) -> PublishedDate? {
    // A date of birth is background, not news (``BirthDate``).
    var exprs = expressions.filter { ($0.kind == .date || $0.kind == .time) && $0.rule != BirthDate.rule }
    if exprs.count > maximumExpressions {
      exprs = Array(exprs.sorted { $0.span.start < $1.span.start }.prefix(maximumExpressions))
    }
    func cite(_ e: TemporalExpression) -> Citation { Citation(document: document, span: e.span, text: e.text) }
    // Year: corpus hint, else the latest year of a full stated date (day or month).
    var fullDays: [(Day, TemporalExpression)] = []
    var fullMonths: [(Int, Int, TemporalExpression)] = []
    var yearlessDays: [(Int, Int, TemporalExpression)] = []
    var yearlessMonths: [(Int, TemporalExpression)] = []
    var relatives: [TemporalExpression] = []
    for e in exprs {
      // "October 20" / "in August" without a year (not "XXXX-WXX", which is a relative week;
      // not "May 25 last year", whose year follows from the DCT's like any relative date).
      let shifted = e.anchor?.semantics?.yearShift != nil
      let isYearless =
        (!shifted && e.value.hasPrefix("XXXX-") && ValueParts("0000" + e.value.dropFirst(4)).month != nil)
        || (e.anchor.map { $0.form.hasPrefix("yearless") || $0.form.hasPrefix("monthday") } ?? false)
      if let a = e.anchor, !isYearless {
        if !a.anaphoric { relatives.append(e) }
        continue
      }
      let parts = ValueParts(e.value)
      if isYearless {
        if let m = parts.month, let d = parts.day {
          yearlessDays.append((m, d, e))
        } else if let m = parts.month {
          yearlessMonths.append((m, e))
        }
      } else if let y = parts.year, let m = parts.month {
        if let d = parts.day, Day.isValid(y, m, d) {
          fullDays.append((Day(y, m, d), e))
        } else {
          fullMonths.append((y, m, e))
        }
      }
    }
    var evidence: [Evidence] = []
    let textYear = (fullDays.map { $0.0.year } + fullMonths.map { $0.0 }).max()
    var year: Int?
    if let h = yearHint {
      year = h.year
      evidence += h.evidence
    } else {
      year = textYear
    }
    // "on Saturday, June 29": a year-less date stated with its weekday holds only in some
    // years. The one nearest the corpus's (or the text's) year overrules that year, which
    // came from a weaker match ("a dated report of the same kind of event").
    if let base = year, let (pinned, e) = Self.weekdayYear(yearlessDays, near: base), pinned != base {
      year = pinned
      evidence = [
        Evidence(
          rule: "dct.weekday-year",
          note: "'\(e.text)' falls on that weekday in \(pinned), the nearest such year to \(base).",
          citation: cite(e))
      ]
    }
    // A wire dateline ("FALMOUTH, England, June 10 (Reuters) -") states the day; only its year
    // is missing, and the corpus (or, last, the text) gives it.
    if let dateline = WireDateline.day(exprs) {
      guard let y = dateline.year ?? yearHint?.year, Day.isValid(y, dateline.month, dateline.day) else { return nil }
      let day = Day(y, dateline.month, dateline.day)
      if dateline.year != nil { evidence = [] }  // the dateline states it all
      evidence.append(
        Evidence(
          rule: "dct.wire-dateline",
          note: dateline.year != nil
            ? "The wire dateline '\(dateline.expression.text)' is the day the story was filed."
            : "The wire dateline '\(dateline.expression.text)' is the day the story was filed; the year is \(y).",
          citation: cite(dateline.expression)))
      return dated(day, through: 0, evidence, confidence: dateline.year != nil ? 0.9 : 0.8,
        source: dateline.year != nil ? .text : .inferred)
    }
    // "marking ten years since the earthquake … on 6 April 2009": written on the anniversary.
    if let (day, e) = Anniversary.day(exprs) {
      evidence.append(
        Evidence(
          rule: "dct.anniversary",
          note: "The article marks the years since '\(e.text)': it is written on the anniversary, \(day), or the day after.",
          citation: cite(e)))
      return dated(day, through: 1, evidence, confidence: 0.5)
    }
    guard let year else { return nil }
    // Pivot days: stated dates with a known year.
    var pivots: [(Day, TemporalExpression)] = fullDays
    for (m, d, e) in yearlessDays where Day.isValid(year, m, d) { pivots.append((Day(year, m, d), e)) }
    pivots.sort { ($0.0, $0.1.span.start) < ($1.0, $1.1.span.start) }

    // Year-less dates are written about the DCT's own year. When the text states no full day
    // and no corpus year is known, the year comes from a month of history ("In June 2013,
    // floods in Uttarakhand …"), and a weekday that lands on a year-less date in that year
    // ("arrived on Friday"; "the appeal launched on August 30") is a coincidence of the
    // calendar: the document is left to the corpus pass.
    let hasYearless = !yearlessDays.isEmpty || !yearlessMonths.isEmpty
    let meetable = yearHint != nil || !fullDays.isEmpty ? pivots : []

    // 1. Relative expressions that land on a stated date.
    if !relatives.isEmpty, !meetable.isEmpty {
      var candidates = Set<Int>()
      for (p, _) in meetable { for k in -21...21 { candidates.insert(p.ordinal + k) } }
      var bestScore = 0
      var best: [Int] = []
      var bestUsed: [Int: [(TemporalExpression, TemporalExpression)]] = [:]
      for c in candidates.sorted() {
        let day = Day(ordinal: c)
        var score = 0
        var used: [(TemporalExpression, TemporalExpression)] = []
        for r in relatives {
          guard let range = reanchor(r, day).temporalValue.range, range.length <= 31 else { continue }
          let linked = links[r.span.start]
          if let hit = meetable.first(where: {
            range.earliest <= $0.0 && $0.0 <= range.latest
              && (links.isEmpty || (linked != nil && links[$0.1.span.start] == linked))
              && !Self.opposedTenses(r, $0.1) && Self.edgeAllows(r, pivot: $0.0, day: day)
          }) {
            score += 2
            used.append((r, hit.1))
          }
        }
        // A candidate where no relative expression lands on a stated date scores nothing, so
        // the year-less dates below are only anchored on the others.
        // Year-less dates carry a tense direction ("seized power on August 15": the latest
        // August 15 on or before the DCT): a candidate that resolves them to another year is
        // less likely.
        if !used.isEmpty {
          for (m, d, e) in yearlessDays where e.anchor != nil {
            let v = ValueParts(reanchor(e, day).value)
            if v.year == year && v.month == m && v.day == d { score += 1 }
          }
          for (_, e) in yearlessMonths where e.anchor != nil {
            if ValueParts(reanchor(e, day).value).year == year { score += 1 }
          }
        }
        if score > bestScore {
          bestScore = score
          best = [c]
        } else if score == bestScore, score > 0 {
          best.append(c)
        }
        if score > 0 { bestUsed[c] = used }
      }
      if bestScore > 0, let first = best.first {
        // The latest contiguous run of best candidates (news reports its newest events).
        var runStart = first
        var last = first
        for c in best.dropFirst() {
          if c != last + 1 { runStart = c }
          last = c
        }
        let first = runStart
        let lo = Day(ordinal: first), hi = Day(ordinal: last)
        for (r, p) in bestUsed[first] ?? [] {
          evidence.append(
            Evidence(
              rule: "dct.relative-meets-date",
              note:
                "'\(r.text)' lands on the stated date '\(p.text)' only when the article is written between \(lo) and \(hi).",
              citation: cite(r)))
          evidence.append(
            Evidence(rule: "dct.relative-meets-date", note: "The stated date '\(p.text)'.", citation: cite(p)))
        }
        let mid = Day(ordinal: (first + last) / 2)
        return PublishedDate(
          value: mid.description, source: .inferred, earliest: lo.description, latest: hi.description,
          evidence: dedupe(evidence), confidence: min(0.9, 0.5 + 0.05 * Double(bestScore)))
      }
    }
    // The same holds for the latest stated date ("September 11, 2001"): leave the document to
    // the corpus pass.
    if yearHint == nil && hasYearless { return nil }
    // 2. The latest stated day (of the hinted year, when the corpus gave one).
    // A date still ahead ("will receive the prize on 10 December") is no happening: the article
    // was written before it.
    let fallbackPivots = (yearHint == nil ? pivots : pivots.filter { $0.0.year == year }).filter { p in
      if case .monthDay(_, _, 1)? = p.1.anchor?.semantics?.day { return false }
      return true
    }
    if let (stated, e) = fallbackPivots.last {
      var pivot = stated
      if let later = Self.hintedLater(than: pivot, e, yearlessDays, yearlessMonths, hint: yearHint),
        Day.isValid(pivot.year + 1, pivot.month, pivot.day)
      {
        pivot = Day(pivot.year + 1, pivot.month, pivot.day)
        evidence.append(
          Evidence(
            rule: "dct.yearless-after-hint",
            note: "'\(later.text)' dates the corpus's year and is told in the past; '\(e.text)', earlier in the "
              + "calendar, is of the year after: \(pivot).",
            citation: cite(e)))
      }
      evidence.append(
        Evidence(
          rule: "dct.latest-stated-date",
          note:
            "The latest date the article states is \(pivot); news reports its newest happening on the day or just after.",
          citation: cite(e)))
      // A pivot in the past or of no tense ("opened on February 17", "ploughed into a train
      // near the station on 2 June": the rule above already reads it as past) and a past
      // weekday just after it ("said on Saturday"): the article was written on or after that
      // weekday. A pivot ahead ("will open on June 10") says nothing of the weekdays.
      var p = pivot
      if case .monthDay(_, _, let pivotDir)? = e.anchor?.semantics?.day, pivotDir != 1 {
        for r in relatives {
          guard let (w, dir) = DCTPropagation.weekdayOf(r), dir < 1, (1...7).contains(w) else { continue }
          let ahead = (w - pivot.weekday + 7) % 7
          guard ahead >= 1, ahead <= 6 else { continue }
          let day = pivot.adding(days: ahead)
          if day > p {
            p = day
            evidence.append(
              Evidence(
                rule: "dct.weekday-after-date",
                note: "'\(r.text)' in the past tense, after \(pivot): the article dates from \(day) or later.",
                citation: cite(r)))
          }
        }
      }
      // Written on the day of its newest happening or the next, as a report of a main event
      // another article dates (`dct.shared-main-event`).
      return dated(p, through: 1, evidence, confidence: 0.4)
    }
    // 3. The latest stated month, else the year alone.
    var months: [(Int, Int, TemporalExpression)] = fullMonths.filter { yearHint == nil || $0.0 == year }
    // "could start at the next meeting in May": a month still ahead is no happening either.
    for (m, e) in yearlessMonths {
      if case .monthDay(_, nil, 1)? = e.anchor?.semantics { continue }
      months.append((year, m, e))
    }
    if let (y, m, e) = months.max(by: { ($0.0, $0.1, $0.2.span.start) < ($1.0, $1.1, $1.2.span.start) }) {
      evidence.append(
        Evidence(
          rule: "dct.latest-stated-month", note: "The latest month the article states is \(pad(y, 4))-\(pad(m, 2)).",
          citation: cite(e)))
      let lo = Day(y, m, 1)
      return PublishedDate(
        value: "\(pad(y, 4))-\(pad(m, 2))", source: .inferred, earliest: lo.description,
        latest: Day(y, m, Day.daysIn(y, m)).description, evidence: dedupe(evidence), confidence: 0.25)
    }
    guard yearHint != nil else { return nil }
    evidence.append(Evidence(rule: "dct.year-only", note: "Only the year \(year) could be inferred."))
    return PublishedDate(
      value: pad(year, 4), source: .inferred, earliest: Day(year, 1, 1).description,
      latest: Day(year, 12, 31).description,
      evidence: dedupe(evidence), confidence: 0.1)
  }

  /// "The state funeral held for him in September" (a report the corpus dates to September
  /// 2022, which gave the year) and "the evaluation ended on January 10": a year-less date told
  /// in the past that lies later in the calendar than the latest stated day `pivot` puts that
  /// day in the next year; the other way round the article would be written before a month it
  /// tells in the past. Only when the year came from the later date (its sentence is cited by
  /// the corpus hint) and not from the pivot's. Returns the later date.
  static func hintedLater(
    than pivot: Day, _ e: TemporalExpression, _ days: [(Int, Int, TemporalExpression)],
    _ months: [(Int, TemporalExpression)], hint: YearHint?
  ) -> TemporalExpression? {
    guard let hint, pivot.year == hint.year, days.contains(where: { $0.2.span == e.span }) else { return nil }
    let cited = hint.evidence.compactMap(\.citation)
    func inHint(_ x: TemporalExpression) -> Bool { cited.contains { $0.start <= x.span.start && x.span.end <= $0.end } }
    func ahead(_ x: TemporalExpression) -> Bool {
      if case .monthDay(_, _, 1)? = x.anchor?.semantics { return true }
      return false
    }
    guard !inHint(e) else { return nil }
    let candidates = days + months.map { ($0.0, 0, $0.1) }
    return candidates.first { m, d, x in inHint(x) && !ahead(x) && (m, d) > (pivot.month, pivot.day) }?.2
  }

  /// The DCT `day`, its window running `through` days on.
  private func dated(
    _ day: Day, through days: Int, _ evidence: [Evidence], confidence: Double, source: PublishedDate.Source = .inferred
  ) -> PublishedDate {
    PublishedDate(
      value: day.description, source: source, earliest: day.description, latest: day.adding(days: days).description,
      evidence: dedupe(evidence), confidence: confidence)
  }

  private func dedupe(_ e: [Evidence]) -> [Evidence] {
    var seen = Set<Evidence>()
    return e.filter { seen.insert($0).inserted }
  }
}

/// The numeric parts of a TIMEX3 date value: `2021-10-20`, `XXXX-10-20`, `2021-10`, `2021`.
struct ValueParts: Equatable {
  var year: Int?
  var month: Int?
  var day: Int?

  init(year: Int? = nil, month: Int? = nil, day: Int? = nil) { (self.year, self.month, self.day) = (year, month, day) }

  init(_ value: String) {
    self = Self.byBytes(value) ?? Self.bySplitting(value)
  }

  /// "YYYY-MM-DD…", "YYYY-MM" and "YYYY" in ASCII digits (nearly every value), read by bytes
  /// without splitting; nil for anything else. Where it reads a value, it reads what
  /// ``bySplitting(_:)`` does (tested).
  static func byBytes(_ value: String) -> ValueParts? {
    var text = value
    return text.withUTF8 { all -> ValueParts? in
      let b = UnsafeBufferPointer(rebasing: all.prefix(10))
      func digits(_ r: Range<Int>) -> Int? {
        var n = 0
        for i in r {
          guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
          n = n * 10 + Int(b[i] - 0x30)
        }
        return n
      }
      guard b.count == 4 || b.count == 7 || b.count == 10, let y = digits(0..<4) else { return nil }
      if b.count == 4 { return ValueParts(year: y) }
      guard b[4] == 0x2D, let m = digits(5..<7) else { return nil }
      let month = (1...12).contains(m) ? m : nil
      if b.count == 7 { return ValueParts(year: y, month: month) }
      guard b[7] == 0x2D, let d = digits(8..<10) else { return nil }
      return ValueParts(year: y, month: month, day: (1...31).contains(d) && month != nil ? d : nil)
    }
  }

  /// Any value, split at `-` in its first ten characters.
  static func bySplitting(_ value: String) -> ValueParts {
    var p = ValueParts()
    let parts = value.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
    if let y = parts.first, y.count == 4 { p.year = Int(y) }
    if parts.count >= 2, parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) { p.month = m }
    if parts.count >= 3, parts[2].count == 2, let d = Int(parts[2]), (1...31).contains(d), p.month != nil { p.day = d }
    return p
  }
}
