@testable import Timeline

/// Builds an event mention for tests: `doc` + byte offset make the id.
func mention(
  _ doc: String, _ start: Int, _ cls: String = "meeting", time: String? = nil, mod: String? = nil, place: String? = nil,
  participants: [String] = [], ordinal: Int? = nil, role: TextRole = .body, isMain: Bool = false, text: String? = nil,
  anchor: RelativeSpec? = nil, keywords: [String] = []
) -> EventMention {
  let span = SourceSpan(start: start, end: start + 10, line: start / 100 + 1)
  return EventMention(
    id: "\(doc)@\(start)", document: doc, eventClass: cls, trigger: cls, triggerSpan: span,
    citation: Citation(document: doc, span: span, text: text ?? "\(cls) sentence \(start) of \(doc)"), role: role,
    time: time.map {
      MentionTime(expression: $0, span: span, value: $0, mod: mod, rule: "test", stated: true, anchor: anchor)
    },
    place: place, participants: participants, ordinal: ordinal, isMain: isMain, keywords: keywords)
}

func extraction(
  _ doc: String, published: String? = nil, mentions: [EventMention], claims: [Claim] = [],
  expressions: [TemporalExpression] = []
)
  -> DocumentExtraction
{
  DocumentExtraction(
    document: doc, path: doc + ".txt", outlet: "Outlet " + doc,
    published: published.map { PublishedDate(value: $0, source: .manifest) }, expressions: expressions,
    mentions: mentions,
    claims: claims)
}

func claim(
  _ doc: String, _ start: Int, _ attribute: String, _ value: String, number: Double? = nil, unit: String? = nil,
  holder: String? = nil, object: String? = nil, polarity: Bool = true, qualifier: String? = nil, mention: String? = nil
) -> Claim {
  let span = SourceSpan(start: start, end: start + 20, line: start / 100 + 1)
  return Claim(
    id: "\(doc)@\(start):\(attribute)", document: doc, mention: mention, attribute: attribute, value: value,
    number: number,
    unit: unit, holder: holder, object: object, polarity: polarity, qualifier: qualifier,
    citation: Citation(document: doc, span: span, text: "claim \(value)"))
}

/// Resolves a corpus the in-process way.
func reconcile(_ xs: [DocumentExtraction]) -> TimelineReport {
  MapReduce.run(xs, diagnostics: [])
}

/// The events that hold the given mention ids, as sets of mention ids.
func clusterOf(_ report: TimelineReport, _ doc: String, _ start: Int) -> Event? {
  report.events.first { e in e.mentions.contains { $0.document == doc && $0.start == start } }
}

extension EventResolver {
  /// ``forEachCandidatePair(_:gates:decadeBlock:_:)`` of `features` gathered into a block, as
  /// a large block's are.
  func forEachCandidatePair(
    _ features: [PairFeatures], gates: [PairFeatures.Gate]? = nil, decadeBlock: Bool = false,
    _ body: (Int, Int) -> Void
  ) {
    features.withUnsafeBufferPointer { f in
      forEachCandidatePair(
        PairFeatures.Block(f, slots: Array(features.indices)), gates: gates, decadeBlock: decadeBlock, body)
    }
  }

  /// The feature score alone (``score(_:_:singular:need:exact:rules:)`` with its rules dropped).
  func score<F: PairScoring>(_ a: F, _ b: F, singular: Bool, need: Int, exact: Bool = true) -> Int? {
    var rules = MergeRule.Bits()
    return score(a, b, singular: singular, need: need, exact: exact, rules: &rules)
  }
}
