import Testing

@testable import Timeline

/// Shapes of news text found by scoring the held-out train-crash, volcano and royal-funeral
/// corpora of stop 39: each test's sentences are our own.
@Suite("NewsShapes39")
struct NewsShape39Tests {
  @Test("a date after a count's revising verb dates the count, not the event the count is of")
  func countRevisionDatesTheCount() {
    let x = XDoc.extract(
      ["The death toll in the two-bus collision near Tula rose to 41 on Sunday evening, officials said."],
      published: "2022-05-09", dates: [("Sunday evening", "2022-05-08TEV")])
    let crash = x.mentions.first { $0.eventClass == "crash" }
    #expect(crash != nil)
    #expect(crash?.time?.expression != "Sunday evening")
    // The event's own verb still takes its date.
    let y = XDoc.extract(
      ["Two buses collided near Tula on Sunday evening, and the toll rose to 41."], published: "2022-05-09",
      dates: [("Sunday evening", "2022-05-08TEV")])
    #expect(y.mentions.first { $0.eventClass == "crash" }?.time?.value == "2022-05-08TEV")
    // A verb of the event between trigger and date is no revision: "hit … on May 7".
    let z = XDoc.extract(
      ["The number of people killed in the storm that hit the coast on May 7 rose to 41, officials said on Monday."],
      published: "2022-05-09", dates: [("May 7", "2022-05-07"), ("Monday", "2022-05-09")])
    #expect(z.mentions.first { $0.eventClass == "disaster" }?.time?.value == "2022-05-07")
  }

  @Test("an event noun that modifies another noun takes no date of the clause's act")
  func compoundHeadsTakeNoDate() {
    let x = XDoc.extract(
      ["The president visited the crash site on Thursday and met relatives of the victims."],
      published: "2022-05-13", dates: [("Thursday", "2022-05-12")])
    let crash = x.mentions.first { $0.eventClass == "crash" }
    #expect(crash != nil)
    #expect(crash?.time?.expression != "Thursday")
    // A date right before the noun is its own: "Tuesday's crash site".
    let y = XDoc.extract(
      ["Investigators combed Tuesday's crash site for the flight recorders."], published: "2022-05-13",
      dates: [("Tuesday", "2022-05-10")])
    #expect(y.mentions.first { $0.eventClass == "crash" }?.time?.value == "2022-05-10")
  }

  @Test("a body mention of the story's class dated just before the article dates a lede without a time")
  func bodyDatesTheStory() {
    let lines = [
      "H: Toll from ferry accident climbs to 60 as divers search the hull",
      "Divers searched the hull of the overturned ferry for more bodies as the toll climbed to 60.",
      "Relatives waited at the harbour with photographs of the missing.",
      "Officials have not said how many passengers were aboard.",
      "The overloaded ferry capsized on Friday night in rough seas off the island of Kos.",
    ]
    let x = XDoc.extract(lines, published: "2023-04-16", dates: [("Friday night", "2023-04-14TNI")])
    let main = x.mentions.filter { $0.isMain && $0.eventClass == "crash" }
    #expect(!main.isEmpty)
    #expect(main.allSatisfy { $0.time?.value == "2023-04-14TNI" })
    // Without the article's date nothing tells how recent the body's day is.
    let y = XDoc.extract(lines, dates: [("Friday night", "XXXX-WXX-5TNI")])
    #expect(y.mentions.filter { $0.isMain && $0.role == .headline }.allSatisfy { $0.time?.value != "XXXX-WXX-5TNI" })
  }

  @Test("an act of a person in the body does not date a story of the same class")
  func bodyDatedNeedsTheLedesPeople() {
    let x = XDoc.extract(
      [
        "H: Prime Minister Okafor resigns",
        "Prime Minister Ade Okafor has resigned after losing the confidence of his party.",
        "He will stay on until a successor is chosen.",
        "The party's leaders met late into the night.",
        "His deputy, Bola Nwosu, resigned on Wednesday in protest at the budget.",
      ], published: "2023-06-23", dates: [("Wednesday", "2023-06-21")])
    let nwosu = x.mentions.first { $0.eventClass == "resignation" && $0.time?.value == "2023-06-21" }
    #expect(nwosu != nil)
    #expect(nwosu?.isMain == false)
    #expect(x.mentions.filter(\.isMain).allSatisfy { $0.time?.value != "2023-06-21" })
  }

  @Test("a staff line's city is where the reporters sit, not where the story happened")
  func staffLineIsNoPlace() {
    let tokens = { (s: String) in ExtractionTokenizer.tokenize(s) { o, _ in o } }
    #expect(MentionFinder.isStaffLine(tokens("Staff and agencies in Athens")))
    #expect(MentionFinder.isStaffLine(tokens("Our correspondent in Nairobi")))
    #expect(!MentionFinder.isStaffLine(tokens("Rescuers worked in Athens")))
    #expect(!MentionFinder.isStaffLine(tokens("Staff were evacuated in Athens overnight")))
    let x = XDoc.extract([
      "H: Train crash toll rises to 43",
      "Staff and agencies in Athens",
      "The number of people killed in the crash of two trains in the Tempi valley has risen to 43.",
    ])
    #expect(x.mentions.filter(\.isMain).allSatisfy { $0.place != "city:athens" })
  }

  @Test("a city in a title ('the Duke of Edinburgh') places nothing; 'the Gulf of Aden' still does")
  func titlesOfPlaces() {
    let x = XDoc.extract(["One week after the Duke of Edinburgh died, the family gathered at Windsor."])
    let death = x.mentions.first { $0.eventClass == "death" }
    #expect(death != nil)
    #expect(death?.place != "city:edinburgh")
    let y = XDoc.extract(["A warship in the Gulf of Aden attacked a pirate skiff."])
    #expect(y.mentions.first { $0.eventClass == "attack" }?.place == "city:aden")
  }

  @Test("'of' inside a name keeps a reference phrase whole: 'one week after the Duke of Kent died'")
  func referenceThroughANameWithOf() throws {
    let x = try CountedFollowUpTests.analyzed(
      """
      Town prepares to say farewell

      One week after the Duke of Kent died at his home, final preparations are under way for his funeral.
      """)
    let death = try #require(x.mentions.first { $0.eventClass == "death" })
    #expect(death.attributes[MentionFinder.referenceKey] == "after")
    #expect(death.attributes[MentionFinder.referenceDaysKey] == "7")
    #expect(!death.isMain)
    #expect(x.mentions.first { $0.eventClass == "funeral" }?.isMain == true)
    // A headline's capitals name nothing: the killing is not read as a reference point.
    let y = XDoc.extract(["H: Protests Grow Following Death of Lagos Student Killed By Guards"])
    let killing = try #require(y.mentions.first { $0.eventClass == "killing" })
    #expect(killing.attributes[MentionFinder.referenceKey] == nil)
  }

  @Test("'the 2023 Booker Prize' in the headline and 'this year's prize' in the lede date an undated explainer to 2023")
  func headlineYearOfThisYearsEvent() throws {
    // Last year's report says the prize will be handed over on 14 November: a year-less
    // "14 November" in the explainer matches it, and alone would date the explainer to 2022.
    let dated = """
      Booker Prize shortlist named

      Published: 2022-09-06

      The judges named six novels on Tuesday, and the prize will be awarded in London on 14 November.
      """
    let explainer = """
      Explainer: who is on the 2023 Booker Prize shortlist?

      The judges of this year's prize named six novels, from Ireland, Kenya, Canada and the United States.

      The winner will be announced in London on 14 November.
      """
    let report = try withCorpus(["booker-2022.txt": dated, "booker-explainer.txt": explainer]) {
      try Pipeline().run(paths: [$0])
    }
    let doc = try #require(report.documents.first { $0.id == "booker-explainer" })
    #expect(doc.published?.value.hasPrefix("2023") == true)
    #expect(doc.published?.evidence.contains { $0.rule == "dct.story-year" } == true)
  }
}

