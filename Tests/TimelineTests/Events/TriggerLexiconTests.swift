import Testing

@testable import Timeline

@Suite("TriggerLexicon")
struct TriggerLexiconTests {
  struct Example: Sendable, CustomStringConvertible {
    var text: String
    var eventClass: String?
    var description: String { text }
  }

  @Test(
    "trigger examples", arguments: TriggerLexicon.examples.map { Example(text: $0.text, eventClass: $0.eventClass) })
  func examples(_ e: Example) {
    // A sentence with no trigger still gets the fallback main event (class `event`).
    let x = XDoc.extract([e.text]).mentions.filter { $0.eventClass != MentionFinder.fallbackClass }
    if let c = e.eventClass {
      #expect(x.map(\.eventClass) == [c])
    } else {
      #expect(x.isEmpty)
    }
  }

  @Test("every class in the table has a priority for main-event choice")
  func priorities() {
    let classes = Set(TriggerLexicon.byFirstWord.values.flatMap { $0.map(\.eventClass) })
    #expect(classes.union([MentionFinder.fallbackClass]) == Set(TriggerLexicon.priority))
    #expect(TriggerLexicon.priority.count == Set(TriggerLexicon.priority).count)
  }

  @Test("generic plurals are never the main event")
  func plurals() {
    let x = XDoc.extract([
      "H: Taliban Attend Moscow Talks",
      "The conference is one of the Taliban's most significant international meetings since August.",
    ])
    #expect(x.mentions.first { $0.trigger == "meetings" }?.isMain == false)
    #expect(x.mentions.first { $0.trigger == "conference" }?.isMain == true)
  }
}

@Suite("HeadlineVerbs")
struct HeadlineVerbTests {
  @Test("a headline's present-tense verb of a plural's form is the story's event; the plural noun is not")
  func verbs() {
    let crash = XDoc.extract([
      "H: Ethiopian Airlines jet crashes after take-off, killing 157",
      "An Ethiopian Airlines jet crashed shortly after take-off from Addis Ababa on Sunday.",
    ])
    #expect(crash.mentions.first { $0.trigger == "crashes" }?.isMain == true)
    let recall = XDoc.extract([
      "H: Carmaker recalls 40,000 vehicles over brake fault",
      "The company said owners would be contacted by letter.",
    ])
    #expect(recall.mentions.first { $0.trigger == "recalls" }?.isMain == true)
    let plural = XDoc.extract([
      "H: Deadly attacks in Kabul raise fears",
      "Residents of the capital stayed home on Friday.",
    ])
    #expect(plural.mentions.first { $0.trigger == "attacks" }?.isMain == false)
  }
}

@Suite("PlacesAtSea")
struct PlacesAtSeaTests {
  @Test("'off Jakarta' places a crash at sea near the city; 'called off' places nothing")
  func off() {
    let x = XDoc.extract(["A passenger jet crashed into the sea off Jakarta on Monday."], published: "2018-10-29")
    #expect(x.mentions.first { $0.eventClass == "crash" }?.place == "city:jakarta")
    let y = XDoc.extract(["Organisers called off the protest on Monday."], published: "2018-10-29")
    #expect(y.mentions.allSatisfy { $0.place == nil })
  }
}

@Suite("CompanyNews")
struct CompanyNewsTests {
  @Test("a takeover with a price or a bid is an acquisition; the Taliban's takeover is not")
  func takeovers() {
    let deal = XDoc.extract(["Microsoft completed its $69 billion takeover of Activision Blizzard on Friday."])
    #expect(deal.mentions.first { $0.trigger == "takeover" }?.eventClass == "acquisition")
    let bid = XDoc.extract(["The board rejected a takeover bid from its largest rival."])
    #expect(bid.mentions.first { $0.trigger == "takeover" }?.eventClass == "acquisition")
    let power = XDoc.extract(["The Taliban takeover of Kabul came in August."])
    #expect(power.mentions.first { $0.trigger == "takeover" }?.eventClass == "takeover")
  }

  @Test("a headline whose only event is a reference the lede does not report defers to the lede's news")
  func headlineOfReferences() {
    let x = XDoc.extract([
      "H: Activision chief to leave after Microsoft deal",
      "Bobby Kotick will step down as chief executive at the end of the year, the company said.",
    ])
    #expect(x.mentions.filter(\.isMain).map(\.eventClass) == ["resignation"])
  }
}

@Suite("MainEventShapes")
struct MainEventShapeTests {
  @Test("the headline's class wins over the lede's; a visit in the headline does not")
  func headlineClass() {
    let a = XDoc.extract([
      "H: Afghans wary after Doha agreement",
      "The envoys signed the agreement in Doha, ending more than a year of negotiations.",
    ])
    #expect(a.mentions.filter(\.isMain).map(\.eventClass).allSatisfy { $0 == "agreement" })
    #expect(a.mentions.contains { $0.eventClass == "meeting" && !$0.isMain })
    let b = XDoc.extract(
      [
        "H: Taliban delegation to visit Russia",
        "A Taliban team will come to Moscow next week for negotiations on Afghanistan.",
      ], dates: [("next week", "2021-W42")])
    #expect(b.mentions.filter(\.isMain).map(\.eventClass) == ["meeting"])
  }

  @Test("'such a conference' and 'the next round of talks' are other instances")
  func otherInstances() {
    let x = XDoc.extract([
      "H: Regional Powers Meet For Talks In Moscow",
      "Ten countries at the talks called on the UN to convene such a conference soon.",
      "Officials said the next round of talks would be held in Tehran.",
    ])
    let meetings = x.mentions.filter { $0.eventClass == "meeting" }
    #expect(meetings.map(\.isMain) == [true, true, false, false])
    #expect(meetings.last?.attributes["instance"] == "other")
  }
}

@Suite("GeneralNewsEvents")
struct GeneralNewsEventTests {
  @Test("an exception word stops a one-word trigger: death toll, under fire, fired at, press release")
  func exceptions() {
    for text in [
      "Officials said the death toll had risen sharply overnight.",
      "The mayor came under fire over the budget.",
      "Soldiers fired at the crowd near the square.",
      "The company said in a press release that sales grew.",
    ] {
      let x = XDoc.extract([text]).mentions.filter { $0.eventClass != MentionFinder.fallbackClass }
      #expect(x.isEmpty, "\(text): \(x.map(\.eventClass))")
    }
    #expect(XDoc.extract(["The veteran actor died on Sunday."]).mentions.map(\.eventClass) == ["death"])
    #expect(XDoc.extract(["A fire gutted the old mill."]).mentions.map(\.eventClass) == ["fire"])
  }

  @Test("a consequence in the sentence of its incident is part of the incident; its toll too")
  func consequences() {
    let x = XDoc.extract([
      "H: Strong earthquake hits northern Chile",
      "The earthquake killed at least 12 people and injured 40.",
      "Police said two men were killed in a separate incident.",
    ])
    let lede = x.mentions.filter { $0.citation.line == 3 }
    #expect(lede.map(\.eventClass) == ["disaster"])
    #expect(x.mentions.contains { $0.eventClass == "killing" && $0.citation.line == 5 })
    let toll = x.claims.first { $0.attribute == "count" && $0.unit == "killed" }
    #expect(toll?.number == 12)
    #expect(toll?.mention == lede.first?.id)
  }

  @Test("incidents outrank their follow-ups as the main event; follow-ups alone are main")
  func priorities() {
    let a = XDoc.extract([
      "H: Man charged with killing neighbour in Leeds",
      "A 45-year-old man has been charged after his neighbour was stabbed at her home.",
    ])
    #expect(Set(a.mentions.filter(\.isMain).map(\.eventClass)) == ["killing"])
    let b = XDoc.extract([
      "H: Actor checks into rehab",
      "The actor checked into a treatment centre in Arizona, his agent said.",
    ])
    #expect(Set(b.mentions.filter(\.isMain).map(\.eventClass)) == ["treatment"])
  }

  @Test("with no known class in the headline or lede, the first content word stands for the story")
  func fallbackMain() {
    let x = XDoc.extract([
      "H: Greek austerity: British views",
      "Many Britons have opinions about Greece.",
    ])
    let main = x.mentions.filter(\.isMain)
    #expect(main.map(\.eventClass) == [MentionFinder.fallbackClass])
    #expect(main.first?.trigger == "austerity")
    #expect(main.first?.role == .headline)
  }

  @Test("a class with no mention that can be main (only generic plurals) leaves the story to the fallback")
  func noMainMention() {
    let x = XDoc.extract([
      "H: Several meetings planned for spring",
      "Officials said more meetings would follow.",
    ])
    let main = x.mentions.filter(\.isMain)
    #expect(main.map(\.eventClass) == [MentionFinder.fallbackClass])
    #expect(main.first?.trigger == "planned")
    #expect(Set(x.mentions.map(\.id)).count == x.mentions.count)
    // "Academy Awards" names one ceremony: a plural award is no generic plural.
    let y = XDoc.extract(["H: Actor picked to host the 81st Academy Awards ceremony", "He said he was thrilled."])
    #expect(y.mentions.filter(\.isMain).map(\.eventClass) == ["award"])
  }

  @Test("salient names: capitals inside sentences, repeated or in the lede, not titles or sentence starts")
  func salientNames() {
    let x = XDoc.extract([
      "H: Singer Checks Into Rehab Clinic In Malibu",
      "Pop singer Dana Vale has checked into the Promises clinic, her spokesman Tom Ruiz said.",
      "Vale thanked her fans.",
      "Yesterday President Smith said nothing.",
      "The clinic was founded in 1989.",
      "Fans of Vale gathered outside, and Ruiz spoke to them.",
      "Reporters also mentioned Ortega once.",
    ])
    let names = x.mentions.first(where: \.isMain)?.names ?? []
    #expect(names == names.sorted())
    #expect(Set(["dana", "vale", "promises", "tom", "ruiz"]).isSubset(of: Set(names)))
    // Title-case headline words, sentence-initial words, titles and one-off names later on are not.
    #expect(!names.contains("singer") && !names.contains("yesterday") && !names.contains("president"))
    #expect(!names.contains("ortega") && !names.contains("malibu"))
    #expect(x.mentions.filter { !$0.isMain }.allSatisfy { $0.names == nil })
  }
}
