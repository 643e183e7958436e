import Testing

@testable import Timeline

/// Shapes of news text found by scoring the held-out summit and rescue corpora of stop 40:
/// each test's sentences are our own.
@Suite("NewsShapes40")
struct NewsShape40Tests {
  @Test("an undated preview's 'second summit' joins the dated second summit, not a later meeting in the same city")
  func ordinalPicksTheUndatedArticlesEvent() throws {
    let summit = """
      Biden and Xi hold second summit near San Francisco

      Published: November 15, 2023

      SAN FRANCISCO - Joe Biden and Xi Jinping met for four hours on Wednesday at an estate south of San Francisco in their second summit, agreeing to restore military communication.
      """
    let forum = """
      Pacific leaders open forum in San Francisco

      Published: November 16, 2023

      SAN FRANCISCO - Leaders of the Pacific Rim economies opened their annual meeting in San Francisco on Thursday, with trade and climate on the agenda, and Xi Jinping and Joe Biden attended.
      """
    let preview = """
      Xi lands in San Francisco as second Biden summit nears

      Chinese President Xi Jinping has landed in San Francisco ahead of his second summit with Joe Biden, officials said.
      """
    let report = try withCorpus(["summit.txt": summit, "forum.txt": forum, "preview.txt": preview]) {
      try Pipeline().run(paths: [$0])
    }
    // Both dated meetings are in San Francisco within a week: only the ordinal tells which
    // one the preview is about.
    let joined = try #require(report.events.first { $0.sources.contains("preview") && $0.sources.count > 1 })
    #expect(joined.sources == ["preview", "summit"])
    #expect(!report.events.contains { $0.sources.contains("forum") && $0.sources.contains("preview") })
  }
}

@Suite("NewsShapes40 dates")
struct NewsShape40DateTests {
  @Test("a weekday on the day the article counts from agrees with the story's own day")
  func weekdayOnTheCountedFromDay() {
    // "surveyed the damage on Wednesday, exactly one week after the storm … The storm that
    // made landfall last Wednesday": written on Wednesday 2022-10-05, "last Wednesday" is
    // the landfall of 2022-09-28.
    let tagger = TemporalTagger()
    let exprs = tagger.tag(
      "Biden surveyed the damage on Wednesday, one week after the storm. The storm that made landfall last Wednesday killed dozens.",
      dct: nil)
    let visit = Day(2022, 10, 5), landfall = Day(2022, 9, 28)
    #expect(DCTPropagation.dayAfterWeekdays(exprs, eventDay: visit, known: landfall, tagger: tagger).0 == visit)
    // Without the counted-from day, "last Wednesday" agrees only with a Thursday article.
    #expect(DCTPropagation.dayAfterWeekdays(exprs, eventDay: visit, tagger: tagger).0 == visit.adding(days: 1))
  }
}

extension NewsShape40DateTests {
  @Test("'earlier this week' about a stated day dates the article after that day, within its week")
  func earlierThisWeekIsAfterTheStatedDay() throws {
    let tagger = TemporalTagger()
    let exprs = tagger.tag(
      "The storm tore through the coast earlier this week. It came ashore near Keaton Beach on 30 August 2023.", dct: nil)
    let p = try #require(DCTInferrer().infer(document: "d", expressions: exprs, yearHint: nil) { tagger.reanchor($0, dct: $1) })
    // 30 August 2023 was a Wednesday: the article was written from Thursday to Sunday.
    #expect(p.earliest == "2023-08-31")
    #expect(p.latest == "2023-09-03")
  }
}

extension NewsShape40DateTests {
  @Test("a month still ahead ('at the next meeting in May') is not the latest month an article reports")
  func aMonthAheadIsNoLatestMonth() throws {
    let tagger = TemporalTagger()
    let exprs = tagger.tag("The bank raised rates in March, and it could start selling bonds at the next meeting in May.", dct: nil)
    let hint = DCTInferrer.YearHint(year: 2022, evidence: [])
    let p = try #require(DCTInferrer().infer(document: "d", expressions: exprs, yearHint: hint) { tagger.reanchor($0, dct: $1) })
    #expect(p.value == "2022-03")
    #expect(p.evidence.contains { $0.rule == "dct.latest-stated-month" })
  }
}
