import Foundation

/// An `Int` stored in 32 bits (clamped; `Int32.min` is left for ``Narrow32Optional``'s nil).
@propertyWrapper struct Narrow32 {
  private var stored: Int32
  init(wrappedValue: Int) { stored = max(Int32.min + 1, Int32(clamping: wrappedValue)) }
  var wrappedValue: Int {
    get { Int(stored) }
    set { self = Narrow32(wrappedValue: newValue) }
  }
}

/// An `Int?` stored in 32 bits (clamped; `nil` as `Int32.min`).
@propertyWrapper struct Narrow32Optional {
  private var stored: Int32
  init(wrappedValue: Int?) { stored = wrappedValue.map { max(Int32.min + 1, Int32(clamping: $0)) } ?? .min }
  var wrappedValue: Int? {
    get { stored == .min ? nil : Int(stored) }
    set { self = Narrow32Optional(wrappedValue: newValue) }
  }
}

/// What ``EventResolver/pairScore(_:_:)`` looks at, computed once per mention of a block
/// instead of once per compared pair: the stated day range as day numbers, and every string
/// (document, place, host, participants, context words) as a small integer interned per
/// block, participants and context words as sorted unique id lists.
///
/// ``EventResolver/score(_:_:)`` gives exactly the score `pairScore` gives (tested on every
/// compared pair of the fixture corpora); the resolver builds the evidence with `pairScore`
/// only for the pairs that reach the merge threshold. Scoring a pair is then a few integer
/// comparisons and two merges of short sorted lists, with no allocation.
struct PairFeatures {
  // Stored narrow and in this order so that what a compared pair reads first (flags, class,
  // days, document, ordinal, place, series) lies in the first 64 bytes, the id-list masks
  // right after, the lists themselves last: the whole value is 152 bytes (it was 224 with
  // every id an `Int` and every optional 16 bytes), so a block's features take fewer cache
  // lines, and a compared pair, at 100,000 documents mostly a cache miss, touches two lines
  // instead of four. Values beyond 32 bits (no interned id or day number comes near) are
  // clamped.
  var hasRange: Bool
  var isMain: Bool
  /// Marked by the extractor as another occurrence than its article's story
  /// (``EventMention/instanceKey``).
  var instance: Bool = false
  var caption: Bool
  /// Time range of three years or less (decade blocks skip pairs of two fine mentions).
  var fine: Bool
  /// The time states a clock time on its day ("at 1:22 a.m. on June 24":
  /// ``EventResolver/statesClock(_:)``).
  var clock = false
  @Narrow32 var eventClass: Int
  /// Stated time range as day numbers (`hasRange`).
  @Narrow32 var lo: Int
  @Narrow32 var hi: Int
  @Narrow32 var document: Int
  @Narrow32Optional var ordinal: Int?
  @Narrow32Optional var place: Int?
  @Narrow32Optional var placeKind: Int?
  @Narrow32Optional var seriesID: Int?
  @Narrow32Optional var host: Int?
  /// The day of an implied (not stated) one-day time: the article's date.
  @Narrow32Optional var impliedDay: Int?
  /// The one day the time gives, stated or implied (``EventResolver/oneDay(_:)``).
  @Narrow32Optional var oneDay: Int?
  /// Interned `time.value` + `mod` (for "same period" on long ranges).
  @Narrow32 var period: Int
  /// Interned `time.value` (the day bucket of large blocks).
  @Narrow32 var timeValue: Int
  @Narrow32 var nameCount: Int
  /// One bit per id of each list (``Masks``), kept in step by ``withMasks()``.
  var masks = Masks()
  var participants: [Int32]
  var keywords: [Int32]
  /// The article's salient names (main mentions), interned (``nameCount``: how many the
  /// mention lists).
  var salient: [Int32]
  /// The series name (``MentionFinder/findSeries(_:_:)``) as sorted interned word ids (empty:
  /// none); ``seriesID`` interns the whole name (a bucket of large blocks: editions of one
  /// series meet).
  var seriesWords: [Int32]
  /// The proper-name words of the sentence (``ProperWords``), sorted interned ids; empty
  /// without a stated range (``hasRange``), where no pair reads them.
  var proper: [Int32] = []
  /// Bucket names of the interned participants and keywords (`P:<key>`, `k:<word>`), for
  /// tie-breaking in ``EventResolver/candidatePairs(_:)``.
  var names: [Int32: String] = [:]

  init(
    eventClass: Int, hasRange: Bool, lo: Int, hi: Int, period: Int, timeValue: Int, ordinal: Int?, place: Int?,
    placeKind: Int?, host: Int?, document: Int, isMain: Bool, impliedDay: Int?, oneDay: Int?, caption: Bool, fine: Bool,
    participants: [Int32], keywords: [Int32], salient: [Int32], nameCount: Int, seriesWords: [Int32], seriesID: Int?,
    instance: Bool = false
  ) {
    (self.hasRange, self.isMain, self.caption, self.fine, self.instance) = (hasRange, isMain, caption, fine, instance)
    (self.eventClass, self.lo, self.hi, self.document) = (eventClass, lo, hi, document)
    (self.ordinal, self.place, self.placeKind, self.seriesID, self.host) = (ordinal, place, placeKind, seriesID, host)
    (self.impliedDay, self.oneDay) = (impliedDay, oneDay)
    (self.period, self.timeValue, self.nameCount) = (period, timeValue, nameCount)
    (self.participants, self.keywords, self.salient, self.seriesWords) = (participants, keywords, salient, seriesWords)
  }

  /// The features of a packed record, its lists copied out of `pool` (``Strings/features(_:)``).
  init(_ r: Packed, pool: [Int32]) {
    func list(_ from: Int32, _ to: Int32) -> [Int32] { Array(pool[Int(from)..<Int(to)]) }
    self.init(
      eventClass: r.eventClass, hasRange: r.hasRange, lo: r.lo, hi: r.hi, period: r.period, timeValue: r.timeValue,
      ordinal: r.ordinal, place: r.place, placeKind: r.placeKind, host: r.host, document: r.document, isMain: r.isMain,
      impliedDay: r.impliedDay, oneDay: r.oneDay, caption: r.caption, fine: r.fine,
      participants: list(r.start, r.participantsEnd), keywords: list(r.participantsEnd, r.keywordsEnd),
      salient: list(r.keywordsEnd, r.salientEnd), nameCount: r.nameCount,
      seriesWords: list(r.salientEnd, r.seriesWordsEnd), seriesID: r.seriesID, instance: r.instance)
    proper = list(r.seriesWordsEnd, r.properEnd)
    clock = r.clock
    masks = r.masks
  }

  /// A 64-bit summary of each id list, stored in the features themselves: most compared
  /// pairs share no series word, participant, context word or name, and two disjoint masks
  /// tell that (and a non-empty list has a non-zero mask) without reading either list, whose
  /// storage lies elsewhere in memory. At 100,000 documents, reading the other mention's list
  /// headers was about a quarter of the per-pair cost, nearly all of it cache misses.
  struct Masks {
    var series: UInt64 = 0
    var participants: UInt64 = 0
    var keywords: UInt64 = 0
    var salient: UInt64 = 0
    var proper: UInt64 = 0

    /// The bit of every id of `ids` (a multiplicative hash of the id picks the bit).
    static func of(_ ids: some Sequence<Int32>) -> UInt64 {
      ids.reduce(0) { $0 | 1 << ((UInt32(bitPattern: $1) &* 0x9E37_79B1) >> 26) }
    }
  }

  /// Whether the mentions of `a` and `b` agree on the parts of their
  /// ``EventResolver/Signature`` that these features hold as interned ids (main, caption,
  /// class, place, host, series): with corpus-wide ids (``prepareAll(_:chunk:)``), equal ids
  /// are equal strings, so this is exactly those parts of ``EventResolver/sameSignature(_:_:)``.
  /// Read in place (``Block/Ref``): a copy of features retained and released five lists.
  static func sameInternedSignature<F: PairScoring>(_ a: F, _ b: F) -> Bool {
    a.isMain == b.isMain && a.caption == b.caption && a.eventClass == b.eventClass && a.place == b.place
      && a.host == b.host && a.seriesID == b.seriesID
  }

  /// The same features with ``masks`` computed from the current lists.
  func withMasks() -> PairFeatures {
    var f = self
    f.masks = Masks(
      series: Masks.of(seriesWords), participants: Masks.of(participants), keywords: Masks.of(keywords),
      salient: Masks.of(salient), proper: Masks.of(proper))
    return f
  }

  func name(_ id: Int32) -> String { names[id] ?? "" }

  /// The 24 bytes of a mention's features that rule out most compared pairs of a large
  /// block: the stated days, the place and its kind, whether the time is fine, and the
  /// series name. At 100,000 documents about four in five pairs a block walks are ruled out
  /// by these alone (a decade block's pair of fine times, days too far apart, two different
  /// places of one kind, two different series); read from an array a sixth the size of the
  /// features, they cost no cache miss on the full features, which are then read only for the
  /// pairs that may merge.
  struct Gate {
    private var lo: Int32, hi: Int32
    /// `Int32.min`: no place.
    private var place: Int32
    /// The series name's interned id (`Int32.min`: none, or an id that does not fit).
    private var series: Int32
    /// The series words' mask (``Masks/series``) folded to 32 bits: a bit set here and not in
    /// the other's fold is a word the other's name lacks, as in the full mask.
    private var seriesWords: UInt32
    /// The place kind in the low 30 bits (``noKind`` when the place has none, ``unknownKind``
    /// when the id does not fit), ``fineBit`` and ``rangeBit`` above.
    private var bits: UInt32
    private static let kindMask: UInt32 = 0x3FFF_FFFF
    private static let noKind: UInt32 = 0x3FFF_FFFE
    private static let unknownKind: UInt32 = 0x3FFF_FFFF
    private static let fineBit: UInt32 = 1 << 30
    private static let rangeBit: UInt32 = 1 << 31

    /// A gate that excludes no pair (no stated days, place or series; not fine).
    static let open = Gate(lo: 0, hi: 0, place: .min, series: .min, seriesWords: 0, bits: noKind)

    private init(lo: Int32, hi: Int32, place: Int32, series: Int32, seriesWords: UInt32, bits: UInt32) {
      (self.lo, self.hi, self.place, self.series) = (lo, hi, place, series)
      (self.seriesWords, self.bits) = (seriesWords, bits)
    }

    init<F: PairScoring>(_ f: F) {
      (lo, hi) = (Int32(clamping: f.lo), Int32(clamping: f.hi))
      place = f.place.map { Int32(clamping: $0) } ?? .min
      var kind = Self.noKind
      if let k = f.placeKind { kind = k >= 0 && k < Int(Self.noKind) ? UInt32(k) : Self.unknownKind }
      bits = kind | (f.fine ? Self.fineBit : 0) | (f.hasRange ? Self.rangeBit : 0)
      series = f.seriesID.flatMap { Int32(exactly: $0) } ?? .min
      seriesWords = UInt32(truncatingIfNeeded: f.masks.series) | UInt32(truncatingIfNeeded: f.masks.series >> 32)
    }

    /// Whether ``EventResolver/score(_:_:singular:need:exact:rules:)`` of the two mentions is
    /// certainly nil, or (`decadeBlock`) both times are fine: a decade block leaves such pairs
    /// to their year blocks. False says nothing.
    @inline(__always) static func excludes(_ a: Gate, _ b: Gate, decadeBlock: Bool) -> Bool {
      if decadeBlock && a.bits & b.bits & fineBit != 0 { return true }
      let samePlace = a.place != .min && a.place == b.place
      if a.bits & b.bits & rangeBit != 0 && !(a.lo <= b.hi && b.lo <= a.hi) {
        // Disjoint days score only as days of one multi-day event: one place, short ranges,
        // a small gap (``EventResolver/multiDay(_:_:_:_:_:_:sameDocument:)``).
        let gap = Int(max(a.lo, b.lo)) - Int(min(a.hi, b.hi))
        let (la, lb) = (Int(a.hi) - Int(a.lo) + 1, Int(b.hi) - Int(b.lo) + 1)
        let most = EventResolver.multiDayLength
        if !samePlace || gap > EventResolver.multiDayGap || la > most || lb > most { return true }
      }
      // Two different places of one kind never merge.
      let (ka, kb) = (a.bits & kindMask, b.bits & kindMask)
      if a.place != .min && b.place != .min && !samePlace && ka == kb && ka != unknownKind { return true }
      // Two series names (not one id) each with a word the other lacks differ. An id that
      // does not fit is no evidence of two names.
      let (wa, wb) = (a.seriesWords, b.seriesWords)
      return a.series != b.series && a.series != .min && b.series != .min && wa & ~wb != 0 && wb & ~wa != 0
    }
  }

  /// Features of `mentions`, with one string table shared by all of them.
  static func prepare(_ mentions: [EventMention]) -> [PairFeatures] {
    prepare(mentions, Array(mentions.indices))
  }

  /// Features of `mentions[k]` for each `k` of `indexes`.
  static func prepare<C: RandomAccessCollection>(_ mentions: C, _ indexes: [Int]) -> [PairFeatures]
  where C.Element == EventMention, C.Index == Int {
    var table = Strings()
    var out = indexes.map { table.features(mentions[$0]) }
    let names = table.names
    for k in out.indices { out[k].names = names }  // one shared table
    return out
  }

  /// Features of every mention of `mentions` with one corpus-wide string table, on all cores,
  /// packed without references (a ``Block`` of every mention, in order): each chunk interns its
  /// own strings, the chunks' tables are joined in chunk order (one lookup per distinct string
  /// of a chunk), and each chunk's ids are rewritten to the joined ones. Ids differ from
  /// ``prepare(_:_:)``'s, but equal strings get equal ids, which is all scoring and blocking
  /// compare.
  ///
  /// Packed once for the corpus, the features are gathered by each large block from two
  /// contiguous arrays (a record and one run of the pool per representative), where gathering
  /// them from features retained and released five lists per representative, each (at 100,000
  /// documents) a cache miss on the list's header in its own allocation. Each chunk packs its
  /// mentions' features as it makes them (``Strings/packed(_:into:)``) and remaps them in its
  /// own pool (``Packed/remap(_:_:_:)``): no list is made per mention.
  ///
  /// `also`: something else of each mention, made in the same pass (`also(mentions[k], seen)`
  /// is the second result's `k`th element; `seen`: what the pass found of the mention,
  /// ``Strings/Seen``): each pass over the mentions reads every one of them (at 100,000
  /// documents, a cache miss or two a mention).
  ///
  /// `classes`: the class names by their ids, when every class name is ASCII (then equal ids
  /// are equal bytes, not only canonically equivalent strings); else nil.
  ///
  /// `chunk`: mentions per chunk (by default about eight chunks per core).
  static func prepareAll<C: RandomAccessCollection & Sendable, T: Sendable>(
    _ mentions: C, chunk: Int? = nil, also: @Sendable (EventMention, Strings.Seen) -> T
  ) -> (features: Block, also: [T], classes: [Int32: String]?) where C.Element == EventMention, C.Index == Int {
    var local = parallelMap(chunkRanges(mentions.count, size: chunk)) {
      range -> (records: [Packed], pool: [Int32], keys: [Strings.Key], also: [T], asciiClasses: Bool) in
      var table = Strings(named: false)  // the joined table names the ids
      var extra: [T] = []
      extra.reserveCapacity(range.count)
      var pool: [Int32] = []
      pool.reserveCapacity(range.count * 16)
      let records = range.map { k -> Packed in
        let m = mentions[k]
        let record = table.packed(m, into: &pool)
        let (parsed, timeRange) = table.lastTimeRanges
        extra.append(also(m, (parsed, timeRange, table.sentenceHash(m.citation.text))))
        return record
      }
      return (records, pool, table.keys, extra, table.asciiClasses)
    }
    var global = Strings()
    let maps = local.map { chunk in chunk.keys.map { Int32(global.id($0)) } }
    let extras = local.flatMap(\.also)
    let names = global.names
    var classes: [Int32: String]?
    if local.allSatisfy(\.asciiClasses) {
      classes = [:]
      for (k, key) in global.keys.enumerated() where key.space == .eventClass { classes?[Int32(k)] = key.string }
    }
    // Each chunk remapped on its own, in place (its records' lists at places in its own pool,
    // which holds the only reference to them).
    var offsets = [0]
    for chunk in local { offsets.append(offsets[offsets.count - 1] + chunk.records.count) }
    let starts = offsets
    let chunks = Slots(taking: local.map { ($0.records, $0.pool) })
    local = []
    let packed = parallelMap(Array(0..<(starts.count - 1))) { c -> (records: [Packed], pool: [Int32]) in
      var (records, pool) = chunks.take(c)
      Packed.remap(&records, &pool, maps[c])
      return (records, pool)
    }
    // The chunks' pools one after another, and their records moved to their places with
    // their lists' places shifted by their pool's start.
    var poolStarts = [0]
    for chunk in packed { poolStarts.append(poolStarts[poolStarts.count - 1] + chunk.pool.count) }
    let shifts = poolStarts
    var pool: [Int32] = []
    pool.reserveCapacity(shifts[shifts.count - 1])
    for chunk in packed { pool.append(contentsOf: chunk.pool) }
    let records = parallelInitialized(count: starts[starts.count - 1], tasks: packed.count) { c, put in
      for (j, record) in packed[c].records.enumerated() { put(starts[c] + j, record.shifted(by: Int32(shifts[c]))) }
    }
    return (Block(records: records, pool: pool, names: names), extras, classes)
  }

  /// One block's or one chunk's string tables: separate namespaces (a keyword never equals a
  /// participant key or a document id), one table each so no key is built by joining
  /// strings; ids count up across all of them in order of first use.
  struct Strings {
    enum Space: Int, CaseIterable {
      case eventClass, period, value, place, placeKind, host, document, series, participant, keyword, name, seriesWord
      case proper

      /// The bucket-name prefix of the spaces large blocks bucket on.
      var label: String? {
        switch self {
        case .participant: "P:"
        case .keyword: "k:"
        case .name: "n:"
        case .seriesWord: "w:"
        default: nil
        }
      }
    }
    typealias Key = (space: Space, string: String)
    /// Ids by string, per space, for the spaces where a non-ASCII string came (``complete``).
    var tables = [[String: Int]](repeating: [:], count: Space.allCases.count)
    /// Whether `tables[space]` holds every string of the space: it does from the space's first
    /// non-ASCII string on. Until then every string of the space is ASCII and in the fast
    /// table, and an ASCII string the fast table lacks is new (no other ASCII string equals
    /// it), with no lookup in `tables` and no entry there: hashing every new string into
    /// `tables` was about 1,500 instructions a string.
    private var complete = [Bool](repeating: false, count: Space.allCases.count)
    /// Every interned string by id.
    var keys: [Key] = []
    /// Bucket names by id (``Space/label``), kept when `named`.
    var names: [Int32: String] = [:]
    let named: Bool

    /// Ids of ASCII strings by a byte hash (FNV-1a over the space and the bytes), open
    /// addressing: `slots[s]` is an id + 1 (0: empty) and `hashes[s]` its key's hash.
    ///
    /// `String` hashing (SipHash over the normalized form) was most of interning's time. Every
    /// string, ASCII or not, is also in `tables`, which decides by canonical equivalence as
    /// `==` does: a non-ASCII string is looked up there, and so is an ASCII string the fast
    /// table lacks, before it gets a new id (KELVIN SIGN, U+212A, equals "K").
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes = [ASCIIWordTable.Hash](repeating: ASCIIWordTable.Hash(), count: 64)
    private var used = 0

    init(named: Bool = true) { self.named = named }

    mutating func id(_ key: Key) -> Int {
      let hash = Self.asciiHash(key)
      if let hash, let k = fastID(key, hash) { return k }
      let space = key.space.rawValue
      if hash == nil && !complete[space] { completeTable(key.space) }
      if complete[space], let k = tables[space][key.string] {
        if let hash { remember(k, hash) }
        return k
      }
      let k = keys.count
      keys.append(key)
      if complete[space] { tables[space][key.string] = k }
      if let hash { remember(k, hash) }
      if named, let label = key.space.label { names[Int32(k)] = label + key.string }
      return k
    }

    /// Puts every string of `space` interned so far (all ASCII) in `tables`, which from now
    /// on holds all of the space's strings (``complete``).
    private mutating func completeTable(_ space: Space) {
      complete[space.rawValue] = true
      for (k, key) in keys.enumerated() where key.space == space { tables[space.rawValue][key.string] = k }
    }

    /// ``ASCIIWordTable/Hash`` (FNV-1a) over `key`'s space and UTF-8 bytes; nil when a byte is
    /// not ASCII.
    @inline(__always) static func asciiHash(_ key: Key) -> ASCIIWordTable.Hash? {
      func hash(_ bytes: some Sequence<UInt8>) -> ASCIIWordTable.Hash? {
        var h = ASCIIWordTable.Hash()
        h.add(UInt8(key.space.rawValue))
        for b in bytes {
          guard b < 0x80 else { return nil }
          h.add(b)
        }
        return h
      }
      return key.string.utf8.withContiguousStorageIfAvailable { hash($0) } ?? hash(key.string.utf8)
    }

    /// The id of `key` (whose ``asciiHash(_:)`` is `hash`) in the fast table, if it is there.
    @inline(__always) private func fastID(_ key: Key, _ hash: ASCIIWordTable.Hash) -> Int? {
      let mask = slots.count - 1
      var s = hash.slot & mask
      while slots[s] != 0 {
        if hashes[s] == hash {
          let k = Int(slots[s]) - 1
          if keys[k].space == key.space && keys[k].string == key.string { return k }
        }
        s = (s + 1) & mask
      }
      return nil
    }

    /// Puts id `k` in the fast table under `hash`, growing it to keep it at most half full.
    private mutating func remember(_ k: Int, _ hash: ASCIIWordTable.Hash) {
      if (used + 1) * 2 > slots.count {
        let (oldSlots, oldHashes) = (slots, hashes)
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        hashes = [ASCIIWordTable.Hash](repeating: ASCIIWordTable.Hash(), count: oldSlots.count * 2)
        used = 0
        for s in oldSlots.indices where oldSlots[s] != 0 { place(oldSlots[s], oldHashes[s]) }
      }
      place(Int32(k + 1), hash)
    }

    private mutating func place(_ slot: Int32, _ hash: ASCIIWordTable.Hash) {
      let mask = slots.count - 1
      var s = hash.slot & mask
      while slots[s] != 0 { s = (s + 1) & mask }
      slots[s] = slot
      hashes[s] = hash
      used += 1
    }

    mutating func id(_ space: Space, _ s: String) -> Int { id((space, s)) }

    /// Sorted unique ids of `xs`.
    mutating func ids(_ xs: [String], _ space: Space) -> [Int32] {
      guard !xs.isEmpty else { return [] }
      return [Int32](unsafeUninitializedCapacity: xs.count) { buffer, count in
        for k in xs.indices { buffer[k] = Int32(id(space, xs[k])) }
        count = PairFeatures.sortUnique(buffer, count: xs.count)
      }
    }

    /// ``ids(_:_:)`` of `xs` appended to `pool` (sorted and each once there).
    private mutating func appendIDs(_ xs: [String], _ space: Space, to pool: inout [Int32]) {
      guard !xs.isEmpty else { return }
      let at = pool.count
      for x in xs { pool.append(Int32(id(space, x))) }
      let kept = pool.withUnsafeMutableBufferPointer { all in
        PairFeatures.sortUnique(UnsafeMutableBufferPointer(rebasing: all[at...]), count: xs.count)
      }
      pool.removeLast(xs.count - kept)
    }

    /// The id of `key` if it is interned and ASCII (nil says nothing of a non-ASCII key):
    /// a lookup that interns nothing.
    private func internedID(_ key: Key) -> Int? {
      guard let hash = Self.asciiHash(key) else { return nil }
      return fastID(key, hash)
    }

    /// The place-kind id of each interned place (by place id; -1: not found yet): a mention's
    /// place kind is found and interned once per distinct place, not per mention, and looked up
    /// by the place's id without a hash.
    private var placeKinds: [Int32] = []
    /// The series word ids of each interned series name (by the name's id): its words are
    /// split, copied and interned once per distinct name, not per mention (about 2,000
    /// instructions a mention with a series name).
    private var seriesWordIDs: [Int32: [Int32]] = [:]

    /// The id of the kind of the place whose id is `place` and key `key`.
    private mutating func placeKindID(_ place: Int, _ key: String) -> Int {
      if place < placeKinds.count, placeKinds[place] >= 0 { return Int(placeKinds[place]) }
      let k = id(.placeKind, EventResolver.placeKind(key))
      if place >= placeKinds.count { placeKinds.append(contentsOf: repeatElement(-1, count: keys.count - placeKinds.count)) }
      placeKinds[place] = Int32(k)
      return k
    }

    /// The last mention's class, time, place and document, with their ids (and the time's
    /// range): a document's mentions come one after another, most of one class, many at one
    /// time or place, so each is interned once per run of equal values. Interning is a hash
    /// over the string's bytes and a probe of the table (at 100,000 documents a cache miss or
    /// two), and the period a string made per mention. A value seen before has its id, so ids
    /// are given in the same order.
    private var lastClass: (name: String, id: Int)?
    private var lastTime: (value: String?, mod: String?, period: Int, timeValue: Int, parsed: DayRange?)?
    private var lastPlace: (key: String, id: Int, kind: Int)?
    private var lastDocument: (name: String, id: Int)?

    /// The ranges of the last mention ``packed(_:into:)`` packed: its time value's range
    /// (`parsed`) and its ``EventResolver/range(_:)``.
    private(set) var lastTimeRanges: (parsed: DayRange?, range: DayRange?) = (nil, nil)
    /// What ``PairFeatures/prepareAll(_:chunk:also:)`` found of a mention: its
    /// ``lastTimeRanges`` and its sentence's hash (``sentenceHash(_:)``).
    typealias Seen = (parsed: DayRange?, range: DayRange?, sentenceHash: Int)

    /// The last sentence ``sentenceHash(_:)`` hashed, and its hash.
    private var lastHashed: (text: String, hash: Int)?

    /// `text.hashValue`, hashed once per run of mentions of one sentence (they come one
    /// after another): SipHash over every byte of the sentence was made for each mention.
    mutating func sentenceHash(_ text: String) -> Int {
      if let last = lastHashed, last.text == text { return last.hash }
      let hash = text.hashValue
      lastHashed = (text, hash)
      return hash
    }

    /// Whether every class name packed so far is ASCII (``PairFeatures/prepareAll(_:chunk:also:)``).
    private(set) var asciiClasses = true

    /// The id of the class `name` (``lastClass``).
    private mutating func classID(_ name: String) -> Int {
      if asciiClasses {
        var name = name
        asciiClasses = name.withUTF8 { bytes in bytes.allSatisfy { $0 < 0x80 } }
      }
      if let last = lastClass, last.name == name { return last.id }
      let k = id(.eventClass, name)
      lastClass = (name, k)
      return k
    }

    /// The period and value ids and the parsed range of a time of value `value` and modifier
    /// `mod` (``lastTime``).
    private mutating func timeIDs(_ value: String?, _ mod: String?) -> (period: Int, timeValue: Int, parsed: DayRange?) {
      if let last = lastTime, last.value == value, last.mod == mod { return (last.period, last.timeValue, last.parsed) }
      let period = id(.period, (value ?? "") + "\u{1}" + (mod ?? "\u{2}"))
      let timeValue = id(.value, value ?? "")
      let parsed = value.flatMap { TemporalValue($0, mod: mod).range }
      lastTime = (value, mod, period, timeValue, parsed)
      return (period, timeValue, parsed)
    }

    /// The ids of the place `key` and of its kind (``lastPlace``).
    private mutating func placeIDs(_ key: String) -> (place: Int, kind: Int) {
      if let last = lastPlace, last.key == key { return (last.id, last.kind) }
      let place = id(.place, key)
      let kind = placeKindID(place, key)
      lastPlace = (key, place, kind)
      return (place, kind)
    }

    /// The id of the document `name` (``lastDocument``).
    private mutating func documentID(_ name: String) -> Int {
      if let last = lastDocument, last.name == name { return last.id }
      let k = id(.document, name)
      lastDocument = (name, k)
      return k
    }

    /// The sorted unique ids of the words of the series name `series`, then the name's id.
    /// Ids are given in the same order as interning the words, then the name: a name seen
    /// before has its words interned already.
    private mutating func seriesIDs(_ series: String) -> (words: [Int32], id: Int) {
      if let k = internedID((.series, series)), let words = seriesWordIDs[Int32(k)] { return (words, k) }
      let words = ids(EventResolver.words(series).map(String.init), .seriesWord)
      let k = id(.series, series)
      seriesWordIDs[Int32(k)] = words
      return (words, k)
    }

    /// The last salient-name list interned and its ids: an article's main mentions carry one
    /// list (``EventMention/names``), one after another, so it is interned once per article
    /// instead of once per main mention. (Equal lists give equal ids, and a list seen before
    /// has every name interned already, so ids are given in the same order.)
    private var lastNames: [String] = []
    private var lastSalient: [Int32] = []

    /// ``ids(_:_:)`` of `names` in the name space, reusing the last list's.
    private mutating func salientIDs(_ names: [String]) -> [Int32] {
      guard !names.isEmpty else { return [] }
      if names == lastNames { return lastSalient }  // one buffer: no string compared
      let salient = ids(names, .name)
      (lastNames, lastSalient) = (names, salient)
      return salient
    }

    /// The last sentence whose proper words were interned, and their ids: the mentions of one
    /// sentence come one after another, so each sentence is scanned once.
    private var lastSentence: (text: String, headline: Bool)?
    private var lastProper: [Int32] = []

    /// ``ProperWords/of(_:)`` of `m`, interned in the proper-word space.
    private mutating func properIDs(_ m: EventMention) -> [Int32] {
      let headline = m.role == .headline || m.role == .caption
      if let last = lastSentence, last.headline == headline, last.text == m.citation.text { return lastProper }
      var text = m.citation.text
      lastProper = headline ? [] : text.withUTF8 { asciiProperIDs($0) } ?? ids(ProperWords.of(m), .proper)
      lastSentence = (m.citation.text, headline)
      return lastProper
    }

    /// Each sentence's proper words, lowercased one after another (``asciiProperIDs(_:)``), and
    /// where each lies there: kept between sentences, so a sentence allocates nothing.
    private var properBytes: [UInt8] = []
    private var properWords: [Range<Int>] = []

    /// ``ProperWords/of(_:)`` of the sentence `bytes` interned, when its proper words are ASCII
    /// (else nil): the words are lowercased into one buffer, told from stop words, sorted and
    /// looked up by their bytes, where a string was made for each word, hashed (SipHash) to
    /// test it against the stop words and again (FNV) to intern it. The same ids, given in the
    /// same order: ASCII strings sort by their bytes.
    private mutating func asciiProperIDs(_ bytes: UnsafeBufferPointer<UInt8>) -> [Int32]? {
      var (lowered, words) = (properBytes, properWords)
      (properBytes, properWords) = ([], [])
      lowered.removeAll(keepingCapacity: true)
      words.removeAll(keepingCapacity: true)
      var ascii = true
      ProperWords.forEachWord(bytes) { word in
        guard ascii else { return }
        let start = lowered.count
        for b in word {
          guard b < 0x80 else {
            ascii = false
            return
          }
          lowered.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        let stop = lowered.withUnsafeBufferPointer { ProperWords.isStop(ascii: UnsafeBufferPointer(rebasing: $0[start...])) }
        if stop { lowered.removeLast(word.count) } else { words.append(start..<lowered.count) }
      }
      defer { (properBytes, properWords) = (lowered, words) }
      guard ascii else { return nil }
      guard !words.isEmpty else { return [] }
      return lowered.withUnsafeBufferPointer { all in
        func word(_ r: Range<Int>) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: all[r]) }
        words.sort { word($0).lexicographicallyPrecedes(word($1)) }
        return [Int32](unsafeUninitializedCapacity: words.count) { buffer, count in
          var n = 0
          for (k, r) in words.enumerated() where k == 0 || !word(words[k - 1]).elementsEqual(word(r)) {
            buffer[n] = Int32(id(.proper, ascii: word(r)))
            n += 1
          }
          count = PairFeatures.sortUnique(buffer, count: n)
        }
      }
    }

    /// ``id(_:_:)`` of the ASCII string whose bytes are `bytes`, looked up by those bytes: a
    /// string is made only for a string not interned yet.
    private mutating func id(_ space: Space, ascii bytes: UnsafeBufferPointer<UInt8>) -> Int {
      var hash = ASCIIWordTable.Hash()
      hash.add(UInt8(space.rawValue))
      for b in bytes { hash.add(b) }
      let mask = slots.count - 1
      var s = hash.slot & mask
      while slots[s] != 0 {
        if hashes[s] == hash {
          let k = Int(slots[s]) - 1
          if keys[k].space == space && keys[k].string.utf8.elementsEqual(bytes) { return k }
        }
        s = (s + 1) & mask
      }
      return id(space, String(decoding: bytes, as: UTF8.self))
    }

    mutating func features(_ m: EventMention) -> PairFeatures {
      var pool: [Int32] = []
      let record = packed(m, into: &pool)
      return PairFeatures(record, pool: pool)
    }

    /// ``features(_:)`` of `m` packed (``Packed``): the record, its lists appended to `pool`
    /// one after another (participants, keywords, salient names, series words, proper words),
    /// where ``prepareAll(_:chunk:also:)`` keeps them: no list is made per mention (five were
    /// made, remapped, copied into the pool and freed).
    mutating func packed(_ m: EventMention, into pool: inout [Int32]) -> Packed {
      // Strings interned in this order (ids count up in order of first use).
      let eventClass = classID(m.eventClass)
      // The time value parsed once, for the range, the implied day and the one day.
      let (period, timeValue, parsed) = timeIDs(m.time?.value, m.time?.mod)
      let r = EventResolver.range(m, parsed: parsed)
      lastTimeRanges = (parsed, r)
      let day = parsed.flatMap { $0.length == 1 ? $0.earliest.ordinal : nil }  // ``EventResolver/oneDay(_:)``
      let placed = m.place.map { placeIDs($0) }
      let (place, placeKind) = (placed?.place, placed?.kind)
      let host = m.host.map { id(.host, $0) }
      let document = documentID(m.document)
      let start = Int32(pool.count)
      appendIDs(m.participants, .participant, to: &pool)
      let participantsEnd = Int32(pool.count)
      appendIDs(m.keywords, .keyword, to: &pool)
      let keywordsEnd = Int32(pool.count)
      pool.append(contentsOf: salientIDs(m.names ?? []))
      let salientEnd = Int32(pool.count)
      let (seriesName, instance) = m.seriesAndOtherOccurrence
      let series = seriesName.map { seriesIDs($0) }
      if let series { pool.append(contentsOf: series.words) }
      let seriesWordsEnd = Int32(pool.count)
      // Proper words score only between two stated times (``EventResolver/score(_:_:singular:need:exact:rules:)``):
      // a mention without one gets no list (a scan of its sentence and an interned string per
      // word, about 5,000 instructions, for a list no pair reads). Its mask stays empty, which
      // only lowers the bound of what a pair's lists can add by points it cannot get.
      if r != nil { pool.append(contentsOf: properIDs(m)) }
      var f = PairFeatures(
        eventClass: eventClass, hasRange: r != nil, lo: r?.earliest.ordinal ?? 0, hi: r?.latest.ordinal ?? 0,
        period: period, timeValue: timeValue, ordinal: m.ordinal, place: place, placeKind: placeKind, host: host,
        document: document, isMain: m.isMain,
        impliedDay: m.time?.stated == false ? day : nil,
        oneDay: day,
        caption: m.role == .caption,
        fine: r.map { $0.latest.year - $0.earliest.year <= 2 } ?? false,
        participants: [], keywords: [], salient: [], nameCount: m.names?.count ?? 0,
        seriesWords: [], seriesID: series?.id,
        instance: instance
      )
      f.clock = EventResolver.statesClock(m.time?.value)
      var record = withUnsafePointer(to: f) {
        Packed($0, ends: (start, participantsEnd, keywordsEnd, salientEnd, seriesWordsEnd, Int32(pool.count)))
      }
      record.masks = pool.withUnsafeBufferPointer { record.listMasks(in: $0) }
      return record
    }
  }

  /// The first `count` ids of `buffer` sorted ascending, each once, in place; returns how
  /// many are left. By insertion for the few ids of a mention's list (and nearly sorted
  /// when remapped): a copy and a general sort per list were about 550 instructions.
  static func sortUnique(_ buffer: UnsafeMutableBufferPointer<Int32>, count: Int) -> Int {
    guard count > 1 else { return count }
    if count > 32 {
      var part = UnsafeMutableBufferPointer(rebasing: buffer[..<count])
      part.sort()
    } else {
      for k in 1..<count {
        let x = buffer[k]
        var j = k
        while j > 0, buffer[j - 1] > x {
          buffer[j] = buffer[j - 1]
          j -= 1
        }
        buffer[j] = x
      }
    }
    var w = 1
    for k in 1..<count where buffer[k] != buffer[w - 1] {
      buffer[w] = buffer[k]
      w += 1
    }
    return w
  }

  /// ``EventResolver/reportedSameDay(_:_:)`` on features: `a` states one day, `b` states none
  /// and was written that day or the next.
  static func reportedSameDay<F: PairScoring>(_ a: F, _ b: F) -> Bool {
    guard a.hasRange, a.lo == a.hi, let d = b.impliedDay else { return false }
    return d - a.lo == 0 || d - a.lo == 1
  }

}

/// What ``EventResolver/score(_:_:singular:need:exact:rules:)`` reads of a mention's features:
/// ``PairFeatures`` themselves, or a large block's reference-free copy of them
/// (``PairFeatures/Block``), whose id lists are slices of one pool.
protocol PairScoring {
  associatedtype IDs: RandomAccessCollection<Int32>
  var hasRange: Bool { get }
  var isMain: Bool { get }
  var instance: Bool { get }
  var caption: Bool { get }
  var fine: Bool { get }
  var clock: Bool { get }
  var eventClass: Int { get }
  var lo: Int { get }
  var hi: Int { get }
  var document: Int { get }
  var ordinal: Int? { get }
  var place: Int? { get }
  var placeKind: Int? { get }
  var seriesID: Int? { get }
  var host: Int? { get }
  var impliedDay: Int? { get }
  var oneDay: Int? { get }
  var period: Int { get }
  var nameCount: Int { get }
  var masks: PairFeatures.Masks { get }
  var participants: IDs { get }
  var keywords: IDs { get }
  var salient: IDs { get }
  var seriesWords: IDs { get }
  var proper: IDs { get }
}

extension PairScoring {
  /// Whether the two times are disjoint (scored pairs then are days of one multi-day event).
  @inline(__always) func spansDays(_ b: Self) -> Bool { hasRange && b.hasRange && !(lo <= b.hi && b.lo <= hi) }
}

extension PairFeatures: PairScoring {}

extension PairFeatures {
  /// The features of a large block's representatives in two flat arrays, no reference in
  /// either: a record per representative (``Packed``) and one pool of every id list, each
  /// representative's lists one after another. Gathered once per block from the corpus's
  /// features, whose lists lie scattered over the heap (at 100,000 documents reading them was
  /// most of a compared pair's cost, a cache miss per list): a block's lists lie together, and
  /// gathering them allocates two arrays per block, where copying each representative's
  /// features allocated five lists and retained and released six references.
  struct Block {
    private(set) var records: [Packed] = []
    private(set) var pool: [Int32] = []
    /// The bucket names of the interned participants and keywords (``PairFeatures/names``).
    let names: [Int32: String]

    /// The features `features[k]` of each `k` of `slots`, in order.
    init(_ features: UnsafeBufferPointer<PairFeatures>, slots: [Int]) {
      names = slots.first.map { features[$0].names } ?? [:]
      records.reserveCapacity(slots.count)
      pool.reserveCapacity(slots.count * 16)
      for k in slots {
        let record = Packed(features.baseAddress! + k, listsInto: &pool)
        records.append(record)
      }
    }

    /// The features of representative `k` of `source` for each `k` of `slots`, in order: each
    /// a record and one run of the source's pool, copied (no reference to retain; a block of
    /// the corpus's features, ``prepareAll(_:chunk:)``, gathered by each large block).
    init(gathering source: Block, slots: [Int]) {
      names = source.names
      records.reserveCapacity(slots.count)
      pool.reserveCapacity(slots.count * 16)
      source.records.withUnsafeBufferPointer { records in
        source.pool.withUnsafeBufferPointer { from in
          for k in slots {
            let record = records[k]
            let lists = UnsafeBufferPointer(rebasing: from[Int(record.start)..<Int(record.properEnd)])
            self.records.append(record.shifted(by: Int32(pool.count) - record.start))
            pool.append(contentsOf: lists)
          }
        }
      }
    }

    /// A block of `records`, whose lists lie in `pool`.
    init(records: [Packed], pool: [Int32], names: [Int32: String]) {
      (self.records, self.pool, self.names) = (records, pool, names)
    }

    var count: Int { records.count }

    /// Representative `i`'s participants, keywords and salient names, as slices of the pool.
    func participants(_ i: Int) -> ArraySlice<Int32> { pool[Int(records[i].start)..<Int(records[i].participantsEnd)] }
    func keywords(_ i: Int) -> ArraySlice<Int32> { pool[Int(records[i].participantsEnd)..<Int(records[i].keywordsEnd)] }
    func salient(_ i: Int) -> ArraySlice<Int32> { pool[Int(records[i].keywordsEnd)..<Int(records[i].salientEnd)] }

    /// Calls `body` with a reader of the block's features in place (``Ref``).
    func withRefs<R>(_ body: (Refs) -> R) -> R {
      records.withUnsafeBufferPointer { r in pool.withUnsafeBufferPointer { p in body(Refs(records: r, pool: p)) } }
    }

    /// The block's features in place, by representative.
    struct Refs {
      let records: UnsafeBufferPointer<Packed>
      let pool: UnsafeBufferPointer<Int32>
      @inline(__always) subscript(i: Int) -> Ref { Ref(record: records.baseAddress! + i, pool: pool.baseAddress) }
    }

    /// One representative's features, read through pointers (``PairScoring``).
    struct Ref: PairScoring {
      let record: UnsafePointer<Packed>
      let pool: UnsafePointer<Int32>?
      @inline(__always) private func list(_ from: Int32, _ to: Int32) -> UnsafeBufferPointer<Int32> {
        UnsafeBufferPointer(start: pool.map { $0 + Int(from) }, count: Int(to - from))
      }
      var hasRange: Bool { record.pointee.hasRange }
      var isMain: Bool { record.pointee.isMain }
      var instance: Bool { record.pointee.instance }
      var caption: Bool { record.pointee.caption }
      var fine: Bool { record.pointee.fine }
      var clock: Bool { record.pointee.clock }
      var eventClass: Int { record.pointee.eventClass }
      var lo: Int { record.pointee.lo }
      var hi: Int { record.pointee.hi }
      var document: Int { record.pointee.document }
      var ordinal: Int? { record.pointee.ordinal }
      var place: Int? { record.pointee.place }
      var placeKind: Int? { record.pointee.placeKind }
      var seriesID: Int? { record.pointee.seriesID }
      var host: Int? { record.pointee.host }
      var impliedDay: Int? { record.pointee.impliedDay }
      var oneDay: Int? { record.pointee.oneDay }
      var period: Int { record.pointee.period }
      var nameCount: Int { record.pointee.nameCount }
      var masks: Masks { record.pointee.masks }
      var participants: UnsafeBufferPointer<Int32> { list(record.pointee.start, record.pointee.participantsEnd) }
      var keywords: UnsafeBufferPointer<Int32> { list(record.pointee.participantsEnd, record.pointee.keywordsEnd) }
      var salient: UnsafeBufferPointer<Int32> { list(record.pointee.keywordsEnd, record.pointee.salientEnd) }
      var seriesWords: UnsafeBufferPointer<Int32> { list(record.pointee.salientEnd, record.pointee.seriesWordsEnd) }
      var proper: UnsafeBufferPointer<Int32> { list(record.pointee.seriesWordsEnd, record.pointee.properEnd) }
    }
  }

  /// A mention's features without their lists (``Block``): the same fields, in the same
  /// order, then where each list lies in the block's pool (participants from `start`, each
  /// next list from the end of the one before).
  struct Packed {
    var hasRange: Bool
    var isMain: Bool
    var instance: Bool
    var caption: Bool
    var fine: Bool
    var clock: Bool
    @Narrow32 var eventClass: Int
    @Narrow32 var lo: Int
    @Narrow32 var hi: Int
    @Narrow32 var document: Int
    @Narrow32Optional var ordinal: Int?
    @Narrow32Optional var place: Int?
    @Narrow32Optional var placeKind: Int?
    @Narrow32Optional var seriesID: Int?
    @Narrow32Optional var host: Int?
    @Narrow32Optional var impliedDay: Int?
    @Narrow32Optional var oneDay: Int?
    @Narrow32 var period: Int
    @Narrow32 var timeValue: Int
    @Narrow32 var nameCount: Int
    var masks: Masks
    var start: Int32
    var participantsEnd: Int32
    var keywordsEnd: Int32
    var salientEnd: Int32
    var seriesWordsEnd: Int32
    var properEnd: Int32

    /// The fields of `f` (read in place: a copy retained its lists), its lists appended to
    /// `pool` (participants, keywords, salient names, series words, proper words).
    init(_ f: UnsafePointer<PairFeatures>, listsInto pool: inout [Int32]) {
      let start = Int32(pool.count)
      pool.append(contentsOf: f.pointee.participants)
      let participants = Int32(pool.count)
      pool.append(contentsOf: f.pointee.keywords)
      let keywords = Int32(pool.count)
      pool.append(contentsOf: f.pointee.salient)
      let salient = Int32(pool.count)
      pool.append(contentsOf: f.pointee.seriesWords)
      let seriesWords = Int32(pool.count)
      pool.append(contentsOf: f.pointee.proper)
      self.init(f, ends: (start, participants, keywords, salient, seriesWords, Int32(pool.count)))
    }

    /// The masks (``Masks``) of this record's lists, which lie in `pool`.
    func listMasks(in pool: UnsafeBufferPointer<Int32>) -> Masks {
      func of(_ from: Int32, _ to: Int32) -> UInt64 { Masks.of(pool[Int(from)..<Int(to)]) }
      return Masks(
        series: of(salientEnd, seriesWordsEnd), participants: of(start, participantsEnd),
        keywords: of(participantsEnd, keywordsEnd), salient: of(keywordsEnd, salientEnd),
        proper: of(seriesWordsEnd, properEnd))
    }

    /// Replaces every string id `k` of `records` and of their lists in `pool` by `map[k]`,
    /// in place (a chunk's ids by the joined table's, ``PairFeatures/prepareAll(_:chunk:also:)``),
    /// the records' lists lying one after another in `pool`, in order: each list is mapped and
    /// sorted again, written where the lists before it end (never after where it lay, so
    /// nothing is overwritten before it is read; a list is shorter only if two of its ids map
    /// to one), and the masks are made again.
    static func remap(_ records: inout [Packed], _ pool: inout [Int32], _ map: [Int32]) {
      func m(_ k: Int) -> Int { Int(map[k]) }
      var w = 0
      pool.withUnsafeMutableBufferPointer { pool in
        // The list at `from ..< to`, mapped and written at `w`; returns its new end.
        func list(_ from: Int32, _ to: Int32) -> Int32 {
          let n = Int(to - from)
          for t in 0..<n { pool[w + t] = map[Int(pool[Int(from) + t])] }
          w += PairFeatures.sortUnique(UnsafeMutableBufferPointer(rebasing: pool[w..<w + n]), count: n)
          return Int32(w)
        }
        for j in records.indices {
          var r = records[j]
          r.eventClass = m(r.eventClass)
          r.period = m(r.period)
          r.timeValue = m(r.timeValue)
          r.place = r.place.map(m)
          r.placeKind = r.placeKind.map(m)
          r.host = r.host.map(m)
          r.document = m(r.document)
          r.seriesID = r.seriesID.map(m)
          let start = Int32(w)
          let participantsEnd = list(r.start, r.participantsEnd)
          let keywordsEnd = list(r.participantsEnd, r.keywordsEnd)
          let salientEnd = list(r.keywordsEnd, r.salientEnd)
          let seriesWordsEnd = list(r.salientEnd, r.seriesWordsEnd)
          let properEnd = list(r.seriesWordsEnd, r.properEnd)
          (r.start, r.participantsEnd, r.keywordsEnd) = (start, participantsEnd, keywordsEnd)
          (r.salientEnd, r.seriesWordsEnd, r.properEnd) = (salientEnd, seriesWordsEnd, properEnd)
          r.masks = r.listMasks(in: UnsafeBufferPointer(pool))
          records[j] = r
        }
      }
      pool.removeLast(pool.count - w)
    }

    /// The same record with its lists `by` places further in the pool.
    func shifted(by offset: Int32) -> Packed {
      var r = self
      (r.start, r.participantsEnd, r.keywordsEnd) = (start + offset, participantsEnd + offset, keywordsEnd + offset)
      (r.salientEnd, r.seriesWordsEnd, r.properEnd) = (salientEnd + offset, seriesWordsEnd + offset, properEnd + offset)
      return r
    }

    /// The fields of `f` (read in place: a copy retained its lists), its lists at `ends` in
    /// the pool.
    fileprivate init(_ f: UnsafePointer<PairFeatures>, ends: (Int32, Int32, Int32, Int32, Int32, Int32)) {
      (hasRange, isMain, instance) = (f.pointee.hasRange, f.pointee.isMain, f.pointee.instance)
      (caption, fine, clock) = (f.pointee.caption, f.pointee.fine, f.pointee.clock)
      (eventClass, lo, hi, document) = (f.pointee.eventClass, f.pointee.lo, f.pointee.hi, f.pointee.document)
      (ordinal, place, placeKind) = (f.pointee.ordinal, f.pointee.place, f.pointee.placeKind)
      (seriesID, host, impliedDay, oneDay) = (
        f.pointee.seriesID, f.pointee.host, f.pointee.impliedDay, f.pointee.oneDay
      )
      (period, timeValue, nameCount) = (f.pointee.period, f.pointee.timeValue, f.pointee.nameCount)
      masks = f.pointee.masks
      (start, participantsEnd, keywordsEnd, salientEnd, seriesWordsEnd, properEnd) = ends
    }
  }
}

extension EventResolver {
  /// The score ``pairScore(_:_:)`` gives two mentions, from their prepared features, or nil
  /// when a cannot-link holds. No evidence, no allocation.
  ///
  /// `need`: the merge threshold of the pair (the higher of the two classes'), which the
  /// salient-names rules of ``pairScore(_:_:)`` cap and fill against.
  ///
  /// The salient-names overlap, the costliest feature, is computed last, for the pairs no
  /// cannot-link has ruled out (every rule here is a pure test: the order of the tests does
  /// not change the result).
  ///
  /// Inlined into its one caller, the per-pair closure of a block: called, it took both
  /// features as copies (two copies per compared pair, 118 million pairs at 100,000
  /// documents).
  ///
  /// `exact`: false when only whether the pair merges matters (a score of at least `need`):
  /// pairs that cannot reach `need` whatever their shared participants, words and names are
  /// then answered nil before those lists are read (a fifth of the compared pairs of a
  /// generated corpus). Scores of `need` or more are the same either way.
  ///
  /// `rules` gains the rules of the pair's evidence: the bits ``pairRules(_:_:)`` gives the
  /// two mentions whenever the score is not nil (with `exact` false, whenever it is `need` or
  /// more). The block scan keeps them on the edges it finds, so the merge counts and chooses
  /// an accepted edge's entries without scoring the two mentions again
  /// (``CompactEdge/rules``). (Returned beside the score as an optional tuple, they made the
  /// inlined scorer copy both features per compared pair.)
  @inline(__always)
  func score<F: PairScoring>(
    _ a: F, _ b: F, singular: Bool, need: Int, exact: Bool = true, rules: inout MergeRule.Bits
  ) -> Int? {
    // Different classes merge only on shared names, which count between main mentions only.
    let sameClass = a.eventClass == b.eventClass
    guard sameClass || (a.isMain && b.isMain) else { return nil }
    if a.document == b.document, (a.instance && b.isMain && !b.caption) || (b.instance && a.isMain && !a.caption) {
      return nil  // ``EventResolver/otherOccurrence(_:_:)``
    }
    // One series name (the same interned id) never differs from itself.
    if a.seriesID != b.seriesID, a.masks.series != 0, b.masks.series != 0 {
      // Each name has a word the other lacks (a bit only one mask sets): they differ.
      // Otherwise the words themselves tell.
      let (ma, mb) = (a.masks.series, b.masks.series)
      if ma & ~mb != 0 && mb & ~ma != 0 { return nil }
      if EventResolver.seriesDiffer(ids: a.seriesWords, b.seriesWords) { return nil }
    }
    var specific = false  // a shared stated day, ordinal or multi-day span (``MergeRule/specific``)
    var score = 0
    if a.hasRange, b.hasRange {
      let overlap = a.lo <= b.hi && b.lo <= a.hi
      let la = a.hi - a.lo + 1
      let lb = b.hi - b.lo + 1
      if !overlap {
        // `multiDay`: same ordinal (or one document), same place, short ranges, a small gap.
        if let oa = a.ordinal, let ob = b.ordinal, oa != ob { return nil }
        let sameDocument = a.document == b.document
        guard sameDocument || (a.ordinal != nil && a.ordinal == b.ordinal), let pa = a.place, pa == b.place,
          la <= EventResolver.multiDayLength, lb <= EventResolver.multiDayLength
        else { return nil }
        let gap = max(a.lo, b.lo) - min(a.hi, b.hi)
        guard gap <= EventResolver.multiDayGap else { return nil }
        score += 1
        rules.insert(.multiDay)
        specific = true
      } else if la == 1 && lb == 1 {
        score += 2
        rules.insert(.sameDay)
        specific = true
        if a.clock && b.clock && a.period == b.period {  // the same minute, the same modifier
          score += 1
          rules.insert(.sameTime)
        }
      } else if max(la, lb) <= 31 {
        score += 1
        rules.insert(.compatibleTime)
      } else if max(la, lb) <= 366 {
        score += 1
        rules.insert(.sameYear)
      } else if a.period == b.period {
        score += 1
        rules.insert(.samePeriod)
      }
    }
    if let oa = a.ordinal, let ob = b.ordinal {
      guard oa == ob else { return nil }
      score += 3
      rules.insert(.sameOrdinal)
      specific = true
    }
    if let pa = a.place, let pb = b.place {
      if pa == pb {
        score += 2
        rules.insert(.samePlace)
      } else if a.placeKind == b.placeKind {
        return nil
      }
    }
    if let ha = a.host, ha == b.host {
      score += 1
      rules.insert(.sameHost)
    }
    if a.isMain && b.isMain && a.document != b.document {
      score += 1
      rules.insert(.bothMain)
    }
    if a.isMain && b.isMain && a.document == b.document && !a.caption && !b.caption {
      score += 2
      rules.insert(.sameMainEvent)
    }
    if a.document != b.document, PairFeatures.reportedSameDay(a, b) || PairFeatures.reportedSameDay(b, a) {
      score += 1
      rules.insert(.reportedThatDay)
    }
    if a.document == b.document && !a.caption && !b.caption {
      score += singular ? 2 : 1
      rules.insert(.sameDocument)
    }
    let overlapKnown = a.document != b.document && a.masks.salient != 0 && b.masks.salient != 0
    let namesPossible = overlapKnown && a.isMain && b.isMain && a.masks.salient & b.masks.salient != 0
    if !exact {
      // The most the lists can add: 2 for participants, 2 for words, 3 for names.
      var most = score
      if a.masks.participants & b.masks.participants != 0 { most += 2 }
      if a.masks.keywords & b.masks.keywords != 0 { most += 2 }
      if a.masks.proper & b.masks.proper != 0 { most += 2 }
      if namesPossible { most += 3 }
      if most < need { return nil }
    }
    if a.masks.participants & b.masks.participants != 0 {  // else no shared participant
      let shared = EventResolver.sortedOverlap(ids: a.participants, b.participants)
      score += min(2, shared)
      if shared > 0 { rules.insert(.sharedParticipants) }
    }
    if a.masks.keywords & b.masks.keywords != 0 {  // else no shared word: no points
      let inter = EventResolver.sortedOverlap(ids: a.keywords, b.keywords)
      let union = a.keywords.count + b.keywords.count - inter
      let j = Double(inter) / Double(union)
      if j >= 0.25 && inter >= contextMinimumShared {
        score += j >= contextStrong ? 2 : 1
        rules.insert(.contextWords)
      }
    }
    // Proper names both sentences give, at times that overlap, in two articles
    // (``EventResolver/pairScore(_:_:)``).
    if a.masks.proper & b.masks.proper != 0, a.document != b.document, a.hasRange, b.hasRange, a.lo <= b.hi,
      b.lo <= a.hi
    {
      let shared = EventResolver.sortedOverlap(ids: a.proper, b.proper)
      if shared > 0 {
        score += min(2, shared)
        rules.insert(.sharedProperNames)
      }
    }
    var namesAgreeing = false
    var namePoints = 0
    if !exact && score + (namesPossible ? 3 : 0) < need { return nil }
    if overlapKnown, a.masks.salient & b.masks.salient != 0 {  // else no shared name
      let shared = EventResolver.sortedOverlap(ids: a.salient, b.salient)
      let jaccard = Double(shared) / Double(a.salient.count + b.salient.count - shared)
      namesAgreeing = shared >= 2 && jaccard >= namesAgree
      if namesAgreeing && a.isMain && b.isMain { namePoints = jaccard >= namesStrong ? 3 : 2 }
    }
    guard sameClass || namePoints > 0 else { return nil }
    if namePoints > 0 { rules.insert(.sharedNames) }
    let namesDiffer =
      a.isMain && b.isMain && !namesAgreeing && overlapKnown && a.nameCount >= namesMinimum
      && b.nameCount >= namesMinimum
    if score < need { score = min(need, score + namePoints) }
    let sameDayOrWeek = a.oneDay.flatMap { x in b.oneDay.map { abs(x - $0) <= 7 } } ?? false
    if namesDiffer && !specific && !(a.place != nil && a.place == b.place && sameDayOrWeek) {
      score = min(score, need - 1)
    }
    return score
  }
}
