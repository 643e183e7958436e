/// What block resolution needs of every mention, computed once for the whole corpus in
/// process instead of once per block (a mention sits in about four blocks, and the largest
/// blocks hold 200,000 of them at 100,000 documents): its rank in id order, the hash of its
/// ``EventResolver/Signature`` and its ``PairFeatures`` with corpus-wide string ids. Blocks then
/// read these by position and copy no mention.
///
/// The streamed reduce (``MapReduce/reduce(lines:resolver:)``) sees one block at a time and
/// computes the same things per block; both give the same partial clusters.
struct PreparedMentions: Sendable {
  /// `rank[p]`: the place of position p in ``byID``.
  let rank: [Int32]
  /// All positions sorted by (id, position).
  let byID: [Int]
  /// The hash of each mention's ``EventResolver/Signature`` (equal signatures, equal hashes;
  /// blocks confirm equal hashes with the signatures themselves).
  let signatureHash: [Int]
  let features: [PairFeatures]
}

extension PreparedMentions {
  init<C: RandomAccessCollection & Sendable>(_ mentions: C) where C.Element == EventMention, C.Index == Int {
    byID = Self.idOrder(mentions)
    var rank = [Int32](repeating: 0, count: mentions.count)
    for (r, p) in byID.enumerated() { rank[p] = Int32(r) }
    self.rank = rank
    signatureHash = parallelMap(chunkRanges(mentions.count)) { range in range.map { EventResolver.signature(mentions[$0]).hashValue } }
      .flatMap { $0 }
    features = PairFeatures.prepareAll(mentions)
  }

  /// The positions of `mentions` sorted by (id, position). The ids are read once each (a
  /// comparison of two mentions read through a view would copy both).
  static func idOrder<C: RandomAccessCollection>(_ mentions: C) -> [Int]
  where C.Element == EventMention, C.Index == Int {
    let ids = mentions.indices.map { mentions[$0].id }
    return ids.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }
  }
}
