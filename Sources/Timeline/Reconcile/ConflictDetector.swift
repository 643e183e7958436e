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

  func detect(
    events: [Event], eventOfMention: [String: Int], extractions: [DocumentExtraction],
    mainEvent docs: [TimelineReport.DocumentSummary]
  ) -> [Conflict] {
    var out: [Conflict] = []
    let published = Dictionary(
      extractions.map { ($0.document, $0.published.flatMap { Day(iso: String($0.value.prefix(10))) ?? $0.earliest.flatMap(Day.init(iso:)) }) },
      uniquingKeysWith: { a, _ in a })
    var mainOf: [String: String] = [:]
    for d in docs { if let m = d.mainEvent { mainOf[d.id] = m } }
    // 1. Time precision per event.
    for e in events { if let c = timePrecision(e) { out.append(c) } }
    // 2. Claims per event.
    var claimsByEvent: [String: [Claim]] = [:]
    var statusClaims: [Claim] = []
    for x in extractions {
      for c in x.claims {
        if c.attribute.hasPrefix("status") {
          statusClaims.append(c)
          continue
        }
        let eid = c.mention.flatMap { eventOfMention[$0] }.map { events[$0].id } ?? mainOf[x.document]
        guard let eid else { continue }
        claimsByEvent[eid, default: []].append(c)
      }
    }
    for eid in claimsByEvent.keys.sorted() {
      guard let claims = claimsByEvent[eid] else { continue }
      out += counts(eid, claims, published: published)
      out += quotes(eid, claims)
    }
    out += statuses(statusClaims, claimEvent: { c in
      c.mention.flatMap { eventOfMention[$0] }.map { events[$0].id }
    })
    out += twins(events)
    return out.sorted { ($0.event ?? "~", $0.attribute, $0.kind.rawValue, $0.id) < ($1.event ?? "~", $1.attribute, $1.kind.rawValue, $1.id) }
  }

  func make(
    event: String?, attribute: String, kind: Conflict.Kind, severity: Conflict.Severity, sides: [Conflict.Side], rule: String,
    explanation: String
  ) -> Conflict {
    let sorted = Array(sides.sorted { ($0.document, $0.start, $0.value) < ($1.document, $1.start, $1.value) }.prefix(maxSides))
    let basis = ([event ?? "", attribute, kind.rawValue, rule] + sorted.map { "\($0.document)@\($0.start)=\($0.value)" }).joined(separator: "|")
    return Conflict(
      id: "cf-" + String(StableHash.hex(basis).prefix(12)), event: event, attribute: attribute, kind: kind, severity: severity,
      claims: sorted, rule: rule, explanation: explanation)
  }

  // MARK: Time

  func timePrecision(_ e: Event) -> Conflict? {
    // One side per (value, document): the document's first mention with that value.
    var sides: [String: Conflict.Side] = [:]
    var values = Set<String>()
    var docs = Set<String>()
    for m in e.mentions where m.role != .caption {
      guard let t = m.time, t.earliest != nil, m.expression != nil else { continue }
      let value = t.value + (t.mod.map { " (\($0))" } ?? "")
      values.insert(value)
      docs.insert(m.document)
      let key = value + "\u{1}" + m.document
      if let old = sides[key], (old.document, old.start) <= (m.document, m.start) { continue }
      sides[key] = Conflict.Side(
        value: value, citation: Citation(document: m.document, span: SourceSpan(start: m.start, end: m.end, line: m.line), text: m.text))
    }
    guard values.count >= 2, docs.count >= 2 else { return nil }
    // Keep every value represented when capping the sides.
    var chosen: [Conflict.Side] = []
    var covered = Set<String>()
    let all = sides.values.sorted { ($0.document, $0.start, $0.value) < ($1.document, $1.start, $1.value) }
    for s in all where covered.insert(s.value).inserted { chosen.append(s) }
    for s in all where chosen.count < maxSides && !chosen.contains(s) { chosen.append(s) }
    let sorted = values.sorted()
    return make(
      event: e.id, attribute: "time", kind: .precision, severity: .info, sides: chosen, rule: "conflict.time-precision",
      explanation: "The sources date the event with different precision (\(sorted.joined(separator: ", "))); the values are compatible, so the most precise one, \(e.time?.value ?? "?"), is kept.")
  }

  // MARK: Counts

  func counts(_ eid: String, _ claims: [Claim], published: [String: Day?]) -> [Conflict] {
    var groups: [String: [Claim]] = [:]
    for c in claims where c.number != nil && (c.attribute == "count" || c.attribute == "participants") {
      let unit = c.attribute == "participants" ? "participants" : "count." + (c.unit ?? "items")
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
      for c in values { distinct["\(c.number ?? 0)|\(c.qualifier ?? "")"] = distinct["\(c.number ?? 0)|\(c.qualifier ?? "")"] ?? c }
      let reps = distinct.keys.sorted().compactMap { distinct[$0] }
      var disagree = false
      for (i, a) in reps.enumerated() {
        for b in reps[(i + 1)...] where !Self.agree(a, b) { disagree = true }
      }
      guard disagree else { continue }
      let sides = values.map { Conflict.Side(value: $0.value, citation: $0.citation) }
      // Rising with publication time → reporting-time.
      let dated = values.compactMap { c -> (Day, Double)? in
        guard let d = published[c.document] ?? nil, let n = c.number else { return nil }
        return (d, n)
      }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
      var rising = dated.count == values.count && Set(dated.map(\.0)).count == dated.count
      if rising {
        for k in dated.indices.dropFirst() where dated[k].1 < dated[k - 1].1 { rising = false }
      }
      let toll = attr.contains("kill") || attr.contains("dead") || attr.contains("death") || attr.contains("wounded") || attr.contains("injur")
      if rising {
        out.append(
          make(
            event: eid, attribute: attr, kind: .reportingTime, severity: .low, sides: sides, rule: "conflict.count-rising",
            explanation: "Later reports give higher figures (\(values.map(\.value).joined(separator: " → "))): a count revised over time, not a contradiction."))
      } else {
        out.append(
          make(
            event: eid, attribute: attr, kind: .contradiction, severity: toll ? .high : .medium, sides: sides, rule: "conflict.count-differs",
            explanation: "The sources give different figures for the same event: \(values.map { "\($0.value) (\($0.document))" }.joined(separator: " vs "))."))
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
      // of a wording that takes part is a side.
      var firstOf: [String: Claim] = [:]
      var docsOf: [String: [Claim]] = [:]
      for c in list {
        let k = Self.words(c.value).sorted().joined(separator: " ")
        if firstOf[k] == nil { firstOf[k] = c }
        docsOf[k, default: []].append(c)
      }
      let keys = firstOf.keys.sorted()
      var involved = Set<String>()
      for (i, ka) in keys.enumerated() {
        for kb in keys[(i + 1)...] {
          let na = Set(ka.split(separator: " ")), nb = Set(kb.split(separator: " "))
          guard !na.isEmpty, !nb.isEmpty else { continue }
          let shared = na.intersection(nb).count
          guard shared >= 1, Double(shared) / Double(min(na.count, nb.count)) >= 0.3 else { continue }
          let da = Set((docsOf[ka] ?? []).map(\.document)), db = Set((docsOf[kb] ?? []).map(\.document))
          guard da.union(db).count >= 2 else { continue }
          involved.insert(ka)
          involved.insert(kb)
        }
      }
      var sides: [Conflict.Side] = []
      for k in involved.sorted() { if let c = firstOf[k] { sides.append(Conflict.Side(value: c.value, citation: c.citation)) } }
      for k in involved.sorted() {
        for c in (docsOf[k] ?? []).dropFirst() where sides.count < maxSides {
          sides.append(Conflict.Side(value: c.value, citation: c.citation))
        }
      }
      guard sides.count >= 2 else { continue }
      out.append(
        make(
          event: eid, attribute: "quote", kind: .wording, severity: .low, sides: sides, rule: "conflict.quote-wording",
          explanation: "The sources quote \(Reconciler.displayName(speaker, [:])) in different words: \(sides.map { "\"\($0.value)\"" }.joined(separator: " vs "))."))
    }
    return out
  }

  static let stopwords: Set<String> = [
    "a", "an", "the", "of", "to", "in", "on", "and", "or", "is", "are", "was", "were", "be", "it", "that", "this", "for", "with", "as", "at", "by",
  ]

  static func words(_ s: String) -> Set<String> {
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

  // MARK: Status (corpus-wide)

  func statuses(_ claims: [Claim], claimEvent: (Claim) -> String?) -> [Conflict] {
    var groups: [String: [Claim]] = [:]
    for c in claims { groups[c.attribute + "|" + (c.object ?? ""), default: []].append(c) }
    var out: [Conflict] = []
    for key in groups.keys.sorted() {
      guard let list = groups[key]?.sorted(by: { $0.citation < $1.citation }) else { continue }
      let pos = list.filter(\.polarity), neg = list.filter { !$0.polarity }
      guard !pos.isEmpty, !neg.isEmpty, Set(list.map(\.document)).count >= 2 else { continue }
      let attr = list[0].attribute
      let verb = attr.hasPrefix("status.") ? String(attr.dropFirst(7)) : attr
      let eventIDs = Set(list.map { claimEvent($0) ?? "" })
      let event = eventIDs.count == 1 ? eventIDs.first.flatMap { $0.isEmpty ? nil : $0 } : nil
      let sides = list.map { Conflict.Side(value: $0.value, citation: $0.citation) }
      let object = list[0].object.map { Reconciler.displayName($0, [:]) } ?? "it"
      out.append(
        make(
          event: event, attribute: attr, kind: .contradiction, severity: .medium, sides: sides, rule: "conflict.status-polarity",
          explanation: "Some sources say \(verb) holds for \(object), others that it does not; check who and when each statement covers."))
    }
    return out
  }

  // MARK: Twins

  /// Events of one class kept apart only by a nearby day (same ordinal or place and
  /// participants) or only by their place (same day and ordinal or participants).
  func twins(_ events: [Event]) -> [Conflict] {
    var out: [Conflict] = []
    var byIdentity: [String: [Event]] = [:]
    var byDay: [String: [Event]] = [:]
    for e in events {
      guard let t = e.time, let lo = t.earliest, lo == t.latest else { continue }
      var identity: [String] = []
      if let o = e.attributes["ordinal"] { identity.append("o\(o)") }
      if e.participants.count >= 2 { identity.append("p" + e.participants.joined(separator: ",")) }
      for id in identity {
        byIdentity[e.eventClass + "|" + (e.place ?? "") + "|" + id, default: []].append(e)
        byDay[e.eventClass + "|" + lo + "|" + id, default: []].append(e)
      }
    }
    var seen = Set<String>()
    for k in byIdentity.keys.sorted() {
      guard let list = byIdentity[k], list.count >= 2, list.count <= 4 else { continue }
      for (i, a) in list.enumerated() {
        for b in list[(i + 1)...] {
          guard let da = a.time?.earliest.flatMap(Day.init(iso:)), let db = b.time?.earliest.flatMap(Day.init(iso:)),
            da != db, abs(da.ordinal - db.ordinal) <= 7, Set(a.sources).isDisjoint(with: b.sources),
            seen.insert(a.id + b.id + "t").inserted
          else { continue }
          let sides = [a, b].compactMap { e -> Conflict.Side? in
            guard let m = e.mentions.first(where: { $0.role != .caption }) ?? e.mentions.first else { return nil }
            return Conflict.Side(value: e.time?.value ?? "", citation: Citation(document: m.document, span: SourceSpan(start: m.start, end: m.end, line: m.line), text: m.text))
          }
          out.append(
            make(
              event: a.id, attribute: "time", kind: .contradiction, severity: .high, sides: sides, rule: "conflict.twin-time",
              explanation: "Two groups of sources report what looks like one \(a.eventClass) on different days (\(da) vs \(db))."))
        }
      }
    }
    for k in byDay.keys.sorted() {
      guard let list = byDay[k], list.count >= 2, list.count <= 4 else { continue }
      for (i, a) in list.enumerated() {
        for b in list[(i + 1)...] {
          guard let pa = a.place, let pb = b.place, pa != pb, Set(a.sources).isDisjoint(with: b.sources),
            seen.insert(a.id + b.id + "p").inserted
          else { continue }
          let sides = [a, b].compactMap { e -> Conflict.Side? in
            guard let m = e.mentions.first(where: { $0.role != .caption }) ?? e.mentions.first else { return nil }
            return Conflict.Side(value: e.place ?? "", citation: Citation(document: m.document, span: SourceSpan(start: m.start, end: m.end, line: m.line), text: m.text))
          }
          out.append(
            make(
              event: a.id, attribute: "place", kind: .contradiction, severity: .high, sides: sides, rule: "conflict.twin-place",
              explanation: "Two groups of sources place what looks like one \(a.eventClass) on the same day in different places (\(pa) vs \(pb))."))
        }
      }
    }
    return out
  }
}
