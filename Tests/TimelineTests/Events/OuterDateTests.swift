import Testing

@testable import Timeline

/// A subordinate clause without a date of its own takes the month or year its outer clause
/// states ("in Wenchuan county in May 2008, where an earthquake killed …"), never a day.
@Suite("Dates of subordinate clauses")
struct OuterDateTests {
  // Real events, sentences written for these tests.
  static let quake = """
    Quake shakes western China

    May 20, 2013

    A strong earthquake struck Sichuan province on Saturday, killing at least 180 people.

    Residents recalled the disaster in Wenchuan county in May 2008, where an earthquake killed nearly 70,000 people.

    Engineers inspected the dam at Zipingpu on Monday, while a flood swept through the valley below it.

    """

  func mentions() throws -> [EventMention] {
    try withCorpus(["quake.txt": Self.quake]) { path in
      let pipeline = Pipeline()
      return try #require(pipeline.analyze(try pipeline.ingestor.ingest(paths: [path]).documents).first).mentions
    }
  }

  @Test("'in May 2008, where an earthquake killed …': the earthquake is of May 2008, not the article's")
  func inheritsTheOuterMonth() throws {
    let quakes = try mentions().filter { $0.trigger == "earthquake" }
    #expect(quakes.map { $0.time?.value } == ["2013-05-18", "2008-05"])
  }

  @Test("'on Monday, while a flood swept …': a day is not inherited")
  func doesNotInheritADay() throws {
    let flood = try #require(try mentions().first { $0.trigger == "flood" })
    #expect(flood.time?.value != "2013-05-20")
  }
}
