import Foundation
import Testing

@testable import Timeline

/// Wire datelines that state the day without the year: "FALMOUTH, England, June 10 (Reuters) -".
@Suite("Wire datelines")
struct WireDatelineTests {
  // Real events (the G7 summit at Carbis Bay, 11-13 June 2021), sentences written for these tests.
  static let opening = """
    G7 leaders open Cornwall summit

    June 11, 2021

    Leaders of the Group of Seven opened their summit in Carbis Bay on Friday with a pledge on vaccines.

    """
  static let preview = """
    G7 leaders head to Cornwall

    FALMOUTH, England, June 10 (Reuters) - Leaders of the Group of Seven will open their summit in Carbis Bay on Friday, the first in person since 2019.

    """

  @Test("the dateline's day is marked; a day later in the lede or a lowercase head is not")
  func marksTheDatelineOnly() throws {
    let pipeline = Pipeline()
    func marked(_ text: String) throws -> [String] {
      try withCorpus(["doc.txt": text]) { path in
        let x = try #require(pipeline.analyze(try pipeline.ingestor.ingest(paths: [path]).documents).first)
        return x.expressions.filter { $0.rule == WireDateline.rule }.map(\.text)
      }
    }
    #expect(try marked(Self.preview) == ["June 10"])
    #expect(try marked("Headline\n\nRIO DE JANEIRO, Oct 28 - The vote was held on Sunday.\n") == ["Oct 28"])
    #expect(try marked("Headline\n\nThe leaders met in London, June 10 (Reuters) - and then left.\n").isEmpty)
    #expect(try marked("Headline\n\nOn June 10 the leaders met in London.\n").isEmpty)
  }

  @Test("an undated wire story takes its dateline's day, in the year its weekdays fit the corpus")
  func datelineDayWithTheCorpusYear() throws {
    let report = try withCorpus(["opening.txt": Self.opening, "preview.txt": Self.preview]) { path in
      try Pipeline().run(paths: [path])
    }
    let preview = try #require(report.documents.first { $0.id == "preview" }?.published)
    #expect(preview.value == "2021-06-10")
    #expect(preview.earliest == "2021-06-10" && preview.latest == "2021-06-10")
    #expect(preview.evidence.contains { $0.rule == "dct.wire-dateline" })
  }

  @Test("a dateline with its year, or a <time datetime> by the byline, states the day")
  func statedDatelineAndTimeElement() throws {
    let wire = "Final moves to Paris\n\nPARIS, May 27, 2022 (AFP) - The final will be played on Saturday.\n"
    let page = """
      <html><head><title>Parade</title></head><body><h1>City fans fill the streets</h1>
      <p class="meta">By our sports reporter · <time datetime="2023-06-13T08:15:00+01:00">Tue 13 Jun 2023</time></p>
      <p>Fans lined the route on Monday.</p></body></html>
      """
    let report = try withCorpus(["wire.txt": wire, "page.html": page]) { path in try Pipeline().run(paths: [path]) }
    let w = try #require(report.documents.first { $0.id == "wire" }?.published)
    #expect(w.value == "2022-05-27" && w.latest == "2022-05-27" && w.source == .text)
    let p = try #require(report.documents.first { $0.id == "page" }?.published)
    #expect(p.value == "2023-06-13" && p.evidence.first?.rule == "ingest.html-time")
  }

  @Test("with no year anywhere, the dateline alone dates nothing")
  func noYearNoDate() throws {
    let report = try withCorpus(["preview.txt": Self.preview]) { path in try Pipeline().run(paths: [path]) }
    #expect(report.documents.first?.published == nil)
  }
}

/// Anniversary stories and towns named only by a dateline.
@Suite("Anniversaries and dateline towns")
struct AnniversaryTests {
  // Real events (the L'Aquila earthquake of 6 April 2009; the Amatrice earthquake of 24 August
  // 2016), sentences written for these tests.
  @Test("'marking ten years since the earthquake … on 6 April 2009' dates an undated story to the anniversary")
  func anniversaryDay() throws {
    let text = """
      L'Aquila remembers its dead

      L'AQUILA, Italy - Thousands walked through the city overnight, marking ten years since the earthquake that wrecked it at 3:32 a.m. on 6 April 2009.

      """
    let report = try withCorpus(["anniversary.txt": text]) { path in try Pipeline().run(paths: [path]) }
    let p = try #require(report.documents.first?.published)
    #expect(p.value == "2019-04-06" && p.latest == "2019-04-07")
    #expect(p.evidence.contains { $0.rule == "dct.anniversary" })
    // The clock time and its day are one expression.
    let e = TemporalTagger().tag("It struck at 3:32 a.m. on 6 April 2009.", dct: nil)
    #expect(e.map(\.value) == ["2009-04-06T03:32"])
    #expect(Anniversary.years("P1DE") == 10 && Anniversary.years("P3Y") == 3 && Anniversary.years("P2M") == nil)
  }

  @Test("an undated report datelined in another town joins its country's event on the weekday it names")
  func countryAndWeekday() throws {
    let dated = """
      Earthquake flattens Italian hill towns

      August 24, 2016

      AMATRICE, Italy (Reuters) - A powerful earthquake struck central Italy early on Wednesday, killing at least 120 people.

      """
    let undated = """
      Hopes fade in Italy's quake zone

      ARQUATA DEL TRONTO, Italy (AP) - Rescuers kept digging on Friday, two days after the earthquake struck before dawn on Wednesday.

      """
    let report = try withCorpus(["dated.txt": dated, "undated.txt": undated]) { path in try Pipeline().run(paths: [path]) }
    let quake = try #require(report.events.first { $0.eventClass == "disaster" && $0.sources.contains("dated") })
    #expect(quake.sources.contains("undated"))
    let p = try #require(report.documents.first { $0.id == "undated" }?.published)
    #expect(p.value == "2016-08-26")
  }
}
