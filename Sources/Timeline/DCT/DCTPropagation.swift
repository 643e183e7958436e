import Foundation

/// Corpus-level DCT inference: documents without a publication date borrow the year of the
/// events they share with dated documents, then run ``DCTInferrer`` with that year and are
/// re-anchored on the result.
///
/// Linear: one index of dated mentions by `class|MM-DD` and `class|MM`, one lookup per
/// year-less mention. Two rounds, so a document dated in the first round can date another.
struct DCTPropagation {
  var inferrer: DCTInferrer
  var tagger: TemporalTagger

  /// Infers and sets `published` for undated documents and re-anchors their expressions and
  /// mention times. Returns the ids of mentions whose time changed. Running it again on its
  /// own result changes nothing.
  ///
  /// Each round builds the index once, then infers the undated documents on all cores (each
  /// depends only on the index and itself).
  @discardableResult
  func propagate(_ documents: inout [DocumentExtraction]) -> Set<String> {
    var changed = Set<String>()
    guard documents.indices.contains(where: { Self.undated(documents, $0) }) else { return changed }
    // Rounds 1 and 2 take the year from the corpus; the last resort, from the article's own
    // latest full date. The index holds only the days and months the undated documents look
    // up (later rounds look up for fewer of them).
    let wanted = Self.lookedUp(documents.indices.filter { Self.undated(documents, $0) }.map { documents[$0] })
    var index = buildIndex(documents, wanted: wanted)
    for round in 0..<3 {
      let undated = documents.indices.filter { Self.undated(documents, $0) }
      let current = index
      let results = parallelMap(documents, at: undated) { dated($0, index: current, lastResort: round == 2) }
      for (i, result) in zip(undated, results) {
        guard let (document, ids) = result else { continue }
        documents[i] = document
        changed.formUnion(ids)
        index.add(document)  // dated now: it can date others in the next round
      }
    }
    for i in documents.indices where Self.undated(documents, i) {
      guard !documents[i].diagnostics.contains(where: { $0.code == "dct.unknown" }) else { continue }
      documents[i].diagnostics.append(
        Diagnostic(
          .note, code: "dct.unknown", path: documents[i].path,
          message:
            "\(documents[i].path): no publication date is stated and none could be inferred; relative dates stay unresolved."
        ))
    }
    return changed
  }

  /// One undated document with the DCT the corpus index (or, as a last resort, its own
  /// latest full date) gives, re-anchored; with the ids of the mentions whose time changed.
  private func dated(_ doc: DocumentExtraction, index: Index, lastResort: Bool) -> (DocumentExtraction, [String])? {
    guard let hint = yearHint(doc, index: index) ?? (lastResort ? Self.textYear(doc) : nil) else { return nil }
    var links: [Int: String] = [:]
    for m in doc.mentions.sorted(by: { $0.id < $1.id }) where !m.isDatedClause {
      if let span = m.time?.span, links[span.start] == nil { links[span.start] = m.eventClass }
    }
    let result = inferrer.infer(document: doc.document, expressions: doc.expressions, yearHint: hint, links: links) {
      tagger.reanchor($0, dct: $1)
    }
    guard let published = result else { return nil }
    var out = doc
    var changed: [String] = []
    out.published = published
    guard let day = Day(iso: String(published.value.prefix(10))) ?? published.earliest.flatMap({ Day(iso: $0) })
    else { return (out, changed) }
    // A coarse DCT (a month, a year) fixes the year of year-less dates, nothing finer.
    let coarse = Day(iso: published.value) == nil
    func follows(_ a: RelativeSpec) -> Bool {
      !coarse || a.form.hasPrefix("monthday") || a.form.hasPrefix("yearless")
    }
    out.expressions = doc.expressions.map { e in
      e.anchor.map(follows) == true ? tagger.reanchor(e, dct: day) : e
    }
    for j in out.mentions.indices {
      let m = out.mentions[j]
      guard let t = m.time, let anchor = t.anchor, follows(anchor) else { continue }
      if anchor.form == "dct" {  // the document's reference time
        if t.value != day.description {
          out.mentions[j].time?.value = day.description
          out.mentions[j].time?.mod = nil
          changed.append(m.id)
        }
        continue
      }
      let r = tagger.reanchor(t.expression(at: m.triggerSpan), dct: day)
      if r.value != t.value || r.mod != t.mod {
        out.mentions[j].time?.value = r.value
        out.mentions[j].time?.mod = r.mod
        changed.append(m.id)
      }
    }
    return (out, changed)
  }

  /// Whether document `i` has no publication date, told by the optional's case alone (`== nil`
  /// copied the date, its strings and evidence retained and released, for every document in
  /// each of the three rounds, on one core).
  @inline(__always) static func undated(_ documents: [DocumentExtraction], _ i: Int) -> Bool {
    if case .none = documents[i].published { return true }
    return false
  }

  /// The days and months whose index keys ``yearHint(_:index:)`` may look up for `undated`:
  /// each year-less date of a mention that tells its article's news (its day, or its month
  /// when it gives none), and for an article with a wire dateline the whole months around the
  /// dateline's (``datelineVotes(_:index:votes:why:)`` looks up its month and the next, and the
  /// days its weekdays fall on). An index of the other days' entries would never be read: on
  /// the generated corpora most of the index.
  static func lookedUp(_ undated: [DocumentExtraction]) -> Index.Days {
    var days = Index.Days()
    for doc in undated {
      for m in doc.mentions where m.tellsItsArticle {
        guard let t = m.time, t.value.hasPrefix("XXXX-") else { continue }
        let p = ValueParts("0000" + t.value.dropFirst(4))
        guard let month = p.month else { continue }
        days.insert(month: month, day: p.day ?? 0)
      }
      if let dateline = WireDateline.day(doc.expressions) {
        days.insert(month: dateline.month, day: 0)  // (a month out of range: every key)
        for month in [dateline.month + 10, dateline.month + 11, dateline.month + 12] { days.insert(month: month % 12 + 1) }
      }
    }
    return days
  }

  /// The rule id of ``textYear(_:)``'s evidence.
  static let textYearRule = "dct.text-year"

  /// The year of the latest full date (day or month) the article states, as a weak hint.
  static func textYear(_ doc: DocumentExtraction) -> DCTInferrer.YearHint? {
    let full = doc.expressions.filter { e in
      guard e.anchor == nil, e.kind == .date, e.rule != BirthDate.rule else { return false }
      let p = ValueParts(e.value)
      return p.year != nil && p.month != nil
    }
    guard let latest = full.max(by: { ($0.value, $1.span.start) < ($1.value, $0.span.start) }), let y = ValueParts(latest.value).year
    else { return nil }
    return DCTInferrer.YearHint(
      year: y,
      evidence: [
        Evidence(
          rule: textYearRule, note: "No other article shares a dated event; the year comes from the latest full date, '\(latest.text)'.",
          citation: Citation(document: doc.document, span: latest.span, text: latest.text))
      ])
  }

  struct Index {
    /// A key of the index: a class on a month or a day, narrowed to a meeting series or a
    /// place, or any class on a day or a month.
    ///
    /// Its strings (the class, the series or place, the kind) are ids of the index's
    /// ``Vocabulary``: a key is plain data, hashed and compared as integers. (Keys of strings
    /// retained and released three strings per entry, and compared them on every lookup that
    /// hit: most of the index's time, which was 3% of a run on the 2,000-document corpus.)
    struct Key: Hashable, Sendable {
      enum Scope: UInt8, Sendable { case series, kindInPlace, place, eventClass, anyClass }
      let scope: Scope
      let month: Int32
      /// 0: the whole month.
      let day: Int32
      /// The class's id; ``none`` for `anyClass`.
      let eventClass: Int32
      /// The series's or the place's id; ``none`` for the other scopes.
      let name: Int32
      /// The id of the kind of incident (``TriggerLexicon/kind(of:)``) for `kindInPlace`, else
      /// ``none``.
      let kind: Int32

      /// The id of a field the scope does not have.
      static let none: Int32 = -1
      /// The id of a string the vocabulary lacks (a lookup key only): no key of the index
      /// holds it.
      static let absent: Int32 = .min

      init(scope: Scope, eventClass: Int32 = none, name: Int32 = none, kind: Int32 = none, month: Int, day: Int) {
        (self.scope, self.eventClass, self.name, self.kind) = (scope, eventClass, name, kind)
        (self.month, self.day) = (Int32(truncatingIfNeeded: month), Int32(truncatingIfNeeded: day))
      }

      /// The same key with each id `k` (of one chunk's own vocabulary) replaced by `map[k]`.
      func remapped(_ map: [Int32]) -> Key {
        func m(_ k: Int32) -> Int32 { k < 0 ? k : map[Int(k)] }
        return Key(
          scope: scope, eventClass: m(eventClass), name: m(name), kind: m(kind), month: Int(month), day: Int(day))
      }

      /// All fields folded into one word by multiply-xorshift steps (``mix(_:_:)``): hashed
      /// by the shard's table once, and read by ``shard(of:)``.
      var folded: Int {
        let date = Int(month) | Int(day) << 32
        let head = Int(eventClass) &* 8 | Int(scope.rawValue)
        return Self.mix(Self.mix(Self.mix(date, head), Int(name)), Int(kind))
      }

      /// `h` and `x` folded into one hash (the last xorshift spreads the high bits into the low
      /// ones, which ``shard(of:)`` reads).
      @inline(__always) static func mix(_ h: Int, _ x: Int) -> Int {
        var v = UInt(bitPattern: h) &* 0x9E37_79B9_7F4A_7C15 ^ UInt(bitPattern: x)
        v = (v ^ v >> 32) &* 0xD6E8_FEB8_6659_FD93
        return Int(bitPattern: v ^ v >> 32)
      }

      func hash(into hasher: inout Hasher) { hasher.combine(folded) }

      /// The index shard of this key among `count`.
      func shard(of count: Int) -> Int { count <= 1 ? 0 : Int(UInt(bitPattern: folded) % UInt(count)) }
    }

    /// The strings of the keys (classes, series, places, kinds) by id. One id space for all
    /// of them: a key's fields say which string is which.
    struct Vocabulary: Sendable {
      private(set) var ids: [String: Int32] = [:]
      /// The strings by id.
      private(set) var strings: [String] = []

      /// The id of `s`, a new one if it has none yet.
      mutating func id(_ s: String) -> Int32 {
        if let k = ids[s] { return k }
        let k = Int32(strings.count)
        ids[s] = k
        strings.append(s)
        return k
      }

      /// The id of `s`; ``Key/absent`` if it has none (no key holds it).
      func lookup(_ s: String) -> Int32 { ids[s] ?? Key.absent }
    }

    /// The ids of the strings a mention's keys are made of (``keys(_:month:day:)``), found once
    /// for all its keys.
    struct Parts {
      let eventClass: Int32
      let series: Int32?
      let place: Int32?
      /// The kind of incident of a placed mention's trigger.
      let kind: Int32?

      /// The parts of `m`, each string's id given by `id`.
      init(_ m: EventMention, _ id: (String) -> Int32) {
        eventClass = id(m.eventClass)
        series = m.attributes["series"].map(id)
        place = m.place.map(id)
        kind = m.place == nil ? nil : TriggerLexicon.kind(of: m.trigger).map(id)
      }
    }

    /// Where a key and year were first reported (by document, then offset, as citations are
    /// ordered); the evidence names its document.
    struct Source: Comparable, Sendable {
      var document: String
      var start: Int
      var end: Int

      init(_ c: Citation) { (document, start, end) = (c.document, c.start, c.end) }

      static func < (a: Self, b: Self) -> Bool { (a.document, a.start, a.end) < (b.document, b.start, b.end) }
    }

    /// The years of one key, each with its count and first source, in order of first entry: a
    /// key holds a few years, found by a short scan (a hash table per key was one more
    /// allocation per key and one more hashed lookup per entry).
    typealias YearList = [(year: Int, count: Int, source: Source)]
    typealias Years = [Key: YearList]
    /// Key → years (count, the first source), split by key hash into shards that are filled
    /// on all cores (``DCTPropagation/buildIndex(_:wanted:)``).
    var shards: [Years]
    /// The strings of the keys.
    var vocabulary: Vocabulary
    /// The days and months whose keys the index holds (the others are never looked up).
    var wanted: Days

    init(shards: [Years] = [[:]], vocabulary: Vocabulary = Vocabulary(), wanted: Days = Days(all: true)) {
      self.shards = shards.isEmpty ? [[:]] : shards
      self.vocabulary = vocabulary
      self.wanted = wanted
    }

    /// A set of (month, day) pairs, day 0 standing for the whole month's keys; a month or day
    /// out of range makes it hold every pair.
    struct Days: Sendable {
      private var flags = [Bool](repeating: false, count: 13 * 32)
      private var all: Bool

      init(all: Bool = false) { self.all = all }

      /// Adds one month's key (`day` 0) or one day's.
      mutating func insert(month: Int, day: Int) {
        guard (1...12).contains(month), (0...31).contains(day) else {
          all = true
          return
        }
        flags[month * 32 + day] = true
      }

      /// Adds the month's key and every day's of it.
      mutating func insert(month: Int) { for day in 0...31 { insert(month: month, day: day) } }

      func contains(month: Int, day: Int) -> Bool {
        all || ((1...12).contains(month) && (0...31).contains(day) && flags[month * 32 + day])
      }
    }

    /// The years (with counts and the first source) of dated mentions under `key`.
    subscript(key: Key) -> [Int: (Int, Source)]? {
      shards[key.shard(of: shards.count)][key].map { list in
        Dictionary(uniqueKeysWithValues: list.lazy.map { ($0.year, ($0.count, $0.source)) })
      }
    }

    /// The id of `s` in keys to look up (``Key/absent`` when no key holds it).
    func id(_ s: String) -> Int32 { vocabulary.lookup(s) }

    /// The index keys of a mention on `month` and `day` (0: the month), most specific first,
    /// with the weight a match on each carries: the same meeting series, then the same kind of
    /// incident in the same place (an undated report of "the landslide near Quito on June 16"
    /// is dated by the landslide's reports, not by an earthquake there on June 16 of another
    /// year), then the same place, then the class alone (at 100,000 articles some meeting
    /// falls on every day of the year).
    func keys(_ m: EventMention, month: Int, day: Int) -> [(key: Key, weight: Int, why: String)] {
      Self.keys(Parts(m, vocabulary.lookup), month: month, day: day)
    }

    /// ``keys(_:month:day:)`` of a mention's ``Parts``.
    static func keys(_ m: Parts, month: Int, day: Int) -> [(key: Key, weight: Int, why: String)] {
      var out: [(key: Key, weight: Int, why: String)] = []
      out.reserveCapacity(4)
      forEachKey(m, month: month, day: day) { out.append(($0, $1, $2)) }
      return out
    }

    /// Calls `body` with each of ``keys(_:month:day:)``, in order, without an array (the index
    /// makes one per dated mention and day).
    @inline(__always) static func forEachKey(_ m: Parts, month: Int, day: Int, _ body: (Key, Int, String) -> Void) {
      if let series = m.series {
        body(Key(scope: .series, eventClass: m.eventClass, name: series, month: month, day: day), 9, " of the same series")
      }
      if let place = m.place {
        if let kind = m.kind {
          body(
            Key(scope: .kindInPlace, eventClass: m.eventClass, name: place, kind: kind, month: month, day: day), 5,
            " of the same kind in the same place")
        }
        body(Key(scope: .place, eventClass: m.eventClass, name: place, month: month, day: day), 3, " in the same place")
      }
      body(Key(scope: .eventClass, eventClass: m.eventClass, month: month, day: day), 1, "")
    }

    /// Entries of the index (a key, a year and where it was reported), field by field: each
    /// shard's fill reads every entry's key, plain data, and copies only its own entries'
    /// sources (whole entries were copied, their documents retained and released, by every
    /// shard).
    struct Entries: Sendable {
      var keys: [Key] = []
      var years: [Int] = []
      var sources: [Source] = []

      mutating func append(_ key: Key, _ year: Int, _ source: Source) {
        keys.append(key)
        years.append(year)
        sources.append(source)
      }
    }

    /// Counts the stated, dated mentions of a dated document (captions aside).
    mutating func add(_ d: DocumentExtraction) {
      var entries = Entries()
      Self.entries(d, vocabulary: &vocabulary, wanted: wanted, into: &entries)
      for (i, k) in entries.keys.enumerated() {
        Self.insert(k, entries.years[i], entries.sources[i], into: &shards[k.shard(of: shards.count)])
      }
    }

    /// Appends to `out` what a dated document adds to the index: a key (its strings interned in
    /// `vocabulary`), the year and the source, once per key of each stated, dated mention on
    /// a month or day in `wanted`.
    ///
    /// A mention's parts are interned once for both its days, and taken over from the mention
    /// before when its class, series, place and trigger are the same strings: a document's
    /// mentions repeat them, and interning them anew hashed three or four strings and looked
    /// the trigger up in the lexicon.
    static func entries(_ d: DocumentExtraction, vocabulary: inout Vocabulary, wanted: Days, into out: inout Entries) {
      guard d.published != nil else { return }
      var last: (eventClass: String, series: String?, place: String?, trigger: String, parts: Parts)? = nil
      for m in d.mentions where m.tellsItsArticle {
        // The time's fields read in place (binding it copied its five strings).
        guard m.time?.stated == true, let value = m.time?.value, !value.hasPrefix("X") else { continue }
        let p = ValueParts(value)
        guard let y = p.year, let month = p.month else { continue }
        let monthWanted = wanted.contains(month: month, day: 0)
        let day = p.day.flatMap { wanted.contains(month: month, day: $0) ? $0 : nil }
        guard monthWanted || day != nil else { continue }
        let source = Source(m.citation)
        let series = m.attributes.isEmpty ? nil : m.attributes["series"]
        let parts: Parts
        if let l = last, l.eventClass == m.eventClass, l.series == series, l.place == m.place, l.trigger == m.trigger {
          parts = l.parts
        } else {
          parts = Parts(m) { vocabulary.id($0) }
          last = (m.eventClass, series, m.place, m.trigger, parts)
        }
        // The month's keys, then the day's (no array of days, none of keys).
        func add(day: Int) {
          forEachKey(parts, month: month, day: day) { key, _, _ in out.append(key, y, source) }
          out.append(Key(scope: .anyClass, month: month, day: day), y, source)
        }
        if monthWanted { add(day: 0) }
        if let day { add(day: day) }
      }
    }

    /// Counts one entry (a sum and a minimum: the order of insertion does not matter).
    static func insert(_ k: Key, _ y: Int, _ source: Source, into years: inout Years) {
      // One lookup of the key, its years changed in place; counted and kept in place (`min`
      // and a new tuple copied the source and dropped the old one, two copies per entry).
      Self.update(&years[k, default: []]) { list in
        if let i = list.firstIndex(where: { $0.year == y }) {
          list[i].count += 1
          if source < list[i].source { list[i].source = source }
        } else {
          list.append((y, 1, source))
        }
      }
    }

    @inline(__always) private static func update<T>(_ value: inout T, _ body: (inout T) -> Void) { body(&value) }
  }

  /// The index of all dated documents; their keys are computed on all cores, a slice of
  /// documents at a time (the whole corpus's entries at once, a few keys and a citation per
  /// dated mention, took 370 MB more resident at 100,000 documents only to be folded into
  /// the index).
  ///
  /// Each chunk of a slice interns its keys' strings in its own vocabulary (on all cores); the
  /// chunks' vocabularies are then joined in chunk order into the index's (one lookup per
  /// distinct string of a chunk), and each shard is filled by its own task (a single filling
  /// task was a serial second and a half at 100k documents), remapping the chunks' keys as it
  /// reads them.
  func buildIndex(_ documents: [DocumentExtraction], wanted: Index.Days = Index.Days(all: true)) -> Index {
    let count = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let tables = Slots<Index.Years>(taking: Array(repeating: [:], count: count))
    var vocabulary = Index.Vocabulary()
    for slice in chunkRanges(documents.count, size: 4096) {
      let chunks = parallelMap(chunkRanges(slice.count, size: 256)) { range -> (Index.Entries, [String]) in
        var local = Index.Vocabulary()
        var entries = Index.Entries()
        for d in range {
          Index.entries(documents[slice.lowerBound + d], vocabulary: &local, wanted: wanted, into: &entries)
        }
        return (entries, local.strings)
      }
      let maps = chunks.map { $0.1.map { vocabulary.id($0) } }
      // Each chunk's keys in the index's vocabulary, with their shards, found once (every
      // shard's task remapped and hashed every key again to find its own).
      let placed = parallelMap(Array(chunks.indices)) { c -> (keys: [Index.Key], shards: [Int]) in
        let keys = chunks[c].0.keys.map { $0.remapped(maps[c]) }
        return (keys, keys.map { $0.shard(of: count) })
      }
      tables.updateAll { s, years in
        for c in chunks.indices {
          let (entries, (keys, shards)) = (chunks[c].0, placed[c])
          for i in keys.indices where shards[i] == s {
            Index.insert(keys[i], entries.years[i], entries.sources[i], into: &years)
          }
        }
      }
    }
    return Index(shards: tables.values(), vocabulary: vocabulary, wanted: wanted)
  }

  func yearHint(_ doc: DocumentExtraction, index: Index) -> DCTInferrer.YearHint? {
    var votes: [Int: Int] = [:]
    var why: [Int: [Evidence]] = [:]
    for m in doc.mentions where m.tellsItsArticle {
      guard let t = m.time, t.value.hasPrefix("XXXX-") else { continue }
      let p = ValueParts("0000" + t.value.dropFirst(4))
      guard let month = p.month else { continue }
      var lookups = index.keys(m, month: month, day: p.day ?? 0)
      if let day = p.day {
        lookups += [(Index.Key(scope: .anyClass, month: month, day: day), 1, "")]
      }
      guard let (found, weight, level) = lookups.lazy.compactMap({ l in index[l.key].map { ($0, l.weight, l.why) } }).first
      else { continue }
      // "May 25 last year": the event's year is the article's moved by the shift.
      let shift = t.anchor?.semantics?.yearShift ?? 0
      for y in found.keys.sorted() {
        guard let (n, c) = found[y] else { continue }
        votes[y - shift, default: 0] += n * weight
        let year = shift == 0 ? "year \(y)" : "year \(y), so the article's is \(y - shift)"
        why[y - shift, default: []].append(
          Evidence(
            rule: "dct.corpus-shared-event",
            note: "The \(m.eventClass) '\(t.expression ?? m.trigger)' matches a dated report\(level) (\(c.document), \(year)).",
            citation: m.citation))
      }
    }
    datelineVotes(doc, index: index, votes: &votes, why: &why)
    Self.storyYearVotes(doc, votes: &votes, why: &why)
    guard let best = votes.sorted(by: { ($0.value, $0.key) > ($1.value, $1.key) }).first else { return nil }
    return DCTInferrer.YearHint(year: best.key, evidence: Array((why[best.key] ?? []).prefix(5)))
  }

  /// "Who are the 2022 Nobel Peace Prize winners" over "this year's peace prize": when a main
  /// mention calls the story's event "this year's", the year the headline states for that
  /// event is the article's year. It outvotes the corpus, whose dated reports may share a
  /// year-less date of another edition ("to receive the prize in Oslo on 10 December").
  static func storyYearVotes(_ doc: DocumentExtraction, votes: inout [Int: Int], why: inout [Int: [Evidence]]) {
    let thisYear = doc.mentions.contains { m in
      guard m.isMain, m.role != .caption, case .shift(.year, 0, _)? = m.time?.anchor?.semantics else { return false }
      return true
    }
    guard thisYear else { return }
    for m in doc.mentions where m.isMain && m.role == .headline {
      guard let t = m.time, t.anchor == nil, t.value.utf8.count == 4, let y = Int(t.value) else { continue }
      votes[y, default: 0] += storyYearWeight
      why[y, default: []].insert(
        Evidence(
          rule: storyYearRule,
          note: "The headline dates the story's \(m.eventClass) to \(y), and the article calls it this year's.",
          citation: m.citation), at: 0)
      return
    }
  }

  /// The rule id of ``storyYearVotes(_:votes:why:)``'s evidence, which ``fromMainEvents``
  /// also reads: such a year is not overruled by another edition's report.
  static let storyYearRule = "dct.story-year"

  /// The votes of ``storyYearVotes(_:votes:why:)``: more than the corpus's matches of a
  /// year-less date (a count of reports times a weight of at most 9) commonly reach.
  static let storyYearWeight = 100

  /// A wire dateline's day without its year ("June 10 (Reuters)") and the weekdays the story
  /// names: "will meet on Friday", read in year Y, lands on a day other reports date an event
  /// of that class (and place) in year Y. Each such year gets the votes of a year-less date.
  func datelineVotes(_ doc: DocumentExtraction, index: Index, votes: inout [Int: Int], why: inout [Int: [Evidence]]) {
    guard let dateline = WireDateline.day(doc.expressions) else { return }
    for m in doc.mentions where m.tellsItsArticle {
      guard let t = m.time, t.anchor?.form.hasPrefix("weekday:") == true else { continue }
      let e = t.expression(at: m.triggerSpan)
      // The years in which other reports date an event of this class in the dateline's month
      // or the next.
      var years = Set<Int>()
      for month in [dateline.month, dateline.month % 12 + 1] {
        if let found = index[Index.Key(scope: .eventClass, eventClass: index.id(m.eventClass), month: month, day: 0)] {
          years.formUnion(found.keys)
        }
      }
      for y in years.sorted() where Day.isValid(y, dateline.month, dateline.day) {
        guard let r = tagger.reanchor(e, dct: Day(y, dateline.month, dateline.day)).temporalValue.range, r.length == 1
        else { continue }
        let day = r.earliest
        guard
          let (n, c, weight) = index.keys(m, month: day.month, day: day.day).lazy.compactMap({ l in
            index[l.key]?[day.year].map { ($0.0, $0.1, l.weight) }
          }).first
        else { continue }
        votes[day.year, default: 0] += n * weight
        why[day.year, default: []].append(
          Evidence(
            rule: "dct.dateline-weekday",
            note:
              "Filed on '\(dateline.expression.text)' of \(day.year), '\(t.expression ?? m.trigger)' is \(day), when a dated report (\(c.document)) has a \(m.eventClass).",
            citation: m.citation))
      }
    }
  }

  /// Whether `mentions[k]` may date its document in ``fromMainEvents(_:clusters:weak:tagger:)``:
  /// a main mention of a weak document (`weak`: its document is one), or a mention that counts
  /// days from the event (``Counted``) in a document without a stated date (`notStated`); both
  /// outside captions. The mention is read in place (``anyMayDate(_:weak:notStated:)``).
  static func mayDate(_ mentions: [EventMention], _ k: Int, weak: Bool, notStated: Bool) -> Bool {
    guard mentions[k].role != .caption else { return false }
    if mentions[k].isMain && weak { return true }
    return notStated && countedDays(mentions[k]) != nil
  }

  /// Whether any of `mentions` may date its document (``mayDate(_:_:weak:notStated:)``), each
  /// document looked up in `weak` and `notStated` once per run of its mentions: a cluster's
  /// mentions come a document at a time (id order), and each mention's lookups hashed its
  /// document's id again. The mentions are read in place: a copy of each retained its shared
  /// buffer (every mention of every cluster; at 100,000 documents a cache miss each).
  static func anyMayDate(_ mentions: [EventMention], weak: Set<String>, notStated: Set<String>) -> Bool {
    var document: String? = nil  // of the run
    var (isWeak, isNotStated) = (false, false)
    for k in mentions.indices where mentions[k].role != .caption {
      if document != mentions[k].document {
        document = mentions[k].document
        (isWeak, isNotStated) = (weak.contains(mentions[k].document), notStated.contains(mentions[k].document))
      }
      if mayDate(mentions, k, weak: isWeak, notStated: isNotStated) { return true }
    }
    return false
  }

  /// Documents whose date is unknown or only coarse (confidence below 0.3) and whose main
  /// event was matched to a dated event other articles report: the DCT is that day or the
  /// week after it (`dct.shared-main-event`).
  ///
  /// Within that week, the article's own weekdays choose the day: "held talks … on Sunday"
  /// about a summit that opened on Saturday was written on Sunday or later
  /// (`dct.weekday-after-event`); the window is that day and the next. A wire dateline's day
  /// ("June 10 (Reuters)") is the day itself, in the latest year that puts it no more than a
  /// month after the event (`dct.wire-dateline`). The document's relative expressions and mention times are then
  /// re-anchored on the day. Returns the ids of the documents dated this way.
  ///
  /// A headline or lede that counts from an event ("13 days after the fire") dates the story
  /// from that event's first stated day in articles that state their own date
  /// (`dct.reference-offset`): a weak document, when that day is later than its main event's;
  /// an inferred one, when that day is later than its whole window (its evidence could not
  /// see the count).
  @discardableResult
  static func fromMainEvents(
    _ documents: inout [DocumentExtraction], clusters: [[EventMention]], weak: Set<String>,
    tagger: TemporalTagger = TemporalTagger()
  ) -> Set<String> {
    var windows: [String: Day] = [:]
    // Documents read in place here and below (a copy of each retained and released every field).
    for i in documents.indices where !weak.contains(documents[i].document) {
      guard let p = documents[i].published, p.source == .inferred, let l = p.latest.flatMap({ Day(iso: $0) }) else {
        continue
      }
      windows[documents[i].document] = l
    }
    let inferredLatest = windows  // inferred, not weak: the end of the window
    let notStated = weak.union(inferredLatest.keys)
    // Each cluster's day and the weak documents it dates, on all cores; then the earliest
    // (day, source) per document.
    let found = parallelMap(clusters) { c -> (main: (day: Day, source: Citation, documents: [String])?, counted: [Counted]) in
      // Only a cluster with a main mention of a weak document (`main`) or a counted mention of
      // a document without a stated date (`counted`) gives anything: the others' days are not
      // worked out (most clusters; their mentions' times were parsed and their documents
      // looked up several times each).
      guard Self.anyMayDate(c, weak: weak, notStated: notStated) else { return (nil, []) }
      // The day the reports state; else the one all reports imply (their articles' days).
      // Each mention's one day, found once (each was parsed from its time, and its document
      // looked up, four to six times below).
      let oneDay = c.map { m -> Day? in
        guard let r = EventResolver.range(m), r.length == 1, !weak.contains(m.document) else { return nil }
        return r.earliest
      }
      // Mentions by index in `c`, in order.
      let stated = c.indices.filter { c[$0].time?.stated == true && oneDay[$0] != nil }
      let statedAgree = stated.first.map { s in stated.allSatisfy { oneDay[$0] == oneDay[s] } } ?? false
      let dated = statedAgree ? stated : c.indices.filter { oneDay[$0] != nil }
      let days = dated.compactMap { oneDay[$0] }
      // "13 days after a wind-driven fire destroyed the town" counts from the event's first
      // day: the earliest the reports state, when they span a few days.
      var counted: [Counted] = []
      let own = stated.filter { !notStated.contains(c[$0].document) }
      let statedDays = own.compactMap { oneDay[$0] }
      if let first = statedDays.min(), let last = statedDays.max(), last.ordinal - first.ordinal <= 3,
        let source = own.filter({ oneDay[$0] == first }).map({ c[$0].citation }).min()
      {
        counted = c.compactMap { m -> Counted? in
          guard notStated.contains(m.document), let n = Self.countedDays(m) else { return nil }
          return Counted(m, days: n, from: first, source: source)
        }
      }
      var day: Day
      var source: Citation
      if let d = days.min(), let last = days.max(), last.ordinal - d.ordinal <= Self.multiDaySpan,
        let s = dated.filter({ oneDay[$0] == d }).map({ c[$0].citation }).min()
      {
        // One day, or the first of an event of a few days (a two-day summit that one report
        // opens "on Wednesday evening" and another ends "on Thursday"): news of it, or a
        // preview on its eve, is dated from its first day.
        (day, source) = (d, s)
      } else if days.isEmpty,
        let first = c.filter({ !weak.contains($0.document) && $0.time?.stated == false && $0.role != .caption })
          .compactMap({ m in m.time?.temporalValue.range.flatMap { $0.length == 1 ? ($0.earliest, m.citation) : nil } })
          .min(by: { ($0.0, $0.1) < ($1.0, $1.1) })
      {
        // No report states the day: the first dated report of the event bounds it.
        (day, source) = first
      } else {
        return (nil, counted)
      }
      let documents = c.compactMap { $0.isMain && weak.contains($0.document) && $0.role != .caption ? $0.document : nil }
      return (documents.isEmpty ? nil : (day, source, documents), counted)
    }
    var dayOf: [String: (Day, Citation)] = [:]  // document → the day of its main event, from another document
    var countedOf: [String: Counted] = [:]  // document → its latest counted day from a dated event
    // A year the headline states for the story's "this year's" event (`dct.story-year`) is
    // not overruled by another edition's report of the same kind.
    var storyYear: [String: Int] = [:]
    for i in documents.indices where weak.contains(documents[i].document) {
      guard let p = documents[i].published, p.evidence.contains(where: { $0.rule == storyYearRule }),
        let y = ValueParts(p.value).year
      else { continue }
      storyYear[documents[i].document] = y
    }
    for (main, counted) in found {
      if let (day, source, documents) = main {
        for document in documents {
          if let y = storyYear[document], y != day.year { continue }
          if let old = dayOf[document], (old.0, old.1) <= (day, source) { continue }
          dayOf[document] = (day, source)
        }
      }
      for c in counted {
        if let old = countedOf[c.document], (old.day, old.mention.citation) >= (c.day, c.mention.citation) { continue }
        countedOf[c.document] = c
      }
    }
    // "brought out alive on Friday afternoon, 17 days after it collapsed … The eight-storey
    // Rana Plaza came down at about 8:45 a.m. on April 24": a count whose event no dated
    // report joined counts from the day its own article states for an event of that class.
    // Else ("left the base on Friday, eight days after she was freed by Russia") from the
    // earliest day the article of the story it tells (``sharedStories``) gives an event of
    // that class.
    var pending: [Int] = []
    for i in documents.indices where notStated.contains(documents[i].document) && countedOf[documents[i].document] == nil {
      if let c = Self.countedInArticle(documents[i]) {
        countedOf[documents[i].document] = c
      } else if documents[i].mentions.contains(where: { Self.countedDays($0) != nil }) {
        pending.append(i)
      }
    }
    let stories = Self.sharedStories(documents, undated: pending, weak: weak)
    for i in pending {
      guard let story = stories[documents[i].document],
        let c = Self.countedInArticle(documents[i], from: documents[story.article])
      else { continue }
      countedOf[documents[i].document] = c
    }
    // "walked through the burned streets of Lahaina on Monday, 13 days after a wind-driven fire
    // destroyed most of the historic town": the story's time is counted from an event other
    // reports date, later than that event (a follow-up: a visit, a funeral, a march). It
    // dates the story when it is later than the story's main event.
    for (document, c) in countedOf {
      if let latest = inferredLatest[document] {
        guard latest < c.day else { continue }
      } else {
        guard dayOf[document].map({ $0.0 < c.day }) ?? true else { continue }
      }
      dayOf[document] = (c.day, c.source)
    }
    // An article with no date at all that neither its main event nor a count dates tells the
    // story of the dated article whose salient names it shares most (`dct.shared-story`).
    var told = Self.sharedStories(documents, undated: documents.indices.filter { i in
      if case .none = documents[i].published { return dayOf[documents[i].document] == nil }
      return false
    }, weak: weak)
    // So does one whose year came only from its own latest full date (`dct.text-year`, the
    // last resort of ``propagate(_:)``) when that date is not its main event's and the story
    // is of a later year: such a date is history ("the Wright Flyer … in December 1903", "the
    // Mariana disaster of November 2015"), while "The summit opened in Glasgow on October 31,
    // 2021" is the article's own news, and a story of an earlier year than a date the article
    // states cannot be the article's. Asked apart, after the undated: such an article may
    // still be the story an undated one tells.
    var textYears: [String: Int] = [:]  // such an article → the year of its date
    var historical: [Int] = []
    for i in documents.indices where dayOf[documents[i].document] == nil {
      guard let p = documents[i].published, p.evidence.first?.rule == Self.textYearRule,
        let cited = p.evidence.first?.citation,
        let year = documents[i].expressions.first(where: { $0.span.start == cited.start }).flatMap({ ValueParts($0.value).year })
      else { continue }
      let ownNews = documents[i].mentions.contains { m in
        m.isMain && m.time?.span.map { $0.start == cited.start && $0.end == cited.end } == true
      }
      guard !ownNews else { continue }
      textYears[documents[i].document] = year
      historical.append(i)
    }
    for (document, found) in Self.sharedStories(documents, undated: historical, weak: weak)
    where found.day.year > textYears[document] ?? .max {
      told[document] = found
    }
    let story = told
    for (document, found) in story { dayOf[document] = (found.day, found.source) }
    let countedUsed = countedOf.filter { dayOf[$0.key]?.0 == $0.value.day }
    // The documents so dated, re-anchored on all cores.
    let targets = documents.indices.filter { dayOf[documents[$0].document] != nil }
    let days = dayOf
    let updated = parallelMap(documents, at: targets) { target -> DocumentExtraction in
      var document = target
      guard let (day, source) = days[document.document] else { return document }
      // An inferred window the count overrules is dropped with its evidence; so is a year from
      // the article's own latest full date that its story overrules.
      let overruled = inferredLatest[document.document] != nil || story[document.document] != nil
      var evidence = overruled ? [] : document.published?.evidence ?? []
      if let c = countedUsed[document.document] {
        let m = c.mention
        let direction = m.attributes[MentionFinder.referenceKey] ?? "after"
        evidence.append(
          Evidence(
            rule: "dct.reference-offset",
            note:
              "The article counts its time \(m.attributes[MentionFinder.referenceDaysKey] ?? "") day(s) \(direction) the \(m.eventClass) of \(c.eventDay) that \(source.document) dates: \(day); news appears on the day or just after.",
            citation: m.citation))
        evidence.append(
          Evidence(rule: "dct.reference-offset", note: "\(source.document) dates the \(m.eventClass) \(c.eventDay).", citation: c.source))
      } else if let found = story[document.document] {
        let names = "The article names \(found.shared) of the same people, places or organizations as \(source.document) (\(Int((found.jaccard * 100).rounded()))% of their salient names)"
        if let m = found.matched {
          let weekday = m.time?.expression ?? m.trigger
          evidence.append(
            Evidence(
              rule: "dct.shared-story",
              note: "\(names), which dates to \(day) the \(m.eventClass) the article puts on that weekday, '\(weekday)'.",
              citation: source))
          evidence.append(Evidence(rule: "dct.shared-story", note: "The \(m.eventClass) '\(weekday)'.", citation: m.citation))
        } else {
          evidence.append(
            Evidence(
              rule: "dct.shared-story",
              note: "\(names), whose main event is of \(day): it tells that story, on the day or in the week after.",
              citation: source))
        }
      } else {
        evidence.append(
          Evidence(
            rule: "dct.shared-main-event",
            note:
              "The article reports as its main event the event of \(day) that \(source.document) dates; news appears on the day or just after.",
            citation: source))
      }
      var (dct, weekdays) = dayAfterWeekdays(
        document.expressions, eventDay: day, known: countedUsed[document.document]?.eventDay, tagger: tagger)
      var latest = dct.adding(days: 1)  // news of the day, or of the day after
      // "The two leaders will greet each other on Wednesday evening": a preview, written
      // before the event's first day, not after it.
      var previewed = false
      if countedUsed[document.document] == nil,
        let p = previewDay(document.expressions, eventDay: day, tagger: tagger)
      {
        (dct, weekdays, latest, previewed) = (p.day, [], p.day.adding(days: 1), true)
        evidence.append(
          Evidence(
            rule: "dct.preview-weekday",
            note:
              "'\(p.ahead.text)' is still ahead of the article and is the event's first day, \(day): a preview, written before it, on \(p.day) by the weekdays it has passed.",
            citation: Citation(document: document.document, span: p.ahead.span, text: p.ahead.text)))
      }
      // "Johnson is expected to announce his resignation later today", "resigned this
      // morning": an article that puts its main event today was written on its day.
      if let today = document.mentions.first(where: { $0.isMain && $0.role != .caption && Self.saysToday($0) }),
        let t = today.time
      {
        (dct, weekdays, latest) = (day, [], day)
        evidence.append(
          Evidence(
            rule: "dct.main-event-today",
            note: "The article dates its main event '\(t.expression ?? t.value)': it was written on the event's day, \(day).",
            citation: today.citation))
      }
      if let dateline = WireDateline.day(document.expressions),
        let filed = (day.year - 1...day.year + 1).filter({ Day.isValid($0, dateline.month, dateline.day) })
          .map({ Day($0, dateline.month, dateline.day) })
          .last(where: { $0.ordinal <= day.ordinal + 31 })
      {
        // The wire dateline states the day; the event gives its year: the latest such day no
        // more than a month after the event (a report follows what it reports by days or
        // weeks, or previews it).
        (dct, weekdays, latest) = (filed, [], filed)
        evidence.append(
          Evidence(
            rule: "dct.wire-dateline",
            note: "The wire dateline '\(dateline.expression.text)' is the day the story was filed, in the year of that event.",
            citation: Citation(document: document.document, span: dateline.expression.span, text: dateline.expression.text)))
      }
      // "His funeral is scheduled for Thursday": a weekday still ahead ends the window.
      if !previewed, let (ahead, on) = Self.firstAhead(document.expressions, after: dct, tagger: tagger),
        on.adding(days: -1) < latest
      {
        latest = on.adding(days: -1)
        evidence.append(
          Evidence(
            rule: "dct.weekday-ahead",
            note: "'\(ahead.text)' (\(on)) is still ahead of the article: it was written by \(latest).",
            citation: Citation(document: document.document, span: ahead.span, text: ahead.text)))
      }
      if dct != day, !previewed, let first = weekdays.first {
        evidence.append(
          Evidence(
            rule: "dct.weekday-after-event",
            note:
              "'\(first.text)' falls on or after the event of \(day) only when the article is written on \(dct) or later.",
            citation: Citation(document: document.document, span: first.span, text: first.text)))
      }
      document.published = PublishedDate(
        value: dct.description, source: .inferred, earliest: dct.description, latest: latest.description,
        evidence: evidence, confidence: 0.35)
      document.diagnostics.removeAll { $0.code == "dct.unknown" }
      // A weak document's full dates keep the years the corpus gave them; an inferred one's
      // relative dates were anchored on the window the count overrules, so all move.
      return EventExtractor().reanchor(
        document, dct: dct, tagger: tagger, keepResolved: inferredLatest[document.document] == nil)
    }
    var dated = Set<String>()
    for (i, document) in zip(targets, updated) {
      documents[i] = document
      dated.insert(document.document)
    }
    return dated
  }

  /// The most days apart the reports of one event may date it for its first day to date the
  /// undated articles that report it as their main event (a summit or a trial of a few days;
  /// more is more likely two events joined).
  static let multiDaySpan = 3

  /// The dated story an undated article tells (``sharedStories(_:undated:weak:minimumShared:agree:maxHolders:)``):
  /// the day its weekdays count from and where that day is given, how many salient names the
  /// two articles share, and the weekday event the day was matched by, if any.
  struct Story: Sendable {
    var day: Day
    var source: Citation
    var shared: Int
    var jaccard: Double
    /// The story's article, by index.
    var article: Int
    /// "Tuesday's blast": the undated article's weekday mention whose class the story's
    /// article dates on that weekday (`day` is then that date).
    var matched: EventMention?
  }

  /// For each of the `undated` documents (by index) whose main story names enough of the
  /// same people, places and organizations as a dated article's (at least two shared, and a
  /// tenth of both lists), that article's story: the one sharing the most names, the earliest
  /// day (the story's start) breaking ties. The day its weekdays count from
  /// (``dayAfterWeekdays(_:eventDay:known:tagger:)``) is the story's main event's, or, when
  /// the undated article names an event by a past weekday ("wounded in Tuesday's blast") and
  /// the story's article dates an event of that class on such a weekday in the week before,
  /// that date.
  ///
  /// "Macron walked through the ruined streets of Beirut on Thursday … wounded in Tuesday's
  /// blast", with no date anywhere, names Beirut, Lebanon and France as an article of
  /// 2020-08-10 that dates the explosion 2020-08-04, a Tuesday: it was written on Thursday
  /// 2020-08-06.
  ///
  /// Linear: only the names the undated articles hold are indexed, each dated article read
  /// once; a name more than `maxHolders` dated articles hold is not read.
  static func sharedStories(
    _ documents: [DocumentExtraction], undated: [Int], weak: Set<String>, minimumShared: Int = 2, agree: Double = 0.1,
    maxHolders: Int = 64
  ) -> [String: Story] {
    func mainNames(_ d: DocumentExtraction) -> [String]? {
      d.mentions.first(where: { $0.isMain && $0.role != .caption && $0.names != nil })?.names
    }
    var own: [[String]] = []
    var wanted = Set<String>()
    for i in undated {
      let names = mainNames(documents[i]) ?? []
      own.append(names)
      if names.count >= minimumShared { wanted.formUnion(names) }
    }
    guard !wanted.isEmpty else { return [:] }
    // The dated articles that hold each wanted name (one more than `maxHolders` at most: a
    // name so many articles hold tells none of their stories apart, and reading its list for
    // every asking article that holds it too would be quadratic), and each such article's
    // count of names and its main event's earliest one-day time (stated, or the article's own
    // day) with where it is given.
    struct Article {
      var names: Int
      var day: Day
      var source: Citation
    }
    var holders: [String: [Int]] = [:]
    var articles: [Int: Article] = [:]
    let asking = Set(undated)
    for d in documents.indices where documents[d].published != nil && !weak.contains(documents[d].document) && !asking.contains(d) {
      guard let names = mainNames(documents[d]), names.contains(where: { wanted.contains($0) }),
        let (day, source) = documents[d].mentions.lazy.filter({ $0.isMain && $0.role != .caption })
          .compactMap({ m in m.time?.temporalValue.range.flatMap { $0.length == 1 ? ($0.earliest, m.citation) : nil } })
          .min(by: { ($0.0, $0.1) < ($1.0, $1.1) })
      else { continue }
      articles[d] = Article(names: names.count, day: day, source: source)
      for n in names where wanted.contains(n) {
        if holders[n, default: []].count <= maxHolders { holders[n, default: []].append(d) }
      }
    }
    var best: [Int: Story] = [:]  // position in `undated` → its story
    for (k, names) in own.enumerated() where names.count >= minimumShared {
      var shared: [Int: Int] = [:]  // dated article → names shared
      for n in names {
        guard let list = holders[n], list.count <= maxHolders else { continue }
        for d in list { shared[d, default: 0] += 1 }
      }
      for (d, n) in shared where n >= minimumShared {
        guard let a = articles[d] else { continue }
        let jaccard = Double(n) / Double(names.count + a.names - n)
        guard jaccard >= agree else { continue }
        let found = Story(day: a.day, source: a.source, shared: n, jaccard: jaccard, article: d)
        if let old = best[k], (old.shared, -old.day.ordinal, old.jaccard, old.source) >= (n, -a.day.ordinal, jaccard, a.source) {
          continue
        }
        best[k] = found
      }
    }
    var out: [String: Story] = [:]
    for (k, var story) in best {
      let u = documents[undated[k]]
      // The undated article's past weekday events, and the story's article's dated events of
      // the same class on such a weekday in the week up to its main event's day.
      let dated = documents[story.article].mentions.compactMap { m -> (Day, EventMention)? in
        guard m.role != .caption, m.eventClass != MentionFinder.fallbackClass,
          let r = m.time?.temporalValue.range, r.length == 1,
          r.earliest <= story.day, r.earliest >= story.day.adding(days: -7)
        else { return nil }
        return (r.earliest, m)
      }
      var match: (day: Day, source: Citation, mention: EventMention)? = nil
      for m in u.mentions where m.role != .caption && m.eventClass != MentionFinder.fallbackClass {
        guard let t = m.time, case .weekday(let w, let dir)? = t.anchor?.semantics?.day, dir < 1 else { continue }
        for (day, e) in dated where e.eventClass == m.eventClass && day.weekday == w {
          if let old = match, (old.day, old.source) <= (day, e.citation) { continue }
          match = (day, e.citation, m)
        }
      }
      if let match { (story.day, story.source, story.matched) = (match.day, match.source, match.mention) }
      out[u.document] = story
    }
    return out
  }

  /// A lede mention of an undated article that counts from an event another report dates
  /// ("13 days after the fire"): the day it gives the article's time.
  struct Counted: Sendable {
    var document: String
    /// The reference event's day moved by the counted days.
    var day: Day
    var mention: EventMention
    /// The reference event's day and where it is stated.
    var eventDay: Day
    var source: Citation

    /// `m` counting `n` days after (or before, as its reference says) `first`, stated at `source`.
    init(_ m: EventMention, days n: Int, from first: Day, source: Citation) {
      let after = m.attributes[MentionFinder.referenceKey] == "after"
      (document, day, mention, eventDay, self.source) = (m.document, first.adding(days: after ? n : -n), m, first, source)
    }
  }

  /// The latest day a lede count of `document` gives ("17 days after it collapsed") from the
  /// earliest day the article itself states for an event of the counted mention's class
  /// ("came down … on April 24"), if any.
  ///
  /// With `source`, the day comes from that article instead (the story's, dated).
  static func countedInArticle(_ document: DocumentExtraction, from source: DocumentExtraction? = nil) -> Counted? {
    var best: Counted? = nil
    for m in document.mentions where m.role != .caption {
      guard let n = countedDays(m) else { continue }
      let stated = (source ?? document).mentions.compactMap { e -> (Day, Citation)? in
        guard e.id != m.id, e.eventClass == m.eventClass, e.role != .caption, e.time?.stated == true,
          let r = e.time?.temporalValue.range, r.length == 1
        else { return nil }
        return (r.earliest, e.citation)
      }
      guard let (first, source) = stated.min(by: { ($0.0, $0.1) < ($1.0, $1.1) }) else { continue }
      let c = Counted(m, days: n, from: first, source: source)
      if let old = best, (old.day, old.mention.citation) >= (c.day, c.mention.citation) { continue }
      best = c
    }
    return best
  }

  /// The days a lede count gives ("17 days after it collapsed"), if `m` is one.
  static func countedDays(_ m: EventMention) -> Int? {
    guard m.role != .caption, !m.attributes.isEmpty else { return nil }
    return m.attributes[MentionFinder.referenceDaysKey].flatMap { Int($0) }
  }

  /// Whether a mention's time is the article's own day or a part of it ("today", "later
  /// today", "this morning", "tonight").
  static func saysToday(_ m: EventMention) -> Bool {
    guard let t = m.time, t.stated, var s = t.anchor?.semantics else { return false }
    if case .part(let base, _) = s { s = base }
    if case .shift(.day, 0, .day) = s { return true }
    return false
  }

  /// The earliest day after `dct` that a weekday the article puts ahead ("is scheduled for
  /// Thursday") lands on, with that weekday; nil when none lands after `dct`. A weekday the
  /// article also puts in the past is its own day, not one ahead.
  static func firstAhead(_ expressions: [TemporalExpression], after dct: Day, tagger: TemporalTagger)
    -> (TemporalExpression, Day)?
  {
    let passed = Set(expressions.compactMap { e in weekdayOf(e).flatMap { $0.dir < 1 ? $0.day : nil } })
    var best: (TemporalExpression, Day)?
    for e in expressions {
      guard let w = weekdayOf(e), w.dir > 0, !passed.contains(w.day),
        let r = tagger.reanchor(e, dct: dct).temporalValue.range, r.length == 1, r.earliest > dct
      else { continue }
      if best == nil || r.earliest < best!.1 { best = (e, r.earliest) }
    }
    return best
  }

  /// A weekday, a part of one or a clock time on one ("Wednesday evening", "9 a.m. on
  /// Friday"): its day of the week and direction.
  static func weekdayOf(_ e: TemporalExpression) -> (day: Int, dir: Int)? {
    guard case .weekday(let w, let dir)? = e.anchor?.semantics?.day else { return nil }
    return (w, dir)
  }

  /// A preview's day: when a weekday the article puts ahead ("will greet each other on
  /// Wednesday evening") is the event's first day, the article was written in the six days
  /// before it; the latest of them on which most of its other weekdays ("arrived on Tuesday
  /// morning") lie in the week up to the article's day. Nil for an article that puts no
  /// weekday ahead on that day.
  static func previewDay(_ expressions: [TemporalExpression], eventDay: Day, tagger: TemporalTagger)
    -> (day: Day, ahead: TemporalExpression)?
  {
    func day(_ e: TemporalExpression, at d: Day) -> Day? {
      guard let r = tagger.reanchor(e, dct: d).temporalValue.range, r.length == 1 else { return nil }
      return r.earliest
    }
    let passed = expressions.filter { (weekdayOf($0)?.dir ?? 1) < 1 }
    // "Closed their summit on Sunday … due to fly later on Sunday": a weekday the article also
    // puts in the past is its own day, not one ahead of it.
    let passedDays = Set(passed.compactMap { weekdayOf($0)?.day })
    guard
      let ahead = expressions.first(where: { e in
        guard let w = weekdayOf(e), w.dir > 0, !passedDays.contains(w.day) else { return false }
        return day(e, at: eventDay.adding(days: -1)) == eventDay
      })
    else { return nil }
    var best: (day: Day, hits: Int)?
    for offset in 1...6 {
      let d = eventDay.adding(days: -offset)
      // The weekday ahead still lands on the event's day.
      guard day(ahead, at: d) == eventDay else { continue }
      let hits = passed.filter { e in
        guard let x = day(e, at: d) else { return false }
        return x <= d && x.ordinal > d.ordinal - 7
      }.count
      if best == nil || hits > best!.hits { best = (d, hits) }
    }
    return best.map { ($0.day, ahead) }
  }

  /// The earliest day of the week from `eventDay` on which most of the article's weekdays
  /// ("on Sunday") land between three days before the event and the day itself, with the
  /// weekday expressions that agree.
  ///
  /// A weekday that lands on `known`, the day of the event the article counts from ("the storm
  /// that made landfall last Wednesday", a week before "on Wednesday, exactly one week after
  /// the storm"), agrees with the candidate day as well.
  static func dayAfterWeekdays(
    _ expressions: [TemporalExpression], eventDay: Day, known: Day? = nil, tagger: TemporalTagger
  )
    -> (Day, [TemporalExpression])
  {
    // "His funeral is scheduled for Thursday": a weekday ahead says nothing of how long after
    // the event the article was written.
    let weekdays = expressions.filter { e in
      guard case .weekday(_, let dir)? = e.anchor?.semantics else { return false }
      return dir < 1
    }
    guard !weekdays.isEmpty else { return (eventDay, []) }
    var best = (day: eventDay, hits: [TemporalExpression]())
    for offset in 0...6 {
      let d = eventDay.adding(days: offset)
      let hits = weekdays.filter { e in
        guard let r = tagger.reanchor(e, dct: d).temporalValue.range, r.length == 1 else { return false }
        return r.earliest >= eventDay.adding(days: -3) && r.earliest <= d || r.earliest == known
      }
      if hits.count > best.hits.count { best = (d, hits) }
    }
    return best
  }
}

extension EventMention {
  /// Whether the mention tells of its article's own news, as DCT propagation reads it: not a
  /// caption (which often shows another occasion) and not a dated clause (a fact of its
  /// article that joins no event, ``EventExtractor/datedClauses(_:units:expressions:mentions:)``).
  var tellsItsArticle: Bool { role != .caption && !isDatedClause }
}
