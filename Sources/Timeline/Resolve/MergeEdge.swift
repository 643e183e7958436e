/// What the merge reads of an edge.
///
/// Its ends, its score, whether it joins days of one multi-day event, and once accepted its
/// rules, then its evidence (``MapReduce/cluster(mentions:edges:byID:undatedDocuments:keep:explain:rules:)``).
/// Two kinds: the streamed ``PartialCluster/Edge`` (ids, evidence) and the in-process
/// ``CompactEdge`` (positions only).
protocol MergeEdge: Sendable {
  /// The ends' positions in the merge's list of all mentions (-1: unknown, as after decoding).
  var ia: Int32 { get }
  var ib: Int32 { get }
  var score: Int { get }
  /// The ends' times are disjoint days of one multi-day event (`resolve.multi-day`).
  var spans: Bool { get }
  var evidenceCount: Int { get }
  /// The ends' mention ids (`a` ≤ `b`); empty when the edge names its ends by position only.
  var ids: (String, String) { get }
  /// Building the edge's evidence needs its ends' mentions by id (deferred, no positions).
  var explainsByID: Bool { get }
  /// The edge's evidence: carried, or built from its ends (`all` by position, `byID` by id);
  /// built, only the entries of the rules in `only`.
  func evidence(
    _ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver, only: MergeRule.Bits
  ) -> [Evidence]
  /// The rules of ``evidence(_:_:_:)``'s entries, one entry per rule, found without writing
  /// them; nil when the edge carries its evidence (then cheaper to read than to find again).
  func rules(
    _ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver
  ) -> MergeRule.Bits?
}

extension MergeEdge {
  /// The ends' positions, when the edge carries them and both lie below `count`.
  func positions(below count: Int) -> (Int, Int)? {
    ia >= 0 && ib >= 0 && Int(ia) < count && Int(ib) < count ? (Int(ia), Int(ib)) : nil
  }

  /// The ends can only be found by id (no positions).
  var findsEndsByID: Bool { ia < 0 || ib < 0 }
}

/// An edge of the in-process resolution: the two ends' positions (`ia` first in id order) and
/// what the merge orders and checks by, in 12 bytes instead of a ``PartialCluster/Edge``'s 64
/// with two strings and an evidence array. Resolution at 100,000 documents makes 12 million.
///
/// Beside the positions, one word: the rules of the edge's evidence (bits 0–17, one per
/// ``MergeRule``), whether it joins days of one multi-day event (bit 18), whether it joins two
/// copies of one mention (bit 19) and the score (bits 24–31).
struct CompactEdge: MergeEdge {
  var ia: Int32
  var ib: Int32
  private var packed: UInt32

  private static let spansBit: UInt32 = 1 << 22
  private static let identicalBit: UInt32 = 1 << 23
  private static let rulesMask: UInt32 = spansBit - 1

  /// `score`: 0–255 (a pair's points add up to about 20; identical copies score 10).
  /// `rules`: 22 rules fit below the flags (`compactEdgesReadBackWhatTheyWereGiven` packs
  /// ``MergeRule/Bits/all`` and fails when a rule is added past them).
  init(ia: Int32, ib: Int32, score: Int, spansDays: Bool, identical: Bool, rules: MergeRule.Bits) {
    (self.ia, self.ib) = (ia, ib)
    packed =
      UInt32(clamping: max(0, min(255, score))) << 24 | (spansDays ? Self.spansBit : 0)
      | (identical ? Self.identicalBit : 0) | rules.bits
  }

  var score: Int { Int(packed >> 24) }
  var spans: Bool { packed & Self.spansBit != 0 }
  /// Two copies of one mention (evidence ``EventResolver/identicalEvidence(_:_:)``).
  var identical: Bool { packed & Self.identicalBit != 0 }
  /// The rules of its evidence, found by the block scan from the pair's features (reading the
  /// two mentions again to find them was about 800 CPU samples at 100,000 documents, cache
  /// misses on mentions long cold).
  var rules: MergeRule.Bits { MergeRule.Bits(bits: packed & Self.rulesMask) }
  var evidenceCount: Int { 0 }
  var ids: (String, String) { ("", "") }
  var explainsByID: Bool { false }

  func evidence(
    _ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver, only: MergeRule.Bits
  ) -> [Evidence] {
    guard let (a, b) = positions(below: all.count) else { return [] }
    if identical {
      return only.contains(EventResolver.identicalRule(all[a], all[b]))
        ? [EventResolver.identicalEvidence(all[a], all[b])] : []
    }
    return resolver.pairEvidence(all[a], all[b], only: only)
  }

  func rules(_ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver)
    -> MergeRule.Bits?
  {
    positions(below: all.count) == nil ? [] : rules
  }
}

extension PartialCluster.Edge: MergeEdge {
  var spans: Bool { spansDays || evidence.contains { $0.rule == "resolve.multi-day" } }
  var evidenceCount: Int { evidence.count }
  var ids: (String, String) { (a, b) }
  var explainsByID: Bool { deferred && findsEndsByID }

  func evidence(
    _ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver, only: MergeRule.Bits
  ) -> [Evidence] {
    guard deferred else { return evidence }
    guard let (x, y) = ends(all, byID) else { return [] }
    return resolver.pairEvidence(x, y, only: only)
  }

  func rules(_ all: MapReduce.Flattened, _ byID: [String: EventMention], _ resolver: EventResolver)
    -> MergeRule.Bits?
  {
    guard deferred else { return nil }
    guard let (x, y) = ends(all, byID) else { return [] }
    return resolver.pairRules(x, y)
  }

  /// The ends' mentions: by position when the edge carries positions, else by id.
  private func ends(_ all: MapReduce.Flattened, _ byID: [String: EventMention]) -> (EventMention, EventMention)? {
    let at = positions(below: all.count)
    guard let x = at.map({ all[$0.0] }) ?? byID[a], let y = at.map({ all[$0.1] }) ?? byID[b] else { return nil }
    return (x, y)
  }
}
