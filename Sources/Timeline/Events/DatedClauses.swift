/// Dated clauses that report no known kind of event.
///
/// "Navy divers on Thursday recovered the flight data recorder", "the Constitutional Council
/// formally proclaimed the result on Wednesday", "the Justice Department said on Monday that
/// it had seized …": the trigger lexicon names none of these acts, yet each is a dated
/// happening a reader of the timeline wants, and its date is one the article normalizes.
/// Each becomes a mention of its own (class `statement` after a speech verb, `event`
/// otherwise) whose time is its clause's date, with rule ``EventExtractor/datedClauseRule``.
///
/// Such a mention is a fact of one article: it is never compared with another mention
/// (``EventResolver/blockingKeys(for:)`` gives it a block of its own), so it never joins an
/// event, and it is found after the claims, so no count or quote attaches to it.
extension EventExtractor {
  /// The time rule of a dated-clause mention.
  static let datedClauseRule = "events.time.dated-clause"

  /// One mention for each date of a body sentence that no mention's time took and whose
  /// clause has a verb; the verb (the nearest to the date in its clause) is the trigger.
  static func datedClauses(
    _ document: Document, units: [XUnit], expressions: [TemporalExpression], mentions: [EventMention]
  ) -> [EventMention] {
    // The spans the mentions' times took and the mentions' trigger starts, sorted and searched
    // by halves, with the few this function adds in sets beside them (made only when it adds
    // one): two sets of every mention, hashing each and grown from empty, were about 700
    // instructions a mention.
    var timeSpans: [SourceSpan] = []
    var triggerStarts: [Int] = []
    timeSpans.reserveCapacity(mentions.count)
    triggerStarts.reserveCapacity(mentions.count)
    for m in mentions {
      if let s = m.time?.span { timeSpans.append(s) }
      triggerStarts.append(m.triggerSpan.start)
    }
    timeSpans.sort(by: Self.spanOrder)
    triggerStarts.sort()
    var takenSpans = Set<SourceSpan>()
    var addedStarts = Set<Int>()
    func taken(_ span: SourceSpan) -> Bool {
      let k = timeSpans.partitionPoint { Self.spanOrder($0, span) }
      return (k < timeSpans.count && timeSpans[k] == span) || takenSpans.contains(span)
    }
    var out: [EventMention] = []
    // By index: a unit copied out of the list retained its token and expression lists.
    for u in units.indices where units[u].role == .body {
      let toks = units[u].tokens
      for tx in units[u].timexes {
        let e = expressions[tx.expression]
        guard e.kind == .date || e.kind == .time, Self.datable(e.value), !taken(e.span),
          !Self.isDateline(toks, tx.lo, tx.hi), !Self.isStretch(toks, tx.lo, e.text),
          let verb = Self.clauseVerb(toks, from: tx.lo, to: tx.hi)
        else { continue }
        let span = document.source.span(toks[verb].start, toks[verb].end)
        let k = triggerStarts.partitionPoint { $0 < span.start }
        guard !(k < triggerStarts.count && triggerStarts[k] == span.start), addedStarts.insert(span.start).inserted
        else { continue }
        takenSpans.insert(e.span)
        let speech = toks[verb].isIn(.speechVerbs) || MentionFinder.saidBefore(toks, tx.lo)
        out.append(
          EventMention(
            id: ExtractionID.make(document: document.id, start: span.start), document: document.id,
            eventClass: speech ? MentionFinder.statementClass : MentionFinder.fallbackClass,
            trigger: toks[verb].text, triggerSpan: span, citation: units[u].cite(document, around: verb),
            role: units[u].role,
            time: MentionTime(
              expression: e.text, span: e.span, value: e.value, mod: e.mod, rule: Self.datedClauseRule, stated: true,
              anchor: e.anchor)))
      }
    }
    return out
  }

  /// A total order of spans that tells apart every two unequal ones (by start, end, then line).
  static func spanOrder(_ a: SourceSpan, _ b: SourceSpan) -> Bool {
    (a.start, a.end, a.line) < (b.start, b.end, b.line)
  }

  /// "prices have risen over the past year": a stretch of time a trend runs through, not
  /// the day of a happening (but "was declared over last month" dates the declaration).
  static func isStretch(_ toks: [XToken], _ lo: Int, _ text: String) -> Bool {
    guard lo > 0, toks[lo - 1].lower == "over" || toks[lo - 1].lower == "throughout" else { return false }
    let t = text.lowercased()
    return ["the past", "the last", "the next", "the coming", "recent"].contains { t.hasPrefix($0) }
  }

  /// A value that names a time on the calendar: not a duration, not "now" or "in the past".
  static func datable(_ value: String) -> Bool {
    !value.hasPrefix("P") && !value.hasSuffix("_REF")
  }

  /// "FALMOUTH, England, June 10 (Reuters) -": the date of a dateline stamps the article; it
  /// reports nothing.
  static func isDateline(_ toks: [XToken], _ lo: Int, _ hi: Int) -> Bool {
    guard lo < 8, hi < toks.count else { return false }
    return ["(", "-", "—", "–"].contains(toks[hi].text)
  }

  /// The verb of the clause that holds tokens `lo..<hi` nearest to them, at most
  /// ``verbReach`` tokens away: a speech verb, a word in `-ed`, or a common irregular past
  /// form; nil when the clause shows none there. (A bounded window keeps a sentence of a
  /// hundred thousand words with many dates linear.) `toks` are a sentence's tokens, with their
  /// clause numbers (``XToken/clause``).
  static func clauseVerb(_ toks: [XToken], from lo: Int, to hi: Int) -> Int? {
    let clause = toks[lo].clause
    var best: (dist: Int, k: Int)?
    let window = max(0, lo - verbReach)..<min(toks.count, hi + verbReach)
    for k in window where toks[k].clause == clause && !(lo..<hi).contains(k) {
      let t = toks[k]
      guard t.isWord, !t.inTimex, !t.isCap || k == 0, Self.looksLikeVerb(t) else { continue }
      // "cleared the flooded streets on Sunday": a participle after an article or a
      // possessive modifies a noun; the clause's verb is another word.
      if k > 0, Self.nounModifierStarts.contains(toks[k - 1].lower), !Self.pastForms.contains(t.lower) { continue }
      let dist = k < lo ? lo - k : k - hi
      if dist < best?.dist ?? Int.max { best = (dist, k) }
    }
    return best?.k
  }

  /// Tokens on either side of a date within which its clause's verb is looked for.
  static let verbReach = 40

  static func looksLikeVerb(_ t: XToken) -> Bool {
    if t.isIn(.speechVerbs) || Self.pastForms.contains(t.lower) { return true }
    let w = t.lower.utf8
    return w.count >= 5 && w.suffix(2).elementsEqual("ed".utf8) && !Self.notVerbsInEd.contains(t.lower)
  }

  /// Words after which a participle modifies a noun ("the flooded streets", "its damaged
  /// roof"). Not "that", which also starts a clause ("the storm that flooded the town").
  static let nounModifierStarts: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those",
  ]

  /// Common irregular past forms and the forms of "be" and "have" that carry a clause.
  static let pastForms: Set<String> = [
    "was", "were", "had", "began", "came", "went", "fell", "rose", "met", "won", "lost", "took", "made", "gave",
    "held", "left", "led", "told", "said", "hit", "struck", "sent", "ran", "found", "flew", "drove", "saw", "became",
    "brought", "built", "set", "put", "shut", "kept", "paid", "sold", "chose", "spoke", "wrote", "broke", "stood",
    "swept", "tore", "spread", "sank", "froze", "wore", "drew", "grew", "threw", "knew", "got", "sat", "shot",
    "fought", "caught", "taught", "bought", "meant", "felt", "heard", "beat", "bit", "fled", "overtook", "undertook",
    "will", "would", "is", "are", "has", "have", "begins", "begin", "meets", "meet",
  ]

  /// Words in "-ed" that are seldom verbs.
  static let notVerbsInEd: Set<String> = [
    "hundred", "indeed", "speed", "breed", "greed", "bleed", "creed", "seed", "need", "shed", "bred",
    "embed", "sacred", "naked", "wicked", "rugged", "ragged", "jagged", "kindred", "beloved", "aged", "wretched",
  ]
}

extension EventMention {
  /// A mention of a dated clause (``EventExtractor/datedClauses(_:units:expressions:mentions:)``).
  var isDatedClause: Bool { time?.rule == EventExtractor.datedClauseRule }
}
