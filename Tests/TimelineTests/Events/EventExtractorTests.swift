import Foundation
import Testing

@testable import Timeline

@Suite("EventExtractor")
struct EventExtractorTests {
  @Test("a meeting with time, place, host, ordinal and participants")
  func meetingArguments() {
    let x = XDoc.extract(
      ["Russia hosted the fifth session of the Moscow format consultations on Afghanistan in Kazan on Friday."],
      published: "2023-09-29", dates: [("Friday", "2023-09-29")])
    let m = x.mentions.first { $0.eventClass == "meeting" }
    #expect(m?.ordinal == 5)
    #expect(m?.place == "city:kazan")
    #expect(m?.host == "country:russia")
    #expect(m?.time?.value == "2023-09-29")
    #expect(m?.time?.stated == true)
    #expect(m?.participants.contains("country:afghanistan") == true)
    #expect(x.entities.contains { $0.key == "process:moscow-format" })
    #expect(!x.entities.contains { $0.key == "city:moscow" })
    #expect(x.mentions.filter { $0.eventClass == "meeting" }.count == 1)
  }

  @Test("'the area around Lima' places the event in Lima, and the region of a background report with it")
  func aroundACity() {
    let x = XDoc.extract(
      [
        "H: Death Toll From Peru Flood Rises",
        "A flood swept through the area around Lima on July 17, killing at least 13 people.",
        "The region was hit by a flood in 2014 that killed 40 people.",
      ], published: "2025-07-18", dates: [("July 17", "2025-07-17"), ("2014", "2014")])
    let floods = x.mentions.filter { $0.eventClass == "disaster" }
    #expect(floods.first { $0.citation.text.hasPrefix("A flood") }?.place == "city:lima")
    #expect(floods.first { $0.citation.text.hasPrefix("The region") }?.place == "city:lima")
  }

  @Test("a statement issued at a dated meeting takes its day and place; another statement keeps the article's")
  func statementsOfMeetings() {
    let x = XDoc.extract(
      [
        "H: Ministers Meet In Lisbon",
        "Fisheries ministers met in Lisbon on Tuesday to set next year's quotas.",
        "The talks ended with a joint statement on fishing quotas.",
        "The coast guard issued a statement about a missing trawler.",
      ], published: "2022-03-18", dates: [("Tuesday", "2022-03-15")])
    let statements = x.mentions.filter { $0.eventClass == "statement" }
    #expect(statements.count == 2)
    let joint = statements.first { $0.citation.text.contains("joint statement") }
    #expect(joint?.time?.value == "2022-03-15")
    #expect(joint?.time?.rule == EventExtractor.mainEventRule)
    // Issued at the talks, so in Lisbon: two summits' statements of one day are two events.
    #expect(joint?.place == "city:lisbon")
    #expect(joint?.attributes["placeSource"] == "meeting")
    let other = statements.first { $0.citation.text.contains("coast guard") }
    #expect(other?.time?.value == "2022-03-18")
    #expect(other?.time?.rule == EventExtractor.referenceRule)
    #expect(other?.attributes["placeSource"] != "meeting")
  }

  @Test("in an undated article, 'the 2014 summit' is another edition than the one 'on October 25'")
  func editionYearInUndatedArticle() {
    let x = XDoc.extract(
      [
        "H: Leaders Gather In Oslo For Arctic Summit",
        "Leaders of six states gathered in Oslo on October 25 for the annual Arctic summit.",
        "The summit ended with a joint statement.",
        "The 2014 summit was held in Oslo.",
      ], dates: [("October 25", "XXXX-10-25"), ("2014", "2014")])
    let summits = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(summits.count == 4)
    #expect(summits.prefix(3).allSatisfy { $0.isMain })
    // The edition's year stays stated, so it keeps the mention from the dated summit's event.
    let edition = summits.last
    #expect(edition?.isMain == false)
    #expect(edition?.time?.value == "2014")
    #expect(edition?.time?.stated == true)
  }

  @Test("'a bombing in April' in a report of the April 21 bombing is an earlier one, kept apart")
  func indefiniteCoarseMentionIsAnEarlierOccurrence() throws {
    let lines = [
      "H: Bombing At Bus Station In Aswan Kills 12",
      "A car bomb exploded at a bus station in Aswan on April 21, killing at least 12 people.",
      "No group has claimed responsibility for the attack.",
      "The city was hit by a bombing in April that killed 8 people.",
    ]
    let x = XDoc.extract(
      lines.dropLast() + ["The city was hit by a bombing in March that killed 8 people."], published: "2019-04-22",
      dates: [("April 21", "2019-04-21"), ("March", "2019-03")])
    let earlier = try #require(x.mentions.first { $0.citation.text.hasPrefix("The city") })
    #expect(earlier.isEarlierOccurrence && !earlier.isMain)
    #expect(x.mentions.filter { $0.isMain }.count == 3)
    // Reconciled, the article's own event does not take it in (as a main mention, with a month
    // that does not bind, it joined the April 21 bombing).
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("earlier-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: dir) }
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let text = (["Bombing at bus station in Aswan kills 12", "", "By Staff reporter on April 22, 2019"]
      + lines.dropFirst().flatMap { ["", $0] }).joined(separator: "\n") + "\n"
    try text.write(to: dir.appendingPathComponent("aswan.txt"), atomically: true, encoding: .utf8)
    let report = try Pipeline().run(paths: [dir.path])
    let attacks = report.events.filter { $0.eventClass == "attack" }
    #expect(attacks.count == 2)
    #expect(attacks.contains { e in e.mentions.count == 1 && e.mentions[0].text.hasPrefix("The city") })
  }

  @Test("who reports a local incident is its source, not a party; a group claiming it is both")
  func speakersOfIncidents() {
    let x = XDoc.extract(
      [
        "A massive explosion tore through the port of Beirut on Tuesday, killing at least 100 people, the Lebanese Red Cross said.",
        "The Taliban said they carried out the attack in Kabul on Tuesday.",
        "Russia said it would attend the talks in Doha on Tuesday.",
      ], published: "2020-08-05", dates: [("Tuesday", "2020-08-04")])
    let blast = x.mentions.first { $0.eventClass == "attack" && $0.citation.text.hasPrefix("A massive") }
    #expect(blast?.participants.contains("org:red-cross") == false)
    #expect(x.mentions.first { $0.citation.text.hasPrefix("The Taliban") }?.participants.contains("group:taliban") == true)
    // A meeting's speaker may well attend it.
    #expect(x.mentions.first { $0.eventClass == "meeting" }?.participants.contains("country:russia") == true)
  }

  @Test("'Another strong quake hits Herat': a headline's or a dated sentence's 'another' is the news; an undated one is not")
  func anotherOccurrenceAsNews() {
    let x = XDoc.extract(
      [
        "H: Another Strong Quake Hits Herat",
        "Another magnitude 6.3 earthquake shook Herat province early on Wednesday.",
        "Officials fear another earthquake could follow.",
      ], published: "2023-10-11", dates: [("Wednesday", "2023-10-11")])
    let quakes = x.mentions.filter { $0.eventClass == "disaster" }
    #expect(quakes.count == 3)
    #expect(quakes.prefix(2).allSatisfy { $0.isMain && $0.attributes[EventMention.instanceKey] == nil })
    #expect(quakes.last?.attributes[EventMention.instanceKey] == EventMention.otherInstance)
    // The story has its own class: no stand-in `event` mention.
    #expect(!x.mentions.contains { $0.eventClass == MentionFinder.fallbackClass })
  }

  @Test("definite references attach to the main event; another place does not")
  func mainEvent() {
    let x = XDoc.extract(
      [
        "H: Leaders Gather For Climate Talks In Glasgow",
        "World leaders opened climate talks in Glasgow on Monday.",
        "Delegates said the talks would run for two weeks.",
        "She was alluding to the Paris talks, where a treaty was signed in 2015.",
      ], published: "2021-11-01", dates: [("Monday", "2021-11-01"), ("2015", "2015")])
    let meetings = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(meetings.count == 4)
    #expect(meetings[0].role == .headline && meetings[0].isMain)
    #expect(meetings[2].isMain)
    #expect(meetings[2].place == "city:glasgow")
    #expect(meetings[2].time?.value == "2021-11-01")
    // Inherited from the lede's stated day, it binds like the lede: the talks of another year
    // cannot take this reference.
    #expect(meetings[2].time?.stated == true)
    #expect(meetings[2].time?.rule == EventExtractor.mainEventRule)
    #expect(meetings[3].place == "city:paris")
    #expect(!meetings[3].isMain)
  }

  @Test("the main place may come from a later sentence that states the main event's time")
  func placeFromSameTime() {
    let x = XDoc.extract(
      [
        "H: Russia Hosts Taliban At Talks",
        "Russia hosted a meeting with Taliban representatives on Friday.",
        "The talks covered trade.",
        "Aid was discussed.",
        "Officials flew in from Moscow earlier in the week.",
        "“We want engagement,” the minister said Friday from Kazan, Russia.",
      ], published: "2023-09-29", dates: [("Friday", "2023-09-29"), ("Friday from", "2023-09-29")])
    let main = x.mentions.filter(\.isMain)
    #expect(!main.isEmpty)
    #expect(main.allSatisfy { $0.place == "city:kazan" })
  }

  @Test("caption mentions keep their role, time and place and are never main")
  func caption() {
    let x = XDoc.extract(
      [
        "H: Moscow Hosts Talks On Afghanistan",
        "C: The envoy meets with Taliban leaders in Moscow in 2019.",
        "Russia is hosting talks on Afghanistan on October 20.",
      ], published: "2021-10-20", dates: [("2019", "2019"), ("October 20", "2021-10-20")])
    let cap = x.mentions.first { $0.role == .caption }
    #expect(cap?.eventClass == "meeting")
    #expect(cap?.time?.value == "2019")
    #expect(cap?.place == "city:moscow")
    #expect(cap?.isMain == false)
    #expect(x.mentions.first { $0.role == .headline }?.host == "country:russia")
    // A caption naming the main event's place without another time joins the main event.
    let y = XDoc.extract(
      [
        "H: Russia Hosts Talks On Afghanistan",
        "C: The minister takes part in the fifth session of the consultations in Kazan.",
        "Russia hosted talks in Kazan on Friday.",
      ], published: "2023-09-29", dates: [("Friday", "2023-09-29")])
    let c = y.mentions.first { $0.role == .caption }
    #expect(c?.isMain == true)
    #expect(c?.ordinal == 5)
  }

  @Test("without a DCT, implied times are a reference that reanchor fills in")
  func reanchor() {
    let d = XDoc.make(["Officials met with Lavrov to discuss the deal."])
    let x = EventExtractor().extract(d, expressions: [])
    #expect(x.mentions.first?.time?.value == "PRESENT_REF")
    let y = EventExtractor().reanchor(x, dct: Day(2021, 10, 14), tagger: TemporalTagger())
    #expect(y.mentions.first?.time?.value == "2021-10-14")
    #expect(y.mentions.first?.time?.stated == false)
    // The anchor is one the temporal tagger itself can re-anchor (corpus-level DCT propagation).
    let t = x.mentions.first?.time
    let e = TemporalExpression(
      kind: .date, text: "", span: x.mentions[0].triggerSpan, value: t?.value ?? "", rule: t?.rule ?? "",
      anchor: t?.anchor)
    #expect(TemporalTagger().reanchor(e, dct: Day(2021, 10, 14)).value == "2021-10-14")
  }

  @Test("a short quoted label does not cut the clause; a quoted statement does")
  func shortQuotes() {
    let x = XDoc.extract(["H: Russia Hosts Taliban at \"Regional Threat\" Talks"])
    #expect(x.mentions.first?.participants == ["country:russia", "group:taliban"])
    let y = XDoc.extract(["Russia said \"we will host the Taliban next month in Sochi for talks\" to reporters."])
    #expect(y.mentions.first?.participants.contains("country:russia") == false)
  }

  @Test("every mention cites its sentence and trigger")
  func citations() {
    let x = XDoc.extract(["First line here.", "An earthquake struck Nepal."])
    let m = x.mentions.first
    #expect(m?.citation.text == "An earthquake struck Nepal.")
    #expect(m?.citation.line == 3)
    #expect(m?.trigger == "earthquake")
    #expect(m?.eventClass == "disaster")
  }

  @Test("bad input: huge sentence, unbalanced quotes, all caps, no sentences")
  func badInput() {
    let huge = String(repeating: "Russia said talks in Moscow drew 5,000 delegates and ", count: 2_000) + "ended."
    let x = XDoc.extract([huge])
    #expect(x.mentions.contains { $0.eventClass == "meeting" })
    #expect(x.claims.filter { $0.attribute == "count" && $0.number == 5000 }.count == 2_000)
    // Long sentences are cited by a window around each statement, not 100 KB per claim.
    #expect(x.claims.allSatisfy { $0.citation.text.utf8.count < 1_000 && $0.citation.text.contains("5,000") })
    #expect(x.diagnostics.contains { $0.code == "events.long-sentence" })
    let q = XDoc.extract(["He said “this “is nested and never closed."])
    #expect(q.diagnostics.contains { $0.code == "events.unbalanced-quote" })
    let caps = XDoc.extract(["PRESIDENT JOE BIDEN MET WITH LEADERS IN GENEVA ON MONDAY."])
    #expect(caps.diagnostics.contains { $0.code == "events.all-caps" })
    #expect(caps.entities.contains { $0.key == "city:geneva" })
    let empty = EventExtractor().extract(XDoc.make([]), expressions: [])
    #expect(empty.diagnostics.contains { $0.code == "events.no-sentences" })
  }
}

@Suite("EventExtractor arguments across clauses")
struct ArgumentClauseTests {
  @Test("a date premodifying another event noun does not date the neighbouring trigger")
  func premodifyingDate() {
    let x = XDoc.extract(
      ["The withdrawal followed the March 2003 invasion by eight years and ended in December."],
      published: "2011-12-20", dates: [("March 2003", "2003-03"), ("December", "2011-12")])
    let w = x.mentions.first { $0.eventClass == "withdrawal" }
    #expect(w?.time?.value == "2011-12")
  }

  @Test("what happens in an event ('won … in the May 28 runoff') takes that event's date")
  func withinAnEvent() {
    let x = XDoc.extract(
      ["He won 52.2% of the vote in the May 28 runoff, official results showed."],
      published: "2023-06-03", dates: [("May 28", "2023-05-28")])
    #expect(x.mentions.first { $0.eventClass == "victory" }?.time?.value == "2023-05-28")
    #expect(x.mentions.first { $0.eventClass == "election" }?.time?.value == "2023-05-28")
  }

  @Test("an event noun an act is about ('sued on Thursday to block its acquisition') does not take the act's date")
  func themeOfAnAct() {
    let x = XDoc.extract(
      [
        "The regulator sued on Thursday to block Microsoft's acquisition of the game maker.",
        "Thousands rallied on Sunday against the killing of a teenager by police.",
        "Macron beat Le Pen on Saturday night, but a low turnout cast a shadow over his victory.",
        "Investigators opened an inquiry on Monday into the crash of the airliner.",
        "The army seized the airport on Friday in a raid that lasted hours.",
      ], published: "2022-12-09",
      dates: [
        ("Thursday", "2022-12-08"), ("Sunday", "2022-12-04"), ("Saturday", "2022-12-03"), ("Monday", "2022-12-05"),
        ("Friday", "2022-12-02"),
      ])
    #expect(x.mentions.first { $0.eventClass == "lawsuit" }?.time?.value == "2022-12-08")
    #expect(x.mentions.first { $0.eventClass == "acquisition" }?.time?.stated != true)
    #expect(x.mentions.first { $0.eventClass == "killing" }?.time?.stated != true)
    #expect(x.mentions.first { $0.eventClass == "crash" }?.time?.stated != true)
    #expect(x.mentions.first { $0.trigger == "victory" }?.time?.value == "2022-12-03")
    // "in a raid" is no theme: the raid happens on Friday.
    #expect(x.mentions.first { $0.trigger == "raid" }?.time?.value == "2022-12-02")
  }

  @Test("a city before a trigger places it ('the Doha talks'), not a city inside a name ('Real Madrid beat')")
  func cityInsideAName() {
    let x = XDoc.extract(["Real Madrid beat Liverpool in the final.", "The Doha talks resumed."])
    #expect(x.mentions.first { $0.eventClass == "victory" }?.place == nil)
    #expect(x.mentions.first { $0.eventClass == "meeting" }?.place == "city:doha")
  }

  @Test("a year that names an institution ('the 1922 Committee') dates no event of its clause")
  func yearInAnInstitutionName() {
    let x = XDoc.extract(
      ["Under rules set by the 1922 Committee, the election of a new leader needs 100 nominations."],
      published: "2022-10-21", dates: [("1922", "1922")])
    #expect(x.mentions.first { $0.eventClass == "election" }?.time?.value != "1922")
  }

  @Test("a year inside a prize's name dates the prize, not the awarding: 'awarded the 2023 Nobel Peace Prize … on Friday'")
  func yearInAName() {
    let x = XDoc.extract(
      ["The committee awarded the 2023 Nobel Peace Prize to Narges Mohammadi on Friday for her work."],
      published: "2023-10-06", dates: [("2023", "2023"), ("Friday", "2023-10-06")])
    #expect(x.mentions.first { $0.trigger == "awarded" }?.time?.value == "2023-10-06")
  }

  @Test("a wire dateline's city ('OSLO (AP) -') is the story's place, before a city the lede names later")
  func datelinePlace() {
    let x = XDoc.extract(
      [
        "H: Jailed activist wins Nobel Peace Prize",
        "OSLO (AP) - The committee awarded the peace prize to the activist on Friday.",
        "She is serving a sentence in Tehran's Evin prison.",
      ], published: "2023-10-06", dates: [("Friday", "2023-10-06")])
    let main = x.mentions.filter(\.isMain)
    #expect(!main.isEmpty && main.allSatisfy { $0.eventClass == "award" && $0.place == "city:oslo" })
  }

  @Test("'the militants' refers back to the group named before")
  func groupAnaphor() {
    let x = XDoc.extract(
      [
        "Al-Shabaab fighters attacked a hotel in Mogadishu.",
        "Officials said the militants seized control of the building in the afternoon.",
      ], published: "2022-08-20")
    let t = x.mentions.first { $0.eventClass == "takeover" }
    #expect(t?.participants.contains("group:al-shabaab") == true)
  }

  @Test("'which' opens a relative clause even when a date follows it")
  func relativeClauseWithDate() {
    let x = XDoc.extract(
      ["Taliban envoys held talks with Qatar, which this month hosted a donor meeting."],
      published: "2021-11-20", dates: [("this month", "2021-11")])
    let meetings = x.mentions.filter { $0.eventClass == "meeting" }.sorted { $0.triggerSpan < $1.triggerSpan }
    #expect(meetings.count == 2)
    #expect(meetings.first?.time?.stated == false)
    #expect(meetings.last?.time?.value == "2021-11")
  }

  @Test("a relative clause's antecedent takes part in its events, across 'and whose'")
  func relativeAntecedentParticipant() {
    let x = XDoc.extract(
      ["Critics blamed Britain and its allies, which invaded Iraq in March 2003 and whose withdrawal came in 2009."],
      published: "2010-01-10", dates: [("March 2003", "2003-03"), ("2009", "2009")])
    let w = x.mentions.first { $0.eventClass == "withdrawal" }
    #expect(w?.participants.contains("country:united-kingdom") == true)
    #expect(w?.time?.value == "2009")
    let war = x.mentions.first { $0.eventClass == "war" }
    #expect(war?.participants.contains("country:united-kingdom") == true)
    #expect(war?.time?.value == "2003-03")
  }

  @Test("'officials said on Monday' dates the statement, not the event; 'said … at the summit' dates both")
  func speechTime() {
    let x = XDoc.extract(
      ["A landslide buried the village of Kedarnath, officials said on Monday."],
      published: "2023-08-15", dates: [("Monday", "2023-08-14")])
    let slide = x.mentions.first { $0.eventClass == "disaster" }
    #expect(slide != nil)
    #expect(slide?.time?.stated == false)
    let y = XDoc.extract(
      ["The minister said on Saturday at the Halifax security conference that aid would continue."],
      published: "2023-11-19", dates: [("Saturday", "2023-11-18")])
    #expect(y.mentions.first { $0.eventClass == "meeting" }?.time?.value == "2023-11-18")
  }

  @Test("a place after 'through the eastern Libyan city of'")
  func placeAfterDemonymAndCompass() {
    let x = XDoc.extract(
      ["Floods swept through the eastern Libyan city of Derna overnight."], published: "2023-09-11")
    #expect(x.mentions.first { $0.eventClass == "disaster" }?.place == "city:derna")
  }

  @Test("a trigger word inside an institution's name is no event")
  func institutionName() {
    let x = XDoc.extract(["The party won 240 seats in the general election, short of the 272 needed for a majority, the Election Commission said."])
    #expect(x.mentions.filter { $0.eventClass == "election" }.count == 1)
  }
  @Test("a 'since' comparison: the earlier event is another instance, placed by the superlative, and its date does not date the story")
  func sinceComparison() {
    let x = XDoc.extract(
      [
        "H: Nine dead in attack on Peshawar hotel",
        "Gunmen attacked a hotel in Peshawar on Tuesday, killing nine guests.",
        "It was the deadliest attack in Peshawar since a bombing in March 2019 killed 30 people.",
      ], published: "2022-06-08", dates: [("Tuesday", "2022-06-07"), ("March 2019", "2019-03")])
    let attacks = x.mentions.filter { $0.eventClass == "attack" }
    let earlier = attacks.first { $0.trigger.lowercased() == "bombing" }
    #expect(earlier?.place == "city:peshawar")
    #expect(earlier?.time?.value == "2019-03")
    #expect(earlier?.isMain == false)
    // "It was the deadliest attack" restates the story: main, not dated March 2019.
    let restated = attacks.first { $0.trigger.lowercased() == "attack" }
    #expect(restated?.isMain == true)
    #expect(restated?.time?.value != "2019-03")
  }
  @Test("a meeting series name of two words or more with a capital; not adjectives, verbs or headlines")
  func seriesNames() {
    let x = XDoc.extract(
      [
        "H: Danube Trade Forum Opens In Vienna",
        "Austria hosted the fourth round of the Danube trade forum in Vienna on Monday.",
        "It was one of the most significant international meetings of the year.",
        "Ministers publicly welcomed talks on the river.",
      ], published: "2019-05-14", dates: [("Monday", "2019-05-13")])
    let meetings = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(meetings.first { $0.trigger == "forum" && $0.role == .body }?.attributes["series"] == "danube trade")
    #expect(meetings.first { $0.trigger == "meetings" }?.attributes["series"] == nil)
    // The headline's own words give no series (every word is capitalized); as a main mention it
    // takes the lede's.
    #expect(meetings.first { $0.role == .headline }.map { $0.attributes["series"] == nil || $0.attributes["series"] == "danube trade" } ?? true)
  }
  @Test("an earlier edition named only by its year takes the story's series; 'the region' is the story's place")
  func earlierEditionAndRegion() {
    let x = XDoc.extract(
      [
        "Leaders of nine states gathered in Valletta on Monday for the annual Mediterranean Ports Summit.",
        "The 2021 summit was held in Tunis.",
      ], published: "2022-05-10", dates: [("Monday", "2022-05-09"), ("2021", "2021")])
    let earlier = x.mentions.first { $0.citation.text.hasPrefix("The 2021 summit") && $0.eventClass == "meeting" }
    #expect(earlier?.isMain == false)
    #expect(earlier?.attributes["series"] == "mediterranean ports")
    let y = XDoc.extract(
      [
        "A cyclone struck the coast near Chittagong on Tuesday, killing 14 people.",
        "The region was hit by a flood in 2019 that killed 80 people.",
      ], published: "2022-05-11", dates: [("Tuesday", "2022-05-10"), ("2019", "2019")])
    let flood = y.mentions.first { $0.trigger == "flood" }
    #expect(flood?.place == "city:chittagong")
    #expect(flood?.isMain == false)
  }
  @Test("a boundary verb lets nearby days of one event be main, not last year's edition")
  func boundaryDaysVersusLastYear() {
    let x = XDoc.extract(
      [
        "Leaders of eight states gathered in Riga on Friday for the annual Baltic Ports Summit.",
        "The summit ended on Saturday with a joint statement on shipping.",
        "Last year's summit was held in Riga.",
      ], published: "2023-06-12", dates: [("Friday", "2023-06-09"), ("Saturday", "2023-06-10"), ("Last year", "2022")])
    let summits = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(summits.first { $0.citation.text.hasPrefix("The summit ended") }?.isMain == true)
    #expect(summits.first { $0.citation.text.hasPrefix("Last year") }?.isMain == false)
  }
}
