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

  @Test("count examples of ClaimRules", arguments: ClaimRules.examples.map { CountCase(text: $0.text, value: $0.value, unit: $0.unit) })
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

  @Test("qualifiers and killed/wounded from verbs")
  func qualifiers() {
    let x = XDoc.extract(["The quake killed at least 41,000 people and injured more than 100,000 others."])
    let counts = x.claims.filter { $0.attribute == "count" }
    #expect(counts.map(\.number) == [41000, 100000])
    #expect(counts.map(\.unit) == ["killed", "wounded"])
    #expect(counts.map(\.qualifier) == ["MIN", "MORE_THAN"])
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
    let a = XDoc.extract(["Russia is hosting talks attended by officials from China, Pakistan, and eight other countries."])
    let pa = a.claims.first { $0.attribute == "participants" }
    #expect(pa?.number == 10)
    #expect(pa?.items == ["country:china", "country:pakistan"])
    #expect(!a.claims.contains { $0.attribute == "count" && $0.unit == "countries" })
    let b = XDoc.extract(["Russia, China, Pakistan, India, Iran and five former Soviet Central Asian states joined the talks."])
    #expect(b.claims.first { $0.attribute == "participants" }?.number == 10)
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
    #expect(q.map(\.value) == ["We will continue our contacts,", "No one is interested in paralysis.", "complete fiasco"])
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
    #expect(s.contains { $0.attribute == "status.designated" && $0.subject == "country:russia" })
  }
}
