import Testing

@testable import Timeline

/// `EventExtractor.collectEntities` and `MentionFinder.salientNames` group by sorting (a stable
/// sort, then runs of equal keys), where they used tables keyed by string: the same entities,
/// mentions and names as the table versions (written out below) on many generated documents,
/// with repeated keys, mixed kinds, dateline capitals and more names than are kept.
@Suite struct ExtractionGroupingTests {
  /// A small deterministic generator (a linear congruential one), so that failures repeat.
  struct Draw {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[next(items.count)] }
  }

  static let names = [
    "Vale", "Ruiz", "Ortega", "Dana", "Kyiv", "Moscow", "President", "Singer", "Nairobi", "Lula", "Silva", "Haddad",
    "Meloni", "Tusk", "Orban", "Fico", "Rutte", "Costa", "Sanchez", "Macron", "Scholz", "Modi", "Ramaphosa",
    "Ruto", "Milei", "NATO", "Yesterday",
  ]
  static let plain = ["said", "the", "met", "in", "talks", "and", "with", "on", "visited", "spoke", "after", "a"]

  /// A document of `least` lines or a few more, of names and plain words.
  static func document(_ draw: inout Draw, id: String, least: Int = 3) -> Document {
    var lines: [String] = []
    for k in 0..<(least + draw.next(8)) {
      var line = (0..<(2 + draw.next(9))).map { _ in draw.next(5) < 2 ? draw.pick(names) : draw.pick(plain) }
        .joined(separator: " ") + "."
      switch draw.next(6) {
      case 0: line = "H: " + line
      case 1: line = "C: " + line
      default: if k == 0 { line = "H: " + line }
      }
      lines.append(line)
    }
    return XDoc.make(lines, id: id)
  }

  @Test func collectEntitiesIsTheKeyedTablesResult() {
    var draw = Draw(state: 7)
    let keys: [(String, Entity.Kind)] = [
      ("person:vale", .person), ("person:ruiz", .person), ("city:moscow", .city), ("country:russia", .country),
      ("city:l-aquila", .city), ("org:un", .organization), ("other:x", .other), ("group:y", .group),
    ]
    let surfaces = ["Vale", "Dana Vale", "VALE", "Moscow", "MOSCOW", "L'AQUILA", "L'Aquila", "Ruiz", "Tom Ruiz", "UN"]
    for d in 0..<300 {
      let doc = Self.document(&draw, id: "doc\(d)")
      var notes: [Diagnostic] = []
      let units = EventExtractor.units(of: doc, diagnostics: &notes)
      var entities: [[XEntity]] = []
      for u in units.indices {
        var list: [XEntity] = []
        var lo = draw.next(2)
        while lo < units[u].tokens.count {
          let hi = min(units[u].tokens.count, lo + 1 + draw.next(2))
          let (key, kind) = draw.pick(keys)
          // Mostly the key's own kind, sometimes another (the first mention's kind is kept).
          list.append(
            XEntity(
              key: key, kind: draw.next(5) == 0 ? draw.pick(keys).1 : kind, lo: lo, hi: hi,
              surface: draw.pick(surfaces)))
          lo = hi + draw.next(3)
        }
        entities.append(list)
      }
      let fast = EventExtractor.collectEntities(document: doc, units: units, entities: entities)
      let table = Self.tableEntities(document: doc, units: units, entities: entities)
      #expect(fast.0 == table.0, "document \(d)")
      #expect(fast.1 == table.1, "document \(d)")
    }
  }

  @Test func salientNamesAreTheNumberedTablesResult() {
    var draw = Draw(state: 11)
    var kept = 0
    for d in 0..<400 {
      let doc = Self.document(&draw, id: "doc\(d)", least: 3 + d % 12)
      var notes: [Diagnostic] = []
      let units = EventExtractor.units(of: doc, diagnostics: &notes)
      let finder = MentionFinder(
        document: doc, units: units, entities: Array(repeating: [], count: units.count), expressions: [])
      let names = finder.salientNames()
      #expect(names == Self.tableNames(units), "document \(d)")
      kept = max(kept, names.count)
    }
    // Some documents have more names than are kept, so the order of the kept ones matters.
    #expect(kept == MentionFinder.maxNames)
  }

  /// The entities and mentions as a table of records by key, updated mention by mention.
  static func tableEntities(document: Document, units: [XUnit], entities: [[XEntity]]) -> ([Entity], [EntityMention]) {
    var byKey: [String: (name: String, kind: Entity.Kind, aliases: [String])] = [:]
    var mentions: [EntityMention] = []
    for u in units.indices {
      for e in entities[u] {
        let span = document.source.span(units[u].tokens[e.lo].start, units[u].tokens[e.hi - 1].end)
        mentions.append(EntityMention(entity: e.key, surface: e.surface, span: span, role: units[u].role))
        var record = byKey[e.key] ?? (Gazetteer.shared.info[e.key]?.name ?? e.surface, e.kind, [])
        if !record.aliases.contains(e.surface) { record.aliases.append(e.surface) }
        if e.kind == .person || e.kind == .other, e.surface.count > record.name.count { record.name = e.surface }
        if e.kind == .city, Entity.writtenOverCapitals(e.surface, record.name) { record.name = e.surface }
        byKey[e.key] = record
      }
    }
    let ents = byKey.map { key, v in
      let name = v.kind == .city && Entity.isAllCaps(v.name) && v.name.count > 3 ? Entity.titleCased(v.name) : v.name
      return Entity(key: key, name: name, kind: v.kind, aliases: v.aliases.filter { $0 != name }.sorted())
    }.sorted()
    return (ents, mentions.sorted { ($0.span.start, $0.entity) < ($1.span.start, $1.entity) })
  }

  /// The salient names as a table numbering each name at its first occurrence.
  static func tableNames(_ units: [XUnit]) -> [String] {
    var number: [String: Int] = [:]
    var names: [(name: String, count: Int, lede: Bool)] = []
    var bodySeen = 0
    for u in units.indices where units[u].role != .caption && !units[u].allCaps {
      let role = units[u].role
      if role == .body { bodySeen += 1 }
      let toks = units[u].tokens
      let words = toks.filter(\.isWord)
      if words.count >= 3 && words.filter(\.isCap).count * 10 >= words.count * 6 { continue }
      let inLede = role == .headline || bodySeen <= 3
      var sawWord = false
      for k in toks.indices where toks[k].isWord {
        defer { sawWord = true }
        guard sawWord, toks[k].isCap, !toks[k].inTimex, !(toks[k].isAllCaps && toks[k].textCount > 4),
          toks[k].lowerCount >= 2, !toks[k].isIn(.nonNameCaps), !toks[k].isIn(.stopwords),
          Gazetteer.shared.title(toks, at: k) == nil
        else { continue }
        if let j = number[toks[k].lower] {
          names[j].count += 1
          if inLede { names[j].lede = true }
        } else {
          number[toks[k].lower] = names.count
          names.append((toks[k].lower, 1, inLede))
        }
      }
    }
    var kept = names.indices.filter { names[$0].count >= 2 || names[$0].lede }
    kept.sort { names[$0].count != names[$1].count ? names[$0].count > names[$1].count : $0 < $1 }
    return kept.prefix(MentionFinder.maxNames).map { names[$0].name }.sorted()
  }
}
