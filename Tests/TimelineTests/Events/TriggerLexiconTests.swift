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
    let x = XDoc.extract([e.text])
    if let c = e.eventClass {
      #expect(x.mentions.map(\.eventClass) == [c])
    } else {
      #expect(x.mentions.isEmpty)
    }
  }

  @Test("every class in the table has a priority for main-event choice")
  func priorities() {
    let classes = Set(TriggerLexicon.byFirstWord.values.flatMap { $0.map(\.eventClass) })
    #expect(classes == Set(TriggerLexicon.priority))
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
