import Foundation
import Testing

@testable import Timeline

/// The fixture corpora of `fixtures/{quake-tolls,doha-dates,munich-recurring}` through the
/// whole pipeline. They need the extraction stages; with stub stages they are skipped.
let fixturesRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures")

let extractionAvailable: Bool = {
  let path = fixturesRoot.appendingPathComponent("quake-tolls/docs").path
  guard let report = try? Pipeline().run(paths: [path]) else { return false }
  return !report.events.isEmpty
}()

@Suite(.enabled(if: extractionAvailable)) struct FixtureCorporaTests {
  func run(_ name: String) throws -> TimelineReport {
    try Pipeline().run(paths: [fixturesRoot.appendingPathComponent("\(name)/docs").path])
  }

  @Test func risingTollsAreReportingTime() throws {
    let r = try run("quake-tolls")
    let main = Set(r.documents.compactMap(\.mainEvent))
    #expect(main.count == 1)
    let event = try #require(r.events.first { main.contains($0.id) })
    #expect(event.sources.count == 4)
    #expect(event.time?.value == "2023-09-08")
    #expect(r.conflicts.contains { $0.kind == .reportingTime && $0.event == event.id && $0.claims.count >= 3 })
    #expect(!r.conflicts.contains { $0.kind == .contradiction && $0.event == event.id })
    let field = try #require(r.documents.first { $0.id == "field-report" }?.published)
    #expect(field.source == .inferred && field.value.hasPrefix("2023-09-1"))
  }

  @Test func wrongDayIsAContradictionNotAMerge() throws {
    let r = try run("doha-dates")
    let twin = r.conflicts.filter { $0.rule == "conflict.twin-time" && $0.kind == .contradiction }
    #expect(
      twin.contains { Set($0.claims.map(\.document)).isSuperset(of: ["regional-weekly"]) && $0.claims.count == 2 })
    // The wrong day itself is never merged silently: the mention that states February 28 sits
    // in no event with the report that states the 29th (its undated headline may join it).
    #expect(
      !r.events.contains { e in
        e.sources.contains("capital-news") && e.eventClass == "agreement"
          && e.mentions.contains { $0.document == "regional-weekly" && $0.expression == "February 28" }
      })
  }

  @Test func recurringConferencesStayApart() throws {
    let r = try run("munich-recurring")
    let main = Dictionary(uniqueKeysWithValues: r.documents.map { ($0.id, $0.mainEvent ?? "") })
    #expect(main["msc-saturday"] == main["msc-wrap"])
    #expect(main["msc-opening"] == main["msc-harris"])
    #expect(main["msc-saturday"] != main["msc-opening"])
    let harris = try #require(r.documents.first { $0.id == "msc-harris" }?.published)
    #expect(harris.source == .inferred && harris.value >= "2023-02-18" && harris.value <= "2023-02-20")
  }
}

@Suite(.enabled(if: extractionAvailable)) struct StreamingFixtureTests {
  @Test(arguments: ["seeds", "quake-tolls", "doha-dates", "munich-recurring"])
  func mapSortReduceMergeEqualsInProcess(_ name: String) throws {
    let p = Pipeline()
    let corpus = try p.ingestor.ingest(paths: [fixturesRoot.appendingPathComponent("\(name)/docs").path])
    let xs = p.analyze(corpus.documents)
    let inProcess = p.reconcile(xs, diagnostics: [])
    let lines = xs.reversed().flatMap { MapReduce.map($0).map(\.line) }.sorted()
    let streamed = try MapReduce.merge(lines: try MapReduce.reduce(lines: lines).reversed(), tagger: p.tagger)
    #expect(JSONOutput.encode(streamed) == JSONOutput.encode(inProcess))
    #expect(!inProcess.events.isEmpty)
  }
}
