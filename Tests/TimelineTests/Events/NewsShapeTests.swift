import Testing

@testable import Timeline

/// Shapes of news text found by scoring held-out gold corpora (bridge collapses, rate
/// decisions, train crashes, wildfires): each test's sentences are our own.
@Suite("NewsShapes")
struct NewsShapeTests {
  @Test("a date across a comma before the trigger gives way to one closely after it")
  func commaBeforeTrigger() {
    let x = XDoc.extract(
      [
        "The deputy minister, appointed only on Monday, resigned late on Wednesday, and the premier dismissed the finance minister on Tuesday night."
      ], published: "2021-03-11",
      dates: [("Monday", "2021-03-08"), ("Wednesday", "2021-03-10"), ("Tuesday night", "2021-03-09TNI")])
    #expect(x.mentions.first { $0.eventClass == "resignation" }?.time?.value == "2021-03-10")
    #expect(x.mentions.first { $0.eventClass == "dismissal" }?.time?.value == "2021-03-09TNI")
    // A fronted date with nothing close after the trigger still dates it; "to hold elections in
    // 2025" is a phrase of its own.
    let y = XDoc.extract(
      ["On Monday, the two parties signed a deal to hold elections in 2025."], published: "2024-06-04",
      dates: [("Monday", "2024-06-03"), ("2025", "2025")])
    #expect(y.mentions.first { $0.eventClass == "agreement" }?.time?.value == "2024-06-03")
  }

  @Test("a name ending in a thing's or a body's noun is no person")
  func institutionsAreNoPersons() {
    let x = XDoc.extract([
      "Cal Fire said the blaze was half contained.",
      "The Federal Reserve said on Wednesday that inflation had eased.",
      "Maria Delgado said the town would rebuild.",
    ])
    let persons = x.entities.filter { $0.kind == .person }.map(\.key)
    #expect(persons == ["person:delgado"])
  }

  @Test("a lede's comparison with an event of another year does not date a stated-date story")
  func earlierEventInTheLede() {
    let x = XDoc.extract(
      [
        "H: Flood toll in Valencia rises to 200",
        "The toll from the floods passed the 150 people who died in the 2019 Kerala floods.",
      ], published: "2024-11-05", dates: [("2019", "2019")])
    let floods = x.mentions.filter { $0.eventClass == "disaster" }
    #expect(floods.contains { $0.isMain })
    #expect(floods.filter(\.isMain).allSatisfy { $0.time?.value != "2019" })
    #expect(floods.first { $0.time?.value == "2019" }?.isMain == false)
  }

  @Test("a mention marked as another occurrence never joins its own article's main event")
  func otherOccurrenceStaysApart() {
    let main = mention("d", 10, "fire", isMain: true)
    var other = mention("d", 200, "fire", time: "2018")
    #expect(EventResolver().pairScore(main, other) != nil)
    other.attributes[EventMention.instanceKey] = EventMention.otherInstance
    #expect(EventResolver().pairScore(main, other) == nil)
    #expect(EventResolver().pairScore(other, main) == nil)
    // Another article's main event is another matter.
    let elsewhere = mention("e", 10, "fire", time: "2018", isMain: true)
    #expect(EventResolver().pairScore(elsewhere, other) != nil)
  }

  @Test("an undated story's '2017 Tubbs Fire' after its lede is another edition, not its main event")
  func namedEditionInUndatedStory() {
    let x = XDoc.extract(
      [
        "H: Wildfire destroys hillside town",
        "A wildfire driven by strong winds swept through the hillside town of Oakvale.",
        "Hundreds of homes were lost and thousands of residents left before dawn.",
        "Crews said the wind was easing.",
        "The fire is the deadliest in the state, surpassing the 2017 Tubbs Fire that killed 22 people.",
      ], dates: [("2017", "2017")])
    let tubbs = x.mentions.first { $0.eventClass == "fire" && $0.time?.value == "2017" }
    #expect(tubbs != nil)
    #expect(tubbs?.isMain == false)
    #expect(tubbs?.attributes[EventMention.instanceKey] == EventMention.otherInstance)
  }

  @Test("a city that owns a place of the lede places the story; a team's city does not")
  func possessiveCities() {
    let possessive = XDoc.extract([
      "H: Flood recedes", "The flood swept through Rotterdam's harbour district on Sunday.",
    ])
    #expect(possessive.mentions.first { $0.isMain }?.place == "city:rotterdam")
    let named = XDoc.extract([
      "H: Ship hits bridge", "A cargo ship struck Rotterdam's Erasmus Bridge early on Tuesday, causing a collision.",
    ])
    #expect(named.mentions.first { $0.isMain }?.place == "city:rotterdam")
    let team = XDoc.extract([
      "H: Rotterdam and Madrid meet again in the final", "Rotterdam's Lars Berg scored twice as his side won the final.",
    ])
    #expect(team.mentions.filter(\.isMain).allSatisfy { $0.place != "city:rotterdam" })
  }

  @Test("a city before a comma does not place the trigger after it; one right before it does")
  func cityBeforeComma() {
    let x = XDoc.extract([
      "The passenger train, travelling north to Thessaloniki, collided with a freight train late on Tuesday night."
    ])
    #expect(x.mentions.first { $0.eventClass == "crash" }?.place == nil)
    let y = XDoc.extract(["The Thessaloniki collision killed 57 people."])
    #expect(y.mentions.first { $0.eventClass == "crash" }?.place == "city:thessaloniki")
  }

  @Test("a wire dateline names a town the gazetteer lacks, before a US state or the agency")
  func wireDatelineTowns() throws {
    let x = XDoc.extract(["GREENVILLE, Calif. (AP) — A wildfire burned through the town on Thursday."])
    #expect(x.entities.map(\.key).contains("city:greenville"))
    let y = XDoc.extract(["SURFSIDE (Reuters) — Part of a condominium tower fell overnight."])
    #expect(y.entities.map(\.key).contains("city:surfside"))
    // "Calif." ends no sentence before the agency.
    var sink: [Diagnostic] = []
    let text = "Fire sweeps town\n\nGREENVILLE, Calif. (AP) — A wildfire burned through the town.\n"
    var d = try #require(Ingestor.article(Array(text.utf8), id: "g", path: "g.txt", format: .text, diagnostics: &sink))
    Segmenter().segment(&d)
    #expect(d.sentences.filter { $0.role == .body }.count == 1)
  }

  @Test("'earlier this month' is the whole month; 'around 7 p.m.' approximates the hour, not the day")
  func periodsAndApproximateHours() {
    let tagger = TemporalTagger()
    let e = tagger.tag("He was shot earlier this month.", dct: Day(iso: "2021-04-20")!).first
    #expect(e?.value == "2021-04")
    #expect(e?.mod == nil)
    #expect(TemporalValue("2021-04", mod: e?.mod).range == DayRange(Day(iso: "2021-04-01")!, Day(iso: "2021-04-30")!))
    let around = TemporalValue("2023-06-02T19:00", mod: "APPROX").range
    #expect(around == DayRange(Day(iso: "2023-06-02")!, Day(iso: "2023-06-02")!))
    #expect(TemporalValue("2023-06-02", mod: "APPROX").range?.length == 3)
  }

  @Test("an 'Updated' line is the publication date only when nothing else states one")
  func updateDateLine() throws {
    var sink: [Diagnostic] = []
    let only = """
      Central bank lifts rates

      Updated 3:10 p.m. EDT, March 16, 2022

      The central bank raised its benchmark rate on Wednesday.
      """
    let d = try #require(Ingestor.article(Array(only.utf8), id: "u", path: "u.txt", format: .text, diagnostics: &sink))
    #expect(d.published?.value == "2022-03-16")
    #expect(d.published?.evidence.first?.rule == "ingest.update-date")
    #expect(d.published?.confidence == 0.8)
    let both = """
      Central bank lifts rates

      March 15, 2022

      Updated March 16, 2022

      The central bank raised its benchmark rate on Tuesday.
      """
    let e = try #require(Ingestor.article(Array(both.utf8), id: "v", path: "v.txt", format: .text, diagnostics: &sink))
    #expect(e.published?.value == "2022-03-15")
  }

  @Test("an undated article that puts its main event 'later today' was written on the event's day")
  func mainEventToday() {
    // An event dated 2023-01-19 by one article, and an undated article whose main mention of it
    // is "later today" (or a weekday only: then the window is the day and the next).
    let dated = mention("a", 10, "resignation", time: "2023-01-19", isMain: true)
    func undated(_ form: String, _ value: String) -> [DocumentExtraction] {
      let m = mention("b", 10, "resignation", time: value, isMain: true, anchor: RelativeSpec(form: form))
      var docs = [extraction("a", published: "2023-01-19", mentions: [dated]), extraction("b", mentions: [m])]
      DCTPropagation.fromMainEvents(&docs, clusters: [[dated, m]], weak: ["b"])
      return docs
    }
    let today = undated("shift:day:0:day", "XXXX-XX-XX")[1].published
    #expect(today?.value == "2023-01-19")
    #expect(today?.latest == "2023-01-19")
    #expect(today?.evidence.contains { $0.rule == "dct.main-event-today" } == true)
    let weekday = undated("weekday:4:-1", "XXXX-WXX-4")[1].published
    #expect(weekday?.value == "2023-01-19")
    #expect(weekday?.latest == "2023-01-20")
  }

  @Test("rate decisions, and fires, of one day from two reports merge without a place")
  func rateDecisionsMerge() {
    for cls in ["rate-decision", "fire"] {
      let a = mention("a", 10, cls, time: "2023-07-26", isMain: true)
      let b = mention("b", 10, cls, time: "2023-07-26")
      #expect((EventResolver().pairScore(a, b)?.0 ?? 0) >= EventResolver().threshold(for: cls))
    }
  }
}

/// Follow-up stories that count their time from an event other reports date ("on Sunday, five
/// days after flash floods killed more than 200 people"). The Valencia floods of 29 October 2024
/// and the king's visit to Paiporta on 3 November; sentences written for these tests.
@Suite("Counted follow-ups")
struct CountedFollowUpTests {
  static let dated = """
    Flash floods kill dozens in Valencia region

    October 30, 2024

    Flash floods tore through towns around Valencia on Tuesday after a day of torrential rain, killing at least 95 people.
    """

  static func analyzed(_ text: String) throws -> DocumentExtraction {
    try withCorpus(["doc.txt": text]) { path in
      let pipeline = Pipeline()
      return try #require(pipeline.analyze(try pipeline.ingestor.ingest(paths: [path]).documents).first)
    }
  }

  @Test("a wire dateline's date is the filing day, not the time of the lede's event")
  func datelineDateDatesNoEvent() throws {
    let x = try Self.analyzed(
      """
      Blasts at port warehouse kill dozens

      ROTTERDAM, Netherlands, May 4, 2017 (Reuters) - Two explosions tore through a chemical warehouse in the port late on Wednesday, killing at least 30 people, officials said on Thursday.

      """)
    let explosions = try #require(x.mentions.first { $0.trigger == "explosions" })
    #expect(explosions.time?.expression == "Wednesday")
    #expect(explosions.time?.value == "2017-05-03")
  }

  @Test("a lede that counts days after a dated event dates the undated story")
  func countedLedeDatesTheStory() throws {
    let undated = """
      Spain's king visits flood-hit Valencia

      King Felipe walked through the mud-covered streets of Paiporta near Valencia on Sunday, five days after flash floods killed more than 200 people in the region.

      Angry residents threw mud at the royal party.
      """
    let report = try withCorpus(["valencia-floods.txt": Self.dated, "valencia-visit.txt": undated]) {
      try Pipeline().run(paths: [$0])
    }
    let visit = try #require(report.documents.first { $0.id == "valencia-visit" })
    // The floods of Tuesday 2024-10-29, five days on: Sunday 2024-11-03.
    #expect(visit.published?.value == "2024-11-03")
    #expect(visit.published?.latest == "2024-11-04")
    #expect(visit.published?.evidence.contains { $0.rule == "dct.reference-offset" } == true)
  }

  @Test("only the headline and lede count: a count deep in the body is background")
  func countInTheBodyDoesNotDate() throws {
    let undated = """
      Schools reopen in Valencia

      Children returned to class in Valencia on Monday, and teachers said attendance was high.

      The mayor thanked volunteers who had cleared the school yards.

      Parents said the buses were running again.

      The ring road had closed three days after flash floods killed more than 200 people in the region.
      """
    let report = try withCorpus(["valencia-floods.txt": Self.dated, "valencia-schools.txt": undated]) {
      try Pipeline().run(paths: [$0])
    }
    let schools = try #require(report.documents.first { $0.id == "valencia-schools" })
    #expect(schools.published?.evidence.contains { $0.rule == "dct.reference-offset" } != true)
  }

  @Test("the lede's counted reference carries its days; weeks are counted, uncounted spans are not")
  func referenceDaysAttribute() throws {
    func days(_ lede: String) throws -> String? {
      let x = try Self.analyzed("Volunteers return to Valencia\n\n" + lede + "\n")
      return x.mentions.first { $0.attributes[MentionFinder.referenceKey] != nil }?.attributes[MentionFinder.referenceDaysKey]
    }
    #expect(try days("Volunteers gathered on Sunday, five days after the floods.") == "5")
    #expect(try days("Volunteers gathered on Sunday, a week after the floods.") == "7")
    #expect(try days("Volunteers gathered on Sunday, the day after the floods.") == "1")
    #expect(try days("Volunteers gathered on Sunday, weeks after the floods.") == nil)
    #expect(try days("Volunteers gathered on Sunday, nearly a month after the floods.") == "30")
    #expect(try days("Volunteers gathered on Sunday, a year after the floods.") == nil)
    // A bound is not a count: "less than a week after" is not seven days after.
    #expect(try days("Volunteers gathered on Sunday, less than a week after the floods.") == nil)
    #expect(try days("Volunteers gathered on Sunday, more than two days after the floods.") == nil)
  }

  @Test("a weekday still ahead does not move an undated story past its main event")
  func futureWeekdayDoesNotMove() {
    let tagger = TemporalTagger()
    let day = Day(2021, 4, 20)
    func weekday(_ form: String) -> TemporalExpression {
      TemporalExpression(
        kind: .date, text: "Thursday", span: SourceSpan(start: 0, end: 8, line: 1), value: "XXXX-WXX-4",
        rule: "test", anchor: RelativeSpec(form: form))
    }
    // "is scheduled for Thursday" (ahead) says nothing; "met on Thursday" (past) does.
    #expect(DCTPropagation.dayAfterWeekdays([weekday("weekday:4:1")], eventDay: day, tagger: tagger).0 == day)
    #expect(DCTPropagation.dayAfterWeekdays([weekday("weekday:4:-1")], eventDay: day, tagger: tagger).0 == Day(2021, 4, 22))
  }
}

/// Flights: a short lag ("minutes after take-off") times the crash itself, and a destination is
/// not where the plane came down. Sentences written for these tests about Germanwings 9525
/// (24 March 2015).
@Suite("Flight reports")
struct FlightReportTests {
  static let report = """
    Airliner crashes in French Alps

    Published: 24 March 2015

    A Germanwings Airbus A320 bound for Dusseldorf crashed minutes after leaving its cruising altitude over the French Alps on Tuesday morning, killing all 150 people on board, the airline said.
    """

  @Test("'crashed minutes after leaving … on Tuesday morning': the lag phrase dates the crash")
  func shortLagDatesTheClause() throws {
    let x = try CountedFollowUpTests.analyzed(Self.report)
    let crash = try #require(x.mentions.first { $0.trigger == "crashed" })
    #expect(crash.time?.value.hasPrefix("2015-03-24") == true)
    #expect(crash.time?.expression == "Tuesday morning")
  }

  @Test("'bound for Dusseldorf crashed': a destination does not place the crash")
  func destinationIsNoPlace() throws {
    let x = try CountedFollowUpTests.analyzed(Self.report)
    let crash = try #require(x.mentions.first { $0.trigger == "crashed" })
    #expect(crash.place != "city:dusseldorf")
  }
}

@Suite("Shared main event day")
struct SharedMainEventDayTests {
  @Test("the day a report states dates the event, not the report's own day its other mentions imply")
  func statedDayWins() {
    // A report of 2018-11-09 states the fire of Thursday 2018-11-08 once; its other mentions
    // only take the article's day. An undated report of that fire is dated from the 8th.
    let stated = mention("a", 10, "fire", time: "2018-11-08", isMain: true)
    var implied = mention("a", 200, "fire", isMain: true)
    implied.time = MentionTime(
      expression: nil, span: nil, value: "2018-11-09", mod: nil, rule: "test.dct", stated: false, anchor: nil)
    let undated = mention("b", 10, "fire", time: "PRESENT_REF", isMain: true)
    var docs = [extraction("a", published: "2018-11-09", mentions: [stated, implied]), extraction("b", mentions: [undated])]
    DCTPropagation.fromMainEvents(&docs, clusters: [[stated, implied, undated]], weak: ["b"])
    #expect(docs[1].published?.value == "2018-11-08")
    #expect(docs[1].published?.evidence.contains { $0.rule == "dct.shared-main-event" } == true)
  }
}
