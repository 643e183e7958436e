import Foundation
import Testing

@testable import Timeline

@Suite struct CorpusGeneratorTests {
  static let corpus = CorpusGenerator(documents: 400, seed: 11).generate()

  @Test func sameSeedGivesIdenticalCorpus() {
    let again = CorpusGenerator(documents: 400, seed: 11).generate()
    #expect(again.documents == Self.corpus.documents)
    #expect(again.truth == Self.corpus.truth)
    #expect(again.jsonLines == Self.corpus.jsonLines)
  }

  @Test func otherSeedGivesOtherCorpus() {
    let other = CorpusGenerator(documents: 400, seed: 12).generate()
    #expect(other.documents.map(\.text) != Self.corpus.documents.map(\.text))
  }

  @Test func countsAndIdsAreAsAsked() {
    let c = Self.corpus
    #expect(c.documents.count == 400)
    #expect(c.truth.documents.count == 400)
    #expect(c.truth.events.count == 16)
    #expect(Set(c.documents.map(\.id)).count == 400)
    #expect(c.documents.map(\.id) == c.documents.map(\.id).sorted())
    // Every event is some document's main event.
    #expect(Set(c.truth.documents.map(\.mainEvent)) == Set(c.truth.events.map(\.id)))
  }

  @Test func truthMentionsPointAtSentencesOfTheText() throws {
    for (doc, truth) in zip(Self.corpus.documents, Self.corpus.truth.documents) {
      let bytes = Array(doc.text.utf8)
      #expect(truth.mentions.first?.start == 0, "the headline is the first mention of \(doc.id)")
      for m in truth.mentions {
        #expect(m.start >= 0 && m.start < m.end && m.end <= bytes.count)
        let slice = try #require(String(bytes: bytes[m.start..<m.end], encoding: .utf8))
        #expect(!slice.contains("\n"), "mention \(m) of \(doc.id) spans lines")
        #expect(!slice.hasPrefix(" ") && !slice.hasSuffix(" "))
        let line = bytes[..<m.start].filter { $0 == 0x0A }.count + 1
        #expect(line == m.line)
      }
    }
  }

  @Test func publicationDatesAreGivenInManifestTextOrNowhere() {
    let styles = Dictionary(grouping: Self.corpus.truth.documents, by: \.publishedGiven)
    #expect(Set(styles.keys) == ["manifest", "text", "none"])
    for (doc, truth) in zip(Self.corpus.documents, Self.corpus.truth.documents) {
      #expect((doc.published != nil) == (truth.publishedGiven == "manifest"))
      if truth.publishedGiven == "manifest" { #expect(doc.published == truth.published) }
    }
    let none = (styles["none"] ?? []).count
    #expect(none > 40 && none < 130, "about 20% undated, got \(none)")
  }

  @Test func recurringSeriesSpanSeveralYearsAndCaptionsCiteEarlierInstances() {
    let bySeries = Dictionary(grouping: Self.corpus.truth.events.filter { $0.series != nil }) { $0.series ?? "" }
    #expect(bySeries.values.contains { Set($0.map { $0.date.prefix(4) }).count > 1 })
    let captions = Self.corpus.truth.documents.flatMap { d in
      d.mentions.filter { $0.role == "caption" && $0.event != d.mainEvent }
    }
    #expect(!captions.isEmpty)
  }

  @Test func nameVariantsAppearAcrossOutlets() {
    let texts = Self.corpus.documents.map(\.text).joined()
    let pairs = [("Sergei ", "Sergey "), ("Mohammed ", "Muhammad "), ("Dmitri ", "Dmitry "), ("Yusuf ", "Yousef ")]
    #expect(pairs.contains { texts.contains($0.0) && texts.contains($0.1) })
  }

  @Test func withoutInjectedContradictionsCountConflictsOnlyComeFromRisingTolls() {
    var g = CorpusGenerator(documents: 300, seed: 5)
    g.contradictionRate = 0
    let c = g.generate()
    #expect(!c.truth.conflicts.contains { $0.kind == "contradiction" })
    #expect(c.truth.conflicts.contains { $0.kind == "reporting-time" })
    let injected = CorpusGenerator(documents: 300, seed: 5).generate()
    #expect(injected.truth.conflicts.contains { $0.kind == "contradiction" })
  }

  @Test func oneEventReportedByEveryDocument() {
    let c = CorpusGenerator(documents: 200, seed: 2, events: 1).generate()
    #expect(c.truth.events.count == 1)
    #expect(Set(c.truth.documents.map(\.mainEvent)).count == 1)
  }

  @Test func jsonLinesCarryEveryDocument() throws {
    let lines = Self.corpus.jsonLines.split(separator: "\n")
    #expect(lines.count == 400)
    let first = try #require(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(first["id"] as? String == Self.corpus.documents[0].id)
    #expect(first["text"] as? String == Self.corpus.documents[0].text)
  }

  @Test func writesCorpusFolderManifestAndTruth() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gen-test-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let small = CorpusGenerator(documents: 10, seed: 1).generate()
    try small.write(to: dir)
    let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/docs").sorted()
    #expect(names.count == 11)
    #expect(names.contains("manifest.json"))
    let text = try String(contentsOfFile: dir + "/docs/doc-000001.txt", encoding: .utf8)
    #expect(text == small.documents[0].text)
    let truth = try JSONDecoder().decode(
      GroundTruth.self, from: Data(contentsOf: URL(fileURLWithPath: dir + "/truth.json")))
    #expect(truth == small.truth)
  }
}
