import Testing

@testable import Timeline

/// Dates an undated article states as background, which must not date it: a date of birth,
/// and a year-less day read in the year of a history date.
@Suite("Background dates")
struct BackgroundDatesTests {
  @Test("a date right after 'born' (past an 'on' or 'in', or an opening bracket) is a birth date")
  func bornMarksTheDateAfterIt() {
    func marked(_ text: String) -> Bool {
      let bytes = Array(text.utf8)
      return BirthDate.follows(bytes, before: bytes.count)
    }
    #expect(marked("the town where the cardinal was born on "))
    #expect(marked("Mandela (born "))
    #expect(marked("She was Born in "))
    #expect(!marked("the regiment was reborn on "))
    #expect(!marked("the aircraft was airborne on "))
    #expect(!marked("the talks were held on "))
    #expect(!marked(""))
  }

  // Real facts (Pope Benedict XVI, elected on Tuesday, 19 April 2005, born 16 April 1927),
  // sentences written for this test.
  static let reaction = """
    Bavaria celebrates the new pope

    Church bells rang across Bavaria on Wednesday after the election of Pope Benedict XVI on Tuesday evening.

    In Marktl am Inn, where Joseph Ratzinger was born on April 16, 1927, residents gathered in the square.

    """

  @Test("an undated article whose only full date is a birth date is not dated to it")
  func aBirthDateDoesNotDateTheArticle() throws {
    let report = try withCorpus(["reaction.txt": Self.reaction]) { path in try Pipeline().run(paths: [path]) }
    let doc = try #require(report.documents.first { $0.id == "reaction" })
    #expect(doc.published.map { !$0.value.hasPrefix("1927") } ?? true)
  }

  @Test("without a full day or a corpus year, a weekday meets no year-less day in a history month's year")
  func aHistoryYearDoesNotDateAYearlessDay() throws {
    // "In June 2013, floods …" gives the text a year; "yesterday" lands on "August 30" in any
    // year, so without a corpus year the article is left to the corpus pass.
    let exprs = [
      expr("June 2013", "2013-06", at: 200),
      expr("yesterday", "PAST_REF", at: 10, anchor: "offset:day:-1"),
      expr("August 30", "XXXX-08-30", at: 60, anchor: "yearless:08-30"),
    ]
    let inferrer = DCTInferrer()
    #expect(inferrer.infer(document: "d", expressions: exprs, yearHint: nil, reanchor: fakeReanchor) == nil)
    let hint = DCTInferrer.YearHint(year: 2022, evidence: [])
    let p = try #require(inferrer.infer(document: "d", expressions: exprs, yearHint: hint, reanchor: fakeReanchor))
    #expect(p.value == "2022-08-31")
    #expect(p.evidence.contains { $0.rule == "dct.relative-meets-date" })
    // A full day of the text gives the year ("yesterday", "August 30" and "March 3, 2022").
    let full = exprs + [expr("March 3, 2022", "2022-03-03", at: 300)]
    #expect(inferrer.infer(document: "d", expressions: full, yearHint: nil, reanchor: fakeReanchor)?.value == "2022-08-31")
  }

  @Test("a past weekday with a part of day moves the latest stated day, as a clock time on that day is one")
  func aWeekdayPartAfterAClockTimeOnADate() throws {
    // "came down at about 8:45 a.m. on April 24" (a Wednesday in 2013) and "was brought out
    // alive on Friday afternoon": written on Friday the 26th or later.
    let exprs = [
      expr("Friday afternoon", "XXXX-WXX-5TAF", at: 10, anchor: "part:AF|weekday:5:-1"),
      expr("about 8:45 a.m. on April 24", "XXXX-04-24T08:45", at: 80, anchor: "clock:8:45|yearless:4:24:-1"),
    ]
    let hint = DCTInferrer.YearHint(year: 2013, evidence: [])
    let p = try #require(DCTInferrer().infer(document: "d", expressions: exprs, yearHint: hint, reanchor: fakeReanchor))
    #expect(p.value == "2013-04-26")
    #expect(p.evidence.contains { $0.rule == "dct.weekday-after-date" && $0.citation?.text == "Friday afternoon" })
  }
}
