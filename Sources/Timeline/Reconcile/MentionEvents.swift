/// The event of every mention of the corpus, by the mention's place: `self[x, j]` is the
/// index (in the timeline's order) of the event that mention `j` of extraction `x` belongs to.
///
/// Built from each place's cluster, which the merge knows
/// (``MapReduce/cluster(mentions:edges:byID:undatedDocuments:keep:explain:rules:)``).
/// A table keyed by mention id, filled serially, took a quarter of a second at 100,000
/// documents (1.3 million ids) and grew faster than the corpus.
struct MentionEvents: Sendable {
  /// Extraction `x`'s mentions are at `start[x] ..< start[x + 1]` of `event`.
  private let start: [Int]
  /// Each mention's event; -1 for none.
  private let event: [Int32]

  /// `clusterAt[p]`: the cluster of the mention at place `p` (the extractions' mentions in
  /// order), -1 for none; `eventOfCluster[c]`: the event cluster `c` became, -1 for none.
  init(clusterAt: [Int32], eventOfCluster: [Int32], in extractions: [DocumentExtraction]) {
    let start = MapReduce.Flattened.starts(extractions)
    precondition(start[extractions.count] == clusterAt.count, "one cluster entry per mention")
    self.start = start
    event = clusterAt.map { $0 < 0 ? -1 : eventOfCluster[Int($0)] }
  }

  /// The event of extraction `x`'s mention `j`.
  subscript(x: Int, j: Int) -> Int? {
    let e = event[start[x] + j]
    return e < 0 ? nil : Int(e)
  }

  /// The event of the mention of extraction `x` whose id is `id` (claims name their mention by id).
  func event(of id: String, in x: Int, _ extractions: [DocumentExtraction]) -> Int? {
    for j in extractions[x].mentions.indices where extractions[x].mentions[j].id == id { return self[x, j] }
    return nil
  }

  /// ``event(of:in:_:)`` for many ids of one extraction: a document of more than
  /// `linearLimit` mentions gets a table of its ids (the first mention of each id) first. A
  /// search per claim was quadratic in a document's size: a 50 MB article of about 500,000
  /// mentions and as many claims ran for more than ten minutes in it.
  func events(in x: Int, _ extractions: [DocumentExtraction], linearLimit: Int = 16) -> (String) -> Int? {
    let mentions = extractions[x].mentions
    guard mentions.count > linearLimit else { return { id in self.event(of: id, in: x, extractions) } }
    var first: [String: Int] = [:]
    first.reserveCapacity(mentions.count)
    for j in mentions.indices where first[mentions[j].id] == nil { first[mentions[j].id] = j }
    return { id in first[id].flatMap { self[x, $0] } }
  }
}
