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

  static let landing = """
    NASA rover lands in Jezero Crater

    Published: Friday, 19 February 2021

    PASADENA, California - NASA's Perseverance rover landed in Jezero Crater on Thursday, seven
    months after it left Cape Canaveral, Florida.

    Thomas Zurbuchen, NASA's science chief, and Lori Glaze, who leads its planetary division, said
    the landing opened a new era. The team in Pasadena cheered as the first images arrived.

    """

  /// An undated report of a later flight, its one full date in `background`.
  static func flight(_ background: String) -> String {
    """
    Helicopter makes first flight on Mars

    NASA's Ingenuity helicopter lifted off from Jezero Crater on Monday, MiMi Aung, the project
    manager, told reporters in Pasadena.

    Havard Grip, the chief pilot, said the data looked clean. \(background)

    """
  }

  @Test("a year from the article's own latest full date, history, yields to a later story")
  func aHistoricalTextYearYieldsToTheStory() throws {
    let wright = "The helicopter carries fabric from the Wright Flyer, which flew at Kitty Hawk, North Carolina, in December 1903."
    let later = "The team had planned the flight at Kitty Hawk, North Carolina, since a test in March 2023."
    let report = try withCorpus(["landing.txt": Self.landing, "wright.txt": Self.flight(wright), "later.txt": Self.flight(later)]) {
      path in try Pipeline().run(paths: [path])
    }
    // The landing of Thursday 2021-02-18 is the story; "on Monday" is four days on.
    let told = try #require(report.documents.first { $0.id == "wright" }?.published)
    #expect(told.value == "2021-02-22")
    #expect(told.evidence.first?.rule == "dct.shared-story")
    #expect(!told.evidence.contains { $0.rule == "dct.text-year" })
    // A story of an earlier year than a date the article states cannot be the article's.
    let kept = try #require(report.documents.first { $0.id == "later" }?.published)
    #expect(kept.value.hasPrefix("2023"))
    #expect(kept.evidence.first?.rule == "dct.text-year")
  }
}
