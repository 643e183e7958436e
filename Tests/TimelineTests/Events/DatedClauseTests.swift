import Foundation
import Testing

@testable import Timeline

/// Dated clauses whose act the trigger lexicon does not know (``EventExtractor/datedClauses``):
/// each is a dated fact of its article. The sentences are our own.
@Suite("DatedClauses")
struct DatedClauseTests {
  func datedClauses(_ x: DocumentExtraction) -> [EventMention] { x.mentions.filter(\.isDatedClause) }

  @Test("a dated clause with no known trigger is a fact of its date, its verb the trigger")
  func aDatedClauseIsAFact() throws {
    let x = XDoc.extract(
      // (The headline names the story: without one, the lede's first word would stand for it.)
      [
        "H: Recorder found off the coast",
        "Navy divers on Thursday recovered the flight data recorder from the sea floor.",
      ],
      published: "2018-11-02",
      dates: [("on Thursday", "2018-11-01")])
    let m = try #require(datedClauses(x).first)
    #expect(datedClauses(x).count == 1)
    #expect(m.eventClass == "event")
    #expect(m.trigger == "recovered")
    #expect(m.time?.value == "2018-11-01")
    #expect(m.time?.expression == "on Thursday")
    #expect(!m.isMain)
  }

  @Test("a participle after an article modifies a noun: the clause's verb is another word")
  func aModifyingParticipleIsNoVerb() throws {
    let x = XDoc.extract(
      [
        "H: Town digs out after the storm",
        "Volunteers cleared the flooded streets of the old town on Sunday.",
      ],
      published: "2024-03-12", dates: [("on Sunday", "2024-03-10")])
    let m = try #require(datedClauses(x).first)
    #expect(m.trigger == "cleared")
    #expect(m.time?.value == "2024-03-10")
  }

  @Test("the date of a speech verb makes a statement")
  func aSaidDateIsAStatement() throws {
    let x = XDoc.extract(
      [
        "H: Ferry route to reopen",
        "The harbour authority said on Monday that the ferry route would reopen within a month.",
      ],
      published: "2024-03-12", dates: [("on Monday", "2024-03-11")])
    let m = try #require(datedClauses(x).first)
    #expect(m.eventClass == "statement")
    #expect(m.trigger == "said")
    #expect(m.time?.value == "2024-03-11")
  }

  @Test("a date that an event's mention took makes no second mention")
  func aTakenDateIsNotRepeated() {
    let x = XDoc.extract(
      ["An earthquake struck the coastal province on Sunday."], published: "2024-03-11",
      dates: [("on Sunday", "2024-03-10")])
    #expect(x.mentions.contains { $0.time?.expression == "on Sunday" && !$0.isDatedClause })
    #expect(datedClauses(x).isEmpty)
  }

  @Test("neither a dateline's date nor the stretch of a trend is a fact")
  func datelinesAndStretchesAreNotFacts() {
    let dateline = XDoc.extract(
      ["H: Rates on hold", "OSLO, June 10 (Reuters) - The central bank kept its forecasts unchanged."],
      published: "2021-06-10",
      dates: [("June 10", "2021-06-10")])
    #expect(datedClauses(dateline).isEmpty)
    let trend = XDoc.extract(
      ["H: Growers squeezed", "Local growers said rents had climbed steeply over the past year."],
      published: "2021-06-10",
      dates: [("the past year", "2020")])
    #expect(datedClauses(trend).isEmpty)
    // "Over" as a particle: the declaration is dated.
    let particle = XDoc.extract(
      ["H: Island rebuilds", "The lava flow, which was declared over last month, buried hundreds of homes."],
      published: "2022-01-20",
      dates: [("last month", "2021-12")])
    #expect(datedClauses(particle).map(\.trigger) == ["declared"])
  }

  @Test("the same dated fact in two reports is one event; a fact of another day, or an event the lexicon names, stays apart")
  func datedFactsJoinOnlyTheirOwnKind() throws {
    let dir = try FixturePaths.temporaryDirectory("dated-clauses")
    defer { try? FileManager.default.removeItem(at: dir) }
    let articles = [
      ("wire-a", "Recorder found off the coast", "13 March 2024"),
      ("wire-b", "Search for missing ferry widens", "13 March 2024"),
      ("wire-c", "Second recorder reached", "20 March 2024"),
    ]
    for (id, headline, date) in articles {
      let text = """
        \(headline)

        By Staff reporter, \(date)

        Navy divers on Tuesday recovered the voyage data recorder of the sunken ferry.

        The coast guard said on Tuesday that the search would continue overnight.

        An explosion hit the port of Bari on Tuesday.

        """
      try text.write(to: dir.appendingPathComponent(id + ".txt"), atomically: true, encoding: .utf8)
    }
    let r = try Pipeline().run(paths: [dir.path])
    let facts = r.events.filter { e in e.mentions.contains { $0.text.hasPrefix("Navy divers") } }
    // The two reports of 12 March are one fact; the report of 19 March is another.
    #expect(facts.count == 2)
    #expect(Set(facts.map { $0.mentions.count }) == [1, 2])
    #expect(Set(facts.compactMap { $0.time?.value }) == ["2024-03-12", "2024-03-19"])
    let statements = r.events.filter { e in e.mentions.contains { $0.text.hasPrefix("The coast guard said") } }
    #expect(statements.count == 2)
    #expect(statements.allSatisfy { $0.eventClass == "statement" })
    // A dated fact never joins an event the lexicon names (the explosion, on the same day).
    let explosions = r.events.filter { e in e.mentions.contains { $0.text.hasPrefix("An explosion") } }
    #expect(!explosions.isEmpty)
    #expect(explosions.allSatisfy { e in e.mentions.allSatisfy { $0.text.hasPrefix("An explosion") } })
    // Each is a fact of its own article: it is not the article's main event.
    let facts2 = Set((facts + statements).map(\.id))
    #expect(r.documents.allSatisfy { d in d.mainEvent.map { !facts2.contains($0) } ?? true })
  }

  @Test("a dated fact does not date an undated article")
  func datedFactsDateNoArticle() throws {
    let dir = try FixturePaths.temporaryDirectory("dated-clause-dct")
    defer { try? FileManager.default.removeItem(at: dir) }
    let dated = "Old shaft sealed\n\nBy Staff reporter, 13 March 2024\n\nEngineers on March 4 sealed the old shaft.\n"
    let undated = "Shaft work goes on\n\nEngineers on March 4 sealed the old shaft.\n\nCrews worked through the night.\n"
    try dated.write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try undated.write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    let r = try Pipeline().run(paths: [dir.path])
    #expect(r.documents.first { $0.id == "a" }?.published?.value == "2024-03-13")
    // The same fact in both articles is no shared event: the undated article stays undated.
    #expect(r.documents.first { $0.id == "b" }?.published == nil)
  }
}
