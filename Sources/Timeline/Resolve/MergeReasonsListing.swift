extension MapReduce {
  /// What the merge knows of an accepted edge's evidence before an event's entries are
  /// chosen: its rules (one entry each, not yet written) or its entries.
  enum AcceptedReasons: Sendable {
    case rules(MergeRule.Bits)
    case entries([Evidence])
  }

  /// The evidence one event lists and counts (``MergeReasons``).
  ///
  /// The entries come from the event's accepted edges (in acceptance order; `k` is an edge's
  /// number for `start` and `explain`), then from the undated rules (`extra`). Of an edge known
  /// by its rules, only the entries that can be among the `keep` first in order are written
  /// (`explain`, with their rules). The order is by rule, then by note, and a note starts
  /// with the edge's pair (`start`: `[a + b] `, ``Evidence/<(_:_:)``). So these are written:
  /// - every entry, when there are at most `keep`;
  /// - else the entries of the rules before the boundary rule (the rule of the `keep`-th
  ///   entry), and of the boundary rule's those with the first pairs, enough for the places
  ///   the earlier rules leave.
  ///
  /// Pairs are compared as the notes' starts only when each is ASCII without `]`: then no
  /// start is a prefix of another, and two notes compare as their starts do. Otherwise every
  /// edge with the boundary rule is written.
  static func listedReasons(
    _ edges: [(k: Int, reasons: AcceptedReasons)], extra: [Evidence], keep: Int,
    start: (Int) -> String, explain: (Int, MergeRule.Bits) -> [Evidence]
  ) -> MergeReasons {
    var count = extra.count
    var byRule = [Int](repeating: 0, count: MergeRule.allCases.count)  // unwritten entries
    var byID: [String: Int] = [:]  // all entries, by rule id
    for e in extra { byID[e.rule, default: 0] += 1 }
    for (_, reasons) in edges {
      switch reasons {
      case .rules(let set):
        count += set.count
        for rule in set { byRule[rule.rawValue] += 1 }
      case .entries(let list):
        count += list.count
        for e in list { byID[e.rule, default: 0] += 1 }
      }
    }
    var write = [MergeRule.Bits](repeating: count <= keep ? .all : [], count: edges.count)
    if count > keep && keep > 0 {  // (listing none, none is written)
      for rule in MergeRule.allCases where byRule[rule.rawValue] > 0 {
        byID[rule.id, default: 0] += byRule[rule.rawValue]
      }
      // The boundary rule and the places left for its entries.
      var (boundary, left) = ("", keep)
      for (id, n) in byID.sorted(by: { $0.key < $1.key }) {
        boundary = id
        if n >= left { break }
        left -= n
      }
      let boundaryRule = MergeRule.allCases.first { $0.id == boundary }
      var earlier: MergeRule.Bits = []
      for rule in MergeRule.allCases where rule.id < boundary { earlier.insert(rule) }
      var candidates: [Int] = []  // edges with an unwritten entry of the boundary rule
      for (i, (_, reasons)) in edges.enumerated() {
        guard case .rules(let set) = reasons else { continue }
        write[i] = set.intersection(earlier)
        if let boundaryRule, set.contains(boundaryRule) { candidates.append(i) }
      }
      func writeBoundary(_ i: Int) { if let boundaryRule { write[i].insert(boundaryRule) } }
      if candidates.count <= left {
        candidates.forEach(writeBoundary)
      } else {
        let starts = candidates.map { start(edges[$0].k) }
        // ASCII without "]" (0x5D) between the opening "[" and the closing "] ", read on the
        // contiguous bytes: a search through a substring's UTF-8 view was about 1,100
        // instructions a start.
        let comparable = starts.allSatisfy { s in
          var s = s
          return s.withUTF8 { b in b.dropFirst().dropLast(2).allSatisfy { $0 < 0x80 && $0 != 0x5D } }
        }
        if comparable {
          let order = candidates.indices.sorted { starts[$0] < starts[$1] }
          let last = starts[order[left - 1]]  // with every start equal to it
          for o in order where starts[o] <= last { writeBoundary(candidates[o]) }
        } else {
          candidates.forEach(writeBoundary)
        }
      }
    }
    var entries: [Evidence] = []
    for (i, (k, reasons)) in edges.enumerated() {
      switch reasons {
      case .rules: if !write[i].isEmpty { entries += explain(k, write[i]) }
      case .entries(let list): entries += list
      }
    }
    return MergeReasons(entries: entries + extra, count: count)
  }
}
