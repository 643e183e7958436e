import Testing

@testable import Timeline

@Suite struct AccuracyScorerTests {
  static let corpus = CorpusGenerator(documents: 120, seed: 3).generate()

  /// A report whose events are exactly the true events (one mention per true sentence).
  static func report(grouping: (TruthMention, TruthDocument) -> String) -> TimelineReport {
    var events: [String: [Event.Mention]] = [:]
    var classes: [String: String] = [:]
    let truthClass = Dictionary(corpus.truth.events.map { ($0.id, $0.eventClass) }, uniquingKeysWith: { a, _ in a })
    for d in corpus.truth.documents {
      for m in d.mentions {
        classes[grouping(m, d)] = truthClass[m.event] ?? "x"
        events[grouping(m, d), default: []].append(
          Event.Mention(document: d.id, line: m.line, start: m.start, end: m.end, text: ""))
      }
    }
    let docs = corpus.truth.documents.map {
      TimelineReport.DocumentSummary(id: $0.id, path: $0.id + ".txt", mainEvent: grouping($0.mentions[0], $0))
    }
    return TimelineReport(
      documents: docs,
      events: events.keys.sorted().map {
        Event(id: $0, eventClass: classes[$0] ?? "x", title: $0, mentions: events[$0] ?? [])
      })
  }

  @Test func perfectReportScoresOne() {
    let s = AccuracyScorer.score(Self.report { m, _ in m.event }, truth: Self.corpus.truth)
    #expect(s.mentions.precision == 1)
    #expect(s.mentions.recall == 1)
    #expect(s.mentions.coverage == 1)
    #expect(s.documents.precision == 1)
    #expect(s.documents.recall == 1)
  }

  @Test func oneBigEventPerClassHasFullRecallButLowPrecision() {
    let truthClass = Dictionary(
      Self.corpus.truth.events.map { ($0.id, $0.eventClass) }, uniquingKeysWith: { a, _ in a })
    let s = AccuracyScorer.score(Self.report { m, _ in truthClass[m.event] ?? "" }, truth: Self.corpus.truth)
    #expect(s.mentions.recall == 1)
    #expect(s.mentions.precision < 0.5)
  }

  @Test func oneEventPerDocumentHasFullPrecisionButLowRecall() {
    let s = AccuracyScorer.score(Self.report { m, d in m.event + d.id }, truth: Self.corpus.truth)
    #expect(s.mentions.precision == 1)
    #expect(s.mentions.recall < 0.2)
  }

  @Test func emptyReportScoresZero() {
    let s = AccuracyScorer.score(TimelineReport(), truth: Self.corpus.truth)
    #expect(s.mentions.precision == 0 && s.mentions.recall == 0)
    #expect(s.conflicts.found == 0)
  }

  @Test func pairwiseCountsPairsFromTheContingencyTable() {
    // System {a,b,c} {d}; truth {a,b} {c,d}: 3 system pairs, 1 correct; 2 true pairs, 1 found.
    let p = AccuracyScorer.pairwise([("1", "x"), ("1", "x"), ("1", "y"), ("2", "y")], truthUnits: 4, unaligned: 0)
    #expect(abs(p.precision - 1.0 / 3.0) < 1e-9)
    #expect(p.recall == 0.5)
  }

  @Test func plantedConflictIsFoundByAConflictCitingTwoOfItsDocuments() throws {
    let planted = try #require(Self.corpus.truth.conflicts.first)
    let side = { (doc: String) in
      Conflict.Side(
        value: "1", citation: Citation(document: doc, span: SourceSpan(start: 0, end: 1, line: 1), text: "x"))
    }
    let kind = try #require(Conflict.Kind(rawValue: planted.kind))
    let attribute = planted.attribute == "quote" ? "quote" : "count.killed"
    let hit = Conflict(
      id: "c1", event: "e", attribute: attribute, kind: kind, severity: .high,
      claims: [side(planted.documents[0]), side(planted.documents[1])], rule: "r", explanation: "")
    let wrongAttribute = Conflict(
      id: "c2", event: "e", attribute: "place", kind: kind, severity: .high,
      claims: [side(planted.documents[0]), side(planted.documents[1])], rule: "r", explanation: "")
    let s = AccuracyScorer.score(TimelineReport(conflicts: [hit]), truth: Self.corpus.truth)
    #expect(s.conflicts.found == 1)
    #expect(s.conflicts.kindMatched == 1)
    #expect(s.conflicts.reportedMatching == 1)
    let miss = AccuracyScorer.score(TimelineReport(conflicts: [wrongAttribute]), truth: Self.corpus.truth)
    #expect(miss.conflicts.found == 0)
  }

  @Test func mentionsOfAnotherClassAreNotScored() {
    let truthClass = Dictionary(
      Self.corpus.truth.events.map { ($0.id, $0.eventClass) }, uniquingKeysWith: { a, _ in a })
    var report = Self.report { m, _ in m.event }
    for i in report.events.indices where truthClass[report.events[i].id] == "meeting" {
      report.events[i].eventClass = "statement"
    }
    let s = AccuracyScorer.score(report, truth: Self.corpus.truth)
    #expect(s.mentions.otherClass > 0)
    #expect(s.mentions.precision == 1)
  }
}
