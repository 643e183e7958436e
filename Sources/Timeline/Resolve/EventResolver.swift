/// Clusters event mentions from all documents into events, in a map/reduce shape.
///
/// - ``blockingKeys(for:)`` (map side) gives every mention the blocks it must be compared in:
///   its class plus each calendar year its time range overlaps (fine times), each decade
///   (coarse times, and fine times so that they meet coarse partners), or `?` when the time is
///   unknown. Two time-compatible mentions overlap on at least one day, so they always share
///   a key: bucket borders cannot separate them.
/// - ``resolveBlock(key:mentions:)`` (reduce side) compares the mentions of one block and
///   returns ``PartialCluster``s: mention ids plus scored, evidenced edges. Identical mentions
///   (10,000 copies of one article) collapse to one representative first, so a block costs
///   about its size plus the pairs of distinct representatives.
/// - ``MapReduce/merge(documents:partials:)`` joins the edges of all blocks with cannot-links.
///
/// ```swift
/// EventResolver().blockingKeys(for: mention)   // ["m|meeting|D202", "m|meeting|Y2021"]
/// ```
public struct EventResolver: Sendable {
  /// Minimum pair score for a merge edge.
  public var threshold = 3
  /// Classes an actor rarely repeats within a month (a takeover, a war, a withdrawal; a central
  /// bank's rate decision), or a place within days (a disaster, a town's wildfire): one point
  /// less is enough to merge them.
  public var singularClasses: Set<String> = [
    "takeover", "withdrawal", "war", "election", "disaster", "designation", "appointment", "coup", "invasion",
    "founding",
    "resignation", "death", "earthquake", "referendum", "rate-decision", "fire",
  ]

  /// The merge threshold for a class.
  public func threshold(for eventClass: String) -> Int {
    threshold(singular: singularClasses.contains(eventClass))
  }
  func threshold(singular: Bool) -> Int { singular ? threshold - 1 : threshold }
  /// Above this many distinct representatives a block compares only neighbours in buckets of
  /// a shared trait (``forEachCandidatePair(_:_:)``): linear instead of quadratic.
  public var exhaustiveLimit = 300
  /// In a block above ``exhaustiveLimit``, each representative meets the next this many of
  /// every bucket it is in.
  public var bucketWindow = 64
  /// Buckets of a large block with more members than this are not walked: a trait that many
  /// mentions of one class and period share (a capital, a frequent participant, the ordinal
  /// "first") tells nothing about which of them report one event, and a ``bucketWindow`` in
  /// such a bucket compares near-random neighbours. On the generated 100,000-document corpus these
  /// buckets made 37 of 186 million compared pairs; without them every event keeps the same
  /// mentions (512 would lose recall: R 0.972 → 0.968).
  public var bucketLimit = 1024
  /// About how many pairs one bucket of a large block may compare: a bucket of `s` members
  /// walks a window of `bucketPairBudget / s` (between ``minimumWindow`` and ``bucketWindow``),
  /// so a trait shared by hundreds of mentions (a capital, a frequent name) costs a bounded
  /// number of comparisons instead of 64 per member. Neighbours in such a bucket rarely
  /// report one event: on the generated 100,000-document corpus, buckets of 257–1,024 members
  /// compared 91 of 153 million pairs and found 3.2 of 11.8 million edges, mostly links already
  /// made elsewhere; with this budget 116 million pairs are compared and merge precision and
  /// recall are unchanged (0.967/0.972); 8,192 lowers recall (0.971).
  public var bucketPairBudget = 16384
  /// The smallest window in a bucket at most ``bucketLimit`` members large.
  public var minimumWindow = 16

  /// How many of the following members of a bucket of `size` each member meets.
  func window(bucketSize size: Int) -> Int {
    min(bucketWindow, max(minimumWindow, bucketPairBudget / max(1, size)))
  }
  /// Context-word overlap (Jaccard) that counts two points instead of one.
  public var contextStrong = 0.45
  /// The fewest context words two sentences must share for the overlap to count at all: one
  /// shared word of two short sentences ("…, where she died" and "…, where he was pronounced
  /// dead") is a 50–100% overlap that says nothing about the story.
  public var contextMinimumShared = 2
  /// Overlap (Jaccard, with at least two names in common) of two articles' salient names
  /// (``EventMention/names``) that lets their main mentions merge: two points, three from
  /// ``namesStrong``; enough to join main mentions of different classes ("Teen arrested in
  /// shooting" and "Shooting suspect charged").
  public var namesAgree = 0.25
  public var namesStrong = 0.4
  /// Two articles that each name at least this many people, places or companies but share
  /// too few of them (below ``namesAgree``) merge their main mentions only on a shared stated
  /// day or ordinal (``MergeRule/specific``).
  public var namesMinimum = 2
  /// The class part of the extra blocking keys of main mentions, where main mentions of all
  /// classes meet.
  public static let mainBlock = "*main"

  public init() {}

  // MARK: - Blocking (map side)

  /// Everything ``blockingKeys(for:)`` reads of a mention: mentions with equal inputs have
  /// equal keys (the merge's block index computes the keys once per distinct inputs).
  struct BlockingInputs: Hashable {
    var eventClass: String
    var value: String?
    var mod: String?
    var stated: Bool?
    /// The time is the article's date (``EventExtractor/referenceRule``).
    var reference: Bool
    var isMain: Bool
    var caption: Bool
    var named: Bool
    /// A dated clause: its blocks are its class's dated clauses' (``blockingKeys(for:)``).
    var datedClause: Bool

    init(_ m: EventMention) {
      eventClass = m.eventClass
      datedClause = m.isDatedClause
      (value, mod, stated) = (m.time?.value, m.time?.mod, m.time?.stated)
      reference = m.time?.rule == EventExtractor.referenceRule
      (isMain, caption, named) = (m.isMain, m.role == .caption, !(m.names ?? []).isEmpty)
    }
  }

  /// What ``BlockingInputs`` holds of a mention beside its class, time value and period, which
  /// its corpus-wide ``PairFeatures`` intern (``PreparedMentions/blocking``): mentions with
  /// equal class, value and period ids and equal bits have equal inputs, so the blocks are keyed
  /// by integers, not by hashing each mention's strings (``MapReduce/blocks(_:only:resolver:prepared:)``).
  ///
  /// The period interns the value and the modifier as one string, the modifier or "\u{2}" after
  /// "\u{1}" (``PairFeatures/Strings/features(_:)``): with the value equal, equal periods are
  /// equal modifiers but for a missing one and the modifier "\u{2}", which ``noMod`` tells
  /// apart; the value interns a missing time as "", which ``timed`` tells apart.
  struct BlockingBits: Sendable {
    let bits: UInt8
    /// The years of the mention's blocking periods (``blockPeriods(for:)``), from the time's
    /// range as the features' pass parsed it: the blocks need not read the mention again.
    let years: BlockYears
    static let timed: UInt8 = 1
    static let stated: UInt8 = 2
    static let reference: UInt8 = 4
    static let noMod: UInt8 = 8
    static let isMain: UInt8 = 16
    static let caption: UInt8 = 32
    static let named: UInt8 = 64
    static let datedClause: UInt8 = 128

    /// The bits of `m`, whose time value's range is `parsed` and whose ``range(_:)`` is `range`.
    init(_ m: EventMention, parsed: DayRange?, range: DayRange?) {
      years = BlockYears(stated: m.time?.stated, parsed: parsed, range: range)
      var b: UInt8 = 0
      // Fields read in place: binding `m.time` copies the whole time (five strings retained).
      if let stated = m.time?.stated {
        b |= Self.timed | (stated ? Self.stated : 0) | (m.time?.mod == nil ? Self.noMod : 0)
        if m.time?.rule == EventExtractor.referenceRule { b |= Self.reference }
        if m.isDatedClause { b |= Self.datedClause }
      }
      if m.isMain { b |= Self.isMain }
      if m.role == .caption { b |= Self.caption }
      if !(m.names ?? []).isEmpty { b |= Self.named }
      bits = b
    }
  }

  /// The blocking keys of one mention, sorted.
  public func blockingKeys(for mention: EventMention) -> [String] {
    let (classes, periods) = Self.blockingParts(for: mention)
    return classes.flatMap { cls in periods.map { Self.blockKey(cls, $0) } }.sorted()
  }

  /// ``blockingKeys(for:)`` in parts: the key is every class part with every period
  /// (``blockKey(_:_:)``), so the blocks can number a mention's keys without writing them
  /// (``MapReduce/blocks(_:only:resolver:prepared:)``).
  static func blockingParts(for mention: EventMention) -> (classes: [String], periods: [BlockPeriod]) {
    let classes = blockingClasses(
      mention.eventClass, datedClause: mention.isDatedClause,
      namedMain: mention.isMain && mention.role != .caption && !(mention.names ?? []).isEmpty)
    return (classes, blockPeriods(for: mention))
  }

  /// The class parts of the blocking keys of a mention of class `eventClass`; `namedMain`: a
  /// main mention, not a caption, with salient names.
  static func blockingClasses(_ eventClass: String, datedClause: Bool, namedMain: Bool) -> [String] {
    // A dated clause (``EventExtractor/datedClauses``), a fact no trigger names, meets only the
    // dated clauses of its class ("@" starts no class name): "The first flight, on April 20,
    // ended when the rocket tumbled" and "Yesterday's flight ended just under four minutes
    // after liftoff" are one fact of two reports, which their day and names join; it never
    // joins an event the lexicon names, whose class it does not know.
    if datedClause { return ["@" + keyPart(eventClass)] }
    // Main mentions with salient names also meet the main mentions of every class.
    return namedMain ? [keyPart(eventClass), mainBlock] : [keyPart(eventClass)]
  }

  /// The time part of a blocking key: unknown (`?`), a year (`Y2021`) or a decade (`D202`).
  struct BlockPeriod: Hashable, Sendable {
    enum Kind: UInt8 { case unknown, year, decade }
    let kind: Kind
    let n: Int

    static let unknown = BlockPeriod(kind: .unknown, n: 0)
    static func year(_ y: Int) -> BlockPeriod { BlockPeriod(kind: .year, n: y) }
    static func decade(_ d: Int) -> BlockPeriod { BlockPeriod(kind: .decade, n: d) }

    /// The key's text after the class part. Distinct periods have distinct texts (`pad` of
    /// distinct numbers differs).
    var text: String {
      switch kind {
      case .unknown: "?"
      case .year: "Y" + pad(n, 4)
      case .decade: "D" + pad(n, 3)
      }
    }
  }

  /// The blocking key of a class part (`cls`: no `|` in it) and a period: `m|meeting|Y2021`.
  static func blockKey(_ cls: String, _ period: BlockPeriod) -> String { "m|" + cls + "|" + period.text }

  /// The periods of a mention's blocking keys, whatever its class part.
  private static func blockPeriods(for mention: EventMention) -> [BlockPeriod] {
    // The time value parsed once, for both uses below.
    let parsed = mention.time?.temporalValue.range
    if mention.time?.stated == false, let r = parsed {
      return BlockYears.blockPeriods(.implied, r.latest.year, r.latest.year)
    }
    guard let range = range(mention, parsed: parsed) else { return [.unknown] }
    return BlockYears.blockPeriods(.range, range.earliest.year, range.latest.year)
  }

  /// What the periods of a mention's blocking keys depend on (``blockPeriods(for:)``): the
  /// latest year of an implied time, or the years of the mention's range, or neither; found
  /// in the features' pass, where the time is parsed and the range known.
  struct BlockYears: Sendable {
    enum Kind: UInt8 {
      case unknown, implied, range
      /// Years beyond 32 bits: the periods are found from the mention.
      case unread
    }
    let kind: Kind
    let first: Int32
    let last: Int32

    /// The years of a mention whose time is `stated` (nil: no time), whose time value's range
    /// is `parsed` and whose ``EventResolver/range(_:)`` is `range`.
    init(stated: Bool?, parsed: DayRange?, range: DayRange?) {
      var (kind, first, last) = (Kind.unknown, 0, 0)
      if stated == false, let r = parsed {
        (kind, first, last) = (.implied, r.latest.year, r.latest.year)
      } else if let range {
        (kind, first, last) = (.range, range.earliest.year, range.latest.year)
      }
      if let f = Int32(exactly: first), let l = Int32(exactly: last) {
        (self.kind, self.first, self.last) = (kind, f, l)
      } else {
        (self.kind, self.first, self.last) = (.unread, 0, 0)
      }
    }

    /// The periods of the blocking keys; nil when ``Kind/unread``.
    var periods: [BlockPeriod]? { kind == .unread ? nil : Self.blockPeriods(kind, Int(first), Int(last)) }

    /// The periods of the blocking keys of a mention of this kind whose years are `first`
    /// through `last`.
    static func blockPeriods(_ kind: Kind, _ first: Int, _ last: Int) -> [BlockPeriod] {
      switch kind {
      case .unknown, .unread: return [.unknown]
      case .implied:
        // An implied time (the article's date) only bounds the event from above: meet the
        // mentions of that year and the two before, with no time constraint.
        return [.unknown] + (0...2).map { .year(last - 2 + $0) }
      case .range:
        let years = last - first + 1
        var periods: [BlockPeriod] = []
        if years <= 3 {
          for y in first...last { periods.append(.year(y)) }
        }
        let d0 = decade(first)
        let d1 = decade(last)
        if d1 - d0 <= 3 {
          for d in d0...d1 { periods.append(.decade(d)) }
        } else if years > 3 {
          periods.append(.unknown)
        }
        return periods
      }
    }
  }

  /// Two series names (``MentionFinder/findSeries(_:_:)``) neither of which holds all the
  /// other's words: "the Danube trade forum" and "the Caspian trade forum" are different
  /// meetings, whatever else they share; "the Gulf of Guinea peace talks" and "the Guinea
  /// peace talks" may be one.
  static func seriesDiffer(_ a: String, _ b: String) -> Bool {
    a != b && seriesDiffer(seriesWords(a), seriesWords(b))
  }

  /// ``seriesDiffer(_:_:)`` on sorted unique words (or their interned ids): neither list is
  /// contained in the other.
  @inline(__always) static func seriesDiffer<T: Comparable>(_ a: [T], _ b: [T]) -> Bool {
    !a.isEmpty && !b.isEmpty && sortedOverlap(a, b) < min(a.count, b.count)
  }

  /// ``seriesDiffer(_:_:)`` on two interned word lists as ``PairScoring`` gives them.
  @inline(__always) static func seriesDiffer<C: RandomAccessCollection<Int32>>(ids a: C, _ b: C) -> Bool {
    !a.isEmpty && !b.isEmpty && sortedOverlap(ids: a, b) < min(a.count, b.count)
  }

  /// The words of a series name, sorted and unique (``MentionFinder/findSeries(_:_:)`` writes
  /// them so; sorted again for names from elsewhere).
  static func seriesWords(_ s: String) -> [Substring] { sortedUnique(words(s)) }

  /// `s.split(separator: " ")`, by bytes when `s` is ASCII (then every byte is a character and
  /// the two splits agree): the `Character` split walked grapheme boundaries, about 6,600
  /// instructions per series name, three times per mention (features, merge summary, evidence).
  static func words(_ s: String) -> [Substring] {
    // The words' byte ranges, in one pass over contiguous bytes (nil: not ASCII).
    let ranges = s.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
      var out: [Range<Int>] = []
      out.reserveCapacity(8)
      var start = 0
      for i in bytes.indices {
        let b = bytes[i]
        if b >= 0x80 { return nil }
        if b == 0x20 {
          if start < i { out.append(start..<i) }
          start = i + 1
        }
      }
      if start < bytes.count { out.append(start..<bytes.count) }
      return out
    }
    guard let ranges = ranges ?? nil else { return s.split(separator: " ") }
    let utf8 = s.utf8
    return ranges.map { r in
      s[utf8.index(utf8.startIndex, offsetBy: r.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: r.upperBound)]
    }
  }

  static func decade(_ year: Int) -> Int { year >= 0 ? year / 10 : (year - 9) / 10 }

  /// `s` lowercased, with the key separators `|`, tab and newline as `_`. Text that needs
  /// neither (lowercase ASCII class names, nearly every document id) is returned as it is,
  /// with no character-by-character copy.
  static func keyPart(_ s: String) -> String {
    let plain = s.utf8.allSatisfy { b in b < 0x80 && !(0x41...0x5A).contains(b) && b != 0x7C && b != 0x09 && b != 0x0A }
    if plain { return s }
    return String(s.lowercased().map { $0 == "|" || $0 == "\t" || $0 == "\n" ? "_" : $0 })
  }

  /// The day range a mention's time constrains: nil when unknown or only implied (not
  /// stated in the text), so implied times never block a merge.
  static func range(_ m: EventMention) -> DayRange? { range(m, parsed: m.time?.temporalValue.range) }

  /// ``range(_:)`` given the range of the mention's time value (`parsed`, read only when
  /// needed: a caller that has parsed the value passes it, so it is not parsed twice).
  static func range(_ m: EventMention, parsed: @autoclosure () -> DayRange?) -> DayRange? {
    // Fields read in place: binding `m.time` copied the whole time (five strings retained and
    // released) on every call, and this runs several times per mention.
    guard let stated = m.time?.stated else { return nil }
    if stated {
      // "opened a two-day summit on Tuesday", "the three-day talks ended on Friday": the day
      // that opens or ends an event of stated length stands for all its days; any other day
      // of it ("said on Saturday at the three-day conference") lies somewhere within them.
      // Parsed once: an autoclosure runs each time it is read, and most stated times return
      // here, which parsed the value a second time.
      let range = parsed()
      guard let r = range, r.length == 1, let n = m.attributes[EventMention.lengthKey].flatMap({ Int($0) }) else {
        return range
      }
      let role = m.attributes["timeRole"]
      return DayRange(
        r.earliest.adding(days: role == "start" ? 0 : 1 - n), r.earliest.adding(days: role == "end" ? 0 : n - 1))
    }
    // An article's main event is its news: dated only by the article's stated publication
    // date, it happened within a month of it (a 2017 report of the third round is not about
    // the 2014 second round). An inferred publication date is not firm enough to bind.
    guard m.isMain, m.role != .caption, m.time?.rule == EventExtractor.referenceRule, let r = parsed(), r.length == 1
    else { return nil }
    return DayRange(r.earliest.adding(days: -newsWindow), r.earliest.adding(days: newsWindow))
  }

  /// The longest stated length ("a two-week conference") that widens a mention's day.
  static let longestStatedLength = 14

  /// Days around its article's date within which an undated main event is taken to lie.
  static let newsWindow = 31

  /// Whether a mention's time is fine enough for year blocks (three years or less).
  static func isFine(_ m: EventMention) -> Bool {
    guard let r = range(m) else { return false }
    return r.latest.year - r.earliest.year <= 2
  }

  // MARK: - Resolving one block (reduce side)

  /// Resolves the mentions of one block into partial clusters with evidence.
  ///
  /// Deterministic whatever the order of `mentions`. In a decade block only pairs involving a
  /// coarse mention are compared (fine pairs are the year blocks' job).
  ///
  /// `evidence: false` (blocks the streamed merge resolves again; in process,
  /// ``compactEdges(key:mentions:positions:prepared:)``) leaves the evidence of scored edges
  /// to be built by the merge for the edges it accepts: most edges of a dense event are never
  /// accepted, and building their notes was most of the resolution time.
  ///
  /// `positions`: each mention's index in the caller's list of all mentions, copied onto the
  /// edges (``PartialCluster/Edge/ia``) so that the in-process merge finds their ends without
  /// hashing ids.
  public func resolveBlock(
    key: String, mentions: [EventMention], evidence withEvidence: Bool = true, positions: [Int32]? = nil
  ) -> [PartialCluster] {
    resolveBlock(key: key, mentions: mentions, evidence: withEvidence, positions: positions, prepared: nil)
  }

  /// ``resolveBlock(key:mentions:evidence:positions:)`` on a view of the corpus's mentions;
  /// `prepared` (with `positions`): the corpus-wide id ranks, signatures and pair features,
  /// read by position instead of computed again for this block.
  func resolveBlock<M: RandomAccessCollection>(
    key: String, mentions: M, evidence withEvidence: Bool, positions: [Int32]?, prepared: PreparedMentions?
  ) -> [PartialCluster] where M.Element == EventMention, M.Index == Int {
    var edges: [PartialCluster.Edge] = []
    // Each edge's ends as positions in `sorted` (parallel to `edges`): components and the
    // edge order below need no id hashing or string comparison.
    var ends: [(Int, Int)] = []
    // With positions and deferred evidence (blocks the streamed merge resolves again), scored
    // edges name their ends by position only, and partial clusters list no ids
    // (``MapReduce/cluster(mentions:edges:byID:undatedDocuments:keep:explain:rules:)`` reads the ids
    // from the positions).
    let compact = !withEvidence && positions != nil
    let sorted = scanBlockCalling(
      key: key, mentions: mentions, evidence: withEvidence, positions: positions, prepared: prepared
    ) { f in
      let named = !compact || f.identical
      let evidence = f.identical ? [Self.identicalEvidence(mentions[f.a], mentions[f.b])] : f.evidence
      var edge = PartialCluster.Edge(
        a: named ? mentions[f.a].id : "", b: named ? mentions[f.b].id : "", score: f.score, ia: positions?[f.a],
        ib: positions?[f.b], evidence: evidence)
      edge.deferred = !withEvidence && !f.identical
      edge.spansDays = f.spansDays
      edges.append(edge)
      ends.append((f.x, f.y))
    }
    guard !sorted.isEmpty else { return [] }
    // Connected components of the block's edges (cannot-links are enforced in merge). A
    // repeated id counts as its last copy, and positions stand for ids in id order.
    var last = Array(sorted.indices)
    for i in sorted.indices.dropLast().reversed() where mentions[sorted[i]].id == mentions[sorted[i + 1]].id {
      last[i] = last[i + 1]
    }
    var uf = UnionFind(count: sorted.count)
    for (x, y) in ends { uf.union(last[x], last[y]) }
    var comps: [Int: [Int]] = [:]
    for i in sorted.indices { comps[uf.find(i), default: []].append(i) }
    var byRoot: [Int: [Int]] = [:]
    for (k, (x, _)) in ends.enumerated() { byRoot[uf.find(last[x]), default: []].append(k) }
    // Edges in (a, b, -score) order, a ≤ b by id: positions are in id order.
    let keys = ends.indices.map { k -> (Int, Int, Int) in
      let (x, y) = (last[ends[k].0], last[ends[k].1])
      return (min(x, y), max(x, y), -edges[k].score)
    }
    return comps.keys.sorted().compactMap { root -> PartialCluster? in
      guard let members = comps[root] else { return nil }
      let order = (byRoot[root] ?? []).sorted { l, r in
        let (a, b) = (keys[l], keys[r])
        return (a.0, a.1, a.2, l) < (b.0, b.1, b.2, r)
      }
      return PartialCluster(
        key: key, mentions: compact ? [] : members.map { mentions[sorted[$0]].id }, edges: order.map { edges[$0] })
    }
  }

  /// The edges of one block in process, compact: ends by position, no evidence (the merge
  /// builds it for the edges it accepts), no partial clusters (the merge clusters all edges
  /// together). The same edges as ``resolveBlock(key:mentions:evidence:positions:)``.
  func compactEdges<M: RandomAccessCollection>(
    key: String, mentions: M, positions: [Int32], prepared: PreparedMentions?
  ) -> [CompactEdge] where M.Element == EventMention, M.Index == Int {
    var sink = CompactEdges(positions: positions)
    _ = scanBlock(key: key, mentions: mentions, evidence: false, positions: positions, prepared: prepared, into: &sink)
    return sink.edges
  }

  /// Where ``scanBlock(key:mentions:evidence:positions:prepared:into:)`` puts the edges it
  /// finds: a type, not a closure, so that the scan is specialized for it and an accepted
  /// edge is appended in place (a closure call per edge, with its copies of the edge and a
  /// run-time exclusivity check, was about 260 instructions an edge).
  protocol EdgeSink {
    mutating func found(_ edge: FoundEdge)
  }

  /// The compact edges of a block, ends by position (``compactEdges(key:mentions:positions:prepared:)``).
  struct CompactEdges: EdgeSink {
    let positions: [Int32]
    var edges: [CompactEdge] = []

    @inline(__always) mutating func found(_ f: FoundEdge) {
      edges.append(
        CompactEdge(
          ia: positions[f.a], ib: positions[f.b], score: f.score, spansDays: f.spansDays, identical: f.identical,
          rules: f.rules))
    }
  }

  /// Calls a closure with each edge (resolving a block with its evidence and partial clusters,
  /// where the closure's cost is small beside building the evidence).
  struct EdgeCallback: EdgeSink {
    let body: (FoundEdge) -> Void
    func found(_ edge: FoundEdge) { body(edge) }
  }

  /// ``scanBlock(key:mentions:evidence:positions:prepared:into:)`` calling `found` with each edge.
  func scanBlockCalling<M: RandomAccessCollection>(
    key: String, mentions: M, evidence withEvidence: Bool, positions: [Int32]?, prepared: PreparedMentions?,
    found: (FoundEdge) -> Void
  ) -> [Int] where M.Element == EventMention, M.Index == Int {
    withoutActuallyEscaping(found) { found in
      var sink = EdgeCallback(body: found)
      return scanBlock(
        key: key, mentions: mentions, evidence: withEvidence, positions: positions, prepared: prepared, into: &sink)
    }
  }

  /// An edge found in a block: `a`, `b` index the block's mentions (`a` first in id order),
  /// `x`, `y` are their places in id order.
  struct FoundEdge {
    var a: Int, b: Int, x: Int, y: Int
    var score: Int
    /// Two copies of one mention (collapsed before scoring).
    var identical: Bool
    var spansDays: Bool
    /// The rules of the edge's evidence (``pairRules(_:_:)``, or ``identicalRule(_:_:)``).
    var rules: MergeRule.Bits
    var evidence: [Evidence]
  }

  /// The rule of ``identicalEvidence(_:_:)``.
  static func identicalRule(_ a: EventMention, _ b: EventMention) -> MergeRule {
    identicalRule(sameDocument: a.document == b.document)
  }

  /// ``identicalRule(_:_:)`` of two copies that sit, or do not, in one document.
  static func identicalRule(sameDocument: Bool) -> MergeRule { sameDocument ? .sameSentence : .identical }

  /// The evidence of the edge between two identical mentions.
  static func identicalEvidence(_ a: EventMention, _ b: EventMention) -> Evidence {
    let rule = identicalRule(a, b)
    return Evidence(
      rule: rule.id,
      note: rule == .sameSentence
        ? "Both triggers sit in one sentence with the same time, place and participants."
        : "Both mentions report the same class, time, place, participants and wording.",
      citation: b.citation)
  }

  /// Compares the mentions of one block and puts each edge in `sink`; returns the block's
  /// indexes in id order.
  func scanBlock<M: RandomAccessCollection, S: EdgeSink>(
    key: String, mentions: M, evidence withEvidence: Bool, positions: [Int32]?, prepared: PreparedMentions?,
    into sink: inout S
  ) -> [Int] where M.Element == EventMention, M.Index == Int {
    let prepared = positions == nil ? nil : prepared
    func position(_ m: Int) -> Int { Int(positions?[m] ?? 0) }
    // Mentions are referred to by index (sorted by id), never copied: a block can hold tens
    // of thousands of them.
    let sorted =
      prepared.map { p in
        // (rank, index) packed in one integer: a plain integer sort (ranks are unique).
        mentions.indices.map { UInt64(UInt32(p.rank[position($0)])) << 32 | UInt64($0 - mentions.startIndex) }.sorted()
          .map { Int($0 & 0xFFFF_FFFF) + mentions.startIndex }
      } ?? mentions.indices.sorted { mentions[$0].id < mentions[$1].id }
    guard !sorted.isEmpty else { return [] }
    // Collapse identical mentions: groups in order of first appearance, by identity (the
    // first mention with the same signature: ``PreparedMentions/identity``, or found here
    // for this block the same way).
    let local =
      prepared == nil
      ? PreparedMentions.identities(
        serial: mentions, hashes: mentions.indices.map { Self.signature(mentions[$0]).hashValue }) : []
    // Each member's group and each group's first member (no array per group: most groups
    // are one mention, and a block allocated one per mention). A prepared mention with no
    // copy in the corpus (``PreparedMentions/copied``, nearly all of them) starts a group of
    // its own without a lookup: only mentions with copies are hashed by identity (a hashed
    // lookup and insertion per member of every block).
    var groupOf: [Int32: Int] = [:]
    groupOf.reserveCapacity(
      prepared.map { p in sorted.reduce(0) { $0 + (p.copied[position($1)] ? 1 : 0) } } ?? sorted.count)
    var group = [Int](repeating: 0, count: sorted.count)
    var reps: [Int] = []  // each group's first member: its representative
    reps.reserveCapacity(sorted.count)
    for (i, m) in sorted.enumerated() {
      if let p = prepared, !p.copied[position(m)] {
        group[i] = reps.count
        reps.append(i)
        continue
      }
      let id = prepared.map { $0.identity[position(m)] } ?? local[m - mentions.startIndex]
      if let g = groupOf[id] {
        group[i] = g
      } else {
        groupOf[id] = reps.count
        group[i] = reps.count
        reps.append(i)
      }
    }
    // In the main block (``mainBlock``) identical copies are already linked by their class
    // block (same class, same keys): no second edge for them.
    let mainBlock = key.hasPrefix("m|\(Self.mainBlock)|")
    // Whether two mentions sit in one document (for ``identicalRule(sameDocument:)``), by
    // their interned documents when prepared (a mention read is a cache miss at 100,000
    // documents).
    func sameDocument(_ a: Int, _ b: Int) -> Bool {
      prepared.map { $0.features.records[position(a)].document == $0.features.records[position(b)].document }
        ?? (mentions[a].document == mentions[b].document)
    }
    if !mainBlock && reps.count < sorted.count {
      // Each group's other members in order, group by group.
      let copies = Grouped<Int>(groups: reps.count) { add in
        for i in sorted.indices where reps[group[i]] != i { add(group[i], i) }
      }
      for (g, first) in reps.enumerated() {
        for k in copies[g] {
          let (a, b) = (sorted[first], sorted[k])
          sink.found(
            FoundEdge(
              a: a, b: b, x: first, y: k, score: 10, identical: true, spansDays: false,
              rules: MergeRule.Bits(Self.identicalRule(sameDocument: sameDocument(a, b))), evidence: []))
        }
      }
    }
    let decadeBlock = key.contains("|D")
    let rep = reps.map { sorted[$0] }  // indexes into `mentions`, in id order (`i < j`: ids in order)
    // Prepared mentions are read from the corpus's packed features by position (`slot[i]`:
    // representative i's features in `table`); else the block prepares and packs its own.
    let table =
      prepared?.features
      ?? PairFeatures.prepare(mentions, rep).withUnsafeBufferPointer { own in
        PairFeatures.Block(own, slots: Array(own.indices))
      }
    let slot = prepared == nil ? Array(rep.indices) : rep.map(position)
    // The sink through a pointer and `reps` as a constant: captured by the per-pair closure as
    // variables, each had its exclusive access checked at run time on every edge.
    table.withRefs { f in
      // A large block (bucketed pairs) gathers its features, lists side by side
      // (``PairFeatures/Block``). A small block is compared all pairs and reads the features
      // in place, by slot: its few features and lists stay in cache wherever they lie.
      let block = rep.count <= exhaustiveLimit ? nil : PairFeatures.Block(gathering: table, slots: slot)
      // Each representative's class and gate, from a large block's gathered records in order,
      // not from the corpus's by slot: those lie at random places (at 100,000 documents each
      // a cache miss or two), and the gathering has read them once already.
      let (singular, gates) = (block ?? table).withRefs { r -> ([Bool], [PairFeatures.Gate]) in
        func own(_ i: Int) -> PairFeatures.Block.Ref { r[block == nil ? slot[i] : i] }
        // Whether each representative's class is singular, by its interned class id: a class
        // name is read (from the mention, a cache miss at 100,000 documents) and hashed once
        // per class of the block, not once per representative.
        var singularByClass: [Int: Bool] = [:]
        let singular = slot.indices.map { i -> Bool in
          let eventClass = own(i).eventClass
          if let known = singularByClass[eventClass] { return known }
          let s = singularClasses.contains(mentions[rep[i]].eventClass)
          singularByClass[eventClass] = s
          return s
        }
        return (singular, slot.indices.map { PairFeatures.Gate(own($0)) })
      }
      let limits = singular.map { threshold(singular: $0) }
      // Features are read in place (an array subscript in this per-pair closure copied both,
      // 200 bytes and five references, per compared pair), and only for the pairs their gates
      // leave (``PairFeatures/Gate``).
      withUnsafeMutablePointer(to: &sink) { sink in
        let reps = reps
        // The cheap score first (by the caller, from the features where they lie: passed here,
        // a small block's features were copied per compared pair); evidence only for the pairs
        // that merge.
        @inline(__always) func found(
          _ i: Int, _ j: Int, _ quick: Int?, limit: Int, rules: MergeRule.Bits, spansDays: @autoclosure () -> Bool
        ) {
          guard let quick, quick >= limit else { return }
          var evidence: [Evidence] = []
          if withEvidence {
            guard let (score, why) = pairScore(mentions[rep[i]], mentions[rep[j]]), score >= limit else { return }
            assert(score == quick, "PairFeatures score differs from pairScore")
            evidence = why
          }
          sink.pointee.found(
            FoundEdge(
              a: rep[i], b: rep[j], x: reps[i], y: reps[j], score: quick, identical: false,
              spansDays: spansDays(), rules: rules, evidence: evidence))
        }
        if let block {
          block.withRefs { refs in
            // A representative's partners in one call, its own features, limit and class read
            // once for them all.
            forEachPartnerRow(block, gates: gates, decadeBlock: decadeBlock) { i, partners in
              let (a, own, singularClass) = (refs[i], limits[i], singular[i])
              for j in partners {
                let j = Int(j)
                let limit = max(own, limits[j])
                var rules = MergeRule.Bits()
                let quick = score(a, refs[j], singular: singularClass, need: limit, exact: false, rules: &rules)
                found(i, j, quick, limit: limit, rules: rules, spansDays: a.spansDays(refs[j]))
              }
            }
          }
        } else {
          forEachPair(rep.count, gates: gates, decadeBlock: decadeBlock) { i, j in
            let limit = max(limits[i], limits[j])
            let (si, sj) = (slot[i], slot[j])
            var rules = MergeRule.Bits()
            let quick = score(f[si], f[sj], singular: singular[i], need: limit, exact: false, rules: &rules)
            found(i, j, quick, limit: limit, rules: rules, spansDays: f[si].spansDays(f[sj]))
          }
        }
      }
    }
    return sorted
  }

  /// ``forEachCandidatePair(_:gates:decadeBlock:_:)`` of a small block (at most
  /// ``exhaustiveLimit`` representatives), which reads no features: every pair `i < j` of
  /// `0 ..< n`, grouped by `i` ascending, but those `gates` (when given, one per
  /// representative) exclude.
  func forEachPair(
    _ n: Int, gates: [PairFeatures.Gate]?, decadeBlock: Bool, _ body: (Int, Int) -> Void
  ) {
    // Gates read through a buffer, `i`'s once per row (array reads checked bounds on every
    // walked pair).
    (gates ?? []).withUnsafeBufferPointer { g in
      for i in 0..<n {
        guard gates != nil else {
          for j in (i + 1)..<max(i + 1, n) { body(i, j) }
          continue
        }
        let gi = g[i]
        for j in (i + 1)..<max(i + 1, n) where !PairFeatures.Gate.excludes(gi, g[j], decadeBlock: decadeBlock) {
          body(i, j)
        }
      }
    }
  }

  /// Calls `body` with each pair of representative indexes to compare, `i < j`, each pair
  /// once: all pairs of a small block; in a larger one, the pairs that share a bucket (a day,
  /// a place, an ordinal, a series, a rare word or name) of at most ``bucketLimit`` members and
  /// sit within the bucket's window (``window(bucketSize:)``) of each other in it. Pairs come
  /// grouped by `i` ascending;
  /// within a group, in an order fixed by the block's contents (not sorted: the merge orders
  /// all edges by score and pair, and sorting every representative's partners was 7% of the
  /// run at 100,000 documents).
  ///
  /// With `gates` (one per representative), the pairs they exclude
  /// (``PairFeatures/Gate/excludes(_:_:decadeBlock:)``) are left out: checked here, in the
  /// loop, most walked pairs of a large block cost no call.
  func forEachCandidatePair(
    _ reps: PairFeatures.Block, gates: [PairFeatures.Gate]? = nil, decadeBlock: Bool = false,
    _ body: (Int, Int) -> Void
  ) {
    precondition(gates.map { $0.count == reps.count } ?? true, "one gate per representative")
    if reps.count <= exhaustiveLimit {
      forEachPair(reps.count, gates: gates, decadeBlock: decadeBlock, body)
      return
    }
    forEachPartnerRow(reps, gates: gates, decadeBlock: decadeBlock) { i, partners in
      for j in partners { body(i, Int(j)) }
    }
  }

  /// ``forEachCandidatePair(_:gates:decadeBlock:_:)`` of a large block (more than
  /// ``exhaustiveLimit`` representatives), a row at a time: `body` gets each representative
  /// `i` (ascending) with its partners `j`, in the order the pairs come, in a buffer reused for
  /// every row. The block scan scores a row in one loop: a call of its pair closure per compared
  /// pair (116 million at 100,000 documents) read `i`'s features, limit and class again from
  /// the closure's context for each.
  func forEachPartnerRow(
    _ reps: PairFeatures.Block, gates: [PairFeatures.Gate]?, decadeBlock: Bool,
    _ body: (Int, UnsafeBufferPointer<Int32>) -> Void
  ) {
    let n = reps.count
    precondition(gates.map { $0.count == n } ?? true, "one gate per representative")
    let g = gates ?? []
    let gated = gates != nil
    // Rare words and participants tell instances apart best: each representative joins the
    // buckets of its two rarest (within the block) context words and participants (ties broken
    // by the bucket name, "P:<participant>" before "k:<word>"); mentions of one meeting series
    // (``MentionFinder/findSeries(_:_:)``) share a bucket too.
    // Each distinct id of the block gets a number of its own here (one hash lookup per listed
    // id), and every representative's three lists are kept as those numbers, one list after
    // another (`lists[3 * i + l] ..< lists[3 * i + l + 1]` in `local`: keywords, participants,
    // salient words): counts and ranks are then read from arrays, not hashed again per id.
    var number = IDNumbers(capacity: n)
    var idOf: [Int32] = []  // number → id
    var freq: [Int] = []  // number → representatives' lists naming it
    var local: [Int32] = []
    local.reserveCapacity(reps.pool.count)
    var lists = [Int](repeating: 0, count: 3 * n + 1)
    func add(_ list: ArraySlice<Int32>, _ slot: Int) {
      for id in list {
        let k = number.number(of: Int(id), next: Int32(idOf.count))
        if Int(k) < idOf.count {
          freq[Int(k)] += 1
        } else {
          idOf.append(id)
          freq.append(1)
        }
        local.append(k)
      }
      lists[slot + 1] = local.count
    }
    for i in 0..<n {
      add(reps.keywords(i), 3 * i)
      add(reps.participants(i), 3 * i + 1)
      add(reps.salient(i), 3 * i + 2)
    }
    // Rank of every shared id by (frequency, bucket name): sorting a mention's ids is then
    // an integer sort (the names are compared once per id, not once per comparison).
    let namesTable = reps.names
    let ranked = freq.indices.filter { freq[$0] >= 2 }.map { ($0, freq[$0], namesTable[idOf[$0]] ?? "") }
      .sorted { ($0.1, $0.2) < ($1.1, $1.2) }
    var rank = [Int](repeating: -1, count: idOf.count)  // number → rank; -1: not shared
    for (r, entry) in ranked.enumerated() { rank[entry.0] = r }
    // Bucket keys: kind in the high bits, an interned id (or the ordinal) in the low bits.
    func bucket(_ kind: Int, _ id: Int) -> Int { kind << 40 | (id & 0xFF_FFFF_FFFF) }
    // Every (bucket, representative) pair, in index order, laid out by bucket below (a table
    // of member lists hashed each pair and allocated a list per bucket).
    var joins: [(key: Int, i: Int32)] = []
    joins.reserveCapacity(8 * n)
    // The `count` ids of `a` and `b` with the lowest ranks, rarest first (ranks are unique;
    // ids without a rank are in no other representative's lists) join their buckets: a
    // running selection in one reused buffer, no arrays built per representative and block.
    var best: [(rank: Int, id: Int32)] = []
    best.reserveCapacity(4)
    // `a` and `b`: slots of ``lists``.
    func joinRarest(_ kind: Int, _ count: Int, _ i: Int, _ a: Int, _ b: Int? = nil) {
      best.removeAll(keepingCapacity: true)
      func consider(_ slot: Int) {
        for k in local[lists[slot]..<lists[slot + 1]] {
          let r = rank[Int(k)]
          guard r >= 0, best.count < count || r < best[best.count - 1].rank else { continue }
          // Inserted in place (shifting the few greater ones up): `insert(_:at:)` was a call
          // of `replaceSubrange` per insertion.
          let entry = (rank: r, id: idOf[Int(k)])
          best.append(entry)
          var at = best.count - 1
          while at > 0, best[at - 1].rank > r {
            best[at] = best[at - 1]
            at -= 1
          }
          best[at] = entry
          if best.count > count { best.removeLast() }
        }
      }
      consider(a)
      if let b { consider(b) }
      for x in best { joins.append((bucket(kind, Int(x.id)), Int32(i))) }
    }
    for i in 0..<n {
      let r = reps.records[i]
      if r.hasRange, r.hi - r.lo + 1 <= 31 { joins.append((bucket(1, r.timeValue), Int32(i))) }
      if let p = r.place { joins.append((bucket(2, p), Int32(i))) }
      if let o = r.ordinal { joins.append((bucket(3, o), Int32(i))) }
      if let sr = r.seriesID { joins.append((bucket(6, sr), Int32(i))) }
      joinRarest(4, 2, i, 3 * i + 1, 3 * i)  // participants, then keywords
      joinRarest(5, 3, i, 3 * i + 2)
    }
    // Each representative's partners: the next `window` of every bucket it is in (bucket
    // lists are in index order, so partners are larger indexes). A stamp per partner drops the
    // pairs two buckets share.
    //
    // Flat arrays, not arrays of arrays: the kept buckets' members bucket after bucket, and
    // each representative's walks (a range of those members: its followers in one bucket, up
    // to the window) grouped by representative, in bucket order. The walk reads no array
    // reference (each was retained and released per walked list); at 100,000 documents its
    // own samples went from 1,246–1,349 to 1,160–1,229 (15 times its samples at 10,000).
    // Each bucket numbered in order of its first join (an open-addressing table, as for ids),
    // its members counted, then laid out bucket after bucket in key order by a counting pass:
    // members keep their index order (joins come in index order, a representative joins a
    // bucket once), and only the distinct buckets of two or more members are sorted, not
    // every join (a sort of all joins was 0.8% of the samples at 100,000 documents). A bucket
    // of one member has no pair to walk.
    var bucketOf = IDNumbers(capacity: n)
    var bucketKey: [Int] = []
    var size: [Int] = []
    var joinBucket = [Int32](repeating: 0, count: joins.count)
    for (x, join) in joins.enumerated() {
      let b = Int(bucketOf.number(of: join.key, next: Int32(bucketKey.count)))
      if b == bucketKey.count {
        bucketKey.append(join.key)
        size.append(0)
      }
      size[b] += 1
      joinBucket[x] = Int32(b)
    }
    let kept = bucketKey.indices.filter { size[$0] >= 2 && size[$0] <= bucketLimit }.map { (key: bucketKey[$0], b: $0) }
      .sorted { $0.key < $1.key }.map(\.b)  // a fixed order, not the table's
    var start = [Int](repeating: -1, count: bucketKey.count)  // where a kept bucket starts in `members`
    var total = 0
    for b in kept {
      start[b] = total
      total += size[b]
    }
    // Each member with its gate beside it: the walk reads one contiguous array and tests the
    // gate before the member's stamp, so a pair the gates exclude (most walked pairs of a
    // large block) costs no read at a random place (the gates and stamps are indexed by
    // representative: at 100,000 documents, a block's gates are megabytes, each read a
    // likely cache miss). Excluded pairs leave no stamp: a gate excludes a pair wherever it
    // is met, so the pairs called and their order are the same.
    var members = [Member](repeating: Member(i: 0, gate: .open), count: total)
    var fill = start
    for (x, join) in joins.enumerated() {
      let b = Int(joinBucket[x])
      guard start[b] >= 0 else { continue }
      members[fill[b]] = Member(i: join.i, gate: gated ? g[Int(join.i)] : .open)
      fill[b] += 1
    }
    let walks = Grouped<(from: Int32, to: Int32)>(groups: n) { add in
      for b in kept {
        let (base, count) = (start[b], size[b])
        let w = window(bucketSize: count)
        for x in 0..<(count - 1) {
          add(Int(members[base + x].i), (Int32(base + x + 1), Int32(base + min(count, x + 1 + w))))
        }
      }
    }
    // The stamps and gates through buffers too: the array's uniqueness and bounds were
    // checked on every walked pair (several per compared one). A row has at most as many
    // partners as its walks have members.
    var stamps = [Int32](repeating: -1, count: n)
    var longest = 0
    for i in 0..<n { longest = max(longest, walks[i].reduce(0) { $0 + Int($1.to - $1.from) }) }
    var row = [Int32](repeating: 0, count: longest)
    members.withUnsafeBufferPointer { members in
      stamps.withUnsafeMutableBufferPointer { stamp in
        row.withUnsafeMutableBufferPointer { row in
          g.withUnsafeBufferPointer { g in
            for i in 0..<n {
              let mark = Int32(i)
              let gi = gated ? g[i] : .open
              var count = 0
              for walk in walks[i] {
                for p in Int(walk.from)..<Int(walk.to) {
                  if gated && PairFeatures.Gate.excludes(gi, members[p].gate, decadeBlock: decadeBlock) { continue }
                  let j = members[p].i
                  guard stamp[Int(j)] != mark else { continue }
                  stamp[Int(j)] = mark
                  row[count] = j
                  count += 1
                }
              }
              if count > 0 { body(i, UnsafeBufferPointer(rebasing: row[..<count])) }
            }
          }
        }
      }
    }
  }

  /// A member of a large block's bucket (``forEachCandidatePair(_:gates:decadeBlock:_:)``):
  /// the representative's index and its gate.
  struct Member {
    var i: Int32
    var gate: PairFeatures.Gate
  }

  /// Numbers for the interned ids (or bucket keys) of one block, in order of first use: an
  /// open-addressing table keyed by a multiplicative hash of the key (keys are not chosen by
  /// an adversary), where a `Dictionary` ran `Hasher` (SipHash) on every listed id and every
  /// bucket join of every representative.
  ///
  /// The table grows with the distinct keys it holds (kept at most half full), each slot's key
  /// and number side by side: sized for every key that might come (a block's whole id pool, or
  /// all its joins), the tables of a large block at 100,000 documents were tens of megabytes,
  /// each filled on allocation and faulted in page by page, and every lookup a likely miss in
  /// the caches, where its distinct ids are a small part of the pool.
  struct IDNumbers {
    /// A key (-1: an empty slot; interned ids and bucket keys are not negative) and its number.
    private struct Slot {
      var id: Int
      var number: Int32
    }
    private var slots: [Slot]
    private var shift: Int
    private var used = 0

    /// A table for `capacity` distinct keys before it first grows.
    init(capacity: Int) {
      let size = HalfFullTable(capacity: capacity)
      slots = [Slot](repeating: Slot(id: -1, number: 0), count: size.count)
      shift = size.shift
    }

    /// The number of `id` (not negative): its number if it has one, else `next`, which it gets.
    mutating func number(of id: Int, next: Int32) -> Int32 {
      let mask = slots.count - 1
      var s = slot(of: id)
      while true {
        let here = slots[s].id
        if here == id { return slots[s].number }
        if here == -1 {
          slots[s] = Slot(id: id, number: next)
          used += 1
          if 2 * used > slots.count { grow() }
          return next
        }
        s = (s + 1) & mask
      }
    }

    @inline(__always) private func slot(of id: Int) -> Int {
      Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(id)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    /// Twice the slots, every key placed again with its number.
    private mutating func grow() {
      let old = slots
      slots = [Slot](repeating: Slot(id: -1, number: 0), count: old.count * 2)
      shift -= 1
      let mask = slots.count - 1
      for entry in old where entry.id != -1 {
        var s = slot(of: entry.id)
        while slots[s].id != -1 { s = (s + 1) & mask }
        slots[s] = entry
      }
    }
  }

  /// Everything that makes two mentions interchangeable for resolution (hashed field by
  /// field: no joined string per mention).
  struct Signature: Hashable {
    var eventClass: String
    var time: String?
    var mod: String?
    var place: String?
    var participants: [String]
    var ordinal: Int?
    var host: String?
    var isMain: Bool
    var caption: Bool
    var keywords: [String]
    var text: String
    var names: [String]?
    var series: String?
    /// Stated and implied times bind differently (``range(_:)``).
    var stated: Bool?
  }

  /// Whether two mentions have equal ``Signature``s, field by field, cheapest first (the
  /// lists compared as they are, and sorted only when they differ as they are).
  static func sameSignature(_ a: EventMention, _ b: EventMention) -> Bool {
    a.isMain == b.isMain && (a.role == .caption) == (b.role == .caption) && a.eventClass == b.eventClass
      && a.place == b.place && a.host == b.host && a.attributes["series"] == b.attributes["series"]
      && sameUninternedSignature(a, b)
  }

  /// ``sameSignature(_:_:)`` but for the parts that corpus-wide ``PairFeatures`` ids decide
  /// exactly (``PairFeatures/sameInternedSignature(_:_:)``: main, caption, class, place, host,
  /// series).
  static func sameUninternedSignature(_ a: EventMention, _ b: EventMention) -> Bool {
    func sameSorted(_ x: [String], _ y: [String]) -> Bool { x == y || (x.count == y.count && x.sorted() == y.sorted()) }
    return a.ordinal == b.ordinal && a.time?.value == b.time?.value && a.time?.mod == b.time?.mod
      && a.time?.stated == b.time?.stated && a.citation.text == b.citation.text && a.names == b.names
      && sameSorted(a.participants, b.participants) && sameSorted(a.keywords, b.keywords)
  }

  static func signature(_ m: EventMention) -> Signature {
    Signature(
      eventClass: m.eventClass, time: m.time?.value, mod: m.time?.mod, place: m.place,
      participants: m.participants.sorted(), ordinal: m.ordinal, host: m.host, isMain: m.isMain,
      caption: m.role == .caption, keywords: m.keywords.sorted(), text: m.citation.text, names: m.names,
      series: m.attributes["series"], stated: m.time?.stated)
  }

  /// Whether a time value states a clock time on a day ("2021-06-24T01:22"), not only the
  /// day or a part of it ("2021-06-24TMO"): two reports of one class that give the same day
  /// and the same minute report one event (`resolve.same-time`).
  static func statesClock(_ value: String?) -> Bool {
    guard let u = value?.utf8, u.count >= 13 else { return false }
    let t = u.index(u.startIndex, offsetBy: 10)
    let h = u.index(after: t)
    return u[t] == UInt8(ascii: "T") && u[h] >= UInt8(ascii: "0") && u[h] <= UInt8(ascii: "9")
  }

  // MARK: - Pairwise evidence

  /// The merge score of two mentions with its evidence, or nil when a cannot-link holds
  /// (incompatible times, different ordinals, different places of the same kind).
  public func pairScore(_ a: EventMention, _ b: EventMention) -> (Int, [Evidence])? {
    scored(a, b, writing: .all).map { ($0.score, $0.evidence) }
  }

  /// The entries of ``pairScore(_:_:)``'s evidence whose rules are in `rules` (the others are
  /// not written).
  func pairEvidence(_ a: EventMention, _ b: EventMention, only rules: MergeRule.Bits) -> [Evidence] {
    scored(a, b, writing: rules, allRules: false)?.evidence ?? []
  }

  /// The rules of ``pairScore(_:_:)``'s evidence for two mentions, without building it (no
  /// sentence is written): what the merge needs to count an accepted edge's evidence and to
  /// choose the few entries an event lists
  /// (``MapReduce/cluster(mentions:edges:byID:undatedDocuments:keep:explain:rules:)``).
  func pairRules(_ a: EventMention, _ b: EventMention) -> MergeRule.Bits {
    scored(a, b, writing: [])?.rules ?? []
  }

  /// ``pairScore(_:_:)`` with its rules; of its evidence, only the entries of the rules in
  /// `writing`.
  ///
  /// With `allRules` false only the evidence is read (``pairEvidence(_:_:only:)``): the shared
  /// participants, context words and proper names, which only add points, are then compared
  /// only when their rule is written, and the score and rules leave them out. (The merge
  /// writes a few rules of each accepted edge; finding the proper names of both sentences
  /// for every one was a third of writing the evidence.)
  private func scored(_ a: EventMention, _ b: EventMention, writing: MergeRule.Bits, allRules: Bool = true)
    -> (score: Int, rules: MergeRule.Bits, evidence: [Evidence])?
  {
    func wanted(_ rule: MergeRule) -> Bool { allRules || writing.contains(rule) }
    let names = nameOverlap(a, b)
    let namesAgreeing = names.map { $0.shared >= 2 && $0.jaccard >= namesAgree } ?? false
    let namesMatch = namesAgreeing && a.isMain && b.isMain
    guard a.eventClass == b.eventClass || namesMatch else { return nil }
    if Self.otherOccurrence(a, b) || Self.otherOccurrence(b, a) { return nil }
    var score = 0
    var ev: [Evidence] = []
    var rules: MergeRule.Bits = []
    func add(_ rule: MergeRule, _ note: @autoclosure () -> String) {
      rules.insert(rule)
      if writing.contains(rule) { ev.append(Evidence(rule: rule.id, note: note(), citation: b.citation)) }
    }
    var namePoints = 0
    if let names, namesMatch {
      namePoints = names.jaccard >= namesStrong ? 3 : 2
      add(
        .sharedNames,
        "Both articles' main stories name \(names.shared) of the same people, places or organizations (\(Int((names.jaccard * 100).rounded()))% of their salient names)."
      )
    }
    let namesDiffer =
      a.isMain && b.isMain && !namesAgreeing && names != nil && (a.names?.count ?? 0) >= namesMinimum
      && (b.names?.count ?? 0) >= namesMinimum
    let ta = a.time?.temporalValue, tb = b.time?.temporalValue
    // Each time value parsed once, for the ranges and the same-day report below (parsed for
    // each use, four to six times a pair).
    let (pa, pb) = (ta?.range, tb?.range)
    let (ra, rb) = (Self.range(a, parsed: pa), Self.range(b, parsed: pb))
    if let ta, let tb, let ra, let rb, !ra.overlaps(rb) {
      // Days of one multi-day event ("opened on Friday", "ended on Sunday"): only with the
      // same ordinal and the same place, at most three days apart.
      guard Self.multiDay(ra, rb, a.ordinal, b.ordinal, a.place, b.place, sameDocument: a.document == b.document) else {
        return nil
      }
      score += 1
      add(.multiDay, "\(ta) and \(tb) are days of one event with the same ordinal and place.")
    } else if let ta, let tb, let ra, let rb {
      if ra.length == 1 && rb.length == 1 {
        score += 2
        add(.sameDay, "Both mentions date the event to \(ra.earliest).")
        if let va = a.time?.value, va == b.time?.value, a.time?.mod == b.time?.mod, Self.statesClock(va) {
          score += 1
          add(.sameTime, "Both mentions time the event to \(va).")
        }
      } else if max(ra.length, rb.length) <= 31 {
        score += 1
        add(.compatibleTime, "The times \(ta) and \(tb) overlap within a month.")
      } else if max(ra.length, rb.length) <= 366 {
        score += 1
        add(.sameYear, "The times \(ta) and \(tb) overlap within a year.")
      } else if ta.value == tb.value && ta.mod == tb.mod {
        score += 1
        add(.samePeriod, "Both mentions give the period \(ta).")
      }
    }
    if let sa = a.attributes["series"], let sb = b.attributes["series"], Self.seriesDiffer(sa, sb) { return nil }
    if let oa = a.ordinal, let ob = b.ordinal {
      guard oa == ob else { return nil }
      score += 3
      add(.sameOrdinal, "Both mentions give the ordinal \(oa).")
    }
    if let pa = a.place, let pb = b.place {
      if pa == pb {
        score += 2
        add(.samePlace, "Both mentions place the event in \(pa).")
      } else if Self.placeKind(pa) == Self.placeKind(pb) {
        return nil
      }
    }
    let shared = wanted(.sharedParticipants) ? Set(a.participants).intersection(b.participants) : []
    if !shared.isEmpty {
      score += min(2, shared.count)
      add(.sharedParticipants, "Shared participants: \(shared.sorted().joined(separator: ", ")).")
    }
    if let ha = a.host, ha == b.host {
      score += 1
      add(.sameHost, "Both mentions name the host \(ha).")
    }
    if a.isMain && b.isMain && a.document != b.document {
      score += 1
      add(.bothMain, "Each mention reports its article's main event.")
    }
    if a.isMain && b.isMain && a.document == b.document && a.role != .caption && b.role != .caption {
      // The extractor already read both as the article's own event ("the talks" after "Talks
      // in Moscow"); only a cannot-link above keeps them apart.
      score += 2
      add(.sameMainEvent, "Both mentions refer to the main event of one article.")
    }
    if a.document != b.document,
      let day = Self.reportedSameDay(ra, b.time?.stated, pb) ?? Self.reportedSameDay(rb, a.time?.stated, pa)
    {
      score += 1
      add(
        .reportedThatDay,
        "One report dates the event to \(day); the other, which states no date, was written that day or the next.")
    }
    if a.document == b.document && a.role != .caption && b.role != .caption {
      score += singularClasses.contains(a.eventClass) ? 2 : 1
      add(.sameDocument, "Both mentions sit in the body of one article.")
    }
    if wanted(.contextWords), !a.keywords.isEmpty, !b.keywords.isEmpty {
      // Keywords are sorted and unique (``MentionFinder``); tests may build them unsorted.
      let ka = Self.sortedUnique(a.keywords), kb = Self.sortedUnique(b.keywords)
      let shared = Self.sortedOverlap(ka, kb)
      let j = Double(shared) / Double(ka.count + kb.count - shared)
      if j >= 0.25 && shared >= contextMinimumShared {
        let points = j >= contextStrong ? 2 : 1
        score += points
        add(.contextWords, "The sentences share \(Int((j * 100).rounded()))% of their context words.")
      }
    }
    if wanted(.sharedProperNames), a.document != b.document, let ra, let rb, ra.overlaps(rb) {
      let (wa, wb) = (ProperWords.of(a), ProperWords.of(b))
      let shared = Self.sortedOverlap(wa, wb)
      if shared > 0 {
        score += min(2, shared)
        add(.sharedProperNames, "Both sentences name \(Self.sharedWords(wa, wb).joined(separator: ", ")).")
      }
    }
    // Names are the evidence of last resort: they decide reports that give no time, place or
    // ordinal to compare, and never outrank such evidence (which would let an undated report
    // of one edition of a yearly conference join another edition before its own article's
    // mentions tell which one it is).
    let need = max(threshold(for: a.eventClass), threshold(for: b.eventClass))
    if score < need { score = min(need, score + namePoints) }
    // Two articles that each name several people, places or companies but hardly the same
    // ones tell different stories of one kind (two rehab check-ins, two fires at one chain's
    // stores): only a stated day or an ordinal they share can still join them.
    // A place they share and reports written within a week of each other still join them
    // (two days of reports on floods in one city name different rescuers and officials).
    if namesDiffer, rules.isDisjoint(with: MergeRule.specific),
      !(a.place != nil && a.place == b.place && Self.withinAWeek(a, b))
    {
      score = min(score, need - 1)
    }
    return (score, rules, ev)
  }

  /// Whether `a` is a mention its extractor marked as another occurrence than its article's
  /// story ("surpassing the 2018 Camp Fire", "such a summit", an earlier bombing) and `b` is
  /// that article's main event outside a caption: the two never merge, whatever else they
  /// share (one article, one class).
  static func otherOccurrence(_ a: EventMention, _ b: EventMention) -> Bool {
    a.document == b.document && b.isMain && b.role != .caption && a.isOtherOccurrence
  }

  /// The one day a mention's time gives, stated or implied (its article's date).
  static func oneDay(_ m: EventMention) -> Int? {
    guard let r = m.time?.temporalValue.range, r.length == 1 else { return nil }
    return r.earliest.ordinal
  }

  /// Whether both mentions fall on one day each, at most seven days apart.
  static func withinAWeek(_ a: EventMention, _ b: EventMention) -> Bool {
    guard let x = oneDay(a), let y = oneDay(b) else { return false }
    return abs(x - y) <= 7
  }

  /// The day `a` states, when `b` states no time and its article is dated that day or the
  /// day after (news of the event written as it happened).
  static func reportedSameDay(_ a: EventMention, _ b: EventMention) -> Day? {
    reportedSameDay(range(a), b.time?.stated, b.time?.temporalValue.range)
  }

  /// ``reportedSameDay(_:_:)`` given `a`'s ``range(_:)``, whether `b`'s time is stated and
  /// the range of `b`'s time value.
  static func reportedSameDay(_ ra: DayRange?, _ bStated: Bool?, _ rb: DayRange?) -> Day? {
    guard let ra, ra.length == 1, bStated == false, let rb, rb.length == 1 else { return nil }
    let gap = rb.earliest.ordinal - ra.earliest.ordinal
    return gap == 0 || gap == 1 ? ra.earliest : nil
  }

  /// The salient names the articles of two mentions share, and their Jaccard overlap; nil
  /// unless the mentions are in different documents and both carry names (main mentions).
  func nameOverlap(_ a: EventMention, _ b: EventMention) -> (shared: Int, jaccard: Double)? {
    guard a.document != b.document, let na = a.names, let nb = b.names, !na.isEmpty, !nb.isEmpty else { return nil }
    let shared = Self.sortedOverlap(na, nb)
    return (shared, Double(shared) / Double(na.count + nb.count - shared))
  }

  /// `a` sorted, each element once (returned as it is when already so; no hash set).
  static func sortedUnique<T: Comparable>(_ a: [T]) -> [T] {
    let ascending = a.withUnsafeBufferPointer { b in
      var k = 1
      while k < b.count, b[k - 1] < b[k] { k += 1 }
      return k >= b.count
    }
    if ascending { return a }
    var out = a
    out.sort()
    var w = 0
    for x in out where w == 0 || out[w - 1] != x {
      out[w] = x
      w += 1
    }
    out.removeLast(out.count - w)
    return out
  }

  /// How many elements two sorted, duplicate-free arrays share (a merge walk: no hashing in
  /// the pair loop; strings here, interned ids in ``PairFeatures``).
  ///
  /// Read through buffers with the counts taken once: in the pair scorer, `Array.count` was an
  /// outlined call per step of the walk (2.2 million calls on the generated 2,000 documents).
  /// The words of two sorted unique lists that both hold, in order.
  static func sharedWords(_ a: [String], _ b: [String]) -> [String] {
    let other = Set(b)
    return a.filter { other.contains($0) }
  }

  @inline(__always) static func sortedOverlap<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
    a.withUnsafeBufferPointer { a in b.withUnsafeBufferPointer { b in sortedOverlap(a, b) } }
  }

  /// ``sortedOverlap(_:_:)`` of two id lists as ``PairScoring`` gives them (arrays, or
  /// slices of a block's pool).
  @inline(__always) static func sortedOverlap<C: RandomAccessCollection<Int32>>(ids a: C, _ b: C) -> Int {
    let contiguous = a.withContiguousStorageIfAvailable { a in
      b.withContiguousStorageIfAvailable { b in sortedOverlap(a, b) }
    }
    return (contiguous ?? nil) ?? sortedOverlap(Array(a), Array(b))
  }

  @inline(__always) static func sortedOverlap<T: Comparable>(_ a: UnsafeBufferPointer<T>, _ b: UnsafeBufferPointer<T>)
    -> Int
  {
    let (na, nb) = (a.count, b.count)
    var i = 0
    var j = 0
    var n = 0
    while i < na, j < nb {
      if a[i] == b[j] {
        n += 1
        i += 1
        j += 1
      } else if a[i] < b[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return n
  }

  /// Whether two disjoint day ranges can be days of one multi-day event.
  /// Within one document ("opened on February 17 … said on Saturday at the conference") the
  /// same place is enough; across documents the ordinal must match too.
  static func multiDay(
    _ a: DayRange, _ b: DayRange, _ oa: Int?, _ ob: Int?, _ pa: String?, _ pb: String?, sameDocument: Bool = false
  ) -> Bool {
    if let oa, let ob, oa != ob { return false }
    guard sameDocument || (oa != nil && oa == ob), let pa, pa == pb, a.length <= multiDayLength,
      b.length <= multiDayLength
    else { return false }
    return a.gap(to: b) <= multiDayGap
  }
  /// The longest time (days) and the widest gap between two times (days) of two days of one
  /// multi-day event (``multiDay(_:_:_:_:_:_:sameDocument:)``, ``score(_:_:singular:need:exact:rules:)``
  /// and ``PairFeatures/Gate`` all read these).
  static let multiDayLength = 3
  static let multiDayGap = 3

  /// `city:moscow` → `city`; keys without a prefix count as their own kind.
  static func placeKind(_ key: String) -> String {
    // By bytes when the key is ASCII (every byte a character): the `Character` search walked
    // grapheme boundaries, about 1,700 instructions a key.
    let asciiColon = key.utf8.withContiguousStorageIfAvailable { bytes -> Int? in  // -1: none; nil: not ASCII
      var colon = -1
      for i in bytes.indices {
        if bytes[i] >= 0x80 { return nil }
        if colon < 0 && bytes[i] == 0x3A { colon = i }
      }
      return colon
    }
    if let colon = asciiColon ?? nil {
      guard colon >= 0 else { return "place" }
      return String(key[..<key.utf8.index(key.utf8.startIndex, offsetBy: colon)])
    }
    guard let colon = key.firstIndex(of: ":") else { return "place" }
    return String(key[..<colon])
  }
}

/// The result of resolving one block: mention ids that belong together and the scored edges
/// that join them, with their evidence or deferred (`timeline reduce`: the merge builds the
/// evidence of the edges it accepts).
public struct PartialCluster: Codable, Hashable, Sendable {
  public struct Edge: Codable, Hashable, Sendable, Comparable {
    /// The ends' mention ids, `a` ≤ `b`; both empty for in-process edges, which name their
    /// ends by position only (``ia``, ``ib``).
    public var a: String
    public var b: String
    public var score: Int
    public var evidence: [Evidence]
    /// The two mentions' times are disjoint days of one multi-day event (`resolve.multi-day`).
    var spansDays = false
    /// Scored without evidence: the merge builds it if it accepts the edge.
    var deferred = false

    /// `deferred` and `spansDays` are written only when true, `evidence` only when not empty
    /// (reduce output: most edges are deferred and carry none).
    enum CodingKeys: String, CodingKey { case a, b, score, evidence, deferred, spansDays }

    public init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: CodingKeys.self)
      a = try c.decode(String.self, forKey: .a)
      b = try c.decode(String.self, forKey: .b)
      score = try c.decode(Int.self, forKey: .score)
      evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
      deferred = try c.decodeIfPresent(Bool.self, forKey: .deferred) ?? false
      spansDays = try c.decodeIfPresent(Bool.self, forKey: .spansDays) ?? false
    }

    public func encode(to encoder: any Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(a, forKey: .a)
      try c.encode(b, forKey: .b)
      try c.encode(score, forKey: .score)
      if !evidence.isEmpty { try c.encode(evidence, forKey: .evidence) }
      if deferred { try c.encode(true, forKey: .deferred) }
      if spansDays { try c.encode(true, forKey: .spansDays) }
    }

    /// In-process only: the positions of `a` and `b` in the list of all mentions the blocks
    /// were cut from (-1: unknown, as after decoding).
    var ia: Int32 = -1
    var ib: Int32 = -1

    public init(a: String, b: String, score: Int, evidence: [Evidence]) {
      self.a = min(a, b)
      self.b = max(a, b)
      self.score = score
      self.evidence = evidence
    }

    /// An edge with the two ends' positions (ordered as the ids are).
    init(a: String, b: String, score: Int, ia: Int32?, ib: Int32?, evidence: [Evidence]) {
      self.init(a: a, b: b, score: score, evidence: evidence)
      if let ia, let ib { (self.ia, self.ib) = a <= b ? (ia, ib) : (ib, ia) }
    }

    public static func < (l: Edge, r: Edge) -> Bool { (l.a, l.b, -l.score) < (r.a, r.b, -r.score) }
  }

  public var key: String
  /// Sorted mention ids (empty in process, where edges name their ends by position).
  public var mentions: [String]
  public var edges: [Edge]

  public init(key: String, mentions: [String], edges: [Edge]) {
    self.key = key
    self.mentions = mentions
    self.edges = edges
  }
}

/// Disjoint sets over `0..<count` with path halving and union by size.
struct UnionFind {
  /// Parents and set sizes as 32-bit integers: at 100,000 documents the merge's finds walk
  /// 640,000 entries in random order, and half the bytes are half the cache misses.
  private var parent: [Int32]
  private var size: [Int32]

  init(count: Int) {
    precondition(count <= Int(Int32.max), "UnionFind holds at most 2^31 - 1 elements")
    parent = (0..<count).map { Int32($0) }
    size = Array(repeating: 1, count: count)
  }

  mutating func find(_ x: Int) -> Int {
    parent.withUnsafeMutableBufferPointer { parent in
      var x = Int32(x)
      while parent[Int(x)] != x {
        parent[Int(x)] = parent[Int(parent[Int(x)])]
        x = parent[Int(x)]
      }
      return Int(x)
    }
  }

  /// Joins the sets; returns the new root.
  @discardableResult
  mutating func union(_ a: Int, _ b: Int) -> Int {
    var ra = find(a), rb = find(b)
    if ra == rb { return ra }
    if size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra) { swap(&ra, &rb) }
    parent[rb] = Int32(ra)
    size[ra] += size[rb]
    return ra
  }
}
