import Testing

@testable import Timeline

/// What the seed corpus must yield (issue 4, "Checked by").
@Suite("SeedExtraction")
struct SeedExtractionTests {
  static func mains(_ x: DocumentExtraction?) -> [EventMention] {
    (x?.mentions ?? []).filter { $0.isMain }
  }

  @Test("000 and 001: a meeting in Kazan with Russia and the Taliban; 001 gives ordinal 5")
  func kazan() throws {
    let xs = try Seeds.extractions()
    for prefix in ["000", "001"] {
      let m = Self.mains(Seeds.doc(xs, prefix))
      #expect(m.first?.eventClass == "meeting", "\(prefix)")
      #expect(m.contains { $0.place == "city:kazan" }, "\(prefix)")
      let participants = Set(m.flatMap(\.participants) + m.compactMap(\.host))
      #expect(participants.isSuperset(of: ["country:russia", "group:taliban"]), "\(prefix)")
      #expect(!m.contains { $0.place == "city:moscow" }, "\(prefix)")
    }
    #expect(Self.mains(Seeds.doc(xs, "001")).contains { $0.ordinal == 5 })
  }

  @Test("002, 003, 004: talks in Moscow; 002 gives ordinal 3")
  func moscow() throws {
    let xs = try Seeds.extractions()
    for prefix in ["002", "003", "004"] {
      let m = Self.mains(Seeds.doc(xs, prefix))
      #expect(m.first?.eventClass == "meeting", "\(prefix)")
      #expect(m.contains { $0.place == "city:moscow" }, "\(prefix)")
    }
    #expect(Self.mains(Seeds.doc(xs, "002")).contains { $0.ordinal == 3 })
  }

  @Test("Lavrov's 'complete failure' and 'complete fiasco' are both his; Muttaqi is Muttaki")
  func quotesAndNames() throws {
    let xs = try Seeds.extractions()
    let failure = Seeds.doc(xs, "000")?.claims.first { $0.attribute == "quote" && $0.value == "complete failure" }
    let fiasco = Seeds.doc(xs, "001")?.claims.first { $0.attribute == "quote" && $0.value == "complete fiasco" }
    #expect(failure?.holder == "person:lavrov")
    #expect(fiasco?.holder == "person:lavrov")
    let map = EntityUnifier().unify(xs)
    #expect(map["person:muttaqi"] != nil)
    #expect(map["person:muttaqi"] == map["person:muttaki"])
  }

  @Test("counts: ten countries, 2,000 militants, $6.5 billion; none from a year")
  func counts() throws {
    let xs = try Seeds.extractions()
    let c003 = Seeds.doc(xs, "003")?.claims ?? []
    #expect(c003.contains { $0.attribute == "participants" && $0.number == 10 })
    #expect(c003.contains { $0.attribute == "count" && $0.number == 2000 && $0.unit == "militants" && $0.qualifier == "APPROX" })
    let c004 = Seeds.doc(xs, "004")?.claims ?? []
    #expect(c004.contains { $0.attribute == "participants" && $0.number == 10 && $0.items.count == 5 })
    let c000 = Seeds.doc(xs, "000")?.claims ?? []
    #expect(c000.contains { $0.attribute == "count" && $0.number == 6_500_000_000 && $0.unit == "money:usd" })
    let years: Set<Double> = [1989, 2001, 2003, 2016, 2017, 2019, 2020, 2021, 2023]
    for x in xs {
      #expect(!x.claims.contains { $0.attribute == "count" && years.contains($0.number ?? 0) }, "\(x.document)")
    }
  }

  @Test("'Moscow format' is a process and Kazan City Hall is in Kazan")
  func places() throws {
    let xs = try Seeds.extractions()
    let x = Seeds.doc(xs, "001")
    #expect(x?.entities.contains { $0.key == "process:moscow-format" } == true)
    #expect(x?.mentions.contains { $0.ordinal == 5 && $0.place == "city:kazan" } == true)
  }
}
