import Foundation
import Testing

@testable import Timeline

/// `Pipeline.run` analyses each document on the thread that read it when the folder allows
/// (`Ingestor.OneArticleAFile`); the timeline must be the one the two passes give (ingest the
/// whole corpus, then analyse it), manifest, skipped files and all.
@Suite struct ReadAndAnalyzeTests {
  /// The report of ingesting everything first and analysing after.
  func twoPasses(_ paths: [String]) throws -> TimelineReport {
    let pipeline = Pipeline()
    let corpus = try pipeline.ingestor.ingest(paths: paths)
    return pipeline.reconcile(pipeline.analyze(corpus.documents), diagnostics: corpus.diagnostics)
  }

  /// Whether `paths` were analysed while read, and the JSON of `Pipeline.run` and of the two passes.
  func compare(_ paths: [String]) throws -> (fused: Bool, run: String, twoPasses: String) {
    let fused = try Ingestor().ingest(paths: paths) { $0.id }.analyzed != nil
    let run = ReportRenderer().render(try Pipeline().run(paths: paths), as: .json)
    return (fused, run, ReportRenderer().render(try twoPasses(paths), as: .json))
  }

  @Test("every fixture gives the two passes' timeline", arguments: try FixturePaths.caseNames())
  func fixture(_ name: String) throws {
    let result = try compare([try FixturePaths.fixtureCase(name).docs])
    #expect(firstDifference(result.run, result.twoPasses) == nil)
  }

  let storm = "Storm Hits Coast\n\nA storm hit the coast on Monday, March 4, 2024. Officials said 3 people died.\n"
  let flood = "Flood In Valley\n\nRiver water flooded the valley on Tuesday. Two bridges were closed.\n"

  @Test func manifestEntriesByPathAndByIdAndForSkippedFiles() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("b.txt", storm)
    try t.write("sub/a.md", flood)
    try t.write("empty.txt", "")
    try t.write(
      "manifest.json",
      """
      {"documents": [
       {"path": "sub/a", "published": "2024-03-05", "outlet": "Valley News"},
       {"path": "./b.txt", "published": "2024-03-04"},
       {"path": "b", "outlet": "Coast Daily"},
       {"path": "empty.txt", "published": "2024-03-06"},
       {"path": "gone.txt", "published": "2024-03-07"}
      ]}
      """)
    let result = try compare([t.path])
    #expect(result.fused)
    #expect(firstDifference(result.run, result.twoPasses) == nil)
    let report = try Pipeline().run(paths: [t.path])
    #expect(report.documents.map(\.id) == ["b", "sub/a"])
    #expect(report.documents.map { $0.published?.value } == ["2024-03-04", "2024-03-05"])
    let missing = report.diagnostics.filter { $0.code == "manifest.missing-file" }
    #expect(missing.map(\.line) == [5, 6])
    #expect(report.diagnostics.contains { $0.code == "ingest.empty" && $0.path == "empty.txt" })
  }

  @Test func filesSharingAnIdAreReadFirstAndRenamed() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", storm)
    try t.write("a.md", flood)
    let result = try compare([t.path])
    #expect(!result.fused)
    #expect(firstDifference(result.run, result.twoPasses) == nil)
    #expect(try Pipeline().run(paths: [t.path]).documents.map(\.id) == ["a", "a~2"])
  }

  @Test func recordFilesAndSeveralPathsAreReadFirst() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", storm)
    try t.write("more.jsonl", #"{"id": "c", "text": "Flood In Valley. River water flooded the valley on Tuesday."}"# + "\n")
    let records = try compare([t.path])
    #expect(!records.fused)
    #expect(firstDifference(records.run, records.twoPasses) == nil)
    let two = try compare([t.path + "/a.txt", t.path + "/more.jsonl"])
    #expect(!two.fused)
    #expect(firstDifference(two.run, two.twoPasses) == nil)
  }
}
