import Testing

@testable import Timeline

/// A stand-in for the tagger's re-anchoring: understands `offset:week:N`, `offset:day:N`.
func fakeReanchor(_ e: TemporalExpression, _ dct: Day) -> TemporalExpression {
  var out = e
  guard let form = e.anchor?.form else { return e }
  let parts = form.split(separator: ":")
  guard parts.count == 3, parts[0] == "offset", let n = Int(parts[2]) else { return e }
  switch parts[1] {
  case "day": out.value = dct.adding(days: n).description
  case "week":
    let (y, w) = dct.adding(days: 7 * n).isoWeek
    out.value = "\(y)-W\(w < 10 ? "0" : "")\(w)"
  default: break
  }
  return out
}

extension TemporalExpression {
  /// This expression with `anchor` as its relative form.
  func with(anchor: RelativeSpec) -> TemporalExpression {
    var e = self
    e.anchor = anchor
    return e
  }
}

func expr(_ text: String, _ value: String, at start: Int, anchor: String? = nil) -> TemporalExpression {
  TemporalExpression(
    kind: .date, text: text, span: SourceSpan(start: start, end: start + text.utf8.count, line: 1), value: value,
    rule: "test",
    anchor: anchor.map { RelativeSpec(form: $0) })
}

@Suite struct DCTInferrerTests {
  let inferrer = DCTInferrer()

  @Test func valuePartsReadDaysMonthsAndYearsAndNothingElse() {
    func parts(_ v: String) -> [Int?] {
      let p = ValueParts(v)
      return [p.year, p.month, p.day]
    }
    #expect(parts("2021-10-20") == [2021, 10, 20])
    #expect(parts("2021-10-20T14:30") == [2021, 10, 20])
    #expect(parts("2021-10") == [2021, 10, nil])
    #expect(parts("2021") == [2021, nil, nil])
    #expect(parts("0000-10-20") == [0, 10, 20])
    #expect(parts("XXXX-10-20") == [nil, 10, 20])
    #expect(parts("2021-10-XX") == [2021, 10, nil])
    #expect(parts("2021-13-20") == [2021, nil, nil])  // no month 13, so no day either
    #expect(parts("2021-02-32") == [2021, 2, nil])
    #expect(parts("2021-W05") == [2021, nil, nil])
    #expect(parts("2021-Q1") == [2021, nil, nil])
    #expect(parts("2021-1-2") == [2021, nil, nil])
    #expect(parts("PRESENT_REF") == [nil, nil, nil])
    #expect(parts("") == [nil, nil, nil])
  }

  /// The byte reading and the split agree on every value the byte reading takes: all months
  /// and days around the valid ranges, with times and suffixes after them.
  @Test func valuePartsByBytesAgreeWithTheSplit() {
    var values = ["2021", "0000", "9999", "PRESENT_REF", "", "2021-", "2021-1", "+2021", "2021-10-", "2021-W05"]
    for m in 0...13 {
      let mm = m < 10 ? "0\(m)" : "\(m)"
      values += ["2021-\(mm)", "XXXX-\(mm)", "2021-\(mm)x"]
      for d in [0, 1, 9, 10, 28, 29, 30, 31, 32, 99] {
        let dd = d < 10 ? "0\(d)" : "\(d)"
        values += ["2021-\(mm)-\(dd)", "1999-\(mm)-\(dd)T14:30", "2021-\(mm)-\(dd)TMO", "2021-\(mm)-\(dd)-\(dd)"]
      }
    }
    values += ["2021-1-2", "2021-10-2", "2021-10-XX", "20211020", "2021/10/20", "2021-10-20 ", "2021-٠١-٢٠"]
    var read = 0
    for v in values {
      guard let bytes = ValueParts.byBytes(v) else { continue }
      read += 1
      #expect(bytes == ValueParts.bySplitting(v), "\(v)")
    }
    #expect(read > 500)
  }

  @Test func nextWeekPlusStatedDateGivesTheWeekBefore() throws {
    let exprs = [
      expr("next week", "XXXX-WXX", at: 10, anchor: "offset:week:1"),
      expr("October 20", "XXXX-10-20", at: 60, anchor: "yearless:10-20"),
    ]
    let hint = DCTInferrer.YearHint(year: 2021, evidence: [])
    let p = try #require(inferrer.infer(document: "d", expressions: exprs, yearHint: hint, reanchor: fakeReanchor))
    #expect(p.source == .inferred)
    #expect(p.earliest == "2021-10-11" && p.latest == "2021-10-17")
    #expect(p.value >= "2021-10-11" && p.value <= "2021-10-17")
    #expect(p.evidence.contains { $0.rule == "dct.relative-meets-date" && $0.citation?.text == "next week" })
    #expect(p.confidence > 0.5)
  }

  @Test func tomorrowPlusFullDateGivesOneDay() throws {
    let exprs = [
      expr("tomorrow", "FUTURE_REF", at: 10, anchor: "offset:day:1"),
      expr("March 3, 2022", "2022-03-03", at: 40),
    ]
    let p = try #require(inferrer.infer(document: "d", expressions: exprs, yearHint: nil, reanchor: fakeReanchor))
    #expect(p.value == "2022-03-02" && p.earliest == "2022-03-02" && p.latest == "2022-03-02")
  }

  @Test func aVeryLongTextIsDatedByItsFirstExpressions() throws {
    // 5,000 copies of "tomorrow … March 3, 2022": dated as one copy is, from the first
    // `maximumExpressions` expressions only (every pair of the whole text would be 25 million
    // comparisons per candidate day).
    let one = [expr("tomorrow", "FUTURE_REF", at: 10, anchor: "offset:day:1"), expr("March 3, 2022", "2022-03-03", at: 40)]
    let many = (0..<5000).flatMap { k in
      [
        expr("tomorrow", "FUTURE_REF", at: 100 * k + 10, anchor: "offset:day:1"),
        expr("March 3, 2022", "2022-03-03", at: 100 * k + 40),
      ]
    }
    let short = try #require(inferrer.infer(document: "d", expressions: one, yearHint: nil, reanchor: fakeReanchor))
    let long = try #require(inferrer.infer(document: "d", expressions: many, yearHint: nil, reanchor: fakeReanchor))
    #expect(long.value == short.value && long.earliest == short.earliest && long.latest == short.latest)
    // The evidence cites expressions from the first ones read, not all 10,000.
    #expect(long.evidence.count <= inferrer.maximumExpressions)
    #expect(long.evidence.allSatisfy { ($0.citation?.span.start ?? 0) < 100 * inferrer.maximumExpressions })
  }

  @Test func aPastWeekdayLaterInTheWeekMovesTheFallback() throws {
    // "the October 7 earthquakes … revised … on Thursday": October 7, 2023 was a Saturday, so
    // the article dates from Thursday, October 12, or later.
    let exprs = [
      expr("October 7", "XXXX-10-07", at: 0).with(anchor: RelativeSpec(TemporalSemantics.monthDay(10, 7, -1), anaphoric: false)),
      expr("Thursday", "XXXX-WXX-4", at: 40).with(anchor: RelativeSpec(TemporalSemantics.weekday(4, -1), anaphoric: false)),
    ]
    let hint = DCTInferrer.YearHint(year: 2023, evidence: [])
    let p = try #require(
      inferrer.infer(document: "d", expressions: exprs, yearHint: hint) { TemporalTagger().reanchor($0, dct: $1) })
    #expect(p.value == "2023-10-12")
    #expect(p.evidence.contains { $0.rule == "dct.weekday-after-date" })
    // A pivot of no tense ("ploughed into a freight train near the station on 2 June", the
    // verb too far back) moves on as well; one ahead ("will open on 2 June") is no happening
    // the article reports, so it is not the latest stated date at all.
    func inferred(_ direction: Int) -> PublishedDate? {
      let exprs = [
        expr("2 June", "XXXX-06-02", at: 0).with(anchor: RelativeSpec(TemporalSemantics.monthDay(6, 2, direction), anaphoric: false)),
        expr("Tuesday", "XXXX-WXX-2", at: 40).with(anchor: RelativeSpec(TemporalSemantics.weekday(2, -1), anaphoric: false)),
      ]
      return inferrer.infer(document: "d", expressions: exprs, yearHint: DCTInferrer.YearHint(year: 2023, evidence: [])) {
        TemporalTagger().reanchor($0, dct: $1)
      }
    }
    #expect(inferred(0)?.value == "2023-06-06")
    #expect(inferred(1)?.evidence.contains { $0.rule == "dct.latest-stated-date" } != true)
  }

  @Test func aWeekdayStatedWithADateChoosesTheYear() throws {
    // "in a tweet from Osaka on Saturday, June 29 … on Sunday": June 29 was a Saturday in
    // 2019, not in 2018, the year a weaker corpus match suggested.
    let exprs = [
      expr("Saturday, June 29", "XXXX-06-29", at: 0).with(
        anchor: RelativeSpec(TemporalSemantics.monthDay(6, 29, -1), anaphoric: false)),
      expr("Sunday", "XXXX-WXX-7", at: 40).with(anchor: RelativeSpec(TemporalSemantics.weekday(7, -1), anaphoric: false)),
    ]
    let hint = DCTInferrer.YearHint(year: 2018, evidence: [])
    let p = try #require(
      inferrer.infer(document: "d", expressions: exprs, yearHint: hint) { TemporalTagger().reanchor($0, dct: $1) })
    #expect(p.value == "2019-06-30")
    #expect(p.evidence.first?.rule == "dct.weekday-year")
    // Without its weekday the date keeps the hinted year.
    let plain = [
      expr("June 29", "XXXX-06-29", at: 0).with(anchor: RelativeSpec(TemporalSemantics.monthDay(6, 29, -1), anaphoric: false))
    ]
    let q = try #require(
      inferrer.infer(document: "d", expressions: plain, yearHint: hint) { TemporalTagger().reanchor($0, dct: $1) })
    #expect(q.value.hasPrefix("2018"))
    // Two weekday dates that need different years settle nothing; neither does a weekday no
    // year within two of the hint fits (June 29 was a Sunday in 2014 and 2025).
    let days = [(6, 29, exprs[0]), (7, 2, expr("Monday, July 2", "XXXX-07-02", at: 80))]
    #expect(DCTInferrer.weekdayYear(days, near: 2018) == nil)
    #expect(DCTInferrer.weekdayYear([days[0]], near: 2018)?.0 == 2019)
    #expect(DCTInferrer.weekdayYear([days[1]], near: 2018)?.0 == 2018)
    #expect(DCTInferrer.weekdayYear([(6, 29, expr("Sunday, June 29", "XXXX-06-29", at: 0))], near: 2018) == nil)
  }

  @Test func aDateAheadMeetsNoPastWeekdayAndIsNoLatestHappening() throws {
    // "The prize was unveiled on Friday … the laureates will receive it in Oslo on 10
    // December": 10 December 2021 was a Friday, but a day ahead and a day behind are two days.
    let exprs = [
      expr("Friday", "XXXX-WXX-5", at: 0).with(anchor: RelativeSpec(TemporalSemantics.weekday(5, -1), anaphoric: false)),
      expr("10 December", "XXXX-12-10", at: 40).with(
        anchor: RelativeSpec(TemporalSemantics.monthDay(12, 10, 1), anaphoric: false)),
    ]
    let hint = DCTInferrer.YearHint(year: 2021, evidence: [])
    let p = inferrer.infer(document: "d", expressions: exprs, yearHint: hint) { TemporalTagger().reanchor($0, dct: $1) }
    #expect(p?.evidence.contains { $0.rule == "dct.relative-meets-date" } != true)
    #expect(p?.evidence.contains { $0.rule == "dct.latest-stated-date" } != true)
    #expect(p?.value != "2021-12-10")
    #expect(DCTInferrer.opposedTenses(exprs[0], exprs[1]))
    #expect(!DCTInferrer.opposedTenses(exprs[0], expr("10 December 2021", "2021-12-10", at: 60)))
  }

  @Test func latestStatedDateIsTheFallback() throws {
    let exprs = [
      expr("May 1, 2020", "2020-05-01", at: 0), expr("May 9, 2020", "2020-05-09", at: 30), expr("1998", "1998", at: 50),
    ]
    let p = try #require(inferrer.infer(document: "d", expressions: exprs, yearHint: nil, reanchor: fakeReanchor))
    #expect(p.value == "2020-05-09")
    #expect(p.latest == "2020-05-10")
    #expect(p.confidence < 0.5)
    #expect(p.evidence.first?.rule == "dct.latest-stated-date")
  }

  @Test func bareYearsAndNothingDatableGiveNoDate() {
    #expect(inferrer.infer(document: "d", expressions: [], yearHint: nil, reanchor: fakeReanchor) == nil)
    #expect(
      inferrer.infer(
        document: "d", expressions: [expr("in 2019", "2019", at: 0)], yearHint: nil, reanchor: fakeReanchor) == nil)
    // A year-less date without any year from text or corpus cannot be placed.
    #expect(
      inferrer.infer(
        document: "d", expressions: [expr("October 20", "XXXX-10-20", at: 0, anchor: "yearless:10-20")], yearHint: nil,
        reanchor: fakeReanchor)
        == nil)
  }

  @Test func corpusGivesTheYearOfSharedEvents() throws {
    // Dated report of an August 15 takeover; an undated one says "August 15" without a year.
    let dated = extraction(
      "a", published: "2021-09-01",
      mentions: [mention("a", 0, "takeover", time: "2021-08-15", participants: ["org:taliban"])])
    let undated = extraction(
      "b",
      mentions: [
        mention(
          "b", 0, "takeover", time: "XXXX-08-15", participants: ["org:taliban"],
          anchor: RelativeSpec(form: "yearless:08-15"))
      ],
      expressions: [expr("August 15", "XXXX-08-15", at: 0, anchor: "yearless:08-15")])
    var docs = [dated, undated]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    let p = try #require(docs[1].published)
    #expect(p.source == .inferred)
    #expect(p.value.hasPrefix("2021"))
    #expect(p.evidence.contains { $0.rule == "dct.corpus-shared-event" })
    #expect(docs[0].published?.source == .manifest)
  }

  @Test func reportsOfTheSamePlaceOutvoteOtherMeetingsOnThatDay() throws {
    // Three dated meetings fell on May 4 in 2019 elsewhere, one in Nairobi in 2022; an undated
    // report of a Nairobi meeting "on May 4" takes 2022.
    var docs = (0..<3).map { k in
      extraction(
        "x\(k)", published: "2019-05-05",
        mentions: [mention("x\(k)", 0, "meeting", time: "2019-05-04", place: "loc:oslo")])
    }
    docs.append(
      extraction(
        "n", published: "2022-05-05", mentions: [mention("n", 0, "meeting", time: "2022-05-04", place: "loc:nairobi")]))
    docs.append(
      extraction(
        "u",
        mentions: [
          mention(
            "u", 0, "meeting", time: "XXXX-05-04", place: "loc:nairobi", anchor: RelativeSpec(form: "yearless:05-04"))
        ],
        expressions: [expr("May 4", "XXXX-05-04", at: 0, anchor: "yearless:05-04")]))
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    let p = try #require(docs[4].published)
    #expect(p.value.hasPrefix("2022"))
    #expect(p.evidence.contains { $0.note.contains("in the same place") })
  }

  @Test func reportsOfTheSameKindOfIncidentOutvoteAnotherOnThatDay() throws {
    // Quito had an earthquake on June 16, 2024 (three dated reports) and a landslide on June
    // 16, 2021 (one); an undated report of the landslide "on June 16" takes 2021.
    func disaster(_ doc: String, _ trigger: String, _ time: String, published: String?) -> DocumentExtraction {
      var m = mention(
        doc, 0, "disaster", time: time, place: "city:quito",
        anchor: time.hasPrefix("X") ? RelativeSpec(form: "yearless:06-16") : nil)
      m.trigger = trigger
      return extraction(
        doc, published: published, mentions: [m],
        expressions: published == nil ? [expr("June 16", "XXXX-06-16", at: 0, anchor: "yearless:06-16")] : [])
    }
    var docs = (0..<3).map { disaster("q\($0)", "earthquake", "2024-06-16", published: "2024-06-17") }
    docs.append(disaster("l", "landslide", "2021-06-16", published: "2021-06-17"))
    docs.append(disaster("u", "landslide", "XXXX-06-16", published: nil))
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    let p = try #require(docs[4].published)
    #expect(p.value.hasPrefix("2021"))
    #expect(p.evidence.contains { $0.note.contains("of the same kind in the same place") })
  }

  @Test func aDayOfLastYearMovesTheCorpusYear() throws {
    // Three dated reports put a death in Minneapolis on May 25, 2020. An undated article says
    // the man "died on May 25 last year" and that jury selection began "on March 8": it was
    // written in 2021 (the shared event gave 2020, and the article dated itself on May 25).
    let lastYear = RelativeSpec(TemporalSemantics.yearShiftedValue("-05-25", -1), anaphoric: false)
    var docs = (0..<3).map { k in
      extraction(
        "r\(k)", published: "2020-05-27", mentions: [mention("r\(k)", 0, "death", time: "2020-05-25", place: "city:minneapolis")])
    }
    docs.append(
      extraction(
        "u", mentions: [mention("u", 0, "death", time: "XXXX-05-25", place: "city:minneapolis", anchor: lastYear)],
        expressions: [
          expr("May 25 last year", "XXXX-05-25", at: 0).with(anchor: lastYear),
          expr("March 8", "XXXX-03-08", at: 40).with(anchor: RelativeSpec(TemporalSemantics.monthDay(3, 8, -1), anaphoric: false)),
        ]))
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    let p = try #require(docs[3].published)
    #expect(p.value == "2021-03-08")
    #expect(p.evidence.contains { $0.note.contains("year 2020, so the article's is 2021") })
  }

  /// The propagation's index holds only the days and months its undated documents look up
  /// (``DCTPropagation/lookedUp(_:)``): every undated document of a generated corpus gets the
  /// same year hint, evidence included, from it as from the index of every day.
  @Test func theIndexOfTheLookedUpDaysGivesTheWholeIndexsYearHints() {
    let corpus = CorpusGenerator(documents: 300, seed: 21).generate()
    let pipeline = Pipeline()
    let documents = pipeline.analyze(
      pipeline.ingestor.ingest(jsonLines: corpus.jsonLines, name: "gen.jsonl").documents)
    let undated = documents.filter { $0.published == nil }
    let propagation = DCTPropagation(inferrer: DCTInferrer(), tagger: TemporalTagger())
    let whole = propagation.buildIndex(documents)
    let looked = propagation.buildIndex(documents, wanted: DCTPropagation.lookedUp(undated))
    var hinted = 0
    for d in undated {
      let (a, b) = (propagation.yearHint(d, index: whole), propagation.yearHint(d, index: looked))
      #expect(a?.year == b?.year)
      #expect(a?.evidence == b?.evidence)
      if a != nil { hinted += 1 }
    }
    #expect(hinted > 0)
  }

  @Test func aMonthOfAnotherKindOfEventLendsNoYear() {
    // An arrest "in March" or "on March 15" says nothing about the year of a meeting some other
    // article held in March; the same kind of event in that month still does.
    let dated = extraction(
      "a", published: "2019-04-01", mentions: [mention("a", 0, "meeting", time: "2019-03")])
    for (text, value) in [("March", "XXXX-03"), ("March 15", "XXXX-03-15")] {
      let anchor = value.count > 7 ? "yearless:03-15" : "yearless:03"
      let other = extraction(
        "b", mentions: [mention("b", 0, "arrest", time: value, anchor: RelativeSpec(form: anchor))],
        expressions: [expr(text, value, at: 0, anchor: anchor)])
      var docs = [dated, other]
      _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
      #expect(docs[1].published?.evidence.contains { $0.rule == "dct.corpus-shared-event" } != true, "\(text)")
    }
    let other = extraction(
      "b", mentions: [mention("b", 0, "arrest", time: "XXXX-03", anchor: RelativeSpec(form: "yearless:03"))],
      expressions: [expr("March", "XXXX-03", at: 0, anchor: "yearless:03")])
    var docs = [dated, other]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    #expect(docs[1].published?.evidence.contains { $0.rule == "dct.corpus-shared-event" } != true)
    let same = extraction(
      "c", mentions: [mention("c", 0, "meeting", time: "XXXX-03", anchor: RelativeSpec(form: "yearless:03"))],
      expressions: [expr("March", "XXXX-03", at: 0, anchor: "yearless:03")])
    var docs2 = [dated, same]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs2)
    #expect(docs2[1].published?.evidence.contains { $0.rule == "dct.corpus-shared-event" } == true)
  }

  @Test func anotherDayOfTheMonthLendsNoYear() {
    // "On March 3, the court overturned…": a ruling some other article dates March 20, 1972
    // does not make the article's March 3 a day of 1972 (a corpus of many stories and years has
    // a ruling in most months); the same day still does.
    let dated = extraction("a", published: "1972-03-21", mentions: [mention("a", 0, "decision", time: "1972-03-20")])
    func undated(_ day: Int) -> DocumentExtraction {
      let v = "XXXX-03-\(day < 10 ? "0" : "")\(day)", form = "yearless:03-\(day < 10 ? "0" : "")\(day)"
      return extraction(
        "b", mentions: [mention("b", 0, "decision", time: v, anchor: RelativeSpec(form: form))],
        expressions: [expr("March \(day)", v, at: 0, anchor: form)])
    }
    var docs = [dated, undated(3)]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    #expect(docs[1].published?.evidence.contains { $0.rule == "dct.corpus-shared-event" } != true)
    var same = [dated, undated(20)]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&same)
    #expect(same[1].published?.evidence.contains { $0.rule == "dct.corpus-shared-event" } == true)
  }

  @Test func undatableDocumentGetsADiagnostic() {
    var docs = [extraction("x", mentions: [mention("x", 0, time: "XXXX-10-20")])]
    _ = DCTPropagation(inferrer: inferrer, tagger: TemporalTagger()).propagate(&docs)
    #expect(docs[0].published == nil)
    #expect(docs[0].diagnostics.contains { $0.code == "dct.unknown" && $0.message.contains("x.txt") })
  }
}

@Suite struct TextYearTests {
  @Test func aLoneArticleTakesTheYearOfItsLatestFullDate() throws {
    let doc = extraction(
      "x", mentions: [],
      expressions: [
        expr("October 20", "XXXX-10-20", at: 0, anchor: "monthday:10:20:0"),
        expr("October 18, 2021", "2021-10-18", at: 40),
        expr("1989", "1989", at: 80),
      ])
    var docs = [doc]
    _ = DCTPropagation(inferrer: DCTInferrer(), tagger: TemporalTagger()).propagate(&docs)
    let p = try #require(docs[0].published)
    #expect(p.value == "2021-10-20")
    #expect(p.evidence.contains { $0.rule == "dct.text-year" })
  }
}
