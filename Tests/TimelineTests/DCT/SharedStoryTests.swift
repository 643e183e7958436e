import Testing

@testable import Timeline

/// `dct.shared-story`: an article with no date anywhere, which neither its main event nor a
/// count dates, tells the story of the dated article it shares the most salient names with.
@Suite("Shared story dates an undated article")
struct SharedStoryTests {
  static let fire = """
    Grenfell Tower fire: death toll rises to 17 as search goes on

    Published: Thursday, 15 June 2017

    LONDON - At least 17 people died when a fire engulfed Grenfell Tower, a 24-storey block of
    flats in North Kensington, in the early hours of Wednesday, the Metropolitan Police said on
    Thursday.

    Firefighters from the London Fire Brigade were still searching the upper floors of the
    tower. Prime Minister Theresa May visited the site and ordered a public inquiry.

    Kensington and Chelsea council said it was finding rooms for families who had lost their homes.

    """

  static let march = """
    Protesters storm Kensington town hall demanding answers

    Hundreds of people marched on Kensington and Chelsea town hall on Friday, demanding to know
    how many people had died in Wednesday's fire at Grenfell Tower and where the survivors
    would be housed.

    Some protesters pushed past police into the building in North Kensington. Theresa May met
    survivors at Downing Street and promised a fund of five million pounds.

    Residents said the London Fire Brigade had told them to stay in their flats.

    """

  static let other = """
    Council approves new library budget

    The council of a small market town voted on Friday to keep its library open on Saturdays,
    after residents of Harbury and Ladbroke signed a petition.

    """

  @Test("the weekday of an event the dated article dates counts the undated article's days")
  func aWeekdayEventOfTheSameStory() throws {
    let report = try withCorpus(["fire.txt": Self.fire, "march.txt": Self.march]) { path in
      try Pipeline().run(paths: [path])
    }
    let doc = try #require(report.documents.first { $0.id == "march" })
    let published = try #require(doc.published)
    // Wednesday 2017-06-14 is the fire the dated article reports; "on Friday" is two days on.
    #expect(published.value == "2017-06-16")
    #expect(published.evidence.contains { $0.rule == "dct.shared-story" && $0.citation?.document == "fire" })
    #expect(published.evidence.contains { $0.rule == "dct.shared-story" && $0.citation?.text.contains("Wednesday's fire") == true })
  }

  @Test("an undated article that shares no story with a dated one stays undated")
  func noSharedNamesNoDate() throws {
    let report = try withCorpus(["fire.txt": Self.fire, "other.txt": Self.other]) { path in
      try Pipeline().run(paths: [path])
    }
    let doc = try #require(report.documents.first { $0.id == "other" })
    #expect(doc.published == nil)
    #expect(doc.diagnostics.contains { $0.code == "dct.unknown" })
  }

  @Test("a name held by more dated articles than the cap is not read")
  func aNameHeldTooWidelyIsNotRead() throws {
    let extractions = try withCorpus(["fire.txt": Self.fire, "march.txt": Self.march]) { path in
      let pipeline = Pipeline()
      let corpus = try pipeline.ingestor.ingest(paths: [path])
      return pipeline.analyze(corpus.documents)
    }
    let march = try #require(extractions.firstIndex { $0.document == "march" })
    let found = DCTPropagation.sharedStories(extractions, undated: [march], weak: [])
    #expect(found["march"]?.day == Day(2017, 6, 14))
    // Each name is held by one dated article: a cap of one reads them all, a cap of none none.
    #expect(DCTPropagation.sharedStories(extractions, undated: [march], weak: [], maxHolders: 1)["march"]?.day == Day(2017, 6, 14))
    #expect(DCTPropagation.sharedStories(extractions, undated: [march], weak: [], maxHolders: 0).isEmpty)
  }
}

