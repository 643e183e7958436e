import Foundation
import Testing

@testable import Timeline

private func extract(_ text: String) throws -> DocumentExtraction {
  try withCorpus(["doc.txt": text]) { path in
    let pipeline = Pipeline()
    return try #require(pipeline.analyze(try pipeline.ingestor.ingest(paths: [path]).documents).first)
  }
}

/// Events named as the point a time is counted from ("six days after the explosion").
@Suite("Reference phrases")
struct ReferencePhraseTests {
  // Real events, sentences written for these tests.
  static let resignation = """
    Lebanon's government resigns after Beirut explosion

    August 10, 2020

    Lebanese Prime Minister Hassan Diab announced the resignation of his government on Monday, six days after the explosion at Beirut's port.

    """
  static let portFire = """
    Fire breaks out at Beirut port weeks after deadly blast

    Published: 10 September 2020

    A large fire broke out at the port of Beirut on Thursday, five weeks after the explosion that killed more than 190 people.

    The army said the fire started in a warehouse storing cooking oil and tyres.

    """
  static let wire = """
    Huge blast rocks Beirut port, scores killed

    August 5, 2020

    A massive explosion tore through the port of Beirut on Tuesday evening, killing at least 100 people.

    """

  static let threatLevel = """
    Britain lowers terror threat level

    May 27, 2017

    Britain lowered its terrorism threat level from critical to severe on Saturday, five days after the Manchester Arena was attacked by a suicide bomber.

    """

  @Test("a passive trigger ('after the arena was attacked') is a reference too: its auxiliary belongs to the verb")
  func passiveReference() throws {
    let x = try extract(Self.threatLevel)
    let attack = try #require(x.mentions.first { $0.trigger.lowercased() == "attacked" })
    #expect(attack.attributes[MentionFinder.referenceKey] == "after")
    #expect(attack.time?.value == "2017-05-22")
    #expect(attack.time?.rule == EventExtractor.offsetRule)
  }

  @Test("'on Monday, six days after the explosion' dates the explosion six days before that Monday")
  func countedDays() throws {
    let x = try extract(Self.resignation)
    let blast = try #require(x.mentions.first { $0.eventClass == "attack" && $0.role == .body })
    #expect(blast.time?.value == "2020-08-04")
    #expect(blast.time?.rule == EventExtractor.offsetRule)
    #expect(blast.time?.stated == true)
    #expect(blast.attributes[MentionFinder.referenceKey] == "after")
    #expect(!blast.isMain)
    // The headline "resigns after Beirut explosion" is about the resignation.
    #expect(x.mentions.filter { $0.isMain }.allSatisfy { $0.eventClass == "resignation" })
    #expect(x.mentions.contains { $0.isMain })
  }

  @Test("'weeks after deadly blast': the fire is the news; the blast, counted back in weeks, is an earlier occurrence at the story's place")
  func countedWeeks() throws {
    let x = try extract(Self.portFire)
    #expect(x.mentions.filter { $0.isMain }.allSatisfy { $0.eventClass == "fire" })
    let blasts = x.mentions.filter { $0.eventClass == "attack" }
    #expect(blasts.count == 2)
    #expect(blasts.allSatisfy { !$0.isMain && $0.place == "city:beirut" })
    let counted = try #require(blasts.first { $0.role == .body })
    #expect(counted.time?.value == "2020-W32")  // the week of September 10 minus 35 days, August 6
    #expect(counted.time?.mod == "APPROX")
    #expect(counted.isEarlierOccurrence)
    // Its sentence's toll is the blast's, not the fire's.
    #expect(x.claims.contains { $0.attribute == "count" && $0.mention == counted.id && $0.number == 190 })
  }

  @Test("reconciled, the counted blast joins the blast its first report dates and its toll revises that report's")
  func reconciled() throws {
    let report = try withCorpus(["wire.txt": Self.wire, "fire.txt": Self.portFire]) { try Pipeline().run(paths: [$0]) }
    let blasts = report.events.filter { $0.eventClass == "attack" }
    #expect(blasts.count == 1)
    #expect(blasts.first?.time?.value.hasPrefix("2020-08-04") == true)
    #expect(Set(blasts.first?.mentions.map(\.document) ?? []) == ["wire", "fire"])
    let fires = report.events.filter { $0.eventClass == "fire" }
    #expect(fires.count == 1 && fires.first?.time?.value == "2020-09-10")
    #expect(report.conflicts.contains { $0.kind == .reportingTime && $0.attribute.hasPrefix("count.killed") })
  }

  @Test("a headline whose only event is a reference ('Residents wary after Cairo truce') is about that event")
  func onlyReference() throws {
    let x = try extract(
      """
      Residents wary after Khartoum truce

      May 23, 2023

      The warring sides signed a truce in Jeddah on May 20 after weeks of fighting in Khartoum.

      """)
    let main = x.mentions.filter { $0.isMain }
    #expect(!main.isEmpty)
    #expect(main.allSatisfy { $0.eventClass == "agreement" })
  }

  @Test("an undated article does not count from a date it does not have yet")
  func undatedAnchor() throws {
    let x = try extract(
      """
      Rescuers keep searching in Derna

      Rescuers in Derna were still pulling bodies from the rubble on Sunday, a week after the floods destroyed a quarter of the city.

      """)
    let floods = try #require(x.mentions.first { $0.eventClass == "disaster" && $0.role == .body })
    #expect(floods.attributes[MentionFinder.referenceKey] == "after")
    #expect(floods.time?.rule != EventExtractor.offsetRule)
  }

  @Test("'on 6 September, the day after she won the contest' dates the win on 5 September")
  func theDayAfter() throws {
    let x = try extract(
      """
      Truss takes office

      September 7, 2022

      Liz Truss became prime minister on 6 September, the day after she won the Conservative leadership contest.

      """)
    let win = try #require(x.mentions.first { $0.eventClass == "victory" })
    #expect(win.attributes[MentionFinder.referenceKey] == "after")
    #expect(win.time?.value == "2022-09-05")
    #expect(win.time?.expression == "the day after")
  }

  @Test("an undated report of a person's withdrawal 'on Sunday evening' joins the dated one on that Sunday, and is dated by it")
  func undatedByPersonAndWeekday() throws {
    let dated = """
      Sunak becomes prime minister

      25/10/2022

      Sunak was named leader of the Conservative Party on Monday, after former prime minister Boris Johnson pulled out of the race on Sunday evening.

      """
    let undated = """
      Johnson pulls out of race

      Former prime minister Boris Johnson pulled out of the race on Sunday evening, saying he could not unite his party.

      """
    let report = try withCorpus(["sunak.txt": dated, "johnson.txt": undated]) { try Pipeline().run(paths: [$0]) }
    let withdrawals = report.events.filter { $0.eventClass == "withdrawal" }
    #expect(withdrawals.count == 1)
    #expect(Set(withdrawals.first?.sources ?? []) == ["sunak", "johnson"])
    #expect(report.documents.first { $0.id == "johnson" }?.published?.value.hasPrefix("2022-10-2") == true)
  }

  @Test("'his largest gathering since the invasion': the invasion is a reference point and does not take the summit's Tuesday")
  func since() throws {
    let x = try extract(
      """
      Putin hosts BRICS summit in Kazan

      October 22, 2024

      Russian President Vladimir Putin welcomed leaders to the BRICS summit in Kazan on Tuesday, his largest international gathering since the invasion of Ukraine.

      """)
    let invasion = try #require(x.mentions.first { $0.trigger == "invasion" })
    #expect(invasion.attributes[MentionFinder.referenceKey] == "after")
    #expect(invasion.time?.stated != true)
    #expect(!invasion.isMain)
    #expect(x.mentions.first { $0.trigger == "summit" && $0.role == .body }?.time?.value == "2024-10-22")
  }

  @Test("a place in a trailing reference phrase is the earlier event's, not the story's")
  func placeOfTheReference() throws {
    let x = try extract(
      """
      US grounds Boeing 737 MAX fleet

      2019-03-13

      The United States grounded Boeing's 737 MAX aircraft on Wednesday, three days after the Ethiopian Airlines crash that killed 157 people near Addis Ababa.

      """)
    let grounding = x.mentions.filter { $0.eventClass == "grounding" }
    #expect(grounding.count == 2)
    #expect(grounding.allSatisfy { $0.isMain && $0.place == nil })
    #expect(grounding.contains { $0.participants == ["country:united-states"] })
    let crash = try #require(x.mentions.first { $0.eventClass == "crash" })
    #expect(crash.place == "city:addis-ababa")
    #expect(crash.time?.value == "2019-03-10")
  }

  @Test("no reference: 'the following statement', a bare 'before'")
  func notReferences() throws {
    let x = try extract(
      """
      Ministers meet before summit

      June 2, 2022

      The ministers met in Brussels on Thursday before the summit. The ministry issued the following statement.

      """)
    #expect(x.mentions.allSatisfy { $0.attributes[MentionFinder.referenceKey] == nil })
  }

  @Test("the offset follows its anchor when the article is dated later")
  func reanchored() throws {
    let x = try extract(
      """
      Survivor found in Izmir

      Rescuers pulled a girl alive from the rubble in Izmir on Tuesday, four days after the earthquake.

      """)
    let quake = try #require(x.mentions.first { $0.eventClass == "disaster" && $0.role == .body })
    // Undated, relative anchor: nothing counted yet.
    #expect(quake.time?.rule != EventExtractor.offsetRule)
    // Dated, the same sentence counts from its Tuesday.
    let dated = try extract(
      """
      Survivor found in Izmir

      November 4, 2020

      Rescuers pulled a girl alive from the rubble in Izmir on Tuesday, four days after the earthquake.

      """)
    let counted = try #require(dated.mentions.first { $0.eventClass == "disaster" && $0.role == .body })
    #expect(counted.time?.value == "2020-10-30")
    let later = EventExtractor().reanchor(dated, dct: Day(2020, 11, 11), tagger: TemporalTagger())
    #expect(later.mentions.first { $0.id == counted.id }?.time?.value == "2020-11-06")
  }
}

/// Events of stated length ("a two-day summit"): the day they open or end stands for all
/// their days.
@Suite("Stated lengths")
struct StatedLengthTests {
  static let opens = """
    NATO summit opens in Vilnius

    July 11, 2023

    NATO leaders opened a two-day summit in Vilnius on Tuesday, with Ukraine's membership bid at the top of the agenda.

    """
  static let ends = """
    Vilnius summit ends with promise to Ukraine

    12 July 2023

    The NATO summit in Vilnius ended on Wednesday with a promise that Ukraine would be invited to join the alliance.

    """

  @Test("'opened a two-day summit' gives the summit's length to the article's main mentions")
  func lengthOfTheStory() throws {
    let x = try extract(Self.opens)
    let summits = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(summits.count == 2)
    #expect(summits.allSatisfy { $0.isMain && $0.attributes[EventMention.lengthKey] == "2" })
  }

  @Test("a day that opens, ends or falls within an event of stated length stands for its days")
  func ranges() {
    func range(_ role: String?) -> DayRange? {
      var m = mention("d", 0, "meeting", time: "2023-07-11")
      m.attributes[EventMention.lengthKey] = "3"
      m.attributes["timeRole"] = role
      return EventResolver.range(m)
    }
    #expect(range("start") == DayRange(Day(2023, 7, 11), Day(2023, 7, 13)))
    #expect(range("end") == DayRange(Day(2023, 7, 9), Day(2023, 7, 11)))
    #expect(range(nil) == DayRange(Day(2023, 7, 9), Day(2023, 7, 13)))
    #expect(EventResolver.range(mention("d", 0, "meeting", time: "2023-07-11")) == DayRange(Day(2023, 7, 11), Day(2023, 7, 11)))
  }

  @Test("the day a two-day summit opened and the day it ended are one summit, not a contradiction")
  func opensAndEnds() throws {
    let report = try withCorpus(["opens.txt": Self.opens, "ends.txt": Self.ends]) { try Pipeline().run(paths: [$0]) }
    let summits = report.events.filter { $0.eventClass == "meeting" }
    #expect(summits.count == 1)
    #expect(Set(summits.first?.sources ?? []) == ["opens", "ends"])
    #expect(!report.conflicts.contains { $0.attribute == "time" })
  }
}
