import Foundation
import Testing

@testable import Timeline

/// The accuracy target (merge precision and recall ≥ 0.95 on the generated corpus) on
/// a corpus large enough that blocks go past the exhaustive limit, so the bucketed comparison
/// of large blocks is what finds the merges. The bench measures the same at 10k and 100k.
@Suite struct GeneratedAccuracyTests {
  @Test func aGeneratedCorpusWithLargeBlocksMergesAboveTheTarget() throws {
    let corpus = CorpusGenerator(documents: 3000, seed: 1).generate()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("accuracy-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try corpus.write(to: dir, jsonLines: false)
    let pipeline = Pipeline()
    let ingested = try pipeline.ingestor.ingest(paths: [(dir as NSString).appendingPathComponent("docs")])
    let extractions = pipeline.analyze(ingested.documents)
    // Blocks of thousands of mentions: far more distinct ones than the exhaustive limit.
    let largest = MapReduce.blocks(extractions, only: nil, resolver: pipeline.resolver).map(\.value.count).max() ?? 0
    #expect(largest > 4 * pipeline.resolver.exhaustiveLimit)
    let report = pipeline.reconcile(extractions, diagnostics: ingested.diagnostics)
    let score = AccuracyScorer.score(report, truth: corpus.truth)
    #expect(score.mentions.precision >= 0.95, "merge precision \(score.mentions.precision)")
    #expect(score.mentions.recall >= 0.95, "merge recall \(score.mentions.recall)")
    #expect(score.conflicts.recall >= 0.9, "conflict recall \(score.conflicts.recall)")
  }

  /// One event reported by hundreds of articles (the issue's "one event reported 100,000
  /// times", small): one meeting, its repeated sentences in blocks past the exhaustive limit.
  /// Articles whose byline names no person ("Written by Staff reporter on …") were read as
  /// undated, their "yesterday" moved to the inferred day, and their mentions split off as
  /// another meeting (recall 0.87 at 400 articles).
  @Test func oneEventReportedByHundredsOfArticlesStaysOneEvent() throws {
    let corpus = CorpusGenerator(documents: 600, seed: 1, events: 1).generate()
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("one-event-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try corpus.write(to: dir, jsonLines: true)
    let pipeline = Pipeline()
    let ingested = try pipeline.ingestor.ingest(paths: [(dir as NSString).appendingPathComponent("docs.jsonl")])
    let staff = ingested.documents.filter { $0.author?.lowercased() == "staff reporter" }
    #expect(!staff.isEmpty)
    #expect(staff.allSatisfy { $0.published != nil }, "a staff byline's date is the publication date")
    let extractions = pipeline.analyze(ingested.documents)
    let largest = MapReduce.blocks(extractions, only: nil, resolver: pipeline.resolver).map(\.value.count).max() ?? 0
    #expect(largest > pipeline.resolver.exhaustiveLimit)
    let report = pipeline.reconcile(extractions, diagnostics: ingested.diagnostics)
    let score = AccuracyScorer.score(report, truth: corpus.truth)
    #expect(score.mentions.precision >= 0.95, "merge precision \(score.mentions.precision)")
    #expect(score.mentions.recall >= 0.95, "merge recall \(score.mentions.recall)")
    // The ledes that name the meeting only as a "dialogue" are found ("Egypt hosted the first
    // round of the … energy dialogue in Cairo on April 6"): 0.55 of the true mentions aligned
    // without that trigger.
    #expect(score.mentions.coverage >= 0.75, "coverage \(score.mentions.coverage)")
    #expect(report.events.filter { $0.eventClass == "meeting" }.count <= 3)
  }
}
