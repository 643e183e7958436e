import Testing

@testable import Timeline

/// The expected extractions written in `fixtures/quake-2023/README.md` and
/// `fixtures/cop-summits/README.md`.
@Suite("FixtureExtraction")
struct FixtureExtractionTests {
  @Test("quake-2023: disaster main events, rising tolls, magnitude, no count from dates")
  func quake() throws {
    let xs = try Seeds.extractions("fixtures/quake-2023/docs")
    #expect(xs.count == 3)
    for x in xs {
      #expect(x.mentions.first { $0.isMain }?.eventClass == "disaster", "\(x.document)")
      #expect(!x.claims.contains { $0.attribute == "count" && [2023, 6, 7].contains($0.number ?? 0) }, "\(x.document)")
    }
    let a = Seeds.doc(xs, "a_wire_day1")?.claims ?? []
    #expect(a.contains { $0.attribute == "magnitude" && $0.number == 7.8 })
    #expect(a.contains { $0.unit == "killed" && $0.number == 2300 && $0.qualifier == "MIN" })
    #expect(a.contains { $0.attribute == "quote" && $0.holder == "person:erdogan" })
    #expect(Seeds.doc(xs, "a_wire_day1")?.mentions.contains { $0.isMain && $0.place == "city:gaziantep" } == true)
    let b = Seeds.doc(xs, "b_daily_day3")?.claims ?? []
    #expect(b.contains { $0.unit == "killed" && $0.number == 11000 && $0.qualifier == "MORE_THAN" })
    let c = Seeds.doc(xs, "c_weekly_review")?.claims ?? []
    #expect(c.contains { $0.unit == "killed" && $0.number == 35000 && $0.qualifier == "MORE_THAN" })
    #expect(c.contains { $0.attribute == "magnitude" && $0.number == 7.8 })
  }

  @Test("cop-summits: two instances of one annual summit stay apart")
  func summits() throws {
    let xs = try Seeds.extractions("fixtures/cop-summits/docs")
    let g = Seeds.doc(xs, "glasgow_2021")
    let s = Seeds.doc(xs, "sharm_2022")
    #expect(g?.mentions.contains { $0.isMain && $0.place == "city:glasgow" && $0.ordinal == 26 } == true)
    #expect(s?.mentions.contains { $0.isMain && $0.place == "city:sharm-el-sheikh" && $0.ordinal == 27 } == true)
    #expect(s?.mentions.contains { $0.place == "city:glasgow" && !$0.isMain } == true)
    #expect(g?.claims.contains { $0.attribute == "quote" && $0.holder == "person:johnson" } == true)
    #expect(g?.claims.contains { $0.unit == "countries" && $0.number == 200 && $0.qualifier == "APPROX" } == true)
    #expect(s?.claims.contains { $0.attribute == "participants" && $0.number == 4 } == true)
    #expect(s?.claims.contains { $0.attribute == "quote" && $0.holder == "person:guterres" } == true)
  }
}
