/// Turns clusters of mentions into canonical events, a main event per document, and
/// conflicts; the last stage before rendering.
///
/// Canonical values (`reconcile.canonical-*`): the most precise time among the body mentions
/// that fits all of them (15 August over mid-August over August), the most reported place,
/// the union of participants, the most reported ordinal. Ids are content-derived
/// (``StableHash``), so they survive re-runs, file order and thread count.
public struct Reconciler: Sendable {
  /// Most merge evidence entries kept per event (the rest are counted in one entry).
  public var maxEvidence = 60
  /// Most mentions of one event that conflicts cite per side.
  public var maxSides = 24

  public init() {}

  /// Builds the report. `evidence` is keyed by the id of each cluster's first mention (its
  /// entries hold at least the ``maxEvidence`` first in order: the merge writes no more);
  /// `clusterAt[p]` is the cluster of the mention at place `p` of the extractions' mentions
  /// taken in order (-1 for none).
  public func build(
    clusters: [[EventMention]], evidence: [String: MergeReasons], clusterAt: [Int32], extractions: [DocumentExtraction],
    diagnostics: [Diagnostic]
  ) -> TimelineReport {
    let names = Self.entityNames(extractions)
    let outlets = Dictionary(extractions.map { ($0.document, $0.outlet) }, uniquingKeysWith: { a, _ in a })
    var events: [Event] = []
    var usedIDs = Set<String>()
    var hosts: [String: String] = [:]  // event id → host entity key
    // Canonical values per cluster on all cores; ids are made unique in cluster order after.
    // (Evidence capped and the host chosen there too.)
    let maxEvidence = self.maxEvidence
    let canonicals = parallelMap(clusters) { c -> (event: Event, host: String?)? in
      guard let first = c.first else { return nil }
      var event = canonical(c, names: names, outlets: outlets)
      let reasons = evidence[first.id] ?? MergeReasons()
      var ev = reasons.entries.smallestSorted(maxEvidence)
      if reasons.count > maxEvidence {
        ev.append(
          Evidence(rule: "resolve.more", note: "\(reasons.count - maxEvidence) further merge reasons are not listed."))
      }
      event.evidence = ev
      return (event, Self.mostCommon(c, \.host))
    }
    var clusterOfEvent: [Int] = []  // each event's cluster, in build order
    clusterOfEvent.reserveCapacity(clusters.count)
    for (c, (cluster, made)) in zip(clusters, canonicals).enumerated() {
      guard let first = cluster.first, let made else { continue }
      var event = made.event
      if !usedIDs.insert(event.id).inserted {
        let minID = cluster.map(\.id).min() ?? first.id
        event.id += "-" + String(StableHash.hex(minID).prefix(6))
        usedIDs.insert(event.id)
      }
      if let host = made.host { hosts[event.id] = host }
      events.append(event)
      clusterOfEvent.append(c)
    }
    // Sort events by time (unknown last), then id.
    // (The keys first: comparing the events themselves copied two events per comparison,
    // a serial fifth of a second at 100,000 documents.)
    let keys = events.map(TimeOrderKey.init)
    let order = events.indices.sorted { keys[$0] < keys[$1] }
    var newIndex = [Int](repeating: 0, count: events.count)
    for (n, i) in order.enumerated() { newIndex[i] = n }
    events = order.map { events[$0] }
    var eventOfCluster = [Int32](repeating: -1, count: clusters.count)
    for (e, c) in clusterOfEvent.enumerated() { eventOfCluster[c] = Int32(newIndex[e]) }
    let eventOf = MentionEvents(clusterAt: clusterAt, eventOfCluster: eventOfCluster, in: extractions)

    // Main event per document. Documents in (id, path) order (the extractions usually stand
    // in it already). One document may come twice: the weights of a run of one id are joined,
    // by position, not in a table of every document (with the summaries, a serial fifth of a
    // second at 100,000 documents).
    let ordered = sortedPositions(extractions, key: \.document, tie: \.path) ?? Array(extractions.indices)
    var runs: [Range<Int>] = []  // places in `ordered` of one document id
    var runStart = 0
    for i in ordered.indices.dropFirst() where extractions[ordered[i - 1]].document != extractions[ordered[i]].document {
      runs.append(runStart..<i)
      runStart = i
    }
    if !ordered.isEmpty { runs.append(runStart..<ordered.count) }
    let mainOfRun = parallelMap(runs) { run in Self.mainEvent(of: ordered[run], extractions, eventOf) }
    // Each extraction's main event (by extraction), which conflict detection reads too.
    var mainOf = [Int?](repeating: nil, count: extractions.count)
    for (run, main) in zip(runs, mainOfRun) { for i in run { mainOf[ordered[i]] = main } }
    let (mains, eventIDs) = (mainOf, events.map(\.id))
    // Fields read in place (a copy of the extraction retained and released all of them).
    let docs = parallelMap(ordered) { k -> TimelineReport.DocumentSummary in
      TimelineReport.DocumentSummary(
        id: extractions[k].document, path: extractions[k].path, title: extractions[k].title,
        outlet: extractions[k].outlet, url: extractions[k].url, author: extractions[k].author,
        published: extractions[k].published, mainEvent: mains[k].map { eventIDs[$0] },
        diagnostics: extractions[k].diagnostics.sorted())
    }
    let conflicts = ConflictDetector(maxSides: maxSides, hosts: hosts).detect(
      events: events, eventOf: eventOf, extractions: extractions, mainEvent: mainOf)
    return TimelineReport(documents: docs, events: events, conflicts: conflicts, diagnostics: diagnostics.sorted())
  }

  /// The main event of the extractions `places` (of one document id): the event with the
  /// greatest weight of their mentions (4 for a main mention, plus 3 in a headline, 1 in the
  /// body, 0 in a caption), then the earliest first mention, then the lowest index; nil when
  /// none weighs anything.
  ///
  /// The weights are summed over the mentions sorted by event (read in place, each once), not
  /// in a hash table per document joined per document id: a table allocated and an integer
  /// hashed per mention, then the tables of a run merged.
  static func mainEvent(of places: ArraySlice<Int>, _ extractions: [DocumentExtraction], _ eventOf: MentionEvents)
    -> Int?
  {
    var weights: [(event: Int, weight: Int, first: Int)] = []  // per mention: (event, weight, -start)
    weights.reserveCapacity(places.reduce(0) { $0 + extractions[$1].mentions.count })
    for x in places {
      for j in extractions[x].mentions.indices {
        guard let e = eventOf[x, j] else { continue }
        let (isMain, role) = (extractions[x].mentions[j].isMain, extractions[x].mentions[j].role)
        let w = (isMain ? 4 : 0) + (role == .headline ? 3 : role == .caption ? 0 : 1)
        weights.append((e, w, -extractions[x].mentions[j].triggerSpan.start))
      }
    }
    weights.sort { $0.event < $1.event }
    var best: (event: Int, weight: Int, first: Int)? = nil
    var k = 0
    while k < weights.count {
      var one = weights[k]
      k += 1
      while k < weights.count, weights[k].event == one.event {
        one.weight += weights[k].weight
        one.first = max(one.first, weights[k].first)
        k += 1
      }
      if let b = best, (one.weight, one.first, -one.event) <= (b.weight, b.first, -b.event) { continue }
      best = one
    }
    guard let best, best.weight > 0 else { return nil }
    return best.event
  }

  /// The timeline's order of events: by earliest day, then latest day and id; events
  /// without a time last, by id.
  struct TimeOrderKey: Comparable {
    var undated: Bool
    var earliest: String
    var latest: String
    var id: String

    init(_ e: Event) {
      undated = e.time?.earliest == nil
      earliest = e.time?.earliest ?? ""
      latest = undated ? "" : e.time?.latest ?? ""
      id = e.id
    }

    static func < (a: Self, b: Self) -> Bool {
      (!a.undated && b.undated)
        || (a.undated == b.undated && (a.earliest, a.latest, a.id) < (b.earliest, b.latest, b.id))
    }
  }

  /// Entity key → display name (the most common full name, ties to the longest, then A–Z).
  ///
  /// Each key is hashed once per entity and its names counted in a short chain of its own
  /// (``NameCount``: a key has a name or two), the entities read in place, and each key's
  /// name chosen in one pass over its chain (``preferred(_:_:over:_:)``). A table keyed by
  /// (key, name) hashed both strings of every entity (two million at 100,000 documents); a
  /// table of names per key cost an allocation per key, two lookups per entity and a sort
  /// per key; and iterating the extractions copied each one.
  static func entityNames(_ extractions: [DocumentExtraction]) -> [String: String] {
    var first: [String: Int32] = [:]  // key → its first name's place in `counted`
    var counted: [NameCount] = []
    for d in extractions.indices {
      for k in extractions[d].entities.indices {
        let name = extractions[d].entities[k].name
        guard let start = first[extractions[d].entities[k].key] else {
          first[extractions[d].entities[k].key] = Int32(counted.count)
          counted.append(NameCount(name: name))
          continue
        }
        var at = Int(start)
        while counted[at].name != name, counted[at].next >= 0 { at = Int(counted[at].next) }
        if counted[at].name == name {
          counted[at].count += 1
        } else {
          counted[at].next = Int32(counted.count)
          counted.append(NameCount(name: name))
        }
      }
    }
    return first.mapValues { start in
      var best = Int(start)
      var at = counted[best].next
      while at >= 0 {
        let c = counted[Int(at)]
        if preferred(c.name, c.count, over: counted[best].name, counted[best].count) { best = Int(at) }
        at = c.next
      }
      return counted[best].name
    }
  }

  /// A name of an entity key and how often it is given (``entityNames(_:)``); `next`: the
  /// place of the key's next name, -1 for none.
  struct NameCount {
    var name: String
    var count = 1
    var next: Int32 = -1
  }

  /// Whether name `a`, seen `na` times, is shown before name `b`, seen `nb` times: the more
  /// common, then the longer, then the first A–Z (distinct names are never tied).
  static func preferred(_ a: String, _ na: Int, over b: String, _ nb: Int) -> Bool {
    (na, a.count, b) > (nb, b.count, a)
  }

  static func displayName(_ key: String, _ names: [String: String]) -> String {
    if let n = names[key] { return n }
    let bare = key.split(separator: ":", maxSplits: 1).last.map(String.init) ?? key
    return bare.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
  }

  /// The canonical event of one cluster.
  ///
  /// The mentions are read in place, in (document, trigger start, id) order through a list of
  /// their indexes: a sorted copy of the cluster, a filtered copy of its body mentions and a
  /// copy of each mention per loop retained every mention (a shared buffer each) about ten
  /// times, at 100,000 documents mostly cache misses on mentions long cold.
  func canonical(_ cluster: [EventMention], names: [String: String], outlets: [String: String?]) -> Event {
    let order = cluster.indices.sorted { a, b in  // by (document, trigger start, id)
      if cluster[a].document != cluster[b].document { return cluster[a].document < cluster[b].document }
      if cluster[a].triggerSpan.start != cluster[b].triggerSpan.start {
        return cluster[a].triggerSpan.start < cluster[b].triggerSpan.start
      }
      return cluster[a].id < cluster[b].id
    }
    let body = order.filter { cluster[$0].role != .caption }
    let core = body.isEmpty ? order : body
    let cls = Self.mostCommon(core) { cluster[$0].eventClass } ?? "event"
    // Time: the narrowest value that overlaps every other timed mention.
    let anyStated = core.contains { cluster[$0].time?.stated == true }
    // The distinct values with a range, each parsed once (`range` parses the value on every
    // read; the compatibility test below reads two per pair of values). The mentions, in
    // document order, repeat a few values in runs: a value is hashed only when it differs from
    // the one before, and parsed only when new (a value made, hashed and parsed per mention was
    // about a thousand instructions). Their order does not matter below.
    var timed: [TemporalValue] = []
    var ranges: [DayRange] = []
    var seen = Set<TemporalValue>()
    var previous: TemporalValue? = nil
    for i in core {
      // The time's fields read in place (binding it copied its five strings).
      guard let stated = cluster[i].time?.stated, stated || !anyStated, let value = cluster[i].time?.value else {
        continue
      }
      let mod = cluster[i].time?.mod
      if let previous, previous.value == value, previous.mod == mod { continue }
      let v = TemporalValue(value, mod: mod)
      previous = v
      guard seen.insert(v).inserted, let r = v.range else { continue }
      timed.append(v)
      ranges.append(r)
    }
    var time: Event.Time?
    // `isCompatible(with:)` of two values with ranges: their ranges overlap.
    let fits = timed.indices.filter { v in timed.indices.allSatisfy { ranges[$0].overlaps(ranges[v]) } }
    let dayLevel = ranges.filter { $0.length <= 3 }
    if !anyStated, let first = ranges.filter({ $0.length == 1 }).map(\.earliest).min() {
      // Only the reports' own dates: the event happened by the first of them.
      time = Event.Time(value: first.description, earliest: first.description, latest: first.description)
    } else if fits.isEmpty || ConflictDetector.disjointPair(dayLevel) != nil, let lo = dayLevel.map(\.earliest).min(),
      let hi = dayLevel.map(\.latest).max(), lo != hi
    {
      // Days of a multi-day event: the span they cover (even when a coarser "2023" fits both).
      time = Event.Time(value: "\(lo)/\(hi)", earliest: lo.description, latest: hi.description)
    } else if let b = (fits.isEmpty ? Array(timed.indices) : fits).min(by: { x, y in  // by `width`, value, mod
      (ranges[x].length, timed[x].value, timed[x].mod ?? "") < (ranges[y].length, timed[y].value, timed[y].mod ?? "")
    }) {
      let (best, r) = (timed[b], ranges[b])
      time = Event.Time(
        value: best.value, mod: best.mod, earliest: r.earliest.description, latest: r.latest.description)
    } else if let v = core.compactMap({ cluster[$0].time?.value }).sorted().first {
      time = Event.Time(value: v)
    }
    let placeKey = Self.mostCommon(core) { cluster[$0].place }
    let place = placeKey.map { Self.displayName($0, names) }
    var partCount: [String: Int] = [:]
    for i in core {
      // Each participant once per mention: the list as it is when sorted and unique (as the
      // merge leaves it), a set only otherwise (a set per mention was most of this loop).
      let ps = cluster[i].participants
      if ps.indices.dropFirst().allSatisfy({ ps[$0 - 1] < ps[$0] }) {
        for p in ps { partCount[p, default: 0] += 1 }
      } else {
        for p in Set(ps) { partCount[p, default: 0] += 1 }
      }
    }
    // A caption that joined the event names who took part too ("Olaf Scholz, right,
    // takes part in …"); it adds participants but does not rank them in the title.
    var everyone = Set(partCount.keys)
    for i in order where cluster[i].role == .caption { everyone.formUnion(cluster[i].participants) }
    // Sorted and made unique without a hash set (``EventResolver/sortedUnique(_:)``), here and
    // for the sources and outlets: the same lists, each string compared, not hashed.
    let participants = EventResolver.sortedUnique(everyone.map { Self.displayName($0, names) })
    // The title names the most reported participants first.
    let byFrequency = partCount.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map {
      Self.displayName($0.key, names)
    }
    // A caption that joined the event may name its ordinal when no body sentence does
    // ("takes part in the fifth session …" under the photo).
    let ordinal =
      (Self.mostCommon(core) { cluster[$0].ordinal.map(String.init) }
      ?? Self.mostCommon(order) { cluster[$0].ordinal.map(String.init) }).flatMap { Int($0) }
    let host = Self.mostCommon(core) { cluster[$0].host }
    var attributes: [String: JSONValue] = [:]
    if let ordinal { attributes["ordinal"] = .number(Double(ordinal)) }
    if let host { attributes["host"] = .string(Self.displayName(host, names)) }
    // The mentions are in document order: each document's run gives it once.
    var sources: [String] = []
    for i in order where sources.last != cluster[i].document { sources.append(cluster[i].document) }
    let outletList = EventResolver.sortedUnique(sources.compactMap { outlets[$0] ?? nil })
    let idBasis = [cls, time?.value ?? "", time?.mod ?? "", placeKey ?? "", ordinal.map(String.init) ?? "", host ?? ""]
      .joined(separator: "|")
    // Each mention's time as the event lists it, built once per (value, mod): the mentions
    // of one event mostly repeat a few values, and parsing each mention's value and writing
    // its two days anew was about 26 million instructions on the 2,000-document corpus.
    // The time listed last is tried first, by comparing the value (mentions in document order
    // repeat it in runs): only a new value is hashed.
    // The time's fields are read in place (passing the time copied its five strings).
    var listed: [String: [(mod: String?, time: Event.Time)]] = [:]
    var last: Event.Time? = nil
    func listedTime(_ i: Int) -> Event.Time? {
      guard let value = cluster[i].time?.value else { return nil }
      let mod = cluster[i].time?.mod
      if let last, last.value == value, last.mod == mod { return last }
      if let known = listed[value]?.first(where: { $0.mod == mod }) {
        last = known.time
        return known.time
      }
      let r = TemporalValue(value, mod: mod).range
      let made = Event.Time(value: value, mod: mod, earliest: r?.earliest.description, latest: r?.latest.description)
      listed[value, default: []].append((mod, made))
      last = made
      return made
    }
    var title = cls.prefix(1).uppercased() + cls.dropFirst()
    if let ordinal { title = "\(Self.ordinalWord(ordinal)) \(cls)" }
    if let place { title += " in \(place)" }
    var seenNames = Set<String>()
    let named = byFrequency.filter { seenNames.insert($0).inserted }.prefix(3)
    if !named.isEmpty { title += " (\(named.joined(separator: ", "))\(participants.count > 3 ? ", …" : ""))" }
    return Event(
      id: "ev-" + String(StableHash.hex(idBasis).prefix(12)), eventClass: cls, title: title, time: time, place: place,
      participants: participants, sources: sources, outlets: outletList, attributes: attributes,
      mentions: order.map { i in
        Event.Mention(
          document: cluster[i].document, line: cluster[i].citation.line, start: cluster[i].citation.start,
          end: cluster[i].citation.end, text: cluster[i].citation.text, expression: cluster[i].time?.expression,
          time: listedTime(i), trigger: cluster[i].trigger, role: cluster[i].role)
      })
  }

  static func ordinalWord(_ n: Int) -> String {
    let words = ["", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
    if n >= 1 && n < words.count { return words[n] }
    let suffix =
      (11...13).contains(n % 100) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th"
    return "\(n)\(suffix)"
  }

  /// ``mostCommon(_:)`` of the values `value` gives for `items` (nil ones left out), read in
  /// place: the list of values (each string retained, for every field of every event) is made
  /// only when they are not all one.
  static func mostCommon<C: Collection>(_ items: C, _ value: (C.Element) -> String?) -> String? {
    var first: String? = nil
    for x in items {
      guard let v = value(x) else { continue }
      guard let f = first else {
        first = v
        continue
      }
      if v != f { return mostCommon(items.compactMap(value)) }
    }
    return first
  }

  /// The most frequent value, ties to the smallest.
  static func mostCommon(_ values: [String]) -> String? {
    // One value throughout (an event's class and place nearly always are): no table of counts
    // (a hash table per call was about 6,000 instructions).
    guard let first = values.first else { return nil }
    if values.allSatisfy({ $0 == first }) { return first }
    var c: [String: Int] = [:]
    for v in values { c[v, default: 0] += 1 }
    return c.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
  }
}

/// A stable 64-bit FNV-1a hash over UTF-8 bytes: the same on every run and machine (unlike
/// `hashValue`, which is seeded per process).
public enum StableHash {
  /// Read over the contiguous UTF-8 bytes (a native string's own storage): iterating the
  /// `utf8` view was about 19 instructions a byte, and every entity key is hashed once per
  /// shard task (``EntityUnifier/keyShard(_:of:)``).
  public static func fnv1a(_ s: String) -> UInt64 {
    var s = s
    return s.withUTF8 { bytes in
      var h: UInt64 = 0xcbf2_9ce4_8422_2325
      for b in bytes {
        h ^= UInt64(b)
        h = h &* 0x0000_0100_0000_01b3
      }
      return h
    }
  }

  /// 16 lowercase hex digits.
  public static func hex(_ s: String) -> String {
    let v = String(fnv1a(s), radix: 16)
    return String(repeating: "0", count: 16 - v.count) + v
  }
}

/// Why the mentions of one event were merged: its evidence entries, or (for a large event)
/// the entries that come first in order among them (``Reconciler/maxEvidence`` or more), and
/// how many there are in all.
public struct MergeReasons: Sendable {
  public var entries: [Evidence]
  /// All the event's entries, written or not (at least `entries.count`).
  public var count: Int

  public init(entries: [Evidence] = [], count: Int? = nil) {
    self.entries = entries
    self.count = max(count ?? entries.count, entries.count)
  }
}
