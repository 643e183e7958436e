import Foundation

/// Maps entity keys that spell the same name differently to one canonical key, across
/// documents.
///
/// The rule is general, not a list: keys are blocked by a transliteration skeleton
/// (``NameSkeleton/skeleton(_:)``: "Zelensky" and "Zelenskyy" share one), so only names in
/// the same block are ever compared (linear in the number of distinct keys, no all-pairs over
/// the corpus). Inside a block two keys unify when
/// - they are the same kind (the key prefix: `person`, `group` …),
/// - their normalized edit distance is at most 0.34 for persons and 0.2 for other names, and
/// - their context agrees: for people, the first names (when both documents give one) have the
///   same skeleton ("Sergey"/"Sergei") and the title words, when both have some, share one.
///
/// The canonical key of a group is the one seen in most documents, then the shorter, then the
/// alphabetically first, so the result does not depend on input order.
public struct EntityUnifier: Sendable {
  public init() {}

  /// What the unifier knows of one entity key. Names and title words are gathered for persons
  /// only, the one kind whose agreement reads them (``agree(_:_:_:_:)``); documents are
  /// counted, not kept (only their number chooses a group's canonical key).
  struct Info {
    var kind: String
    var isPerson: Bool
    var names: Set<String> = []
    /// How many distinct documents name the key.
    var documents = 0
    /// The number (``documentNumbers(_:)``) of the last document counted.
    var lastDocument = -1
    var titleWords: Set<String> = []

    init(kind: String) {
      self.kind = kind
      isPerson = kind == "person"
    }
  }

  /// An entity (`entity`, its index) or a title claim (``titleClaim``) of the extraction at
  /// `document`, routed to the shard of its key (the claim's subject).
  struct Routed {
    var document: Int32
    /// The entity's index; for a title claim, `-1 - claim`.
    var entity: Int32

    init(document: Int32, entity: Int32) {
      self.document = document
      self.entity = entity
    }

    init(document: Int32, titleClaim c: Int) {
      self.document = document
      entity = Int32(-1 - c)
    }

    /// The title claim's index, nil for an entity.
    var titleClaim: Int? { entity < 0 ? Int(-1 - entity) : nil }
  }

  /// - Returns: every entity key seen, mapped to its canonical key (itself when it has no
  ///   variant).
  public func unify(_ extractions: [DocumentExtraction]) -> [String: String] {
    // Keys are split by hash into one shard per core, each shard gathered by its own task in
    // document order (one task was a serial second at 100,000 documents); shards hold disjoint
    // keys.
    let shards = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let (number, order) = Self.documentNumbers(extractions)
    // Each entity and title claim routed to its key's shard once, on all cores, a range of
    // `order` at a time (``Routed``): when every shard's task read every document, each key
    // was read and hashed once per shard, at 100,000 documents a cache miss per key and task.
    let ranges = chunkRanges(order.count)
    let routed = parallelMap(ranges) { range -> [[Routed]] in
      var out = [[Routed]](repeating: [], count: shards)
      for o in range {
        let d = order[o]
        let entities = extractions[d].entities
        for k in entities.indices {
          out[Self.keyShard(entities[k].key, of: shards)].append(Routed(document: Int32(d), entity: Int32(k)))
        }
        let claims = extractions[d].claims
        for c in claims.indices where claims[c].attribute == "title" {
          guard let s = claims[c].subject else { continue }
          out[Self.keyShard(s, of: shards)].append(Routed(document: Int32(d), titleClaim: c))
        }
      }
      return out
    }
    let parts = parallelMap(Array(0..<shards)) { part -> [String: Info] in
      var infos: [String: Info] = [:]
      // Fields read in place (a copy of an entity retained its name and aliases).
      for list in routed {
        for r in list[part] {
          let d = Int(r.document)
          if let c = r.titleClaim {
            guard let s = extractions[d].claims[c].subject, let i = infos.index(forKey: s), infos.values[i].isPerson
            else { continue }
            for w in Self.titleWords(extractions[d].claims[c].value) { infos.values[i].titleWords.insert(w) }
            continue
          }
          let k = Int(r.entity)
          let key = extractions[d].entities[k].key
          // Mutated in place, one lookup of the key (hashed once) for the whole update. A
          // document is counted when it differs from the key's last one: the documents of one
          // id come one after another (`order`).
          Self.update(&infos[key, default: Info(kind: String(key.prefix { $0 != ":" }))]) { info in
            if info.lastDocument != number[d] {
              info.lastDocument = number[d]
              info.documents += 1
            }
            guard info.isPerson else { return }
            info.names.insert(extractions[d].entities[k].name)
            for a in extractions[d].entities[k].aliases { info.names.insert(a) }
          }
        }
      }
      return infos
    }
    var infos: [String: Info] = [:]
    infos.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { infos.merge(part) { a, _ in a } }
    var blocks: [String: [String]] = [:]
    for (key, info) in infos {
      blocks["\(info.kind)|\(NameSkeleton.skeleton(Self.body(key)))", default: []].append(key)
    }
    var parent: [String: String] = [:]
    func root(_ k: String) -> String {
      var r = k
      while let p = parent[r], p != r { r = p }
      return r
    }
    for (_, keys) in blocks.sorted(by: { $0.key < $1.key }) where keys.count > 1 {
      let sorted = keys.sorted()
      let limit = sorted.count > 64 ? 1 : sorted.count  // huge blocks: neighbours only
      for (a, ka) in sorted.enumerated() {
        for b in (a + 1)..<min(sorted.count, a + 1 + limit) {
          let kb = sorted[b]
          guard let ia = infos[ka], let ib = infos[kb], agree(ka, ia, kb, ib) else { continue }
          let ra = root(ka)
          let rb = root(kb)
          if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
      }
    }
    var groups: [String: [String]] = [:]
    for key in infos.keys { groups[root(key), default: []].append(key) }
    var out: [String: String] = [:]
    for (_, members) in groups {
      let canonical = members.min { a, b in
        let da = infos[a]?.documents ?? 0
        let db = infos[b]?.documents ?? 0
        return (-da, a.count, a) < (-db, b.count, b)
      }
      for m in members { out[m] = canonical ?? m }
    }
    return out
  }

  @inline(__always) private static func update<T>(_ value: inout T, _ body: (inout T) -> Void) { body(&value) }

  /// Each extraction's document number (the index of the first extraction with its document
  /// id) and an order of the extractions in which those of one id are next to each other:
  /// the extractions' own order when their ids are strictly increasing, as the merge's are
  /// (no id hashed).
  static func documentNumbers(_ extractions: [DocumentExtraction]) -> (number: [Int], order: [Int]) {
    let ascending = extractions.indices.dropFirst().allSatisfy {
      extractions[$0 - 1].document < extractions[$0].document
    }
    if ascending { return (Array(extractions.indices), Array(extractions.indices)) }
    var first: [String: Int] = [:]
    let number = extractions.indices.map { d in
      first[extractions[d].document] ?? {
        first[extractions[d].document] = d
        return d
      }()
    }
    return (number, extractions.indices.sorted { (number[$0], $0) < (number[$1], $1) })
  }

  /// The shard (of `count`) of an entity key: its ``StableHash/fnv1a(_:)``. Only which task
  /// gathers a key depends on it, never the result; a `String` hash (SipHash, about 200
  /// instructions) of every key on every task was most of the gathering's cost.
  static func keyShard(_ key: String, of count: Int) -> Int {
    count > 1 ? Int(StableHash.fnv1a(key) % UInt64(count)) : 0
  }

  /// The words of a title claim, lowercased, of more than three letters: the runs of letters.
  ///
  /// An ASCII title (nearly all) is read by bytes, where the letters are `a`–`z` once
  /// lowercased and a character is a byte; others by `Character`.
  static func titleWords(_ value: String) -> [String] {
    var value = value
    let ascii = value.withUTF8 { b -> [String]? in
      guard !b.contains(where: { $0 >= 0x80 }) else { return nil }
      var words: [String] = []
      var start = 0
      for i in 0...b.count {
        let letter = i < b.count && (b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A)
        if letter { continue }
        if i - start > 3 { words.append(UTF8Bytes.lowercased(String(decoding: b[start..<i], as: UTF8.self))) }
        start = i + 1
      }
      return words
    }
    return ascii
      ?? value.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count > 3 }.map(String.init)
  }

  static func body(_ key: String) -> String {
    guard let i = key.firstIndex(of: ":") else { return key }
    return String(key[key.index(after: i)...])
  }

  private func agree(_ ka: String, _ a: Info, _ kb: String, _ b: Info) -> Bool {
    guard a.kind == b.kind else { return false }
    let d = NameSkeleton.distance(Self.body(ka), Self.body(kb))
    if a.isPerson {
      guard d <= 0.34 else { return false }
      let fa = Set(a.names.compactMap(Self.firstName).map(NameSkeleton.skeleton))
      let fb = Set(b.names.compactMap(Self.firstName).map(NameSkeleton.skeleton))
      if !fa.isEmpty, !fb.isEmpty, fa.isDisjoint(with: fb) { return false }
      if !a.titleWords.isEmpty, !b.titleWords.isEmpty, a.titleWords.isDisjoint(with: b.titleWords) { return false }
      return true
    }
    return d <= 0.2
  }

  static func firstName(_ name: String) -> String? {
    let parts = name.split(separator: " ")
    return parts.count >= 2 ? String(parts[0]) : nil
  }
}
