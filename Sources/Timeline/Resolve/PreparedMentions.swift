import Foundation

/// What block resolution needs of every mention, computed once for the whole corpus in
/// process instead of once per block (a mention sits in about four blocks, and the largest
/// blocks hold 200,000 of them at 100,000 documents): its rank in id order, the hash of its
/// ``EventResolver/Signature`` and its ``PairFeatures`` with corpus-wide string ids, packed
/// without references (``PairFeatures/Block``). Blocks then read these by position and copy no
/// mention.
///
/// The streamed reduce (``MapReduce/reduce(lines:resolver:)``) sees one block at a time and
/// computes the same things per block; both give the same partial clusters.
struct PreparedMentions: Sendable {
  /// `rank[p]`: the place of position p in ``byID``.
  let rank: [Int32]
  /// All positions sorted by (id, position).
  let byID: [Int]
  /// `identity[p]`: the first position whose mention has the same ``EventResolver/Signature``
  /// as position p's (identical mentions share it). Blocks collapse identical copies by this
  /// number instead of comparing signatures again in each of a mention's blocks.
  let identity: [Int32]
  /// `copied[p]`: whether another position has position p's ``identity`` (an identical copy
  /// of the mention, or the mention it copies).
  let copied: [Bool]
  /// `features.records[p]` (and its lists in `features.pool`): position p's features.
  let features: PairFeatures.Block
  /// `blocking[p]`: what position p's blocking keys depend on beside its features' class,
  /// value and period ids (``MapReduce/blocks(_:only:resolver:prepared:)``); empty when not
  /// read.
  var blocking: [EventResolver.BlockingBits] = []
  /// The class names by their ids in ``features``, when every class name is ASCII
  /// (``PairFeatures/prepareAll(_:chunk:also:)``).
  var classNames: [Int32: String]?
}

extension PreparedMentions {
  init<C: RandomAccessCollection & Sendable>(_ mentions: C) where C.Element == EventMention, C.Index == Int {
    let byID = Self.idOrder(mentions)
    var rank = [Int32](repeating: 0, count: mentions.count)
    for (r, p) in byID.enumerated() { rank[p] = Int32(r) }
    // What a signature hash and the blocking keys need of the mention itself, read in the
    // features' pass.
    let (features, seeds, classes) = PairFeatures.prepareAll(mentions) { m, seen in
      (SignatureSeed(m, text: seen.sentenceHash), EventResolver.BlockingBits(m, parsed: seen.parsed, range: seen.range))
    }
    let hashes = parallelMap(chunkRanges(mentions.count)) { range in
      features.withRefs { f in range.map { Self.signatureHash(f[$0], seeds[$0].0) } }
    }.flatMap { $0 }
    self.init(rank: rank, byID: byID, signatureHash: hashes, features: features, mentions: mentions)
    blocking = seeds.map(\.1)
    classNames = classes
  }

  /// ``EventResolver/blockingParts(for:)`` of position p's mention from what the features' pass
  /// found of it (its class name by id, its ``EventResolver/BlockingBits``), without reading
  /// the mention: nil when those do not tell (a class name not ASCII, years beyond 32 bits).
  func blockingParts(_ p: Int) -> (classes: [String], periods: [EventResolver.BlockPeriod])? {
    let b = blocking[p]
    guard let periods = b.years.periods, let name = classNames?[Int32(features.records[p].eventClass)] else {
      return nil
    }
    typealias Bits = EventResolver.BlockingBits
    let namedMain = b.bits & (Bits.isMain | Bits.caption | Bits.named) == Bits.isMain | Bits.named
    let datedClause = b.bits & Bits.datedClause != 0
    return (EventResolver.blockingClasses(name, datedClause: datedClause, namedMain: namedMain), periods)
  }

  /// A hash of the ``EventResolver/Signature`` of `m`, from its features `f` (corpus-wide
  /// ids: equal strings, equal ids) and the two fields they lack, the sentence and whether the
  /// time is stated. Equal signatures give equal hashes (their strings, sorted lists and names
  /// intern to the same ids and id lists); unequal ones may share a hash, which
  /// ``assignIdentities(_:_:_:same:)`` settles by comparing the signatures, so an identity does
  /// not depend on the hash. Building the signature (two sorted copies of string lists) and
  /// hashing its dozen strings was about 6,800 instructions per mention.
  ///
  /// The ids are folded by multiply-xorshift steps (``SignatureFold``); only the sentence is
  /// hashed as a `String` (its hash, like `==`, is the same for canonically equivalent texts).
  /// Each id through a `Hasher` was about 1,300 instructions per mention.
  ///
  /// The features are read in place, from the corpus's packed records, and the mention not
  /// at all: its two parts the features lack (`seed`) are read when the features are made, so
  /// the hashes cost no second pass over the mentions (at 100,000 documents, a cache miss on
  /// each mention and its sentence).
  static func signatureHash(_ f: PairFeatures.Block.Ref, _ seed: SignatureSeed) -> Int {
    var h = SignatureFold(seed.text)
    h.add(f.eventClass)
    h.add(f.period)  // the time's value and mod
    h.add(f.place ?? .min)
    h.add(f.ordinal ?? .min)
    h.add(f.host ?? .min)
    h.add(f.seriesID ?? .min)
    h.add((f.isMain ? 1 : 0) | (f.caption ? 2 : 0) | seed.stated)
    h.add(f.nameCount)
    h.add(f.participants)
    h.add(f.keywords)
    h.add(f.salient)
    return h.value
  }

  /// Prepared mentions from their parts; `signatureHash[p]` is the hash of position p's
  /// signature (equal signatures, equal hashes), confirmed here with the signatures themselves.
  init<C: RandomAccessCollection & Sendable>(
    rank: [Int32], byID: [Int], signatureHash: [Int], features: PairFeatures.Block, mentions: C
  ) where C.Element == EventMention, C.Index == Int {
    self.rank = rank
    self.byID = byID
    self.features = features
    identity = Self.identities(mentions, hashes: signatureHash, features: features)
    copied = Self.copied(identity)
  }

  /// ``copied`` from the identities: whose identity more than one position has.
  static func copied(_ identity: [Int32]) -> [Bool] {
    var many = [Bool](repeating: false, count: identity.count)
    for (p, first) in identity.enumerated() where Int(first) != p { many[Int(first)] = true }
    return identity.map { many[Int($0)] }
  }

  /// ``identity`` from the signature hashes: positions are split by hash into shards, each
  /// resolved by ``assignIdentities(_:_:_:same:)`` on all cores. Two signatures are compared by
  /// their interned parts first (`features`, with corpus-wide ids), in place, and only then by
  /// the rest of the mentions: the series of each mention was a dictionary lookup (a `String`
  /// hash, 41% of the comparison's instructions), and at 100,000 documents each string read
  /// from a mention is a cache miss.
  static func identities<C: RandomAccessCollection & Sendable>(
    _ mentions: C, hashes: [Int], features: PairFeatures.Block
  ) -> [Int32] where C.Element == EventMention, C.Index == Int {
    let shards = max(1, min(256, hashes.count / 8_192))
    var byShard = [[Int32]](repeating: [], count: shards)
    for (p, h) in hashes.enumerated() { byShard[Int(UInt(bitPattern: h) % UInt(shards))].append(Int32(p)) }
    let shardLists = byShard
    // Every position is in exactly one shard, so each is assigned exactly once.
    return parallelInitialized(count: hashes.count, tasks: shards) { s, put in
      features.withRefs { f in
        assignIdentities(shardLists[s], hashes, put) { p, q in
          PairFeatures.sameInternedSignature(f[Int(p)], f[Int(q)])
            && EventResolver.sameUninternedSignature(
              mentions[mentions.startIndex + Int(p)], mentions[mentions.startIndex + Int(q)])
        }
      }
    }
  }

  /// ``identities(_:hashes:features:)`` on this thread (one block of the streamed reduce),
  /// signatures compared by the mentions alone.
  static func identities<C: RandomAccessCollection>(serial mentions: C, hashes: [Int]) -> [Int32]
  where C.Element == EventMention, C.Index == Int {
    var out = [Int32](repeating: 0, count: hashes.count)
    assignIdentities(Array(0..<Int32(hashes.count)), hashes, { out[$0] = $1 }) { p, q in
      EventResolver.sameSignature(mentions[mentions.startIndex + Int(p)], mentions[mentions.startIndex + Int(q)])
    }
    return out
  }

  /// Gives each of `positions` (ascending) its identity: the first earlier position of its
  /// hash whose signature `same` confirms (two signatures may share a hash), else itself.
  private static func assignIdentities(
    _ positions: [Int32], _ hashes: [Int], _ assign: (Int, Int32) -> Void, same: (Int32, Int32) -> Bool
  ) {
    // Hash → the first position with it (``FirstPositions``), and the first position of each
    // further signature with it (rare: two signatures, one hash), in order. A list per hash was
    // an allocation per distinct signature.
    var firsts = FirstPositions(capacity: positions.count)
    var others: [Int: [Int32]] = [:]
    for p in positions {
      let hash = hashes[Int(p)]
      let first = firsts.first(of: hash, else: p)
      guard first != p else {
        assign(Int(p), p)
        continue
      }
      if same(p, first) {
        assign(Int(p), first)
      } else if let other = others[hash]?.first(where: { same(p, $0) }) {
        assign(Int(p), other)
      } else {
        others[hash, default: []].append(p)
        assign(Int(p), p)
      }
    }
  }

  /// The positions of `mentions` sorted by (id, position). The ids are read once each (a
  /// comparison of two mentions read through a view would copy both).
  static func idOrder<C: RandomAccessCollection>(_ mentions: C) -> [Int]
  where C.Element == EventMention, C.Index == Int {
    let ids = mentions.indices.map { mentions[$0].id }
    return ids.indices.sorted { (ids[$0], $0) < (ids[$1], $1) }
  }
}

/// The first position of each signature hash (``PreparedMentions/identities(_:hashes:features:)``):
/// an open-addressing table keyed by a multiplicative hash of the hash (a shard's hashes share
/// their remainder by the number of shards), where a `Dictionary` hashed every position's hash
/// again with SipHash.
struct FirstPositions {
  /// Slot s: a hash and its first position (-1: empty).
  private var hashes: [Int]
  private var positions: [Int32]
  private let shift: Int

  /// A table for at most `capacity` hashes (kept at most half full).
  init(capacity: Int) {
    let size = HalfFullTable(capacity: capacity)
    hashes = [Int](repeating: 0, count: size.count)
    positions = [Int32](repeating: -1, count: size.count)
    shift = size.shift
  }

  /// The first position of `hash`: the one it has, else `position`, which it gets.
  mutating func first(of hash: Int, else position: Int32) -> Int32 {
    let mask = hashes.count - 1
    var s = Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(hash)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    while positions[s] != -1 {
      if hashes[s] == hash { return positions[s] }
      s = (s + 1) & mask
    }
    (hashes[s], positions[s]) = (hash, position)
    return position
  }
}

/// The parts of a mention's ``EventResolver/Signature`` that its ``PairFeatures`` lack, for
/// ``PreparedMentions/signatureHash(_:_:)``: the sentence's hash (a `String` hash, equal for
/// canonically equivalent texts, as `==` is) and whether the time is stated.
struct SignatureSeed: Sendable {
  let text: Int
  /// 0: no time; 4: stated; 8: not stated.
  let stated: Int

  /// The seed of `m`, whose sentence's hash is `text`.
  init(_ m: EventMention, text: Int) {
    self.text = text
    let stated = m.time?.stated
    self.stated = stated == nil ? 0 : stated == true ? 4 : 8
  }
}

/// Integers folded into one hash by multiply-xorshift steps (``PreparedMentions/signatureHash(_:_:)``):
/// equal sequences give equal values; not seeded, not for tables an adversary fills.
struct SignatureFold {
  private var h: UInt64

  init(_ seed: Int) { h = UInt64(bitPattern: Int64(seed)) }

  @inline(__always) mutating func add(_ x: Int) {
    h = (h ^ UInt64(bitPattern: Int64(x))) &* 0x9E37_79B9_7F4A_7C15
    h ^= h >> 32
  }

  /// The list's length, then its ids.
  mutating func add(_ ids: UnsafeBufferPointer<Int32>) {
    add(ids.count)
    for id in ids { add(Int(id)) }
  }

  var value: Int {
    var v = h &* 0xD6E8_FEB8_6659_FD93
    v ^= v >> 29
    return Int(bitPattern: UInt(v))
  }
}
