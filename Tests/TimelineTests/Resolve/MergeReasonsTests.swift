import Foundation
import Testing

@testable import Timeline

/// The merge writes an accepted edge's evidence only where its event can list it
/// (``MapReduce/listedReasons(_:extra:keep:start:explain:)``): the events must list and count
/// what they listed and counted when every entry was written.
@Suite struct MergeReasonsTests {
  /// A generated corpus through extraction and resolution (positions, compact edges).
  static let resolved: (documents: [DocumentExtraction], edges: [[CompactEdge]], byID: [Int]) = {
    let corpus = CorpusGenerator(documents: 400, seed: 21).generate()
    let pipeline = Pipeline()
    let extractions = pipeline.analyze(pipeline.ingestor.ingest(jsonLines: corpus.jsonLines, name: "g.jsonl").documents)
    let r = MapReduce.resolve(
      extractions, diagnostics: [], resolver: pipeline.resolver, tagger: pipeline.tagger,
      dctInferrer: DCTInferrer())
    return (r.documents, r.edges, r.byID)
  }()

  /// `pairRules` names exactly the rules of `pairScore`'s entries, and `pairEvidence` writes
  /// exactly the entries of the rules asked for, on every edge of the corpus.
  @Test func rulesAndPartialEvidenceAgreeWithTheWholeEvidence() {
    let (documents, edges, _) = Self.resolved
    let all = MapReduce.Flattened(documents)
    let resolver = EventResolver()
    var checked = 0
    var seen = Set<MergeRule>()
    for e in edges.joined() {
      guard let (a, b) = e.positions(below: all.count) else { continue }
      let whole = e.evidence(all, [:], resolver, only: .all)
      // The rules the block scan kept on the edge: those of the two mentions scored again.
      let rules = e.rules(all, [:], resolver) ?? []
      #expect(rules == (e.identical ? [EventResolver.identicalRule(all[a], all[b])] : resolver.pairRules(all[a], all[b])))
      #expect(rules.map(\.id) == MergeRule.allCases.map(\.id).filter { id in whole.contains { $0.rule == id } })
      #expect(rules.count == whole.count, "\(all[a].id) + \(all[b].id)")
      seen.formUnion(rules)
      // Every other rule left out, then only the first rule.
      let odd = MergeRule.Bits(bits: 0x5555_5555)
      #expect(e.evidence(all, [:], resolver, only: odd) == whole.filter { r in odd.contains { $0.id == r.rule } })
      if let first = Array(rules).first {
        #expect(e.evidence(all, [:], resolver, only: [first]) == whole.filter { $0.rule == first.id })
      }
      checked += 1
    }
    #expect(checked > 1000)
    #expect(seen.count >= 8, "rules seen: \(seen.map(\.id).sorted())")
  }

  /// A compact edge keeps its score, its two flags and its rules in one word beside its ends,
  /// 12 bytes in all, and reads each back as it was given.
  @Test func compactEdgesReadBackWhatTheyWereGiven() {
    #expect(MemoryLayout<CompactEdge>.stride == 12)
    let ruleSets: [MergeRule.Bits] = [[], .all, [.sameSentence], [.sharedNames, .contextWords], MergeRule.specific]
    for score in [0, 1, 10, 21, 255] {
      for rules in ruleSets {
        for (spans, identical) in [(false, false), (true, false), (false, true), (true, true)] {
          let e = CompactEdge(ia: 3, ib: 7, score: score, spansDays: spans, identical: identical, rules: rules)
          #expect(e.ia == 3 && e.ib == 7 && e.score == score)
          #expect(e.spans == spans && e.identical == identical && e.rules == rules)
        }
      }
    }
    #expect(CompactEdge(ia: 0, ib: 1, score: 300, spansDays: false, identical: false, rules: []).score == 255)
  }

  /// Clustering with the edges' rules and clustering with every entry written give each event
  /// the same first entries and the same count, for several listing sizes (small ones put the
  /// boundary rule in most events).
  @Test func eventsListAndCountWhatTheWholeEvidenceGives() {
    let (documents, edges, byID) = Self.resolved
    let all = MapReduce.Flattened(documents)
    let resolver = EventResolver()
    let explain: @Sendable (CompactEdge, MergeRule.Bits) -> [Evidence] = { $0.evidence(all, [:], resolver, only: $1) }
    let whole = MapReduce.cluster(mentions: all, edges: edges, byID: byID, keep: Int.max, explain: explain)
    var limited = 0
    for keep in [1, 2, 3, 5, 8, 60] {
      let lazy = MapReduce.cluster(
        mentions: all, edges: edges, byID: byID, keep: keep, explain: explain,
        rules: { $0.rules(all, [:], resolver) })
      #expect(lazy.clusters.map { $0.map(\.id) } == whole.clusters.map { $0.map(\.id) })
      #expect(lazy.evidence.keys.sorted() == whole.evidence.keys.sorted())
      for (id, reasons) in whole.evidence {
        guard let listed = lazy.evidence[id] else { continue }
        #expect(listed.count == reasons.count, "event of \(id), keep \(keep)")
        #expect(
          listed.entries.smallestSorted(keep) == reasons.entries.smallestSorted(keep), "event of \(id), keep \(keep)")
        if listed.entries.count < reasons.entries.count { limited += 1 }
      }
    }
    #expect(limited > 100)  // the lazy path left entries unwritten
  }

  /// Synthetic events whose pairs are hard to order by their starts: one id a prefix of
  /// another ("m1" and "m10", where `]` and `0` decide; "x" and "x-"), and in every fourth
  /// trial ids with `]`, with a space, and non-ASCII ids (é written both ways);
  /// some edges carry their evidence, and undated-rule entries sit beside them.
  @Test func listedEntriesAreTheFirstOfAllForAwkwardPairs() {
    // One pair's start a prefix of another's: "[A + q] " of "[A + q] r + x] ", whose note
    // still comes first (its " " before the other's "e"). Compared by starts, the wrong one
    // would be listed.
    let prefixed = ["A + q", "A + q] r + x"].map { pair in
      Evidence(rule: MergeRule.bothMain.id, note: "[\(pair)] resolve.both-main note")
    }
    let one = MapReduce.listedReasons(
      [(0, .rules([.bothMain])), (1, .rules([.bothMain]))], extra: [], keep: 1,
      start: { "[" + ["A + q", "A + q] r + x"][$0] + "] " }, explain: { k, _ in [prefixed[k]] })
    #expect(one.entries.smallestSorted(1) == [prefixed[1]])
    #expect(one.count == 2)
    let plain = ["x", "x-", "x-1", "xa", "m1", "m10", "m2", "A"]
    let rules = MergeRule.allCases
    var rng = SeededRandom(seed: 5)
    for trial in 0..<400 {
      let ids = plain + (trial % 4 == 0 ? ["a]b", "a]", "é", "e\u{301}", "z z"] : [])
      let edgeCount = rng.int(1...30)
      var pairs: [String] = []
      var reasons: [(k: Int, reasons: MapReduce.AcceptedReasons)] = []
      var written: [[Evidence]] = []  // every entry of each edge
      for k in 0..<edgeCount {
        var pair = ""
        repeat {
          pair = ids[rng.int(0...(ids.count - 1))] + " + " + ids[rng.int(0...(ids.count - 1))]
        } while pairs.contains(pair)
        pairs.append(pair)
        var set = MergeRule.Bits(bits: 0)
        for _ in 0..<rng.int(1...4) { set.insert(rules[rng.int(0...(rules.count - 1))]) }
        let entries = set.map { Evidence(rule: $0.id, note: "[\(pair)] \($0.id) note \(k % 2)") }
        written.append(entries)
        reasons.append((k, rng.int(0...5) == 0 ? .entries(entries) : .rules(set)))
      }
      let extra = (0..<rng.int(0...3)).map {
        Evidence(rule: ["resolve.same-document-undated", "resolve.both-main"][$0 % 2], note: "[m\($0)] undated")
      }
      let everything = written.joined() + extra
      for keep in [0, 1, 2, 4, 7, 15, 100] {
        var explained: [Int: MergeRule.Bits] = [:]
        let listed = MapReduce.listedReasons(
          reasons, extra: extra, keep: keep, start: { "[" + pairs[$0] + "] " },
          explain: { k, only in
            explained[k] = only
            return written[k].filter { e in only.contains { $0.id == e.rule } }
          })
        #expect(listed.count == everything.count, "trial \(trial), keep \(keep)")
        #expect(listed.entries.smallestSorted(keep) == everything.smallestSorted(keep), "trial \(trial), keep \(keep)")
        // Never more written than the listing uses, unless pairs cannot be ordered by their
        // starts (then every entry of the boundary rule is).
        let awkward = pairs.contains { $0.contains("]") || $0.utf8.contains { $0 >= 0x80 } }
        if everything.count > keep && !awkward {
          #expect(explained.values.reduce(0) { $0 + $1.count } <= keep, "trial \(trial), keep \(keep)")
        }
      }
    }
  }
}
