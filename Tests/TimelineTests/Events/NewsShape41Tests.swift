import Testing

@testable import Timeline

/// Shapes of news text found by scoring the held-out corpora of stop 41 and stop 40's summit
/// corpus: each test's sentences are our own.
@Suite("NewsShapes41")
struct NewsShape41Tests {
  let tagger = TemporalTagger()

  /// An undated article whose main mention joins a summit that two reports date to 27 and 28
  /// February 2019, with the article's own sentences (tagged without a date).
  func dated(_ text: String, days: [String] = ["2019-02-27", "2019-02-28"]) -> PublishedDate? {
    let reports = days.enumerated().map { k, day in mention("d\(k)", 10, "meeting", time: day, isMain: true) }
    let own = mention("u", 10, "meeting", isMain: true)
    var docs = zip(reports, days).map { m, day in extraction(m.document, published: day, mentions: [m]) }
    docs.append(extraction("u", mentions: [own], expressions: tagger.tag(text, dct: nil)))
    DCTPropagation.fromMainEvents(&docs, clusters: [reports + [own]], weak: ["u"], tagger: tagger)
    return docs.last?.published
  }

  @Test("a summit of two days dates the undated reports of it from its first day")
  func aMultiDayEventDatesItsReports() {
    // The reports state two days of one summit: no single day, which used to date nothing.
    let after = dated("The summit ended on Thursday without a deal.")
    #expect(after?.value == "2019-02-28")
    #expect(after?.evidence.contains { $0.rule == "dct.shared-main-event" } == true)
  }

  @Test("a preview that puts the event's first day ahead was written before it")
  func aPreviewIsDatedBeforeItsEvent() {
    let p = dated("The envoy arrived on Tuesday morning. The leaders will greet each other on Wednesday evening.")
    #expect(p?.value == "2019-02-26")
    #expect(p?.latest == "2019-02-27")
    #expect(p?.evidence.contains { $0.rule == "dct.preview-weekday" } == true)
    // A weekday the article also puts in the past is its own day, not one ahead: no preview.
    let same = dated("The leaders met on Wednesday and were due to dine later on Wednesday.")
    #expect(same?.evidence.contains { $0.rule == "dct.preview-weekday" } != true)
    #expect(same?.value == "2019-02-27")
  }

  @Test("a weekday still ahead ends an undated article's window")
  func aWeekdayAheadEndsTheWindow() {
    // The verdict of Tuesday 20 April 2021; "on Wednesday" is the day after, and a funeral
    // "scheduled for Thursday" is still ahead: written on the Wednesday, not the Thursday.
    let p = dated(
      "Crowds returned to the square on Wednesday, a day after the verdict. His funeral is scheduled for Thursday.",
      days: ["2021-04-20"])
    #expect(p?.value == "2021-04-21")
    #expect(p?.latest == "2021-04-21")
    #expect(p?.evidence.contains { $0.rule == "dct.weekday-ahead" } == true)
  }
}
