/// Scores a ``TimelineReport`` against the ``GroundTruth`` of a generated corpus.
///
/// - Merge precision/recall are pairwise: over every pair of units (event mentions aligned
///   with a true mention sentence and of the true event's class, or documents with a `mainEvent`), precision is the share
///   of pairs the system put in one event that truly report one event, recall the share of
///   truly co-referent pairs the system put together. Counted from a contingency table, so
///   linear in the number of units, never over all pairs.
/// - Coverage says how many true mentions (documents) the system aligned at all: merge
///   scores say nothing about what extraction missed.
/// - Conflict recall: a planted conflict is found when a system conflict on the same kind of
///   attribute cites documents from at least two of its documents.
public enum AccuracyScorer {
  public struct Pairwise: Codable, Hashable, Sendable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    /// Units scored (aligned mentions, or documents with a main event).
    public var units: Int
    /// Units the truth has.
    public var truthUnits: Int
    /// System units that align with nothing in the truth (not scored).
    public var unaligned: Int
    /// System mentions in a true mention sentence but of another event class (not scored).
    public var otherClass: Int = 0

    public var coverage: Double { truthUnits == 0 ? 0 : Double(units) / Double(truthUnits) }
  }

  public struct ConflictScore: Codable, Hashable, Sendable {
    public var planted: Int
    public var found: Int
    /// Found with the planted kind (contradiction / reporting-time / wording).
    public var kindMatched: Int
    public var recall: Double
    /// Per kind: planted and found.
    public var byKind: [String: [Int]]
    /// Conflicts the system reported, and how many of them match a planted one.
    public var reported: Int
    public var reportedMatching: Int
  }

  public struct Score: Codable, Hashable, Sendable {
    public var mentions: Pairwise
    public var documents: Pairwise
    public var conflicts: ConflictScore
    /// Documents without a stated date whose inferred date is the true day / whose window holds it.
    public var undatedDocuments: Int
    public var inferredExact: Int
    public var inferredWindow: Int
    public var events: Int
    public var truthEvents: Int
  }

  public static func score(_ report: TimelineReport, truth: GroundTruth) -> Score {
    // Mentions: align each system mention with the true mention sentence it overlaps most.
    var truthByDoc: [String: [TruthMention]] = [:]
    for d in truth.documents { truthByDoc[d.id] = d.mentions }
    let truthClass = Dictionary(truth.events.map { ($0.id, $0.eventClass) }, uniquingKeysWith: { a, _ in a })
    var mentionUnits: [(system: Int, truth: String)] = []
    var seen = Set<String>()
    var unalignedMentions = 0
    var otherClass = 0
    for (i, event) in report.events.enumerated() {
      for m in event.mentions {
        guard let candidates = truthByDoc[m.document] else {
          unalignedMentions += 1
          continue
        }
        // A sentence that names two events has a truth mention per part: the part holding the
        // trigger word decides; otherwise the largest overlap.
        var best: (index: Int, overlap: Int)? = nil
        if let anchor = triggerOffset(m), let j = candidates.firstIndex(where: { $0.start <= anchor && anchor < $0.end }) {
          best = (j, 1)
        } else {
          for (j, t) in candidates.enumerated() {
            let overlap = min(m.end, t.end) - max(m.start, t.start)
            if overlap > 0, overlap > (best?.overlap ?? 0) { best = (j, overlap) }
          }
        }
        guard let best else {
          unalignedMentions += 1
          continue
        }
        // Mentions of another class in a true sentence (a statement inside a report of an
        // attack) are other events, not splits of the true one: not scored.
        let trueEvent = candidates[best.index].event
        guard truthClass[trueEvent] == event.eventClass else {
          otherClass += 1
          continue
        }
        // One unit per (system event, true sentence): two triggers in one sentence count once.
        guard seen.insert("\(i)|\(m.document)|\(best.index)").inserted else { continue }
        mentionUnits.append((i, candidates[best.index].event))
      }
    }
    let truthMentions = truth.documents.reduce(0) { $0 + $1.mentions.count }
    var mentions = pairwise(
      mentionUnits.map { ("\($0.system)", $0.truth) }, truthUnits: truthMentions, unaligned: unalignedMentions)
    mentions.otherClass = otherClass

    // Documents: the system's main event against the true one.
    let truthMain = Dictionary(truth.documents.map { ($0.id, $0.mainEvent) }, uniquingKeysWith: { a, _ in a })
    var docUnits: [(String, String)] = []
    var unalignedDocs = 0
    for d in report.documents {
      guard let main = d.mainEvent else { continue }
      guard let t = truthMain[d.id] else {
        unalignedDocs += 1
        continue
      }
      docUnits.append((main, t))
    }
    let documents = pairwise(docUnits, truthUnits: truth.documents.count, unaligned: unalignedDocs)

    // DCT inference on documents that state no date.
    let systemDocs = Dictionary(report.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var undated = 0
    var exact = 0
    var window = 0
    for d in truth.documents where d.publishedGiven == "none" {
      undated += 1
      guard let p = systemDocs[d.id]?.published else { continue }
      if p.value.hasPrefix(d.published) { exact += 1 }
      let lo = p.earliest ?? String(p.value.prefix(10))
      let hi = p.latest ?? String(p.value.prefix(10))
      if lo <= d.published, d.published <= hi { window += 1 }
    }

    return Score(
      mentions: mentions, documents: documents, conflicts: conflictScore(report, truth: truth),
      undatedDocuments: undated, inferredExact: exact, inferredWindow: window, events: report.events.count,
      truthEvents: truth.events.count)
  }

  /// Byte offset of a mention's trigger word in its document (its first occurrence in the
  /// cited sentence, case-insensitive), or nil.
  static func triggerOffset(_ m: Event.Mention) -> Int? {
    let lower = m.text.lowercased()
    guard let trigger = m.trigger?.lowercased(), !trigger.isEmpty, let r = lower.range(of: trigger) else { return nil }
    return m.start + lower.utf8.distance(from: lower.startIndex, to: r.lowerBound)
  }

  /// Pairwise precision/recall from (system cluster, true cluster) labels of each unit.
  static func pairwise(_ units: [(String, String)], truthUnits: Int, unaligned: Int) -> Pairwise {
    func pairs(_ n: Int) -> Double { Double(n) * Double(n - 1) / 2 }
    var cells: [String: Int] = [:]
    var system: [String: Int] = [:]
    var gold: [String: Int] = [:]
    for (s, t) in units {
      cells[s + "\u{1F}" + t, default: 0] += 1
      system[s, default: 0] += 1
      gold[t, default: 0] += 1
    }
    let tp = cells.values.reduce(0) { $0 + pairs($1) }
    let sp = system.values.reduce(0) { $0 + pairs($1) }
    let gp = gold.values.reduce(0) { $0 + pairs($1) }
    let empty = units.isEmpty
    let precision = empty ? 0 : (sp == 0 ? 1 : tp / sp)
    let recall = empty ? 0 : (gp == 0 ? 1 : tp / gp)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    return Pairwise(
      precision: precision, recall: recall, f1: f1, units: units.count, truthUnits: truthUnits, unaligned: unaligned)
  }

  /// The attribute family a conflict is about: `count`, `quote`, or the attribute itself.
  static func family(_ attribute: String) -> String {
    let a = attribute.lowercased()
    if a.contains("quote") || a.contains("wording") { return "quote" }
    for word in ["count", "toll", "killed", "dead", "death", "participant", "number", "countries", "attendee"]
    where a.contains(word) {
      return "count"
    }
    return a
  }

  static func conflictScore(_ report: TimelineReport, truth: GroundTruth) -> ConflictScore {
    // Index system conflicts by the documents they cite (no all-pairs).
    var byDoc: [String: [Int]] = [:]
    let systemDocs = report.conflicts.map { Set($0.claims.map(\.document)) }
    for (i, docs) in systemDocs.enumerated() {
      for d in docs { byDoc[d, default: []].append(i) }
    }
    var found = 0
    var kindMatched = 0
    var byKind: [String: [Int]] = [:]
    var matchedSystem = Set<Int>()
    for t in truth.conflicts {
      let docs = Set(t.documents)
      var candidates = Set<Int>()
      for d in t.documents { candidates.formUnion(byDoc[d] ?? []) }
      let matches = candidates.sorted().filter {
        family(report.conflicts[$0].attribute) == t.attribute && systemDocs[$0].intersection(docs).count >= 2
      }
      byKind[t.kind, default: [0, 0]][0] += 1
      guard !matches.isEmpty else { continue }
      found += 1
      byKind[t.kind, default: [0, 0]][1] += 1
      matchedSystem.formUnion(matches)
      if matches.contains(where: { report.conflicts[$0].kind.rawValue == t.kind }) { kindMatched += 1 }
    }
    let planted = truth.conflicts.count
    return ConflictScore(
      planted: planted, found: found, kindMatched: kindMatched,
      recall: planted == 0 ? 1 : Double(found) / Double(planted), byKind: byKind, reported: report.conflicts.count,
      reportedMatching: matchedSystem.count)
  }
}
