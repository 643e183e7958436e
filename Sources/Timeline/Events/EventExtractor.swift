/// Finds entities, event mentions and claims in one document.
///
/// Reads: sentences (roles, spans, analysis text), temporal expressions. Adds: a
/// ``DocumentExtraction`` with entities and their mentions, event mentions (class, trigger,
/// time, place, participants, host, ordinal, head of delegation, whether it is the document's
/// main event) and claims (counts, participant lists, quotes, roles, statuses). Uses the rule
/// families ``GazetteerData``, ``TriggerLexicon`` and ``ClaimRules``.
///
/// Every mention and claim cites its sentence (`document.cite(sentence.span)`) and keeps its
/// role, so captions stay apart from body text.
public struct EventExtractor: Sendable {
  public init() {}

  /// Extracts one document.
  ///
  /// - Parameters:
  ///   - document: a segmented document; `published` may be nil (then mention times are left
  ///     underspecified until ``reanchor(_:dct:tagger:)``).
  ///   - expressions: the document's temporal expressions (spans into the original file).
  /// - Returns: the document's extraction, every array sorted.
  public func extract(_ document: Document, expressions: [TemporalExpression]) -> DocumentExtraction {
    var diagnostics = document.diagnostics
    // The tagger's list is in span order already: sorted (a stable sort) only when it is not,
    // as `sorted` copied every expression into a new list.
    let inOrder = expressions.indices.dropFirst().allSatisfy { !(expressions[$0].span < expressions[$0 - 1].span) }
    let exprs = inOrder ? expressions : expressions.sorted { $0.span < $1.span }
    var units = Self.units(of: document, diagnostics: &diagnostics)
    Self.attach(exprs, to: &units)
    for k in units.indices { units[k].computeClauses() }
    let entities = EntityRecognizer().recognize(units)
    var mentions = MentionFinder(document: document, units: units, entities: entities, expressions: exprs).find()
    let dct = document.published.flatMap { Day(iso: String($0.value.prefix(10))) }
    Self.assignReferenceTimes(&mentions, dct: dct)
    var claims: [Claim]
    let claimNotes: [Diagnostic]
    (claims, claimNotes) = ClaimFinder(document: document, units: units, entities: entities, mentions: mentions).find()
    diagnostics += claimNotes
    mentions += Self.datedClauses(document, units: units, expressions: exprs, mentions: mentions)
    let (ents, entMentions) = Self.collectEntities(document: document, units: units, entities: entities)
    if units.isEmpty {
      diagnostics.append(
        Diagnostic(
          .note, code: "events.no-sentences", path: document.path,
          message: "\(document.path) has no body, headline or caption sentences to extract events from"))
    }
    // Sorted in place (the same stable sort): `sorted` copied each list into a new one,
    // retaining every mention and claim, and released the old.
    mentions.sort { $0.triggerSpan < $1.triggerSpan }
    claims.sort { ($0.citation.start, $0.attribute, $0.id) < ($1.citation.start, $1.attribute, $1.id) }
    diagnostics.sort()
    return DocumentExtraction(
      document: document.id, path: document.path, title: document.title, outlet: document.outlet,
      url: document.url, author: document.author, published: document.published, expressions: exprs,
      entities: ents, entityMentions: entMentions, mentions: mentions, claims: claims, diagnostics: diagnostics)
  }

  /// Recomputes every time that depends on the document's creation time, once it is known.
  ///
  /// Expression values are re-anchored with `tagger.reanchor`; mention times taken from an
  /// expression follow it; implied times (the document's reference time) become `dct`; times
  /// inherited from the main event are inherited again.
  ///
  /// With `keepResolved`, expressions that already have a full value (a year-less date
  /// whose year came from corpus propagation) keep it; only underspecified ones (`XXXX-…`)
  /// are anchored on `dct`.
  public func reanchor(
    _ extraction: DocumentExtraction, dct: Day, tagger: TemporalTagger, keepResolved: Bool = false
  ) -> DocumentExtraction {
    var out = extraction
    out.expressions = extraction.expressions.map { e in
      keepResolved && !e.value.contains("X") ? e : tagger.reanchor(e, dct: dct)
    }
    var bySpan: [SourceSpan: TemporalExpression] = [:]
    for e in out.expressions { bySpan[e.span] = e }
    for k in out.mentions.indices {
      guard var t = out.mentions[k].time else { continue }
      if t.rule == Self.referenceRule || t.rule == Self.inferredReferenceRule {
        // The article's own date, inferred: it does not bound the main event (see
        // ``EventResolver/range(_:)``) as a stated publication date does.
        t.value = dct.description
        t.rule = Self.inferredReferenceRule
      } else if t.rule == Self.offsetRule, let semantics = t.anchor?.semantics {
        // Counted from a date of its sentence (re-anchored above) or from the article's date.
        let base = t.span.flatMap { bySpan[$0] }.map { TemporalSemantics.fixed(String($0.value.prefix(10))) }
        t.value = (base.map { semantics.rebased(on: $0) } ?? semantics).resolve(dct)
      } else if t.rule != Self.mainEventRule, let span = t.span, let e = bySpan[span] {
        t.value = e.value
        t.mod = e.mod
        t.anchor = e.anchor
      }
      out.mentions[k].time = t
    }
    // Inherited times follow the main event's stated time again.
    if let main = out.mentions.first(where: { $0.isMain && ($0.time?.stated ?? false) })?.time {
      for k in out.mentions.indices where out.mentions[k].time?.rule == Self.mainEventRule {
        out.mentions[k].time?.value = main.value
        out.mentions[k].time?.mod = main.mod
        out.mentions[k].time?.anchor = main.anchor
      }
    }
    return out
  }

  static let referenceRule = "events.time.document-reference"
  static let inferredReferenceRule = "events.time.inferred-document-reference"
  static let mainEventRule = "events.time.main-event"
  /// A reference event's time counted from an anchor ("six days after the explosion").
  static let offsetRule = "events.time.offset-reference"

  /// Mentions whose clause states no time get the document's reference time (not stated).
  static func assignReferenceTimes(_ mentions: inout [EventMention], dct: Day?) {
    let value = dct?.description ?? "PRESENT_REF"
    for k in mentions.indices where mentions[k].time == nil {
      mentions[k].time = MentionTime(
        expression: nil, span: nil, value: value, rule: referenceRule, stated: false, anchor: referenceAnchor)
    }
  }

  /// The anchor of a reference time, parsed once (not once per mention).
  static let referenceAnchor = RelativeSpec(form: "shift:day:0:day")

  // MARK: - Sentences

  /// Body, headline and caption sentences as token lists.
  ///
  /// A sentence the segmenter did not cut (a whole block given as one sentence) is split at
  /// sentence ends and blank lines.
  static func units(of document: Document, diagnostics: inout [Diagnostic]) -> [XUnit] {
    // By index: a sentence copied out of the array retains every field.
    let sentences = document.sentences
    // Room for a unit per sentence (most sentences make one): grown from empty, the list was
    // copied to a new one about five times a document.
    var units: [XUnit] = []
    units.reserveCapacity(sentences.count)
    // The tokenizer's shared tables, read once for the document's sentences.
    let tables = ExtractionTokenizer.Tables.classifying
    for k in sentences.indices {
      let role = sentences[k].role
      guard role == .body || role == .headline || role == .caption else { continue }
      // Token offsets come in increasing order: a cursor walks the runs once per sentence. A
      // sentence of one run (most: no markup or escape inside) maps by that run, as the
      // cursor does there, without its walk and its call per offset.
      let runs = sentences[k].offsets.runs
      let toks: [XToken]
      if runs.count == 1 {
        var offsets = RunOffsets(run: runs[0])
        toks = ExtractionTokenizer.tokenize(sentences[k].clean, tables: tables, offsets: &offsets)
      } else {
        var offsets = sentences[k].offsets.cursor
        toks = ExtractionTokenizer.tokenize(sentences[k].clean, tables: tables, offsets: &offsets)
      }
      guard !toks.isEmpty else { continue }
      let paragraph = sentences[k].paragraph
      if !sentences[k].segmented {
        for piece in split(toks) {
          units.append(unit(piece, index: units.count, paragraph: paragraph, role: role, document: document))
        }
      } else {
        // Made in the list: a unit made aside and appended was copied (its token list retained)
        // and then dropped.
        units.append(
          unit(toks, index: units.count, paragraph: paragraph, role: role, span: sentences[k].span, document: document))
      }
    }
    // One note per problem and document, at its first occurrence, with the count.
    let long = units.filter { !$0.isCitedWhole }
    if let first = long.first {
      diagnostics.append(
        Diagnostic(
          .note, code: "events.long-sentence", path: document.path, line: first.span.line, start: first.span.start,
          end: first.span.end,
          message:
            "\(document.path): \(long.count) sentence(s) longer than \(XUnit.maxCitedBytes) bytes (the first has \(first.span.length)) were analysed in windows: statements are cited by the 30 words around them, and arguments farther than 40 words from a trigger are not linked"
        ))
    }
    let caps = units.filter { $0.allCaps && $0.tokens.count > 3 }
    if let first = caps.first {
      diagnostics.append(
        Diagnostic(
          .note, code: "events.all-caps", path: document.path, line: first.span.line, start: first.span.start,
          end: first.span.end,
          message:
            "\(document.path): \(caps.count) all-caps sentence(s): person names and titles were not recognized in them")
      )
    }
    return units
  }

  /// A unit of `toks`, whose span is `span` (by default the tokens' own).
  private static func unit(
    _ toks: [XToken], index: Int, paragraph: Int, role: TextRole, span: SourceSpan? = nil, document: Document
  ) -> XUnit {
    var letters = 0
    var caps = 0
    var capitalized = 0
    var sets: XWordSets = []
    for t in toks {
      sets.formUnion(t.sets)
      guard t.isWord else { continue }
      letters += 1
      if t.isAllCaps { caps += 1 }
      if t.isCap { capitalized += 1 }
    }
    return XUnit(
      index: index, paragraph: paragraph, role: role,
      span: span ?? document.source.span(toks.first?.start ?? 0, toks.last?.end ?? 0), tokens: toks,
      allCaps: letters >= 3 && caps * 10 >= letters * 7, titleCase: letters >= 3 && capitalized * 10 >= letters * 6,
      sets: sets)
  }

  /// Splits tokens into sentences when the segmenter did not.
  ///
  /// Splits at blank lines, and after `.`, `!` or `?` before a capital or a quote.
  static func split(_ toks: [XToken]) -> [[XToken]] {
    var out: [[XToken]] = []
    var cur: [XToken] = []
    var i = 0
    while i < toks.count {
      let t = toks[i]
      if t.breakBefore, !cur.isEmpty {
        out.append(cur)
        cur = []
      }
      cur.append(t)
      i += 1
      if t.text == "." || t.text == "!" || t.text == "?" {
        // A closing quote glued to the period belongs to this sentence.
        while i < toks.count, (toks[i].isQuote || toks[i].text == ")"), !toks[i].spaceBefore {
          cur.append(toks[i])
          i += 1
        }
        if i >= toks.count || toks[i].isCap || toks[i].isQuote || toks[i].breakBefore {
          out.append(cur)
          cur = []
        }
      }
    }
    if !cur.isEmpty { out.append(cur) }
    return out
  }

  /// Marks tokens inside temporal expressions and records each expression's token range.
  static func attach(_ exprs: [TemporalExpression], to units: inout [XUnit]) {
    guard !exprs.isEmpty else { return }
    var e = 0
    for u in units.indices {
      let span = units[u].span
      while e < exprs.count, exprs[e].span.end <= span.start { e += 1 }
      var k = e
      var t = 0
      while k < exprs.count, exprs[k].span.start < span.end {
        let x = exprs[k].span
        while t < units[u].tokens.count, units[u].tokens[t].end <= x.start { t += 1 }
        var lo = t
        var hi = t
        while hi < units[u].tokens.count, units[u].tokens[hi].start < x.end {
          units[u].tokens[hi].inTimex = true
          hi += 1
        }
        if hi > lo {
          units[u].timexes.append((k, lo, hi))
        }
        lo = hi
        k += 1
      }
    }
  }

  // MARK: - Entities

  /// The document's entities and entity mentions, each list sorted.
  ///
  /// An entity's record is read from its mentions grouped by key: their numbers sorted by key
  /// (a stable sort, so each key's mentions stay in document order), then each run read once.
  /// A table of records by key, updated in place per mention, allocated its accessor's frame
  /// and a closure context at every mention and an alias list per key, which was filtered and
  /// sorted into two more; now an entity allocates only its list of aliases, when it has any.
  static func collectEntities(document: Document, units: [XUnit], entities: [[XEntity]]) -> ([Entity], [EntityMention])
  {
    let count = entities.reduce(0) { $0 + $1.count }
    var mentions: [EntityMention] = []
    mentions.reserveCapacity(count)
    let places = Gazetteer.shared.info
    var ents: [Entity] = []
    // Each mention's number in `mentions` and its entity's kind.
    withUnsafeTemporaryAllocation(of: (mention: Int32, kind: Entity.Kind).self, capacity: max(count, 1)) { buffer in
      for u in units.indices {
        let (toks, role, list) = (units[u].tokens, units[u].role, entities[u])
        // By index, reading the fields used: an entity copied out of the list retained each of
        // its strings.
        for e in list.indices {
          let span = document.source.span(toks[list[e].lo].start, toks[list[e].hi - 1].end)
          buffer[mentions.count] = (Int32(mentions.count), list[e].kind)
          mentions.append(EntityMention(entity: list[e].key, surface: list[e].surface, span: span, role: role))
        }
      }
      var order = UnsafeMutableBufferPointer(rebasing: buffer[..<mentions.count])
      order.sort { mentions[Int($0.mention)].entity < mentions[Int($1.mention)].entity }
      // The list at its size (one entity per run of a key), as the document keeps it.
      var keys = order.isEmpty ? 0 : 1
      for k in order.indices.dropFirst()
      where mentions[Int(order[k].mention)].entity != mentions[Int(order[k - 1].mention)].entity {
        keys += 1
      }
      ents.reserveCapacity(keys)
      // One key's distinct surfaces, in order of first sight (a key has a few, and comparing
      // them is cheaper than hashing each into a set); one list emptied for each key.
      var surfaces: [String] = []
      var run = 0
      while run < order.count {
        let key = mentions[Int(order[run].mention)].entity
        let kind = order[run].kind
        var name = places[key]?.name ?? mentions[Int(order[run].mention)].surface
        surfaces.removeAll(keepingCapacity: true)
        var end = run
        while end < order.count, mentions[Int(order[end].mention)].entity == key {
          let surface = mentions[Int(order[end].mention)].surface
          if !surfaces.contains(surface) { surfaces.append(surface) }
          let mentionKind = order[end].kind
          if mentionKind == .person || mentionKind == .other, surface.count > name.count { name = surface }
          // A dateline's capitals ("L'AQUILA, Italy -") give way to the name as the text writes it.
          if mentionKind == .city, Entity.writtenOverCapitals(surface, name) { name = surface }
          end += 1
        }
        if kind == .city && Entity.isAllCaps(name) && name.count > 3 { name = Entity.titleCased(name) }
        var aliases: [String] = []
        for s in surfaces where s != name { aliases.append(s) }
        aliases.sort()
        ents.append(Entity(key: key, name: name, kind: kind, aliases: aliases))
        run = end
      }
    }
    mentions.sort { ($0.span.start, $0.entity) < ($1.span.start, $1.entity) }
    return (ents, mentions)
  }
}
