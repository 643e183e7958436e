/// Compares what the sources say about each event and classifies every disagreement
/// (DESIGN.md): `contradiction`, `reporting-time`, `precision` (severity info), `wording`.
///
/// Rules (ids as they appear in the output):
/// - `conflict.time-precision` — the mentions of one event give nested or overlapping times
///   of different precision (15 August / mid-August / August): info, never a contradiction.
/// - `conflict.count-rising` — counts of one unit that only grow with later publication
///   dates: `reporting-time`.
/// - `conflict.count-differs` — other different counts (qualifiers such as "at least" and
///   "about" respected): `contradiction`, high for tolls, medium otherwise.
/// - `conflict.quote-wording` — one speaker quoted with different but overlapping words.
/// - `conflict.status-polarity` — corpus-wide: one source says X recognized / attended Y,
///   another that it was refused / not attended.
/// - `conflict.twin-time`, `conflict.twin-place` — two events the sources keep apart only
///   because of their day or place, while class, ordinal or participants say they are one.
struct ConflictDetector {
  var maxSides: Int
  /// Event id → host entity key: a participant count that lists the host is compared
  /// without it ("Russia, China, … ten countries" vs "ten countries besides host Russia").
  var hosts: [String: String] = [:]

  /// The conflicts among the events' claims; `eventOf` (each mention's event) and `mainOf`
  /// (each extraction's main event) give indexes into `events`.
  func detect(
    events: [Event], eventOf: MentionEvents, extractions: [DocumentExtraction], mainEvent mainOf: [Int?]
  ) -> [Conflict] {
    // Publication days parsed on all cores (one document may come twice: the first counts).
    let days = parallelMap(extractions) { x in
      x.published.flatMap { Day(iso: String($0.value.prefix(10))) ?? $0.earliest.flatMap(Day.init(iso:)) }
    }
    let published = Dictionary(zip(extractions.map(\.document), days), uniquingKeysWith: { a, _ in a })
    // Claims per event. Quotes belong to the occasion the article reports (its main event);
    // other claims to the event of their mention. Each document's claims are placed on all
    // cores (a mention lookup per claim of the corpus was a serial 0.3 s at 100,000
    // documents), then gathered by event in document and claim order: as places (extraction,
    // claim), the claims themselves copied out per event on all cores.
    // A status claim's event is looked up there too, for ``statuses(_:claimEvent:)``.
    let placed = parallelMap(Array(extractions.indices)) {
      k -> (claims: [(event: Int, claim: Int)], status: [(claim: Claim, event: Int?)]) in
      var claims: [(event: Int, claim: Int)] = []
      var status: [(claim: Claim, event: Int?)] = []
      let eventOfMention = eventOf.events(in: k, extractions)
      // Claims read in place: only a status claim is copied (a copy of each claim retained its
      // shared buffer, at 100,000 documents a cache miss each).
      let list = extractions[k].claims
      for n in list.indices {
        if list[n].attribute.hasPrefix("status") {
          status.append((list[n], list[n].mention.flatMap(eventOfMention)))
          continue
        }
        // Only what ``counts(_:_:published:)`` and ``quotes(_:_:)`` read is placed: the other
        // claims (titles, roles, magnitudes) were looked up, gathered by event, copied out and
        // passed over twice there, for nothing.
        guard Self.compared(list[n]) else { continue }
        let byMention = list[n].mention.flatMap(eventOfMention)
        let main = mainOf[k]
        guard let e = list[n].attribute == "quote" ? (main ?? byMention) : (byMention ?? main) else { continue }
        claims.append((e, n))
      }
      return (claims, status)
    }
    let claimsOf = Grouped<(x: Int32, claim: Int32)>(groups: events.count) { add in
      for (k, p) in placed.enumerated() { for (e, n) in p.claims { add(e, (Int32(k), Int32(n))) } }
    }
    // All the comparisons in one map on all cores: the two across the corpus (statuses and
    // twins, each a serial tenth of a second at 100,000 documents) first, beside the ones per
    // event (time precision; counts and quotes in event id order). Their results are then
    // joined in the order the kinds are listed below.
    enum Job { case statuses, twins, precision(Int), claims(Int) }
    let grouped = events.indices.filter { !claimsOf[$0].isEmpty }.sorted { events[$0].id < events[$1].id }
    let jobs = [Job.statuses, .twins] + events.indices.map(Job.precision) + grouped.map(Job.claims)
    let found = parallelMap(jobs) { job -> [Conflict] in
      switch job {
      case .precision(let e):
        return timePrecision(events[e]).map { [$0] } ?? []
      case .claims(let e):
        let claims = claimsOf[e].map { extractions[Int($0.x)].claims[Int($0.claim)] }
        return counts(events[e].id, claims, published: published) + quotes(events[e].id, claims)
      case .statuses:
        var claims: [Claim] = []
        var eventOfClaim: [String: Int] = [:]  // status claim id → its mention's event
        for p in placed {
          for (c, e) in p.status {
            claims.append(c)
            if let e, eventOfClaim[c.id] == nil { eventOfClaim[c.id] = e }
          }
        }
        return statuses(claims, claimEvent: { c in eventOfClaim[c.id].map { events[$0].id } })
      case .twins:
        return twins(events)
      }
    }
    // 1. Time precision per event, 2. claims per event, 3. statuses, 4. twins.
    var out = Array(found[2...].joined())
    out += found[0]
    out += found[1]
    return out.sorted {
      ($0.event ?? "~", $0.attribute, $0.kind.rawValue, $0.id) < (
        $1.event ?? "~", $1.attribute, $1.kind.rawValue, $1.id
      )
    }
  }

  /// Whether the claims of an event compare `c`: a count or a participant count with its
  /// number (``counts(_:_:published:)``), or a quote (``quotes(_:_:)``).
  static func compared(_ c: Claim) -> Bool {
    c.attribute == "quote" || (c.number != nil && (c.attribute == "count" || c.attribute == "participants"))
  }

  func make(
    event: String?, attribute: String, kind: Conflict.Kind, severity: Conflict.Severity, sides: [Conflict.Side],
    rule: String,
    explanation: String
  ) -> Conflict {
    let sorted = Array(
      sides.sorted { ($0.document, $0.start, $0.value) < ($1.document, $1.start, $1.value) }.prefix(maxSides))
    let basis =
      ([event ?? "", attribute, kind.rawValue, rule] + sorted.map { "\($0.document)@\($0.start)=\($0.value)" }).joined(
        separator: "|")
    return Conflict(
      id: "cf-" + String(StableHash.hex(basis).prefix(12)), event: event, attribute: attribute, kind: kind,
      severity: severity,
      claims: sorted, rule: rule, explanation: explanation)
  }

  // MARK: Time

  /// A time value as one document states it: the key of a side of ``timePrecision(_:)``.
  private struct ValueInDocument: Hashable {
    var value: String
    var document: String
  }

  func timePrecision(_ e: Event) -> Conflict? {
    // Days of a multi-day event ("2024-05-01/2024-05-03"): a byte test, as Foundation's
    // substring search cost about 4,600 instructions an event.
    if e.time?.value.utf8.contains(UInt8(ascii: "/")) == true { return nil }
    guard Self.mayDifferInTime(e.mentions) else { return nil }
    // One side per (value, document): the document's first mention with that value. Keyed by
    // the pair itself (a key string joined per mention was an allocation and a copy of both).
    var sides: [ValueInDocument: Conflict.Side] = [:]
    // Each value stated, with its range (nil: none), and whether two documents state times:
    // a set of values and a set of documents hashed both strings again per mention.
    var rangeOf: [String: DayRange?] = [:]
    var firstDocument: String? = nil
    var otherDocument = false
    // By index: a mention copied out of the array retains every field, its sentence's text
    // included, which only a chosen side reads.
    let mentions = e.mentions
    for k in mentions.indices where mentions[k].role != .caption {
      guard let t = mentions[k].time, t.earliest != nil, mentions[k].expression != nil else { continue }
      let value = t.value + (t.mod.map { " (\($0))" } ?? "")
      if rangeOf[value] == nil { rangeOf[value] = .some(TemporalValue(t.value, mod: t.mod).range) }
      let (document, start) = (mentions[k].document, mentions[k].start)
      if let first = firstDocument {
        if !otherDocument && first != document { otherDocument = true }
      } else {
        firstDocument = document
      }
      let key = ValueInDocument(value: value, document: document)
      if let old = sides[key], (old.document, old.start) <= (document, start) { continue }
      sides[key] = Conflict.Side(
        value: value,
        citation: Citation(
          document: document, span: SourceSpan(start: start, end: mentions[k].end, line: mentions[k].line),
          text: mentions[k].text))
    }
    guard rangeOf.count >= 2, otherDocument else { return nil }
    // Keep every value represented when capping the sides.
    var chosen: [Conflict.Side] = []
    var covered = Set<String>()
    let all = sides.values.sorted { ($0.document, $0.start, $0.value) < ($1.document, $1.start, $1.value) }
    for s in all where covered.insert(s.value).inserted { chosen.append(s) }
    for s in all where chosen.count < maxSides && !chosen.contains(s) { chosen.append(s) }
    let sorted = rangeOf.keys.sorted()
    // Stated times of one event that cannot both hold (a year-less date resolved to another
    // year than its partners, a report of the wrong day) are a contradiction, not precision.
    let ranges = sorted.compactMap { rangeOf[$0] ?? nil }
    if let clash = Self.disjointPair(ranges) {
      return make(
        event: e.id, attribute: "time", kind: .contradiction, severity: .high, sides: chosen,
        rule: "conflict.time-differs",
        explanation:
          "The sources give times for the event that cannot both hold (\(clash.0.earliest)…\(clash.0.latest) vs \(clash.1.earliest)…\(clash.1.latest)); \(e.time?.value ?? "?") is kept."
      )
    }
    return make(
      event: e.id, attribute: "time", kind: .precision, severity: .info, sides: chosen, rule: "conflict.time-precision",
      explanation:
        "The sources date the event with different precision (\(sorted.joined(separator: ", "))); the values are compatible, so the most precise one, \(e.time?.value ?? "?"), is kept."
    )
  }

  /// Whether the dated mentions that ``timePrecision(_:)`` reads might give two values in two
  /// documents: false when they all share one time (value and modifier), and so one value, or
  /// all come from one document. Most events are dated alike by every source; building each
  /// mention's value and key strings only to find a single value was most of the time
  /// comparison's cost.
  static func mayDifferInTime(_ mentions: [Event.Mention]) -> Bool {
    var first: Int? = nil
    var otherTime = false
    var otherDocument = false
    for k in mentions.indices where mentions[k].role != .caption {
      guard let t = mentions[k].time, t.earliest != nil, mentions[k].expression != nil else { continue }
      guard let f = first else {
        first = k
        continue
      }
      if !otherTime, let ft = mentions[f].time, ft.value != t.value || ft.mod != t.mod { otherTime = true }
      if !otherDocument, mentions[f].document != mentions[k].document { otherDocument = true }
      if otherTime && otherDocument { return true }
    }
    return false
  }

  /// Two ranges that share no day, if any.
  static func disjointPair(_ ranges: [DayRange]) -> (DayRange, DayRange)? {
    guard let narrowestEnd = ranges.min(by: { $0.latest < $1.latest }),
      let latestStart = ranges.max(by: { $0.earliest < $1.earliest }), latestStart.earliest > narrowestEnd.latest
    else { return nil }
    return (narrowestEnd, latestStart)
  }

  // MARK: Counts

  func counts(_ eid: String, _ claims: [Claim], published: [String: Day?]) -> [Conflict] {
    var groups: [String: [Claim]] = [:]
    for var c in claims where c.number != nil && (c.attribute == "count" || c.attribute == "participants") {
      let unit = c.attribute == "participants" ? "participants" : "count." + (c.unit ?? "items")
      if unit == "participants", let host = hosts[eid], c.items.contains(host), let n = c.number, n >= 1, n < 1e9 {
        c.number = n - 1
        c.value += " (\(Int(n - 1)) besides the host \(Reconciler.displayName(host, [:])))"
      }
      groups[unit, default: []].append(c)
    }
    var out: [Conflict] = []
    for attr in groups.keys.sorted() {
      guard let list = groups[attr] else { continue }
      // One value per document: its largest count.
      var perDoc: [String: Claim] = [:]
      for c in list.sorted(by: { $0.citation < $1.citation }) {
        if let old = perDoc[c.document], (old.number ?? 0) >= (c.number ?? 0) { continue }
        perDoc[c.document] = c
      }
      let docs = perDoc.keys.sorted()
      guard docs.count >= 2 else { continue }
      let values = docs.compactMap { perDoc[$0] }
      guard Set(values.compactMap(\.number)).count >= 2 else { continue }
      // Qualified values that agree ("at least 10" and 12; "about 100" and 95) are no conflict.
      var distinct: [String: Claim] = [:]
      for c in values {
        let key = "\(c.number ?? 0)|\(c.qualifier ?? "")"  // written once (a double's text is not cheap)
        if distinct[key] == nil { distinct[key] = c }
      }
      let reps = distinct.keys.sorted().compactMap { distinct[$0] }
      var disagree = false
      for (i, a) in reps.enumerated() {
        for b in reps[(i + 1)...] where !Self.agree(a, b) { disagree = true }
      }
      let sides = values.map { Conflict.Side(value: $0.value, citation: $0.citation) }
      // Rising with publication time → reporting-time.
      let dated = values.compactMap { c -> (Day, Double)? in
        guard let d = published[c.document] ?? nil, let n = c.number else { return nil }
        return (d, n)
      }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
      // Rising: every report is dated, there are at least two dates, and no later report
      // gives a smaller figure than an earlier one (reports of one day may differ).
      // Reports without a known date neither prove nor break the order.
      var rising = dated.count >= 2 && Set(dated.map(\.0)).count >= 2
      var maxBefore = -Double.infinity
      var k = 0
      while rising && k < dated.count {
        var j = k
        var dayMax = -Double.infinity
        while j < dated.count && dated[j].0 == dated[k].0 {
          if dated[j].1 < maxBefore { rising = false }
          dayMax = max(dayMax, dated[j].1)
          j += 1
        }
        maxBefore = max(maxBefore, dayMax)
        k = j
      }
      // Qualified figures that agree ("more than 2,000" on Monday, 5,300 on Wednesday) still
      // tell of a count revised over time when the later report is higher.
      guard disagree || (rising && Set(dated.map(\.1)).count >= 2) else { continue }
      let toll =
        attr.contains("kill") || attr.contains("dead") || attr.contains("death") || attr.contains("wounded")
        || attr.contains("injur")
      if rising {
        func when(_ c: Claim) -> Int { (published[c.document] ?? nil)?.ordinal ?? Int.max }
        let byDate = values.sorted { (when($0), $0.number ?? 0) < (when($1), $1.number ?? 0) }
        out.append(
          make(
            event: eid, attribute: attr, kind: .reportingTime, severity: .low, sides: sides,
            rule: "conflict.count-rising",
            explanation:
              "Later reports give higher figures (\(byDate.map(\.value).joined(separator: " → "))): a count revised over time, not a contradiction."
          ))
      } else {
        out.append(
          make(
            event: eid, attribute: attr, kind: .contradiction,
            severity: toll && dated.count == values.count ? .high : .medium, sides: sides,
            rule: "conflict.count-differs",
            explanation:
              "The sources give different figures for the same event: \(values.map { "\($0.value) (\($0.document))" }.joined(separator: " vs "))."
          ))
      }
    }
    return out
  }

  /// Whether two counts agree once their qualifiers are read.
  static func agree(_ a: Claim, _ b: Claim) -> Bool {
    guard let x = a.number, let y = b.number else { return true }
    if x == y { return true }
    func lower(_ c: Claim, _ n: Double) -> Double {
      switch c.qualifier {
      case "MIN", "MORE_THAN": return n
      case "APPROX": return n * 0.9
      case "MAX": return 0
      default: return n
      }
    }
    func upper(_ c: Claim, _ n: Double) -> Double {
      switch c.qualifier {
      case "MIN", "MORE_THAN": return .infinity
      case "APPROX": return n * 1.1
      default: return n
      }
    }
    return lower(a, x) <= upper(b, y) && lower(b, y) <= upper(a, x)
  }

  // MARK: Quotes

  func quotes(_ eid: String, _ claims: [Claim]) -> [Conflict] {
    var bySpeaker: [String: [Claim]] = [:]
    for c in claims where c.attribute == "quote" {
      bySpeaker[c.holder ?? c.subject ?? "", default: []].append(c)
    }
    var out: [Conflict] = []
    for speaker in bySpeaker.keys.sorted() where !speaker.isEmpty {
      guard let list = bySpeaker[speaker]?.sorted(by: { $0.citation < $1.citation }) else { continue }
      // Distinct wordings (first claim of each), compared pairwise; then every document's claim
      // of a wording that takes part is a side. A wording's first claim is the first of its
      // list (a table of first claims hashed every wording once more).
      var docsOf: [String: [Claim]] = [:]
      // Each quote's wording once per text: copies of one article quote the same words, and
      // splitting a quote into its words (a string per word) was about 14,000 instructions.
      var wordingOf: [String: String] = [:]
      for c in list {
        let k: String
        if let known = wordingOf[c.value] {
          k = known
        } else {
          k = Self.words(c.value).sorted().joined(separator: " ")
          wordingOf[c.value] = k
        }
        docsOf[k, default: []].append(c)
      }
      let keys = docsOf.keys.sorted()
      // Each wording's words and documents, once per wording (split and collected again for
      // every pair, they were most of the conflict detection's time: a speaker quoted in
      // many wordings compares hundreds of pairs): the words as sorted ids numbered for this
      // speaker, the documents as the first and whether there are others
      // (``wordingsClash(_:_:_:_:)``).
      var wordIDs: [Substring: Int32] = [:]
      let wordLists = keys.map { k -> [Int32] in
        let ids = k.split(separator: " ").map { w -> Int32 in
          if let id = wordIDs[w] { return id }
          let id = Int32(wordIDs.count)
          wordIDs[w] = id
          return id
        }
        return Array(Set(ids)).sorted()
      }
      let documents = keys.map { k -> (first: String, others: Bool) in
        let claims = docsOf[k] ?? []
        let first = claims.first?.document ?? ""
        return (first, claims.contains { $0.document != first })
      }
      var involved = Set<String>()
      for i in keys.indices {
        for j in keys.indices.dropFirst(i + 1) {
          guard Self.wordingsClash(wordLists[i], wordLists[j], documents[i], documents[j]) else { continue }
          involved.insert(keys[i])
          involved.insert(keys[j])
        }
      }
      var sides: [Conflict.Side] = []
      for k in involved.sorted() {
        if let c = docsOf[k]?.first { sides.append(Conflict.Side(value: c.value, citation: c.citation)) }
      }
      for k in involved.sorted() {
        for c in (docsOf[k] ?? []).dropFirst() where sides.count < maxSides {
          sides.append(Conflict.Side(value: c.value, citation: c.citation))
        }
      }
      guard sides.count >= 2 else { continue }
      out.append(
        make(
          event: eid, attribute: "quote", kind: .wording, severity: .low, sides: sides, rule: "conflict.quote-wording",
          explanation:
            "The sources quote \(Reconciler.displayName(speaker, [:])) in different words: \(sides.map { "\"\($0.value)\"" }.joined(separator: " vs "))."
        ))
    }
    return out
  }

  /// Whether two wordings of one speaker's quotes conflict: they share words, at least 30% of
  /// the shorter one's, and their quotes come from two documents or more. `a`, `b`: the
  /// wordings' words as sorted unique ids; `da`, `db`: each wording's first document and
  /// whether its quotes name another.
  ///
  /// By a merge of the id lists and a test of the documents: an intersection and a union of
  /// string sets per pair, each word hashed again, were most of the quotes' cost.
  static func wordingsClash(
    _ a: [Int32], _ b: [Int32], _ da: (first: String, others: Bool), _ db: (first: String, others: Bool)
  ) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    let shared = EventResolver.sortedOverlap(a, b)
    guard shared >= 1, Double(shared) / Double(min(a.count, b.count)) >= 0.3 else { return false }
    return da.others || db.others || da.first != db.first
  }

  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "were", "be", "it", "that", "this",
    "for", "with", "as", "at", "by",
  ]

  static func words(_ s: String) -> Set<String> {
    if let ascii = asciiWords(s) { return ascii }
    var out = Set<String>()
    var cur = ""
    for ch in s.lowercased() {
      if ch.isLetter || ch.isNumber {
        cur.append(ch)
      } else if !cur.isEmpty {
        if !stopwords.contains(cur) { out.insert(cur) }
        cur = ""
      }
    }
    if !cur.isEmpty, !stopwords.contains(cur) { out.insert(cur) }
    return out
  }

  /// ``words(_:)`` of an ASCII text by its bytes (nil for any other text): in ASCII the
  /// letters and numbers are `A`–`Z`, `a`–`z` and `0`–`9`, each byte is one character, and
  /// lowercasing maps only `A`–`Z`. The `Character` walk, with its Unicode properties, cost
  /// about 90 instructions a character.
  static func asciiWords(_ s: String) -> Set<String>? {
    var s = s
    return s.withUTF8 { bytes -> Set<String>? in
      var out = Set<String>()
      var word: [UInt8] = []
      func finish() {
        guard !word.isEmpty else { return }
        let w = String(decoding: word, as: UTF8.self)
        if !stopwords.contains(w) { out.insert(w) }
        word.removeAll(keepingCapacity: true)
      }
      for b in bytes {
        switch b {
        case 0x80...: return nil
        case 0x41...0x5A: word.append(b + 0x20)
        case 0x61...0x7A, 0x30...0x39: word.append(b)
        default: finish()
        }
      }
      finish()
      return out
    }
  }

  // MARK: Status (corpus-wide)

  /// The attribute a status conflict is about, as a noun ("recognized" → recognition).
  static let statusNouns: [String: String] = [
    "recognized": "recognition", "attended": "attendance", "designated": "designation", "boycotted": "boycott",
  ]

  func statuses(_ claims: [Claim], claimEvent: (Claim) -> String?) -> [Conflict] {
    // Attending is about one occasion: "attended the summit" of 2024 does not answer "did not
    // attend the summit" of 2023. Recognition and designation are standing states, compared
    // corpus-wide.
    let perOccasion: Set<String> = ["status.attended", "status.boycotted"]
    var groups: [String: [Claim]] = [:]
    for c in claims {
      let occasion = perOccasion.contains(c.attribute) ? (claimEvent(c) ?? "") : ""
      groups[c.attribute + "|" + (c.object ?? "") + "|" + occasion, default: []].append(c)
    }
    var out: [Conflict] = []
    for key in groups.keys.sorted() {
      guard let all = groups[key]?.sorted(by: { $0.citation < $1.citation }) else { continue }
      let pos = all.filter(\.polarity), neg = all.filter { !$0.polarity }
      // A positive and a negative claim clash when they are about the same subject, or one
      // of them names none ("governments refused to recognize …").
      var clashing = Set<String>()
      for p in pos {
        for n in neg where p.document != n.document && (p.subject == nil || n.subject == nil || p.subject == n.subject)
        {
          clashing.insert(p.id)
          clashing.insert(n.id)
        }
      }
      guard !clashing.isEmpty else { continue }
      let list = all.filter { clashing.contains($0.id) }
      let verb = list[0].attribute.hasPrefix("status.") ? String(list[0].attribute.dropFirst(7)) : list[0].attribute
      let eventIDs = Set(list.map { claimEvent($0) ?? "" })
      let event = eventIDs.count == 1 ? eventIDs.first.flatMap { $0.isEmpty ? nil : $0 } : nil
      let sides = list.map { Conflict.Side(value: $0.value, citation: $0.citation) }
      let object = list[0].object.map { Reconciler.displayName($0, [:]) }
      func who(_ cs: [Claim]) -> String {
        let names = Set(cs.compactMap(\.subject).map { Reconciler.displayName($0, [:]) }).sorted()
        let docs = Set(cs.map(\.document)).sorted().joined(separator: ", ")
        return (names.isEmpty ? "governments in general" : names.joined(separator: ", ")) + " (\(docs))"
      }
      let yes = list.filter(\.polarity), no = list.filter { !$0.polarity }
      let noun = Self.statusNouns[verb] ?? verb
      out.append(
        make(
          event: event, attribute: noun, kind: .contradiction, severity: .medium, sides: sides,
          rule: "conflict.status-polarity",
          explanation:
            "Sources disagree on \(noun)\(object.map { " of \($0)" } ?? ""): \(who(yes)) \(verb) by one account, \(who(no)) did not by another; check who and when each statement covers."
        ))
    }
    return out
  }

  // MARK: Twins

  /// Events of one class kept apart only by a nearby day (same ordinal or place and
  /// participants) or only by their place (same day and ordinal or participants).
  func twins(_ events: [Event]) -> [Conflict] {
    var out: [Conflict] = []
    var byPlace: [String: [(Day, Event)]] = [:]
    var byDay: [String: [Event]] = [:]
    // A war, a visit, a statement are background or last for days: "overshadowed by Russia's
    // invasion of Ukraine" on Sunday and "worsened by the war in Ukraine" on Tuesday are one
    // war, not two reports of one day.
    for e in events where !TriggerLexicon.weakClasses.contains(e.eventClass) {
      guard let t = e.time, let lo = t.earliest, lo == t.latest, let day = Day(iso: lo) else { continue }
      if let p = e.place { byPlace[e.eventClass + "|" + p, default: []].append((day, e)) }
      if e.place != nil { byDay[e.eventClass + "|" + lo, default: []].append(e) }
    }
    var seen = Set<String>()
    for k in byPlace.keys.sorted() {
      guard let list = byPlace[k]?.sorted(by: { ($0.0, $0.1.id) < ($1.0, $1.1.id) }) else { continue }
      for (i, (da, a)) in list.enumerated() {
        for (db, b) in list[(i + 1)..<min(list.count, i + 16)] {
          let gap = db.ordinal - da.ordinal
          guard gap >= 1 else { continue }
          guard gap <= 3 else { break }
          let sameOrdinal = a.attributes["ordinal"] != nil && a.attributes["ordinal"] == b.attributes["ordinal"]
          guard !Set(a.sources).isSubset(of: b.sources) || !Set(b.sources).isSubset(of: a.sources),
            sameOrdinal || !Set(a.participants).isDisjoint(with: b.participants),
            seen.insert(a.id + b.id + "t").inserted
          else { continue }
          let sides = [a, b].compactMap { e -> Conflict.Side? in
            guard let m = e.mentions.first(where: { $0.role != .caption && $0.expression != nil }) ?? e.mentions.first
            else { return nil }
            return Conflict.Side(
              value: e.time?.value ?? "",
              citation: Citation(
                document: m.document, span: SourceSpan(start: m.start, end: m.end, line: m.line), text: m.text))
          }
          out.append(
            make(
              event: a.id, attribute: "time", kind: .contradiction, severity: .medium, sides: sides,
              rule: "conflict.twin-time",
              explanation:
                "Different sources date what looks like one \(a.eventClass) in \(a.place ?? "the same place") to different days (\(da) vs \(db))."
            ))
        }
      }
    }
    for k in byDay.keys.sorted() {
      guard let all = byDay[k], all.count >= 2 else { continue }
      let list = Array(all.sorted { $0.id < $1.id }.prefix(16))
      for (i, a) in list.enumerated() {
        for b in list[(i + 1)...] {
          // One event in two places: the same ordinal, or at least two shared participants.
          let sameOrdinal = a.attributes["ordinal"] != nil && a.attributes["ordinal"] == b.attributes["ordinal"]
          let shared = Set(a.participants).intersection(b.participants).count
          guard let pa = a.place, let pb = b.place, pa != pb, sameOrdinal || shared >= 2,
            Set(a.sources).isDisjoint(with: b.sources), seen.insert(a.id + b.id + "p").inserted
          else { continue }
          let sides = [a, b].compactMap { e -> Conflict.Side? in
            guard let m = e.mentions.first(where: { $0.role != .caption }) ?? e.mentions.first else { return nil }
            return Conflict.Side(
              value: e.place ?? "",
              citation: Citation(
                document: m.document, span: SourceSpan(start: m.start, end: m.end, line: m.line), text: m.text))
          }
          out.append(
            make(
              event: a.id, attribute: "place", kind: .contradiction, severity: .medium, sides: sides,
              rule: "conflict.twin-place",
              explanation:
                "Two groups of sources place what looks like one \(a.eventClass) on the same day in different places (\(pa) vs \(pb))."
            ))
        }
      }
    }
    return out
  }
}
