/// Events named as the point a time is counted from: "two days after the port explosion",
/// "weeks after deadly blast", "a year after the earthquake", "three days before the vote".
///
/// Such an event is background to the clause it sits in: it happened before ("after",
/// "following") or after ("before") the clause's time. So
/// - it does not take the clause's date, and it is not the article's news (so an implied
///   date, the article's own, never binds it);
/// - it is not what a headline or lede is about when the sentence names another event ("Fire
///   breaks out at Beirut port weeks after deadly blast" is about the fire);
/// - with a counted duration its time follows from an anchor: the nearest date of its
///   sentence ("on Monday, six days after the explosion" → Monday minus six days), or else the
///   article's date for months and years ("a year after the earthquake").
extension MentionFinder {
  /// A reference phrase ending at a trigger.
  struct Reference {
    /// -1: the event comes before the clause's time ("after", "following", "since"); 1: after it
    /// ("before").
    var direction: Int
    /// The token of "after", "following", "since" or "before".
    var word: Int
    /// The duration counted ("two days", "weeks"), when a duration ends right before `word`.
    var duration: (expression: Int, lo: Int)?
    /// "the day after", "the day before": one day counted (the token of "the").
    var theDay: Int?
  }

  /// The attribute marking a mention as a reference point ("after" or "before").
  static let referenceKey = "reference"
  /// The attribute giving a counted reference's distance in days ("13 days after the fire" →
  /// "13", "a week after" → "7", "the day after" → "1"), set in the headline and lede: once
  /// another report dates the reference event, the story's time follows
  /// (``DCTPropagation/fromMainEvents``).
  static let referenceDaysKey = "referenceDays"
  static let referenceWords: [String: Int] = ["after": -1, "following": -1, "since": -1, "before": 1]
  /// Auxiliaries of a passive or perfect verb right before a reference trigger ("after the
  /// telescope was launched", "since the dam had been breached").
  static let referenceAuxiliaries: Set<String> = ["was", "were", "had", "been"]
  /// Prepositions that make a duration a stretch of time ("over two days", "for hours").
  static let spanPrepositions: Set<String> = ["over", "for", "during", "within", "in", "throughout", "across"]
  /// Words that end the noun phrase before a trigger: verbs of saying and being,
  /// conjunctions and prepositions ("after police said the blast"). A subject pronoun does not
  /// ("the day after she won the contest").
  static let referenceStops: Set<String> = [
    "and", "or", "but", "said", "says", "told", "was", "were", "is", "are", "had", "has", "have", "been", "be",
    "that", "which", "who", "when", "where", "as", "to", "of", "in", "on", "at", "by", "for", "with", "from",
    "into", "than", "not", "no", "if", "while",
  ]

  /// The reference phrase whose noun is the trigger at `i`: "after", "following", "since" or
  /// "before" at most four modifiers before it ("after the port explosion", "after deadly blast",
  /// "after last week's attack", "his largest gathering since the invasion"). A bare "before" names no reference ("leaders gathered before
  /// the summit" is about the summit): only a counted one does ("three days before the vote",
  /// "the day before the vote").
  static func reference(_ unit: XUnit, _ expressions: [TemporalExpression], _ i: Int) -> Reference? {
    let toks = unit.tokens
    var p = i - 1
    // "eleven days after the telescope was launched", "the day after the dam had been breached":
    // the auxiliaries of a passive or perfect verb trigger belong to the verb, not to a clause
    // that ends the phrase.
    if p >= 1, Self.referenceAuxiliaries.contains(toks[p].lower) {
      p -= 1
      if p >= 1, toks[p + 1].lowerIs("been"), Self.referenceAuxiliaries.contains(toks[p].lower) { p -= 1 }
    }
    while p >= 0, i - p <= 5 {
      if !toks[p].inTimex, toks[p].isIn(.referenceWords), let direction = referenceWords[toks[p].lower] {
        // "the following statement": an adjective, not a preposition.
        if toks[p].lower == "following", p == i - 1 || (p > 0 && toks[p - 1].isIn(.determiners)) { return nil }
        // "over two days before reaching its verdict", "for hours after the blast": how long
        // something lasted, not a count from the event.
        let duration = unit.timexes.last {
          $0.hi == p && expressions[$0.expression].kind == .duration
            && !Self.spanPrepositions.contains(toks[$0.lo].lower)
            && !($0.lo > 0 && Self.spanPrepositions.contains(toks[$0.lo - 1].lower))
        }
        let theDay = p >= 2 && toks[p - 1].lower == "day" && toks[p - 2].lower == "the" && !toks[p - 1].inTimex ? p - 2 : nil
        if direction > 0, duration == nil, theDay == nil { return nil }
        return Reference(
          direction: direction, word: p, duration: duration.map { ($0.expression, $0.lo) }, theDay: theDay)
      }
      // "of" inside a name: "one week after the Duke of Edinburgh died". Not in a headline,
      // whose capitals name nothing ("Riots Erupt Following Death of Brooklyn Teen Killed").
      let nameOf =
        toks[p].lowerIs("of") && unit.role != .headline && p > 0 && toks[p - 1].isCap && toks[p - 1].isWord
        && toks[p + 1].isCap
      let modifier =
        toks[p].inTimex || toks[p].isPossessive || toks[p].isHyphen || nameOf
        || (toks[p].isWord && !toks[p].isIn(.referenceStops) && !toks[p].isIn(.speechVerbs))
      guard modifier else { return nil }
      p -= 1
    }
    return nil
  }

  /// The token of a reference word at or after `from` and before `end` that opens a reference
  /// phrase: an event trigger follows whose ``reference(_:_:_:)`` is that word ("… on
  /// Wednesday, three days after the Ethiopian Airlines crash"). Nil when there is none.
  static func referenceStart(_ unit: XUnit, _ expressions: [TemporalExpression], after from: Int, before end: Int) -> Int? {
    let toks = unit.tokens
    guard from < min(end, toks.count) else { return nil }
    for p in from..<min(end, toks.count) where toks[p].isIn(.referenceWords) && !toks[p].inTimex {
      for j in p + 1..<min(toks.count, p + 6) where TriggerLexicon.match(toks, at: j) != nil {
        if reference(unit, expressions, j)?.word == p { return p }
      }
    }
    return nil
  }

  /// The days a reference phrase counts: a number of days or weeks ("13 days after", "a week
  /// after"), a month or two as 30 days each ("nearly a month after the Oct. 29 crash": the
  /// story's weekdays then pick the day), or one for "the day after". Nil when uncounted ("weeks
  /// after") or counted in longer spans (too coarse to date a day by).
  func countedDays(_ ref: Reference) -> Int? {
    if let d = ref.duration, let (count, unit) = Self.countedAmount(expressions[d.expression]), let n = count {
      switch unit {
      case "D": return n
      case "W": return 7 * n
      case "M" where n <= 2: return 30 * n
      default: return nil
      }
    }
    return ref.theDay == nil ? nil : 1
  }

  /// ``durationAmount(_:)`` of a duration that counts exactly: "less than a week after the
  /// explosions" and "more than two days after" bound the distance, they do not give it.
  static func countedAmount(_ e: TemporalExpression) -> (n: Int?, unit: Character)? {
    if let mod = e.mod, boundMods.contains(mod) { return nil }
    return durationAmount(e.value)
  }

  /// The TimeML modifiers of a bound: "less than", "more than", "at most", "at least".
  static let boundMods: Set<String> = ["LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"]

  /// The amount and unit of a duration value: "P6D" → (6, "D"), "PXW" → (nil, "W"); hours
  /// and shorter ("PT3H") → nil.
  static func durationAmount(_ value: String) -> (n: Int?, unit: Character)? {
    guard value.hasPrefix("P"), !value.hasPrefix("PT"), let unit = value.last, "DWMY".contains(unit) else { return nil }
    let digits = value.dropFirst().dropLast()
    if digits == "X" { return (nil, unit) }
    guard let n = Int(digits), n > 0 else { return nil }
    return (n, unit)
  }

  /// The time of a counted reference event: the anchor (the nearest date of the sentence outside
  /// the phrase, or the article's date) moved back ("after") or forward ("before") by the
  /// duration. Days give a day; weeks the ISO week (approximate); months and years, counted
  /// from the article's date only, a month or a year. Nil for uncounted durations ("weeks
  /// after"), hours, months or years counted from another date, and anchors that need the
  /// date of an undated article.
  func offsetTime(_ unit: XUnit, _ ref: Reference, trigger i: Int) -> MentionTime? {
    let n: Int
    let u: Character
    let lo: Int
    let counted: String
    if let d = ref.duration, let (count, unit) = Self.countedAmount(expressions[d.expression]), let k = count {
      (n, u, lo, counted) = (k, unit, d.lo, expressions[d.expression].text)
    } else if let t = ref.theDay {
      (n, u, lo, counted) = (1, "D", t, "the day")
    } else {
      return nil
    }
    var anchor: (dist: Int, idx: Int)?
    for tx in unit.timexes where tx.hi <= lo || tx.lo > i {
      let a = expressions[tx.expression]
      guard a.kind == .date || a.kind == .time, !a.value.hasPrefix("P"), !a.value.hasSuffix("_REF") else { continue }
      let dist = tx.hi <= lo ? lo - tx.hi : tx.lo - i
      if anchor == nil || dist < (anchor?.dist ?? Int.max) { anchor = (dist, tx.expression) }
    }
    // In an undated article a relative anchor ("on Sunday") waits for the corpus to date the
    // article, which it may do from this very event: counted from it, the event would date
    // itself.
    if document.published == nil, anchor.map({ expressions[$0.idx].anchor != nil }) ?? true { return nil }
    let shift = ref.direction * n
    let semantics: TemporalSemantics
    let base: TemporalSemantics
    var mod: String? = nil
    if let a = anchor.map({ expressions[$0.idx] }) {
      let day = String(a.value.prefix(10))
      base = Day(iso: day) != nil ? .fixed(day) : (a.anchor?.semantics ?? .fixed(a.value))
    } else {
      base = .shift(.day, 0, .day)
      mod = "APPROX"  // the article's date is near the narrative's present, not on it
    }
    switch u {
    case "D": semantics = .dayOffset(base, shift)
    case "W":
      semantics = .weekOf(.dayOffset(base, 7 * shift))
      mod = "APPROX"
    case "M" where anchor == nil:
      semantics = .shift(.month, shift, .month)
      mod = nil  // a month or a year is coarse enough
    case "Y" where anchor == nil:
      semantics = .shift(.year, shift, .year)
      mod = nil
    default: return nil
    }
    let dct = document.published.flatMap { Day(iso: String($0.value.prefix(10))) }
    let said = counted + " " + unit.tokens[ref.word].lower
    return MentionTime(
      expression: said, span: anchor.map { expressions[$0.idx].span }, value: semantics.resolve(dct), mod: mod,
      rule: EventExtractor.offsetRule, stated: true, anchor: RelativeSpec(semantics, anaphoric: false))
  }
}

extension TemporalSemantics {
  /// This offset (``MentionFinder/offsetTime(_:_:trigger:)``) counted from `base` instead.
  func rebased(on base: TemporalSemantics) -> TemporalSemantics {
    switch self {
    case .dayOffset(_, let n): return .dayOffset(base, n)
    case .weekOf(let inner): return .weekOf(inner.rebased(on: base))
    default: return self
    }
  }
}

extension MentionFinder {
  /// Incidents that happen at one place (not a war, a withdrawal or a round of talks).
  static let localClasses: Set<String> = [
    "attack", "disaster", "fire", "crash", "killing", "robbery", "kidnapping", "protest", "outage", "rescue", "emergency",
  ]

  /// What the story tells of its reference events, once its main class is chosen.
  ///
  /// - Place: a local incident named as a reference without a place of its own and not
  ///   indefinite ("weeks after the explosion" in a report of a fire at Beirut's port) is the
  ///   one the story's readers know, at the place of the story, when the story is a local
  ///   incident too. Talks in Moscow "after the withdrawal" are not about a Moscow withdrawal,
  ///   nor "after the attack" about a Moscow attack.
  /// - Earlier occurrences: an event counted back from by weeks, months or years ("weeks after
  ///   deadly blast", "a year after the earthquake") is one (it owns its sentence's tolls, and
  ///   its set never joins one that lies on or after the story's day), unless it may be the
  ///   story's own event: of the main class, and undated or dated compatibly with it ("the
  ///   toll rose on Sunday, a week after the explosion" in a report of that explosion).
  func settleReferences(_ raws: inout [Raw], mainClass: String, mainTime: MentionTime?, mainPlace: String?) {
    for k in raws.indices {
      guard let r = raws[k].reference else { continue }
      if raws[k].mention.place == nil, let mp = mainPlace, Self.localClasses.contains(mainClass),
        Self.localClasses.contains(raws[k].mention.eventClass), !indefinite(raws, k)
      {
        raws[k].mention.take(place: mp, source: "reference")
      }
      guard r.direction < 0, !raws[k].marks.contains(.instance), let d = r.duration,
        let (_, unit) = Self.durationAmount(expressions[d.expression].value), unit != "D"
      else { continue }
      if raws[k].mention.eventClass == mainClass {
        // Undated ("weeks after the floods"), or dated compatibly with the story: it may be
        // the story's own event.
        guard raws[k].mention.time?.rule == EventExtractor.offsetRule, let t = raws[k].mention.time else { continue }
        if let mt = mainTime, t.temporalValue.isCompatible(with: mt.temporalValue) { continue }
      }
      raws[k].set(.instance, EventMention.instanceKey, EventMention.earlierInstance)
    }
  }
}
