/// The temporal rules: recognizers that start at one token and return the longest
/// expression they can read from there. ``TemporalTagger`` calls ``match(_:)`` once per token
/// position, so every rule family is dispatched on its first token and the text is scanned
/// once.
///
/// Rule ids (`temporal.<family>.<form>`) name what matched; examples for each family live in
/// `fixtures/dates/*.tsv`.
struct TemporalGrammar {
  struct P {
    var start: Int
    var end: Int
    var kind: TemporalExpression.Kind
    var sem: TemporalSemantics
    var mod: String? = nil
    var rule: String
    var anaphoric = false
  }

  let t: [TToken]
  let dayFirst: Bool

  /// Words the rules test for besides the vocabulary tables.
  static let functionWords: Set<String> = [
    "the", "a", "an", "last", "next", "this", "that", "these", "past", "coming", "previous",
    "following", "upcoming", "prior", "early", "earlier", "mid", "middle", "late", "later", "end",
    "beginning", "start", "close", "of", "ago", "before", "after", "since", "until", "in", "on",
    "at", "by", "from", "to", "through", "during", "every", "each", "few", "several", "many",
    "couple", "half", "and", "or", "so", "more", "less", "than", "least", "most", "up", "no",
    "fiscal", "today", "yesterday", "tomorrow", "tonight", "noon", "midnight", "midday", "m", "p",
    "am", "pm", "est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "gmt", "utc", "bst", "cet",
    "cest", "ist", "et", "pt", "s", "st", "nd", "rd", "th", "will", "shall", "ll", "d", "expected",
    "vs", "family", "assembly", "rally", "ally", "supply", "reply", "monopoly",
    "scheduled", "plans", "plan", "planned", "due", "said", "was", "were", "had", "did", "told",
    "same", "near", "distant", "foreseeable", "present", "right", "latest", "year-earlier", "ago",
    "q", "h", "other", "fewer", "just", "christmas", "eve", "halloween", "thanksgiving", "easter", "new", "thousand",
    "period", "ahead", "old", "long", "short", "immediate", "term", "additional", "straight", "consecutive", "under", "as", "hence", "is", "are", "going", "would", "for",
    "within", "throughout", "full", "trading", "business", "calendar", "year's", "o", "clock",
    "people", "men", "women", "children", "police", "staff", "cattle", "feet", "sheep", "personnel",
    "bought", "brought", "sold", "made", "took", "gave", "came", "went", "began", "left", "met", "won", "lost",
    "fell", "rose", "held", "led", "paid", "sent", "spent", "found", "thought", "became", "got", "saw", "knew",
    "struck", "fought", "fled", "kept", "ran", "wrote", "spoke", "broke", "chose", "drove", "flew", "grew",
    "threw", "sank", "stood", "sat", "built", "meant", "felt", "heard", "laid", "shot", "hid", "slid", "swept",
    "tore", "wore", "swore", "stole", "froze", "woke", "rode", "shook", "forgot", "forgave", "bled", "dealt", "dug", "hung", "sang", "rang", "sprang", "swam", "drank", "caught", "taught", "sought", "lent", "slept", "wept", "crept", "spun", "stuck", "drew", "withdrew", "blew", "ate", "arose", "underwent", "undertook", "overtook", "withheld", "upheld", "oversaw", "overcame", "understood", "shrank", "strode",
    "ended", "ending", "planning", "throughout", "set", "could", "should", "might", "must", "can", "be", "being", "am",
    "its", "their", "his", "her", "our", "your", "my", "those", "all", "average", "while",
    "need", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "bleed", "breed", "supposed", "slated",
    "local", "time", "poised", "likely", "corresponding", "comparable", "high", "date", "effective", "effect", "take", "takes", "taking", "intends", "intend", "hopes", "hope", "aims", "seeks", "ready", "have", "not", "still", "also", "already", "never", "until", "again", "once", "twice", "times", "per", "weeks", "then", "tomorrow's", "yesterday's", "pre", "post", "annual",
  ]

  /// Words ending in "-ly" that are not adverbs.
  static let lyNouns: Set<String> = ["family", "assembly", "rally", "ally", "supply", "reply", "monopoly"]

  /// Plural nouns without a final "s" that make a number a count ("1990 people").
  static let countNouns: Set<String> = ["people", "men", "women", "children", "police", "staff", "cattle", "feet", "sheep", "personnel"]

  // MARK: Token helpers

  func w(_ i: Int) -> String? { i < t.count && i >= 0 ? t[i].w : nil }
  /// Whether token `i`'s word is `s`, compared by byte count first (see ``Word``).
  func isW(_ i: Int, _ s: String) -> Bool {
    guard let w = w(i) else { return false }
    return s ~= Word(w)
  }

  /// A vocabulary word as the subject of a rule's `switch`: each case's literal is compared by
  /// its byte count first, so the cases of another length (most of a rule's) are passed over
  /// without a string comparison (a call each, about 25 instructions; 600,000 for the generated
  /// 2,000 documents). Exact: the vocabulary's words (``TemporalTokenizer/words``, the only
  /// words a token carries) and the rules' literals are ASCII, and two ASCII strings are equal
  /// only when their bytes are.
  struct Word {
    let text: String
    init(_ text: String) { self.text = text }

    @inline(__always) static func ~= (pattern: String, word: Word) -> Bool {
      pattern.utf8.count == word.text.utf8.count && pattern == word.text
    }
  }
  func isP(_ i: Int, _ c: UInt8) -> Bool { i < t.count && i >= 0 && t[i].kind == .punct && t[i].ch == c }
  /// Punctuation `c` glued to the previous token ("mid-August", "Sept.").
  func glued(_ i: Int, _ c: UInt8) -> Bool { isP(i, c) && !t[i].space }
  func isNum(_ i: Int) -> Bool { i < t.count && i >= 0 && t[i].kind == .number && !t[i].decimal }

  /// Whether token `i` starts a sentence (nothing before it, or after . ! ? or a quote).
  func isSentenceStart(_ i: Int) -> Bool {
    var k = i - 1
    while k >= 0, t[k].kind == .punct, t[k].ch == 34 || t[k].ch == 39 || t[k].ch == 96 || t[k].ch == 0 { k -= 1 }
    if k < 0 { return true }
    return isP(k, 46) || isP(k, 33) || isP(k, 63) || isP(k, 58)
  }

  /// Whether token `i` follows a quantity: a number, a percent sign, or a noun after a number
  /// ("10,000 units", "$17.9 million").
  func afterQuantity(_ i: Int) -> Bool {
    guard i > 0 else { return false }
    if t[i - 1].kind == .number || isP(i - 1, 37) { return true }
    return i >= 2 && t[i - 1].kind == .word && t[i - 1].w == nil && !t[i - 1].cap && t[i - 2].kind == .number
  }

  /// Skips one optional punctuation `c`.
  func opt(_ i: Int, _ c: UInt8) -> Int { isP(i, c) ? i + 1 : i }

  // MARK: Entry point

  /// Rules of expressions before which "around" and "about" are a particle or a preposition
  /// ("around Wednesday's ruling", "about today's youth"), not an approximation.
  static let particleRules: Set<String> = [
    "temporal.weekday", "temporal.deictic.day", "temporal.deictic.day-part", "temporal.reference.adverb",
    "temporal.reference.future", "temporal.reference.past", "temporal.reference.present",
  ]

  /// The longest expression starting at token `i`, with prefix modifiers ("about", "more
  /// than", "at least") folded in.
  func match(_ i: Int) -> P? {
    if i < t.count, t[i].flags & TemporalTokenizer.Family.prefix != 0, let (mod, j) = prefixModifier(i), var p = core(j) {
      let okDate = p.kind == .date || p.kind == .time
      // "to get around Wednesday's ruling", "worried about the future", "talk about today's
      // youth": "around" and "about" before a weekday, a day word or a vague reference are
      // a particle or a preposition, not an approximation.
      let particle = Self.particleRules.contains(p.rule)
      let weekdayAfterAround = particle && (w(i) == "around" || w(i) == "about")
      if !weekdayAfterAround, p.kind == .duration || (okDate && mod == "APPROX") || (okDate && (w(i) == "around" || w(i) == "about")) {
        p.start = i
        p.mod = p.mod ?? mod
        return p
      }
    }
    guard let p = core(i) else { return nil }
    return possessiveQuarter(p) ?? p
  }

  /// "this year's third quarter", "next year's first half", "1990's second quarter".
  func possessiveQuarter(_ p: P) -> P? {
    guard isP(p.end, 39), isW(p.end + 1, "s"), let q = ordinalStart(p.end + 2, year: nil),
      case .quarter(let n, 0, let half) = q.sem
    else { return nil }
    switch p.sem {
    case .shift(.year, let k, .year):
      return P(start: p.start, end: q.end, kind: .date, sem: .yearShiftedValue("-\(half ? "H" : "Q")\(n)", k), rule: q.rule)
    case .fixed(let v) where v.count == 4 && Int(v) != nil:
      return P(start: p.start, end: q.end, kind: .date, sem: .fixed("\(v)-\(half ? "H" : "Q")\(n)"), rule: q.rule)
    default:
      return nil
    }
  }

  func prefixModifier(_ i: Int) -> (String, Int)? {
    guard let a = w(i) else { return nil }
    switch Word(a) {
    case "more", "less", "fewer":
      if isW(i + 1, "than") { return (a == "more" ? "MORE_THAN" : "LESS_THAN", i + 2) }
    case "at":
      if isW(i + 1, "least") { return ("EQUAL_OR_MORE", i + 2) }
      if isW(i + 1, "most") { return ("EQUAL_OR_LESS", i + 2) }
    case "up":
      if isW(i + 1, "to") { return ("EQUAL_OR_LESS", i + 2) }
    case "no":
      if isW(i + 1, "more"), isW(i + 2, "than") { return ("EQUAL_OR_LESS", i + 3) }
    case "just":
      if isW(i + 1, "over") { return ("MORE_THAN", i + 2) }
      if isW(i + 1, "under") { return ("LESS_THAN", i + 2) }
    default:
      if let m = entry(Self.approximatorByID, i) {
        // "over the past year" is not "more than": only before a count.
        if a == "over" || a == "some" { return count(i + 1) != nil ? (m, i + 1) : nil }
        return (m, i + 1)
      }
    }
    return nil
  }

  func core(_ i: Int) -> P? {
    guard i < t.count else { return nil }
    var best: P? = nil
    func consider(_ p: P?) {
      if let p, p.end > (best?.end ?? -1) { best = p }
    }
    let tk = t[i]
    switch tk.kind {
    case .number:
      consider(numberStart(i))
      consider(countUnit(i))
    case .punct:
      if tk.ch == 39 { consider(apostropheYear(i)) }
    case .word:
      guard let word = tk.w else { return nil }
      let f = tk.flags
      typealias F = TemporalTokenizer.Family
      if f & F.month != 0 { consider(monthStart(i)) }
      if f & F.weekday != 0 { consider(weekdayStart(i)) }
      if word == "the" { consider(theStart(i)) }
      if f & F.wordRule != 0 { consider(wordStart(i, word)) }
      if f & F.count != 0 {
        consider(countUnit(i))
        if word == "nineteen" || word == "eighteen" || word == "twenty" || word == "two" { consider(spokenYear(i)) }
      }
      if f & F.ordinal != 0 { consider(ordinalStart(i, year: nil)) }
    }
    return best
  }

  // MARK: Numbers and counts

  /// A cardinal: digits, number words ("twenty-four"), "a"/"an", or a vague count ("a few",
  /// "several": value nil). Returns the value, the next token and a mod for "a couple of".
  func count(_ i: Int) -> (n: Int?, end: Int, mod: String?)? {
    guard i < t.count else { return nil }
    if isNum(i) {
      // "2 1/2 years" and "6.5" are not plain counts.
      if glued(i + 1, 47) { return nil }
      return (t[i].num, i + 1, nil)
    }
    guard let a = w(i) else { return nil }
    switch Word(a) {
    case "a", "an":
      if isW(i + 1, "few") { return (nil, i + 2, nil) }
      if isW(i + 1, "couple") { return (2, isW(i + 2, "of") ? i + 3 : i + 2, "APPROX") }
      if isW(i + 1, "dozen") { return (12, i + 2, nil) }
      if isW(i + 1, "hundred") { return (100, i + 2, nil) }
      if isW(i + 1, "thousand") { return (1000, i + 2, nil) }
      return (1, i + 1, nil)
    case "few", "several", "many": return (nil, i + 1, nil)
    case "couple": return (2, isW(i + 1, "of") ? i + 2 : i + 1, "APPROX")
    default: break
    }
    guard var v = entry(Self.cardinalByID, i) else { return nil }
    var j = i + 1
    if v >= 20, v <= 90, v % 10 == 0 {
      let k = glued(j, 45) ? j + 1 : j
      if let uv = entry(Self.cardinalByID, k), uv < 10 {
        v += uv
        j = k + 1
      }
    }
    if isW(j, "hundred") {
      v *= 100
      j += 1
    } else if isW(j, "thousand") {
      v *= 1000
      j += 1
    }
    return (v, j, nil)
  }

  /// A unit word at `i`, optionally after a hyphen ("10-year").
  func unit(_ i: Int) -> (TemporalUnit, plural: Bool, end: Int, hyphen: Bool)? {
    var j = i
    var hyphen = false
    if glued(j, 45) {
      j += 1
      hyphen = true
    }
    // The token's unit flag first: most words asked about are no unit, and the flag answers
    // as the table does (``TemporalTokenizer/lexicon``) without hashing the word.
    guard j >= 0, j < t.count, t[j].flags & TemporalTokenizer.Family.unit != 0, let u = entry(Self.unitByID, j),
      !t[j].cap || isSentenceStart(j)
    else { return nil }
    // "quarter-to-quarter", "day-to-day": compound adjectives, not times.
    if glued(j + 1, 45), isW(j + 2, "to"), glued(j + 3, 45) { return nil }
    return (u.0, u.plural, j + 1, hyphen)
  }

  /// "two days", "10-year", "a few weeks", "three years ago", "two days later".
  func countUnit(_ i: Int) -> P? {
    // The "2" of "5 1/2 hours" is not a count of its own.
    if isNum(i), i >= 2, glued(i - 1, 47), isNum(i - 2) { return nil }
    var half = false
    var counted = count(i)
    // "5 1/2 hours", "2 1/2 years".
    if isNum(i), isNum(i + 1), t[i + 1].num == 1, glued(i + 2, 47), isNum(i + 3), t[i + 3].num == 2, !t[i + 3].space {
      counted = (t[i].num, i + 4, nil)
      half = true
    }
    guard let (n, j0, cmod0) = counted else { return nil }
    // "for a while": an indefinite duration.
    if w(i) == "a", isW(i + 1, "while"), let prev = w(i - 1), prev == "for" || prev == "after" {
      return P(start: i, end: i + 2, kind: .duration, sem: .fixed("PXX"), rule: "temporal.duration.vague")
    }
    // "at a later date", "at a future date": an indefinite future.
    if w(i) == "a", let b = w(i + 1), b == "later" || b == "future", isW(i + 2, "date") {
      return P(start: i, end: i + 3, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.later-date")
    }
    // "Islam will one day be…", "hopes to one day lead…": an indefinite future.
    if w(i) == "one", isW(i + 1, "day"), let prev = w(i - 1), Self.modals.contains(prev) || prev == "to" || prev == "would" || prev == "d" && isP(i - 2, 39),
      i + 2 < t.count, t[i + 2].kind == .word, !t[i + 2].cap
    {
      return P(start: i, end: i + 2, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.one-day")
    }
    var j = j0
    // "changed from a fiscal year to a calendar year": a kind of accounting year, no time.
    if w(j) == "calendar", w(i) == "a", let p = w(i - 1), p == "from" || p == "to" { return nil }
    // "two more weeks", "an additional year", "eight trading days".
    if has(Self.countUnitFillerByID, j), unit(j + 1) != nil {
      j += 1
    }
    guard let (u, plural, k0, hyphen) = unit(j) else { return nil }
    var k = k0
    var cmod = cmod0
    // Fractions are not durations: "three-quarters of its food".
    if hyphen && plural { return nil }
    // "a quarter-century", "a quarter of a century": 25 years.
    if u == .quarter, !plural, !hyphen, n == 1 {
      if glued(k, 45), isW(k + 1, "century") {
        return P(start: i, end: k + 2, kind: .duration, sem: .fixed("P25Y"), mod: cmod, rule: "temporal.duration.count")
      }
      if isW(k, "of"), isW(k + 1, "a"), isW(k + 2, "century") {
        return P(start: i, end: k + 3, kind: .duration, sem: .fixed("P25Y"), mod: cmod, rule: "temporal.duration.count")
      }
    }
    // "a quarter-mile area", "a quarter-point cut": a fraction of another unit.
    if u == .quarter || u == .half, !hyphen, glued(k, 45), k + 1 < t.count, t[k + 1].kind == .word, unit(k) == nil { return nil }
    // Fractions are not periods: "more than a quarter of the market", "half of its sales".
    if u == .quarter || u == .half, isW(k, "of"), let d = w(k + 1), Self.determiners.contains(d) || d == "all", unit(k + 2) == nil {
      return nil
    }
    // "24 hours a day", "seven days a week": around the clock, not a duration.
    if !hyphen, isW(k, "a") || isW(k, "per"), let (u2, plural2, _, _) = unit(k + 1), !plural2,
      let r1 = TemporalUnit.allCases.firstIndex(of: u), let r2 = TemporalUnit.allCases.firstIndex(of: u2), r2 > r1
    {
      return nil
    }
    // Ages are not temporal expressions: "a 44-year-old", "52 years old".
    if hyphen && glued(k, 45) && isW(k + 1, "old") { return nil }
    if isW(k, "old") { return nil }  // also "a 23-year old suspect", its second hyphen missing
    // "a year-earlier loss": the compound is the expression.
    if glued(k, 45), let c = w(k + 1), c == "earlier" || c == "ago" { return nil }
    if u == .second && (w(i) == "a" || w(i) == "an") { return nil }
    // "a several-year tenure" is vague but a duration; "several year" is not.
    if n == nil && !plural && !hyphen { return nil }
    if n == 1, plural { return nil }
    if w(i) == "a" || w(i) == "an" {
      // "twice a day", "$5 a year", "700 seats a week" are rates, not durations; "offered him a
      // week", "barely a month after" are not.
      if i > 0, t[i - 1].kind == .number || isP(i - 1, 37) || (t[i - 1].kind == .word && t[i - 1].w == nil && !t[i - 1].cap && (t[i - 1].last == 115 || i >= 2 && t[i - 2].kind == .number))
        || isW(i - 1, "times") || isW(i - 1, "twice") || isW(i - 1, "once") || isW(i - 1, "per") || !hyphen && (entry(Self.unitByID, i - 1)?.plural ?? false)
      {
        if !(isW(k, "ago") || isW(k, "earlier") || isW(k, "later")) { return nil }
      }
    }
    if t[i].kind == .number, t[i].digits >= 4 && !t[i].grouped && u != .year && u != .day { return nil }
    var end = k
    if hyphen && glued(end, 45) && isW(end + 1, "long") { end += 2 }
    // "a year-long strike": the article belongs to the strike; "[year-long]" is the expression.
    if !hyphen, glued(k, 45), isW(k + 1, "long"), n == 1, !plural, w(i) == "a" || w(i) == "an" {
      return P(start: j, end: k + 2, kind: .duration, sem: .fixed(u.duration(1)), rule: "temporal.duration.adjective")
    }
    // "a week or so ago": an approximate offset.
    if !hyphen, isW(k, "or"), isW(k + 1, "so"), let c = w(k + 2), c == "ago" || c == "earlier" || c == "later" {
      k += 2
      cmod = cmod ?? "APPROX"
    }
    if !hyphen {
      if isW(k, "ago") || (isW(k, "from") && isW(k + 1, "now")) || isW(k, "hence") {
        let back = isW(k, "ago")
        let e = isW(k, "from") ? k + 2 : k + 1
        guard let n else {
          return P(start: i, end: e, kind: .date, sem: .fixed(back ? "PAST_REF" : "FUTURE_REF"), mod: cmod, rule: "temporal.relative.ago")
        }
        let gran: TemporalUnit = u == .decade || u == .century ? .year : (u.isClock ? .day : u)
        return P(start: i, end: e, kind: .date, sem: .shift(u, back ? -n : n, gran), mod: cmod, rule: "temporal.relative.ago")
      }
      if (isW(k, "earlier") || isW(k, "later")) && n != nil, let n {
        let back = isW(k, "earlier")
        let gran: TemporalUnit = u == .decade || u == .century ? .year : (u.isClock ? .day : u)
        // "two days later" follows the story; "a year earlier" compares with the DCT.
        let small = u == .day || u == .week || u.isClock
        return P(start: i, end: k + 1, kind: .date, sem: .shift(u, back ? -n : n, gran), mod: cmod, rule: small ? "temporal.anaphoric.offset" : "temporal.relative.offset", anaphoric: small)
      }
    }
    // "a minute and a half", "an hour and a half".
    if !hyphen, !plural, isW(k, "and"), isW(k + 1, "a"), isW(k + 2, "half") {
      half = true
      end = k + 3
    }
    if half, let n, let v = u.durationAndAHalf(n) {
      return P(start: i, end: end, kind: .duration, sem: .fixed(v), mod: cmod, rule: "temporal.duration.half")
    }
    return P(start: i, end: end, kind: .duration, sem: .fixed(u.duration(n)), mod: cmod, rule: hyphen ? "temporal.duration.adjective" : "temporal.duration.count")
  }

  /// A plausible year at `i` ("1998", "'89"), not a count or a price.
  func year(_ i: Int, strict: Bool = false) -> (Int, Int)? {
    guard isNum(i), !t[i].grouped, t[i].digits == 4 else {
      if isP(i, 39), isNum(i + 1), t[i + 1].digits == 2, !t[i + 1].space, !(i + 2 < t.count && t[i + 2].kind == .word && !t[i + 2].space) {
        let y = t[i + 1].num
        return (y < 30 ? 2000 + y : 1900 + y, i + 2)
      }
      return nil
    }
    let y = t[i].num
    guard y >= 1000, y <= 2199 else { return nil }
    // "1990s", "2023-09-29" and "1,200" are handled elsewhere; "1998%" is not a year.
    if i + 1 < t.count, !t[i + 1].space, t[i + 1].kind == .word || isP(i + 1, 37) { return nil }
    if i > 0, isP(i - 1, 36) || isP(i - 1, 35) || (t[i - 1].kind == .punct && t[i - 1].ch == 0) { return nil }
    return (y, i + 1)
  }

  /// A year in digits or words ("1994", "nineteen ninety-four", "two thousand").
  func anyYear(_ i: Int) -> (Int, Int)? {
    if let y = year(i) { return y }
    if let p = spokenYear(i), case .fixed(let v) = p.sem, let y = Int(v) { return (y, p.end) }
    return nil
  }

  /// Whether a bare year at `i` reads as a year in its context ("in 1998", not "Boeing 747",
  /// "2000 militants").
  func yearContextOK(_ i: Int) -> Bool {
    let y = t[i].num
    let prev = w(i - 1)
    // "at 1100 hours", "(0735 GMT)": a 24-hour clock reading, not a year.
    if let next = w(i + 1), ["hours", "hrs", "gmt", "utc"].contains(next) { return false }
    // "Kopp's 1987 Chevrolet Cavalier", "a 2008 GMC Sierra": a model year, part of the car's name.
    if let next = w(i + 1), t[i + 1].cap, TemporalVocabulary.vehicleMakes.contains(next), let prev,
      Self.determiners.contains(prev) || prev == "s"
    {
      return false
    }
    if let prev, Self.yearPrepositions.contains(prev) { return true }
    if i > 0, t[i - 1].kind == .word, t[i - 1].cap, prev == nil {
      // "Windows 2000", "Flight 1549": a name, unless it starts a sentence.
      if i >= 2, isP(i - 2, 46) || isP(i - 2, 10) { } else { return false }
    }
    if let next = w(i + 1), Self.countNouns.contains(next) { return false }
    if i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].cap, t[i + 1].w == nil {
      // "2000 militants": a count before a plural noun.
      let e = t[i + 1].end
      let s = t[i + 1].start
      if e - s >= 3, t[i + 1].ed == false, lastByte(i + 1) == 115 { return false }
    }
    if y < 1800 { return prev != nil }
    return true
  }

  func lastByte(_ i: Int) -> UInt8 { t[i].last }

  /// "nineteen ninety-seven", "two thousand".
  func spokenYear(_ i: Int) -> P? {
    guard let a = w(i) else { return nil }
    if a == "two", isW(i + 1, "thousand") {
      // "two thousand people" is a count: only after "the year", "in", "by", "since", "until".
      guard let prev = w(i - 1), ["year", "in", "by", "since", "until", "of", "before", "after"].contains(prev) else { return nil }
      var j = i + 2
      var y = 2000
      let k = isW(j, "and") ? j + 1 : j
      if let (n, e, _) = count(k), let n, n < 100, w(k) != "a" {
        y += n
        j = e
      }
      return P(start: i, end: j, kind: .date, sem: .fixed(String(y)), rule: "temporal.year.spoken")
    }
    if a == "nineteen" || a == "eighteen" || a == "twenty", let (n, j, _) = count(i + 1), let n, n >= 10, n < 100, a != "twenty" || n < 30 {
      let c = a == "nineteen" ? 19 : (a == "eighteen" ? 18 : 20)
      return P(start: i, end: j, kind: .date, sem: .fixed(String(c * 100 + n)), rule: "temporal.year.spoken")
    }
    return nil
  }

  /// "'90s" (decade), "'89" (year).
  func apostropheYear(_ i: Int) -> P? {
    guard isNum(i + 1), t[i + 1].digits == 2, !t[i + 1].space else { return nil }
    let y = t[i + 1].num
    let full = y < 30 ? 2000 + y : 1900 + y
    if isW(i + 2, "s"), !t[i + 2].space {
      return P(start: i, end: i + 3, kind: .date, sem: .fixed(pad(full / 10, 3)), rule: "temporal.decade.apostrophe")
    }
    return nil
  }

  // MARK: Numbers first

  func numberStart(_ i: Int) -> P? {
    let tk = t[i]
    if tk.decimal { return pointClock(i) }
    guard !tk.grouped else { return nil }
    // Decades: "1980s", "1980's".
    if tk.digits == 4, tk.num >= 1000, tk.num <= 2190, tk.num % 10 == 0 {
      if isW(i + 1, "s"), !t[i + 1].space {
        return P(start: i, end: i + 2, kind: .date, sem: .fixed(pad(tk.num / 10, 3)), rule: "temporal.decade.digits")
      }
      if isP(i + 1, 39), isW(i + 2, "s"), !t[i + 1].space {
        return P(start: i, end: i + 3, kind: .date, sem: .fixed(pad(tk.num / 10, 3)), rule: "temporal.decade.digits")
      }
    }
    // ISO dates: 2023-09-29, 2023-09-29T19:04, 2023/09/29.
    if tk.digits == 4, (glued(i + 1, 45) || glued(i + 1, 47)), isNum(i + 2), !t[i + 2].space, t[i + 2].digits <= 2 {
      let sep = t[i + 1].ch
      let y = tk.num
      let m = t[i + 2].num
      if glued(i + 3, sep), isNum(i + 4), !t[i + 4].space, t[i + 4].digits <= 2 {
        let d = t[i + 4].num
        guard Day.isValid(y, m, d) else { return nil }
        let day = Day(y, m, d)
        var end = i + 5
        if let (h, mi, e) = isoTime(end) { return P(start: i, end: e, kind: .time, sem: .clock(.fixed(day.description), h, mi), rule: "temporal.date.iso-time") }
        if isP(end, 84) { end += 0 }
        return P(start: i, end: end, kind: .date, sem: .fixed(day.description), rule: "temporal.date.iso")
      }
      if sep == 45, t[i + 2].digits == 2, (1...12).contains(m), !(i + 3 < t.count && !t[i + 3].space && t[i + 3].kind == .number) {
        return P(start: i, end: i + 3, kind: .date, sem: .fixed("\(pad(y, 4))-\(pad(m, 2))"), rule: "temporal.date.iso-month")
      }
      return nil
    }
    // Numeric dates: 29/09/2023, 09/29/2023, 27-08-2021 19:04 IST, 29.09.2023.
    if tk.digits <= 2, (glued(i + 1, 47) || glued(i + 1, 45) || glued(i + 1, 46)), isNum(i + 2), !t[i + 2].space,
      t[i + 2].digits <= 2, glued(i + 3, t[i + 1].ch), isNum(i + 4), !t[i + 4].space, t[i + 4].digits == 4 || t[i + 4].digits == 2
    {
      var y = t[i + 4].num
      if t[i + 4].digits == 2 { y += y < 50 ? 2000 : 1900 }
      var (d, m) = dayFirst ? (tk.num, t[i + 2].num) : (t[i + 2].num, tk.num)
      if m > 12, d <= 12 { swap(&d, &m) }
      guard Day.isValid(y, m, d) else { return nil }
      let day = Day(y, m, d)
      if let (h, mi, e) = clock(i + 5, needMarker: false) {
        return P(start: i, end: e, kind: .time, sem: .clock(.fixed(day.description), h, mi), rule: "temporal.date.numeric-time")
      }
      return P(start: i, end: i + 5, kind: .date, sem: .fixed(day.description), rule: "temporal.date.numeric")
    }
    // "April 24 and 25": the second day of a coordination shares the first one's month.
    if let p = coordinatedDay(i) { return p }
    // Day first: "29 September 2023", "29th of September".
    if let (d, j) = dayNumber(i) {
      let k = isW(j, "of") ? j + 1 : j
      if let (m, e) = month(k, strict: false) {
        let e2 = opt(e, 44)
        if let (y, e3) = year(e2) {
          guard Day.isValid(y, m, d) else { return nil }
          return P(start: i, end: e3, kind: .date, sem: .fixed(Day(y, m, d).description), rule: "temporal.date.day-month-year")
        }
        guard d <= Day.daysIn(2000, m) else { return nil }
        if let p = relativeYearDate(i, m, d, after: e, rule: "temporal.date.day-month-relative-year") { return p }
        return P(start: i, end: e, kind: .date, sem: .monthDay(m, d, tense(i, e)), rule: "temporal.date.day-month")
      }
    }
    // "20th century", "the 1800s".
    if let (n, j) = ordinalNumber(i), isW(j, "century") {
      return P(start: i, end: j + 1, kind: .date, sem: .fixed(pad(n - 1, 2)), rule: "temporal.century.ordinal")
    }
    // Clock times: "10:35 a.m.", "7 p.m. EST", "19:04".
    if let (h, mi, e) = clock(i, needMarker: true) {
      return clockWithDay(i, h, mi, e)
    }
    if let p = clockPhrase(i) { return p }
    // Years.
    if let (y, e) = year(i), yearContextOK(i) {
      // "1988 second quarter", "1990 third-quarter".
      if let p = ordinalStart(e, year: y) { return P(start: i, end: p.end, kind: .date, sem: p.sem, rule: p.rule) }
      return P(start: i, end: e, kind: .date, sem: .fixed(pad(y, 4)), rule: "temporal.year.digits")
    }
    return nil
  }

  /// The bare day after "and"/"or" in "April 24 and 25", "on Oct. 3 or 4": the month (and
  /// direction) of the day before it. Not before a month ("24 and 25 May" is day-first) or
  /// a unit ("May 3 and 4 hours").
  func coordinatedDay(_ i: Int) -> P? {
    guard i >= 3, t[i].digits <= 2, let a = w(i - 1), a == "and" || a == "or", let (d, e) = dayNumber(i),
      isNum(i - 2), t[i - 2].digits <= 2, d > t[i - 2].num
    else { return nil }
    // Followed by punctuation, the end, a name or a known function word ("and 25 in Rome"), not
    // by a month, a unit, a number or a noun ("Oct. 3 or 4 percent").
    if e < t.count {
      switch t[e].kind {
      case .number: return nil
      case .punct: if isP(e, 58) || isP(e, 37) { return nil }
      case .word:
        if w(e) != nil {
          if entry(Self.monthByID, e) != nil || entry(Self.unitByID, e) != nil { return nil }
        } else if !t[e].cap {
          return nil
        }
      }
    }
    for k in [i - 3, i - 4] where k >= 0 {
      if let (m, me) = month(k, strict: false), me == i - 2 {
        guard d <= Day.daysIn(2000, m) else { return nil }
        return P(start: i, end: e, kind: .date, sem: .monthDay(m, d, tense(k, i - 1)), rule: "temporal.date.month-day-coordinated")
      }
    }
    return nil
  }

  func isoTime(_ i: Int) -> (Int, Int?, Int)? {
    // "T19:04" glued, or " 19:04".
    var j = i
    if i < t.count, t[i].kind == .word, !t[i].space, t[i].end - t[i].start == 1 {
      j = i + 1
    }
    guard isNum(j), glued(j + 1, 58), isNum(j + 2), t[j + 2].digits == 2 else { return nil }
    let h = t[j].num
    let m = t[j + 2].num
    guard h <= 24, m < 60 else { return nil }
    var e = j + 3
    if glued(e, 58), isNum(e + 1) { e += 2 }
    if glued(e, 90) { e += 1 }
    return (h, m, e)
  }

  /// A day of the month: "29", "29th", "eighth".
  func dayNumber(_ i: Int) -> (Int, Int)? {
    if isNum(i), t[i].digits <= 2, !t[i].grouped, (1...31).contains(t[i].num) {
      if let s = w(i + 1), !t[i + 1].space, ["st", "nd", "rd", "th"].contains(s) { return (t[i].num, i + 2) }
      if i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].space { return nil }
      return (t[i].num, i + 1)
    }
    if let n = entry(Self.ordinalByID, i), n <= 31 { return (n, i + 1) }
    return nil
  }

  func ordinalNumber(_ i: Int) -> (Int, Int)? {
    if isNum(i), t[i].digits <= 2, let s = w(i + 1), !t[i + 1].space, ["st", "nd", "rd", "th"].contains(s) {
      return (t[i].num, i + 2)
    }
    if let n = entry(Self.ordinalByID, i) { return (n, i + 1) }
    return nil
  }

  /// A clock time at `i`: hours with optional ":mm", then "a.m."/"pm" (required when
  /// `needMarker` and there are no minutes), then an optional zone.
  func clock(_ i: Int, needMarker: Bool) -> (Int, Int?, Int)? {
    guard isNum(i), t[i].digits <= 2, !t[i].grouped else { return nil }
    var h = t[i].num
    var mi: Int? = nil
    var j = i + 1
    if glued(j, 58), isNum(j + 1), t[j + 1].digits == 2, !t[j + 1].space {
      mi = t[j + 1].num
      j += 2
    }
    var marker: String? = nil
    if let (m, e) = meridiem(j) {
      marker = m
      j = e
    }
    if marker == nil && (mi == nil || needMarker && mi == nil) { return nil }
    if marker == nil, needMarker, mi != nil, i > 0, t[i - 1].kind == .number || isP(i - 1, 36) { return nil }
    guard h <= 24, (mi ?? 0) < 60 else { return nil }
    if marker == "p", h < 12 { h += 12 }
    if marker == "a", h == 12 { h = 0 }
    return (h, mi, zone(j))
  }

  /// "a.m."/"pm" at `j`: "a" or "p" and the token after it. "p. m." as some outlets space it
  /// needs its closing period.
  func meridiem(_ j: Int) -> (String, Int)? {
    if let a = w(j), a == "a" || a == "p", glued(j + 1, 46), isW(j + 2, "m"), !t[j + 2].space || glued(j + 3, 46) {
      return (a, glued(j + 3, 46) ? j + 4 : j + 3)
    }
    if let a = w(j), a == "am" || a == "pm" { return (a == "am" ? "a" : "p", j + 1) }
    return nil
  }

  /// The token after an optional time zone at `j` ("EST", "GMT", "local time": "at 3:10 p.m.
  /// local time on Sunday" keeps its day).
  func zone(_ j: Int) -> Int {
    if isW(j, "local"), isW(j + 1, "time") { return j + 2 }
    // "Central time", "Eastern Standard Time", "Moscow time": one to three capitalized words
    // (not a weekday, a month or a determiner: "5 p.m. This time it passed") and "time".
    var k = j
    while k < j + 3, k < t.count, t[k].kind == .word, t[k].cap, !isW(k, "time"), entry(Self.weekdayByID, k) == nil,
      entry(Self.monthByID, k) == nil, !Self.determiners.contains(w(k) ?? "")
    {
      k += 1
    }
    if k > j, isW(k, "time") { return k + 1 }
    if let z = w(j), ["est", "edt", "cst", "cdt", "pst", "pdt", "mst", "mdt", "gmt", "utc", "bst", "cet", "cest", "ist", "et", "pt"].contains(z), t[j].cap {
      return j + 1
    }
    return j
  }

  /// "8.49pm", "6.30 a.m.": a clock time with a point before its minutes (British style);
  /// the a.m./p.m. marker is required, so "6.30" alone stays a number.
  func pointClock(_ i: Int) -> P? {
    let tk = t[i]
    guard tk.kind == .number, tk.decimal, !tk.grouped, tk.frac >= 0, tk.frac < 60, tk.digits <= 2, (1...12).contains(tk.num),
      let (m, e) = meridiem(i + 1)
    else { return nil }
    var h = tk.num
    if m == "p", h < 12 { h += 12 }
    if m == "a", h == 12 { h = 0 }
    return clockWithDay(i, h, Int(tk.frac), zone(e))
  }

  /// An hour told in words after a preposition: "at 4 in the morning", "until 2 in the
  /// afternoon", "by 10 o'clock". Not a bare count ("scored 4 in the second half").
  func clockPhrase(_ i: Int) -> P? {
    guard isNum(i), t[i].digits <= 2, !t[i].grouped, (1...12).contains(t[i].num), let prev = w(i - 1),
      ["at", "by", "until", "till", "around", "about", "after", "before", "from", "to"].contains(prev)
    else { return nil }
    var h = t[i].num
    var j = i + 1
    var oclock = false
    if isW(j, "o"), isP(j + 1, 39), isW(j + 2, "clock") {
      j += 3
      oclock = true
    }
    var part: String? = nil
    if isW(j, "in"), isW(j + 1, "the"), let b = w(j + 2), b == "morning" || b == "afternoon" || b == "evening" {
      part = b
      j += 3
    } else if isW(j, "at"), isW(j + 1, "night") {
      part = "night"
      j += 2
    }
    guard oclock || part != nil else { return nil }
    switch part {
    case "morning": if h == 12 { h = 0 }
    case "afternoon", "evening": if h < 12 { h += 12 }
    case "night": if h >= 6 && h < 12 { h += 12 } else if h == 12 { h = 24 }
    default: break
    }
    return clockWithDay(i, h, 0, j)
  }

  /// A clock time optionally followed by its day: "10 p.m. Wednesday", "5 p.m. EST Nov. 9".
  func clockWithDay(_ i: Int, _ h: Int, _ mi: Int?, _ e: Int) -> P {
    let k = opt(e, 44)
    if var day = dayAfterClock(k) {
      // "will leave at 4 a.m. EDT Thursday": the verb before the clock time sets the direction
      // (the weekday alone is too far from it).
      // "last Saturday", "next Friday" say their own direction.
      if case .weekday(let d, let dir) = day.sem, abs(dir) < 2 { day.sem = .weekday(d, tense(i, day.end) > 0 ? 1 : -1) }
      return P(start: i, end: day.end, kind: .time, sem: .clock(day.sem, h, mi), rule: "temporal.time.clock-day", anaphoric: day.anaphoric)
    }
    // A bare clock time belongs to the day the story is on.
    return P(start: i, end: e, kind: .time, sem: .clock(.shift(.day, 0, .day), h, mi), rule: "temporal.time.clock", anaphoric: true)
  }

  func dayAfterClock(_ k: Int) -> P? {
    var j = k
    if isW(j, "on") { j += 1 }
    if entry(Self.weekdayByID, j) != nil, let p = weekdayStart(j) { return p }
    // "at 8 a.m. last Saturday", "at noon next Friday".
    if let a = w(j), a == "last" || a == "next" || a == "this", entry(Self.weekdayByID, j + 1) != nil,
      let p = relative(j, the: false), case .weekday = p.sem
    {
      return p
    }
    if let a = w(j), a == "today" || a == "yesterday" || a == "tomorrow", let p = wordStart(j, a) { return p }
    if entry(Self.monthByID, j) != nil, let p = monthStart(j), p.end > j + 1 { return p }
    // "at 3:32 a.m. on 6 April 2009": a day before its month.
    if isW(k, "on"), isNum(j), let p = numberStart(j), p.kind == .date, p.rule.hasPrefix("temporal.date.day-month") {
      return p
    }
    return nil
  }

  // MARK: Months and weekdays

  /// A month name at `i` (with its abbreviation period), nil for "may" the verb and the like.
  func month(_ i: Int, strict: Bool) -> (Int, Int)? {
    guard let a = w(i), let m = entry(Self.monthByID, i) else { return nil }
    let tk = t[i]
    let len = tk.end - tk.start
    guard tk.cap else { return nil }
    var e = i + 1
    if glued(e, 46), len <= 4, a != "may", a != "june", a != "july" {
      e += 1
    } else if len <= 4, a != "may", a != "june", a != "july" {
      // "Mar", "Jan": only before a day or a year.
      if !(isNum(i + 1)) { return nil }
    }
    if strict, a == "may" || (a == "march" && isSentenceStart(i)) {
      let prev = w(i - 1) ?? ""
      if !Self.monthCues.contains(prev) && !isNum(e) && !(glued(i - 1, 45) && isW(i - 2, "mid")) { return nil }
    }
    return (m, e)
  }

  func monthStart(_ i: Int) -> P? {
    guard let (m, e) = month(i, strict: false) else { return nil }
    // "32 October": an impossible day, not a month.
    if i > 0, isNum(i - 1), t[i - 1].digits <= 2, !(1...31).contains(t[i - 1].num) { return nil }
    // "Sept. 29, 2023", "Sep 29th", "October 20".
    if let (d, j) = dayNumber(e), t[e].kind == .number || entry(Self.ordinalByID, e) != nil {
      // "June 30, 1990"; "May 22 1995"; not "March 1, 2011" mistaken: year must look like one.
      let k = opt(j, 44)
      if let (y, e3) = year(k) {
        guard Day.isValid(y, m, d) else { return nil }
        return P(start: i, end: e3, kind: .date, sem: .fixed(Day(y, m, d).description), rule: "temporal.date.month-day-year")
      }
      guard d <= Day.daysIn(2000, m) else { return nil }
      if isNum(j), glued(j + 1, 58) { return nil }  // "May 5:30"
      if let p = relativeYearDate(i, m, d, after: j, rule: "temporal.date.month-day-relative-year") { return p }
      // "the second quarter ended Oct. 31" (written Oct. 27): a period that ended is over by
      // the document date, so its last day is the latest one on or before it.
      let dir = isW(i - 1, "ended") ? -2 : tense(i, j)
      return P(start: i, end: j, kind: .date, sem: .monthDay(m, d, dir), rule: "temporal.date.month-day")
    }
    // "July 1988", "July of 1988", "July, 1988".
    var k = e
    if isW(k, "of") || isP(k, 44) { k += 1 }
    if let (y, e3) = anyYear(k) {
      return P(start: i, end: e3, kind: .date, sem: .fixed("\(pad(y, 4))-\(pad(m, 2))"), rule: "temporal.date.month-year")
    }
    // "January this year", "June last year", "March of last year".
    if let (shift, end) = relativeYear(e) {
      return P(start: i, end: end, kind: .date, sem: .yearShiftedValue("-" + pad(m, 2), shift), rule: "temporal.date.month-relative-year")
    }
    guard month(i, strict: true) != nil else { return nil }
    // "the March of the Combatant Mothers" names something.
    if isW(e, "of"), isW(e + 1, "the") { return nil }
    // "the annual March for Life", "a March on Washington": a procession, not the month.
    if m == 3, isW(e, "for") || isW(e, "on"), e + 1 < t.count, t[e + 1].kind == .word, t[e + 1].cap,
      let b = w(i - 1), ["the", "a", "annual"].contains(b)
    {
      return nil
    }
    return P(start: i, end: e, kind: .date, sem: .monthDay(m, nil, tense(i, e)), rule: "temporal.date.month")
  }

  func weekday(_ i: Int) -> (Int, Int)? {
    guard let a = w(i), let d = entry(Self.weekdayByID, i), t[i].cap else { return nil }
    let len = t[i].end - t[i].start
    var e = i + 1
    if len <= 5, a.count < 6 {
      guard glued(e, 46) || a == "sun" && false else { return nil }
      e += 1
    }
    return (d, e)
  }

  func weekdayStart(_ i: Int) -> P? {
    guard let (d, e) = weekday(i) else { return nil }
    // "Friday, Oct. 23", "Thursday, April 6, 2000".
    let k = opt(e, 44)
    if let p = monthStart(k), p.end > k + 1 {
      return P(start: i, end: p.end, kind: p.kind, sem: p.sem, rule: p.rule)
    }
    if let (dn, j) = dayNumber(k), k > e || true, let (m, e2) = month(isW(j, "of") ? j + 1 : j, strict: false) {
      let k2 = opt(e2, 44)
      if let (y, e3) = year(k2), Day.isValid(y, m, dn) {
        return P(start: i, end: e3, kind: .date, sem: .fixed(Day(y, m, dn).description), rule: "temporal.date.day-month-year")
      }
      if let p = relativeYearDate(i, m, dn, after: e2, rule: "temporal.date.day-month-relative-year") { return p }
      return P(start: i, end: e2, kind: .date, sem: .monthDay(m, dn, tense(i, e2)), rule: "temporal.date.day-month")
    }
    // "to get around Wednesday's ruling": an infinitive acts on the ruling, not on the day.
    let possessive = isP(e, 39) && isW(e + 1, "s")
    // "The summit runs through Tuesday": with no tense cue, an end the story names with
    // "through" is still ahead ("worked through Tuesday" has its past verb).
    let tn = tense(i, e, infinitive: !possessive)
    let sem = TemporalSemantics.weekday(d, tn > 0 || (tn == 0 && isW(i - 1, "through")) ? 1 : -1)
    // "Tuesday nights": every Tuesday night.
    if let a = w(e), let part = entry(Self.dayPartByID, e), a.hasSuffix("s") {
      return P(start: i, end: e + 1, kind: .set, sem: .fixed("XXXX-WXX-\(d)T\(part)"), rule: "temporal.set.weekdays")
    }
    // "on Monday and Tuesday nights": the first day shares the second's plural part.
    if isW(e, "and") || isW(e, "or"), let (_, e2) = weekday(e + 1), let a = w(e2), let part = entry(Self.dayPartByID, e2), a.hasSuffix("s") {
      return P(start: i, end: e, kind: .set, sem: .fixed("XXXX-WXX-\(d)T\(part)"), rule: "temporal.set.weekdays")
    }
    if let a = w(e), let part = entry(Self.dayPartByID, e), !a.hasSuffix("s") {
      // "Friday evening", "Monday afternoon": a time of day, as TimeML writes it (`TEV`,
      // `TAF`; TimeBank and AQUAINT agree every time). "Friday night" and "Friday morning"
      // are annotated as the bare day more often than with `TNI` / `TMO` (often tagging
      // "Friday" alone): keep the day.
      if part == "EV" || part == "AF" {
        return P(start: i, end: e + 1, kind: .time, sem: .part(sem, part), rule: "temporal.weekday.part")
      }
      return P(start: i, end: e + 1, kind: .date, sem: sem, rule: "temporal.weekday.part")
    }
    return P(start: i, end: e, kind: .date, sem: sem, rule: "temporal.weekday")
  }

  /// Tense around tokens `i..<j`: 1 future ("will meet Friday"), -1 past ("said Friday"),
  /// 0 no cue. The nearest cue wins, looking back and ahead in turn; a sentence-initial
  /// "Until" only counts when nothing else does ("Until Thursday, they had not…" is past).
  func tense(_ i: Int, _ j: Int, infinitive: Bool = true) -> Int {
    var back = i - 1
    var fwd = j
    var backOpen = true
    var fwdOpen = true
    var weak = 0
    for step in 0..<10 {
      if backOpen {
        if back < 0 || isBoundary(back) {
          backOpen = false
        } else if isW(back, "until"), isSentenceStart(back) {
          // "Until Thursday, they had not…": the clause decides.
          weak = 1
        } else if let v = cue(back, before: infinitive, from: i) {
          return v
        }
        back -= 1
      }
      // The words just before the date ("supposed to conclude by May, invited…") are read first.
      // A comma closes it: "will host the talks in Accra on Wednesday, the ministry said"
      // is ahead; the attribution after the comma is not the date's verb.
      if fwdOpen && fwd < j + 6 && step >= 3 {
        if fwd < t.count, t[fwd].kind == .punct, t[fwd].ch == 44, attribution(after: fwd),
          let v = backCue(i, within: 16)
        {
          return v
        }
        // "had floated the idea in a tweet on Saturday, June 29, saying he would be happy to
        // meet": a participle after the comma opens a phrase of its own; the date's verb is
        // further back, or there is none (the future of "would" is not the date's).
        // (A date's match may end after the comma, where it looked for a year.)
        if fwd == j, let c = isComma(j) ? j : (isComma(j - 1) ? j - 1 : nil), participlePhrase(after: c) {
          return backCue(i, within: 16) ?? 0
        }
        if fwd >= t.count || isBoundary(fwd) {
          fwdOpen = false
        } else if let v = cue(fwd, before: false, from: i) {
          return v
        }
        fwd += 1
      }
    }
    if weak == 0, let v = clauseCue(i, j) { return v }
    if weak == 0, let v = frontedCue(i, j) { return v }
    return weak
  }

  /// A future cue further out in the sentence, for dates with no cue in the window of
  /// ``tense(_:_:infinitive:)``: "will be named commander of the shuttle for a mission in
  /// December", "On Tuesday, the league of ... plans to hold". The nearest cue decides, and a
  /// past one keeps the default: a distant past verb is often another clause's ("the talks
  /// planned for the summit in April"), and the nearest year serves year-less months better.
  func clauseCue(_ i: Int, _ j: Int) -> Int? {
    var back = i - 11
    var fwd = j + 6
    var backOpen = back >= 0 && !(i - 10..<i).contains { isBoundary($0) }
    var fwdOpen = fwd < t.count && !(j..<fwd).contains { isBoundary($0) }
    for _ in 0..<14 {
      if backOpen {
        if back < 0 || isBoundary(back) {
          backOpen = false
        } else if let v = cue(back, before: true, from: i), !relativeModal(back) {
          return v > 0 ? v : nil
        }
        back -= 1
      }
      if fwdOpen {
        if fwd >= t.count || isBoundary(fwd) {
          fwdOpen = false
        } else if let v = cue(fwd, before: false, from: i) {
          return v > 0 ? v : nil
        }
        fwd += 1
      }
    }
    return nil
  }

  /// The tense of the main clause for a date fronted at the start of a sentence ("In
  /// January, a week after the anniversary of the ruling, a bombing killed a guard"): the
  /// first cue after the comma, however far, since the fronted phrase frames that clause.
  func frontedCue(_ i: Int, _ j: Int) -> Int? {
    var k = i - 1
    if let a = w(k), ["in", "on", "by", "since", "until", "during", "from"].contains(a) { k -= 1 }
    guard isSentenceStart(k + 1), isP(j, 44) else { return nil }
    var m = j + 1
    while m < t.count, !isBoundary(m) {
      if let v = cue(m, before: false, from: i) { return v }
      m += 1
    }
    return nil
  }

  /// A modal opening a relative clause ("a box like one that would hold a shotgun"): the
  /// clause's own verb, not the one that governs a date after it.
  func relativeModal(_ k: Int) -> Bool {
    guard let a = w(k), Self.modals.contains(a) else { return false }
    return isW(k - 1, "that")
  }

  /// The nearest tense cue in the clause before token `i` (up to `within` tokens back), for
  /// dates the 10-token window of ``tense(_:_:infinitive:)`` does not reach.
  func backCue(_ i: Int, within: Int) -> Int? {
    var k = i - 1
    while k >= 0, k >= i - within, !isBoundary(k) {
      if let v = cue(k, before: true, from: i) { return v }
      k -= 1
    }
    return nil
  }

  /// Whether a reporting verb follows the comma at `k` within five words (", the foreign
  /// ministry said", ", officials told reporters").
  func attribution(after k: Int) -> Bool {
    var m = k + 1
    while m < t.count, m <= k + 5, t[m].kind == .word {
      if let a = t[m].w, ["said", "says", "told", "added", "announced", "reported", "stated"].contains(a) { return true }
      m += 1
    }
    return false
  }

  func isComma(_ k: Int) -> Bool { k >= 0 && k < t.count && t[k].kind == .punct && t[k].ch == 44 }

  /// Whether the word after the comma at `k` is a participle that opens a phrase ("…,
  /// saying", "…, adding", "…, prompting"): see ``TToken/ing``.
  func participlePhrase(after k: Int) -> Bool {
    k + 1 < t.count && t[k + 1].kind == .word && !t[k + 1].cap && t[k + 1].ing
  }

  /// A sentence boundary: . ! ? ; not after an abbreviation ("Oct.", "U.S.").
  /// Month and weekday names written in full: a period after one ends the sentence.
  static let fullDayNames: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  func isBoundary(_ k: Int) -> Bool {
    guard t[k].kind == .punct else { return false }
    switch t[k].ch {
    case 33, 63, 59: return true
    case 46:
      guard k > 0, t[k - 1].kind == .word else { return true }
      let len = t[k - 1].end - t[k - 1].start
      if len == 1 { return false }
      // "Roe vs. Wade": an abbreviation inside the sentence.
      // A full name ends a sentence ("The summit runs through Tuesday."); "Tue." and "Sept."
      // do not.
      if let a = t[k - 1].w, entry(Self.monthByID, k - 1) != nil || entry(Self.weekdayByID, k - 1) != nil || a == "vs" {
        return Self.fullDayNames.contains(a)
      }
      return !(t[k - 1].cap && len <= 3)
    default: return false
    }
  }

  /// Irregular past-tense verbs (regular ones are caught by their "-ed").
  static let pastVerbs: Set<String> = [
    "said", "was", "were", "had", "did", "told", "bought", "brought", "sold", "made", "took", "gave",
    "came", "went", "began", "left", "met", "won", "lost", "fell", "rose", "held", "led", "paid", "sent",
    "spent", "found", "thought", "became", "got", "saw", "knew", "struck", "fought", "fled", "kept", "ran",
    "wrote", "spoke", "broke", "chose", "drove", "flew", "grew", "threw", "sank", "stood", "sat", "built",
    "meant", "felt", "heard", "laid", "shot", "hid", "slid", "swept", "won", "ago", "last", "since",
    "tore", "wore", "swore", "stole", "froze", "woke", "rode", "shook", "forgot", "forgave", "bled", "dealt", "dug", "hung", "sang", "rang", "sprang", "swam", "drank", "caught", "taught", "sought", "lent", "slept", "wept", "crept", "spun", "stuck", "drew", "withdrew", "blew", "ate", "arose", "underwent", "undertook", "overtook", "withheld", "upheld", "oversaw", "overcame", "understood", "shrank", "strode",
  ]

  /// Modal verbs: the date they govern is ahead ("would travel Thursday"), unless a perfect
  /// follows ("would have met Friday").
  static let modals: Set<String> = ["will", "shall", "would", "should", "might", "must", "may"]

  /// Words before a participle that make it passive or adjectival rather than past tense:
  /// "is payable", "the reduced dividend", "will be held".
  static let beForms: Set<String> = ["be", "is", "are", "am", "being"]
  static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "that", "these", "those"]

  /// Present-tense verbs that merely end in "-ed" ("need", "proceed").
  static let notPast: Set<String> = ["need", "indeed", "proceed", "exceed", "succeed", "speed", "seed", "feed", "bleed", "breed"]

  /// Words that point ahead when followed by "to": "plans to", "is supposed to", "is likely to".
  static let aheadBeforeTo: Set<String> = [
    "plans", "plan", "going", "due", "planned", "planning", "set", "is", "are", "supposed", "slated", "poised",
    "likely", "intends", "intend", "hopes", "hope", "aims", "seeks", "ready",
  ]

  /// Whether a pluperfect "had" sits just before token `k` ("had been due to expire Friday":
  /// a plan that was already past).
  func pluperfect(_ k: Int) -> Bool {
    var m = k - 1
    while m >= 0, m >= k - 3, !isBoundary(m) {
      if isW(m, "had") { return true }
      m -= 1
    }
    return false
  }

  func cue(_ k: Int, before: Bool, from i: Int) -> Int? {
    if let a = w(k) {
      switch Word(a) {
      case "expected", "scheduled":
        return pluperfect(k) ? -1 : 1
      case "will", "shall", "upcoming", "next", "soon", "until":
        // "next to the embassy" is a place.
        if a == "next" && isW(k + 1, "to") { return nil }
        // "as soon as the market opened Monday": the main clause decides (``inAsSoonAsClause``).
        if a == "soon", isW(k - 1, "as"), isW(k + 1, "as"), k < i, k + 2 < i { return nil }
        return 1
      case "would", "should", "might", "must", "may":
        // "may" the month is capitalized.
        if a == "may" && t[k].cap { return nil }
        return isW(k + 1, "have") ? -1 : 1
      case _ where has(Self.aheadBeforeToByID, k):
        // "planned for early March", "set for Friday".
        if isW(k + 1, "for"), ["planned", "scheduled", "set", "slated", "due"].contains(a) { return pluperfect(k) ? -1 : 1 }
        guard isW(k + 1, "to") else { return nil }
        // "On Friday, the government planned to pay the claims": after the date, a past
        // "planned" is the date's own verb (the planning happened then), not a plan for it.
        if a == "planned", k > i, !participle(k) { return -1 }
        return pluperfect(k) ? -1 : 1
      case "as":
        if let b = w(k + 1), b == "early" || b == "soon", isW(k + 2, "as") {
          // "as soon as trading opened Monday": a clause in between; the main clause decides.
          if k < i, k + 3 < i { return nil }
          return 1
        }
        return nil
      case "to":
        // An infinitive just before the date ("agreed to meet Friday") points ahead; a distant
        // one governs something else ("extended offers to acquire the company Friday").
        guard before, k >= i - 4, k + 1 < t.count, t[k + 1].kind == .word, !t[k + 1].cap else { return nil }
        if let b = t[k + 1].w, !(b == "be" || b == "have" || Self.notPast.contains(b)) { return nil }
        return pluperfect(k) ? -1 : 1
      case "ll": return 1
      case "ahead":
        // "square positions ahead of the weekend", "ahead of Friday's vote": still to come.
        return isW(k + 1, "of") ? 1 : nil
      case "effective":
        // "a new labor pact effective June 1": a change that starts on that day.
        return pluperfect(k) ? -1 : 1
      case "effect":
        // "takes effect Jan. 1" ahead, "took effect Jan. 1" past.
        if let b = w(k - 1), b == "take" || b == "takes" || b == "taking" { return 1 }
        return nil
      default:
        guard has(Self.pastVerbByID, k) else { return nil }
        if inAsSoonAsClause(k) { return nil }
        if ["was", "were", "had", "did", "said", "ago", "last", "since"].contains(a) { return -1 }
        return participle(k) ? passive(k) : -1
      }
    }
    // A regular past tense; not a name ("the United States") or a compound ("Seattle-based").
    if k < t.count, t[k].kind == .word, t[k].ed, !t[k].cap || isSentenceStart(k), !glued(k - 1, 45) {
      if inAsSoonAsClause(k) { return nil }
      return participle(k) ? passive(k) : -1
    }
    return nil
  }

  /// Whether the verb at `k` opens a clause after "as soon as" ("likely to buy its stock as
  /// soon as trading opened Monday"): its past form follows the reporting verb (it would
  /// be "opens" in direct speech), so the main clause sets the tense.
  func inAsSoonAsClause(_ k: Int) -> Bool {
    var m = k - 2
    while m >= 0, m >= k - 6 {
      if isW(m, "as"), isW(m + 1, "soon"), isW(m + 2, "as") { return true }
      m -= 1
    }
    return false
  }

  /// Whether the past form at `k` is a participle after a form of "be" or a determiner
  /// ("will be held", "is payable", "the reduced dividend").
  func participle(_ k: Int) -> Bool {
    var m = k - 1
    // One adverb may sit between: "would still be held".
    if isAdverb(m) { m -= 1 }
    guard let b = w(m) else { return false }
    return Self.beForms.contains(b) || Self.determiners.contains(b)
  }

  func isAdverb(_ m: Int) -> Bool {
    guard m >= 0, m < t.count, t[m].kind == .word else { return false }
    // "-ly" words that are not adverbs: names ("Kelly", "Italy") and nouns ("the assembly
    // voted", "his family said").
    if let a = t[m].w {
      if ["not", "still", "also", "already", "never", "now"].contains(a) { return true }
      if Self.lyNouns.contains(a) { return false }
    }
    return t[m].ly && (!t[m].cap || isSentenceStart(m))
  }

  /// The tense of a passive: "will be held" ahead, "is held" none, "the reduced" none.
  func passive(_ k: Int) -> Int? {
    var m = k - 1
    if isAdverb(m) { m -= 1 }
    guard isW(m, "be") else { return nil }
    var n = m - 1
    if isAdverb(n) { n -= 1 }
    if let c = w(n), Self.modals.contains(c) || c == "to" { return 1 }
    return nil
  }

  // MARK: Words first

  func wordStart(_ i: Int, _ a: String) -> P? {
    // "a day-long meeting", "a decades-long feud": a duration adjective.
    if let (u, plural, e, hyphen) = unit(i), !hyphen, glued(e, 45), isW(e + 1, "long") {
      return P(start: i, end: e + 2, kind: .duration, sem: .fixed(u.duration(plural ? nil : 1)), rule: "temporal.duration.adjective")
    }
    switch Word(a) {
    case "today", "yesterday", "tomorrow", "tonight":
      // "USA Today", "This is VOA Today": a capitalized word after a name is a title.
      if t[i].cap, !isSentenceStart(i), i > 0, t[i - 1].kind == .word, t[i - 1].cap, t[i - 1].w == nil { return nil }
      // "the people of tomorrow", "the cars of tomorrow": the future in general, left untagged
      // like "today's youth".
      if a == "tomorrow", isW(i - 1, "of"), i >= 2, t[i - 2].kind == .word, !t[i - 2].cap,
        entry(Self.unitByID, i - 2) == nil, entry(Self.dayPartByID, i - 2) == nil,
        !isP(i + 1, 39), entry(Self.dayPartByID, i + 1) == nil
      {
        return nil
      }
      let n = a == "yesterday" ? -1 : (a == "tomorrow" ? 1 : 0)
      let base = TemporalSemantics.shift(.day, n, .day)
      // "today's youth", "in today's world", "today's personal computers": the present age
      // in general, not a time the text places anything at. TimeBank and AQUAINT leave it
      // untagged every time (4 of 4), while "today's editions", "today's vote" are the day.
      if a == "today", isP(i + 1, 39), isW(i + 2, "s") {
        var k = i + 3
        if k + 1 < t.count, t[k].kind == .word, !t[k].cap, t[k].w == nil, t[k + 1].kind == .word { k += 1 }
        if let b = w(k), TemporalVocabulary.presentAgeNouns.contains(b) { return nil }
      }

      if a == "tonight" { return P(start: i, end: i + 1, kind: .time, sem: .part(base, "NI"), rule: "temporal.deictic.day") }
      if let b = w(i + 1), let part = entry(Self.dayPartByID, i + 1), !b.hasSuffix("s") {
        return P(start: i, end: i + 2, kind: .time, sem: .part(base, part), rule: "temporal.deictic.day-part")
      }
      return P(start: i, end: i + 1, kind: .date, sem: base, rule: "temporal.deictic.day")
    case "now", "currently", "recently", "lately", "nowadays", "presently":
      // "killed, most recently last October": the date that follows is the time; "most
      // recently" only picks the latest case.
      if a == "recently", isW(i - 1, "most"), core(i + 1) != nil { return nil }
      return P(start: i, end: i + 1, kind: .date, sem: .fixed(TemporalVocabulary.references[a] ?? "PRESENT_REF"), rule: "temporal.reference.adverb")
    case "pre", "post":
      // "post-1959 politics", "pre-1990 levels": the year, with the side as the mod.
      if glued(i + 1, 45), isNum(i + 2), t[i + 2].digits == 4, !t[i + 2].space, let (y, e) = year(i + 2) {
        return P(start: i, end: e, kind: .date, sem: .fixed(pad(y, 4)), mod: a == "pre" ? "BEFORE" : "AFTER", rule: "temporal.year.pre-post")
      }
    case "right":
      if isW(i + 1, "now") { return P(start: i, end: i + 2, kind: .date, sem: .fixed("PRESENT_REF"), rule: "temporal.reference.adverb") }
    case "soon":
      if isW(i - 1, "as") || isW(i + 1, "after") || isW(i + 1, "as") { return nil }
      // "he was soon released", "a trickle that soon became a flood": shortly after a past
      // moment of the story, not ahead of the document date.
      if i > 0, cue(i - 1, before: false, from: i) == -1 { return nil }
      if i + 1 < t.count, cue(i + 1, before: false, from: i) == -1 { return nil }
      return P(start: i, end: i + 1, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.adverb")
    case "these":
      if isW(i + 1, "days") { return P(start: i, end: i + 2, kind: .date, sem: .fixed("PRESENT_REF"), rule: "temporal.reference.these-days") }
    case "recent":
      // TimeBank: "recent years" is PAST_REF, "recent weeks" a vague duration.
      if let (u, plural, e, _) = unit(i + 1), plural {
        if u == .year || u == .decade || u == .century {
          return P(start: i, end: e, kind: .date, sem: .fixed("PAST_REF"), rule: "temporal.reference.recent")
        }
        return P(start: i, end: e, kind: .duration, sem: .fixed(u == .quarter ? "PXM" : u.duration(nil)), rule: "temporal.duration.recent")
      }
    case "then":
      // "at the then current market price", "the then-current chairman": current at a past
      // moment of the story.
      // Spaced, only after an article or "at" ("since then current rules apply" is not one).
      let hyphen = glued(i + 1, 45)
      let j = hyphen ? i + 2 : i + 1
      let opener = w(i - 1).map { Self.determiners.contains($0) || $0 == "at" } ?? false
      if hyphen || opener, isW(j, "current"), j + 1 < t.count, t[j + 1].kind == .word, !t[j + 1].cap,
        t[j + 1].w == nil
      {
        return P(start: i, end: j + 1, kind: .date, sem: .fixed("PAST_REF"), rule: "temporal.reference.then-current")
      }
    case "current":
      // TimeBank annotates the adjective: "its current financial difficulties".
      if i + 1 < t.count, t[i + 1].kind == .word, !t[i + 1].cap, t[i + 1].w == nil {
        return P(start: i, end: i + 1, kind: .date, sem: .fixed("PRESENT_REF"), rule: "temporal.reference.adjective")
      }
      return relative(i, the: false)
    case "noon", "midnight", "midday":
      // "High Noon" is a title, "high noon" an idiom.
      if t[i].cap && !isSentenceStart(i) || isW(i - 1, "high") { return nil }
      let h = a == "midnight" ? 24 : 12
      return clockWithDay(i, h, a == "midnight" ? nil : 0, zone(i + 1))  // "midnight GMT on Friday"
    case "last":
      return relative(i, the: false) ?? ellipticLast(i)
    case "next", "this", "past", "coming", "previous", "following", "that", "upcoming", "prior":
      return relative(i, the: false)
    case "early", "mid", "late", "earlier", "later", "middle":
      return edge(i)
    case "every", "each":
      return everySet(i)
    case "half":
      // "half an hour", "half a century": half of one unit.
      if let b = w(i + 1), b == "a" || b == "an", let (u, plural, e, hyphen) = unit(i + 2), !plural, !hyphen, let v = u.halfDuration {
        return P(start: i, end: e, kind: .duration, sem: .fixed(v), rule: "temporal.duration.half")
      }
    case "fiscal":
      return fiscal(i)
    case "year":
      return yearCompound(i)
    case "thanksgiving":
      guard t[i].cap else { return nil }
      let e = isW(i + 1, "day") ? i + 2 : i + 1
      if e == i + 1, e < t.count, t[e].kind == .word, t[e].w == nil { return nil }  // "Thanksgiving dinner"
      return P(start: i, end: e, kind: .date, sem: .nthWeekday(11, 4, 4, tense(i, e)), rule: "temporal.holiday.nth-weekday")
    case "easter":
      // "Easter", "Easter Sunday"; "Easter week" is the ISO week that ends on Easter Sunday.
      guard t[i].cap else { return nil }
      if isW(i + 1, "week") { return P(start: i, end: i + 2, kind: .date, sem: .weekOf(.holiday(a, tense(i, i + 2))), rule: "temporal.holiday.movable") }
      let e = isW(i + 1, "sunday") || isW(i + 1, "day") ? i + 2 : i + 1
      // "Easter eggs", "Easter Island" are not the day.
      if e == i + 1, e < t.count, t[e].kind == .word, t[e].w == nil { return nil }
      return P(start: i, end: e, kind: .date, sem: .holiday(a, tense(i, e)), rule: "temporal.holiday.movable")
    case _ where entry(Self.movableHolidayByID, i) != nil:
      // "Labor Day", "Mother's Day", "Presidents' Day".
      guard t[i].cap else { return nil }
      var k = i + 1
      if isP(k, 39) { k += isW(k + 1, "s") ? 2 : 1 }
      guard isW(k, "day"), t[k].cap else { return nil }
      return P(start: i, end: k + 1, kind: .date, sem: .holiday(a, tense(i, k + 1)), rule: "temporal.holiday.movable")
    case "christmas", "halloween":
      var e = i + 1
      var day = a == "christmas" ? 25 : 31
      if a == "christmas", isW(e, "eve") {
        day = 24
        e += 1
      } else if isW(e, "day") {
        e += 1
      }
      guard t[i].cap else { return nil }
      // "a crowd of Halloween revellers", "Christmas shopping": a modifier, not the day.
      if e == i + 1, e < t.count, t[e].kind == .word, t[e].w == nil { return nil }
      return P(start: i, end: e, kind: .date, sem: .monthDay(a == "christmas" ? 12 : 10, day, tense(i, e)), rule: "temporal.holiday.fixed")
    case "new":
      if t[i].cap, isW(i + 1, "year"), isP(i + 2, 39), isW(i + 3, "s"), let b = w(i + 4), b == "day" || b == "eve" {
        return P(start: i, end: i + 5, kind: .date, sem: b == "day" ? .monthDay(1, 1, 1) : .monthDay(12, 31, -1), rule: "temporal.holiday.fixed")
      }
    case "q", "h":
      // "Q3 2021", "H1 2022".
      if t[i].cap, isNum(i + 1), !t[i + 1].space, t[i + 1].digits == 1 {
        let n = t[i + 1].num
        guard a == "q" ? (1...4).contains(n) : (1...2).contains(n) else { return nil }
        if let (y, e) = year(i + 2) {
          return P(start: i, end: e, kind: .date, sem: .fixed("\(pad(y, 4))-\(a == "q" ? "Q" : "H")\(n)"), rule: "temporal.quarter.code")
        }
        return P(start: i, end: i + 2, kind: .date, sem: .quarter(n, 0, a == "h"), rule: "temporal.quarter.code")
      }
    default:
      if let v = entry(Self.frequencyByID, i) {
        // "quarterly dividend" is an adjective, not a SET ("daily rally" is annotated as one).
        if a == "quarterly", i + 1 < t.count, t[i + 1].kind == .word { return nil }
        // "to rise 8.5% annually", "10,000 units annually", "C$17.9 million annually": a rate;
        // "the average daily volume": a statistic. Neither is a set of times.
        if afterQuantity(i) || isW(i - 1, "average") { return nil }
        if i > 0, t[i - 1].kind == .word, t[i - 1].w == nil, t[i - 1].cap { return nil }
        // "told the Daily News": a newspaper's name. (TimeBank does tag the common noun in "the
        // party daily Granma".)
        if t[i].cap, !isSentenceStart(i), i + 1 < t.count, t[i + 1].kind == .word, t[i + 1].cap, t[i + 1].w == nil { return nil }
        return P(start: i, end: i + 1, kind: .set, sem: .fixed(v), rule: "temporal.set.adverb")
      }
      if let s = entry(Self.seasonByID, i) {
        return seasonStart(i, s, rel: 0, start: i)
      }
      // "on Mondays", "Friday nights" is handled with the weekday.
      if let d = entry(Self.weekdaysPluralByID, i), t[i].cap {
        return P(start: i, end: i + 1, kind: .set, sem: .fixed("XXXX-WXX-\(d)"), rule: "temporal.set.weekdays")
      }
      if let n = entry(Self.decadeByID, i), i > 0, isW(i - 1, "the") || isW(i - 1, "early") || isW(i - 1, "late") {
        return P(start: i, end: i + 1, kind: .date, sem: .fixed("19\(n)"), rule: "temporal.decade.word")
      }
      if let (_, plural, e, _) = unit(i), plural, a != "seconds", i > 0, has(Self.vagueSpanPrepositionByID, i - 1), let prev = w(i - 1) {
        if let (u, _, _, _) = unit(i), !(isW(e, "of") && prev != "for") {
          return P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(nil)), rule: "temporal.duration.vague")
        }
      }
    }
    return nil
  }

  /// "summer", "the summer of 1994", "last fall", "summer 2021".
  func seasonStart(_ i: Int, _ s: String, rel: Int, start: Int) -> P? {
    var e = i + 1
    let k = isW(e, "of") ? e + 1 : e
    if let (y, e2) = anyYear(k) {
      return P(start: start, end: e2, kind: .date, sem: .fixed("\(pad(y, 4))-\(s)"), rule: "temporal.season.year")
    }
    // A bare season word needs a cue: "in summer", "this summer", "the summer".
    if rel == 0, start == i {
      let prev = w(i - 1) ?? ""
      guard ["in", "during", "the", "this", "that", "by", "until", "since", "early", "late", "mid", "next", "last"].contains(prev) else { return nil }
    }
    e = i + 1
    // A bare season in the past tense is the latest one over ("orders rose from the low levels
    // of the early summer", said in October: this year's summer), not last year's.
    let sem: TemporalSemantics = rel == 0 ? .season(s, tense(i, e) > 0 ? 1 : (tense(i, e) < 0 && start == i ? -2 : 0)) : .season(s, rel)
    return P(start: start, end: e, kind: .date, sem: rel == 0 && start != i ? .season(s, 0) : sem, rule: "temporal.season")
  }

  /// "last year", "next Friday", "this April", "the past two months", "the following day".
  func relative(_ i: Int, the: Bool) -> P? {
    guard let a = w(i) else { return nil }
    var dir: Int
    var anaphoric = false
    switch Word(a) {
    case "last", "past", "previous", "prior": dir = -1
    case "next", "coming", "following", "upcoming": dir = 1
    default: dir = 0
    }
    if a == "that" { anaphoric = true }
    if the && (a == "following" || a == "previous" || a == "next" || a == "prior") { anaphoric = a != "next" || true }
    if the && a == "next" { anaphoric = true }
    var j = i + 1
    // "this past spring", "this coming Sunday".
    if a == "this", let b = w(j), b == "past" || b == "coming" {
      dir = b == "past" ? -1 : 1
      j += 1
    }
    // "that same day": the day, week or year the story is on.
    if a == "that", isW(j, "same"), let (_, plural, _, hyphen) = unit(j + 1), !plural, !hyphen { j += 1 }
    // "the past two months", "last five years", "the next few days".
    if a != "that", a != "this", a != "current", let (n, k, cmod) = count(j), let (u, plural, e, hyphen) = unit(k), !hyphen, plural || n == 1 && w(j) != "a" {
      if n == 1 && !plural { return nil }
      // TimeBank: "(in) the last few months" is PAST_REF, "the past two months" P2M, and
      // "for the past few weeks" a duration (PXW).
      let before = w(the ? i - 2 : i - 1)
      if n == nil, dir < 0, !["for", "throughout"].contains(before ?? "") {
        return P(start: i, end: e, kind: .date, sem: .fixed("PAST_REF"), mod: cmod, rule: "temporal.reference.vague-past")
      }
      return P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(n)), mod: cmod, rule: "temporal.duration.span")
    }
    guard let b = w(j) else { return nil }
    if let (u, plural, e, hyphen) = unit(j), !hyphen {
      if plural {
        // "the coming months", "the past weeks".
        if a == "coming" || a == "upcoming" || a == "next" {
          return P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(nil)), rule: "temporal.duration.vague-span")
        }
        if a == "past" || a == "last" {
          return P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(nil)), rule: "temporal.duration.vague-span")
        }
        return nil
      }
      if u.isClock { return nil }
      if u == .weekend {
        return P(start: i, end: e, kind: .date, sem: .shift(.week, dir, .weekend), rule: "temporal.relative.unit", anaphoric: anaphoric)
      }
      if u == .decade && (a == "past" || a == "last") && the {
        return P(start: i, end: e, kind: .duration, sem: .fixed("P10Y"), rule: "temporal.duration.span")
      }
      // "the past century": the last hundred years, like "the past decade" ("the last
      // century" stays the previous one).
      if u == .century && a == "past" && the {
        return P(start: i, end: e, kind: .duration, sem: .fixed("P100Y"), rule: "temporal.duration.span")
      }
      if u == .century && dir == 0 {
        return P(start: i, end: e, kind: .date, sem: .shift(.century, 0, .century), rule: "temporal.relative.unit", anaphoric: anaphoric)
      }
      if u == .quarter && a == "latest" { return nil }
      // "within the next year", "within the past week": how long, not when (TimeBank: "within
      // the next two weeks" is P2W).
      if the, dir != 0, w(i - 2) == "within", !u.isClock, u != .weekend {
        return P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(1)), rule: "temporal.duration.within")
      }
      if u == .day && !anaphoric && dir != 0 && !the { return nil }
      if u == .day && a == "this" { return nil }
      // "sales for last year's quarter": the reported quarter a year before.
      if a == "last", u == .year, isP(e, 39), isW(e + 1, "s"), let c = w(e + 2), c == "quarter" || c == "period" {
        return P(start: i, end: e + 3, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago")
      }
      return P(start: i, end: e, kind: .date, sem: .shift(u, dir, u == .fortnight ? .week : u), rule: anaphoric ? "temporal.anaphoric.unit" : "temporal.relative.unit", anaphoric: anaphoric)
    }
    // "the next morning", "the following evening": the day after the story's day (annotated
    // as the day, like "Friday morning").
    if the, a == "next" || a == "following", entry(Self.dayPartByID, j) != nil, !b.hasSuffix("s"), b != "overnight" {
      return P(start: i, end: j + 1, kind: .date, sem: .shift(.day, 1, .day), rule: "temporal.anaphoric.day-part", anaphoric: true)
    }
    if let part = entry(Self.dayPartByID, j), !b.hasSuffix("s"), a == "last" || a == "this" || a == "that" || a == "the" {
      let n = a == "last" ? -1 : 0
      if a == "last" && b != "night" { return nil }
      return P(start: i, end: j + 1, kind: .time, sem: .part(.shift(.day, n, .day), part), rule: "temporal.deictic.day-part", anaphoric: anaphoric)
    }
    if let wd = entry(Self.weekdayByID, j), let (_, e) = weekday(j) {
      let d = dir < 0 ? -2 : (dir > 0 ? 2 : 1)
      if anaphoric && a == "that" { return nil }
      let sem = TemporalSemantics.weekday(wd, d)
      // "the previous Friday" counts back from the story's time, "last Friday" from the DCT.
      let ana = the && (a == "previous" || a == "following" || a == "prior")
      // "this coming Sunday, March 8", "next Tuesday, the 10th of May": the date in
      // apposition is the same day, one expression (as "Friday, Oct. 23").
      if !ana, isP(e, 44), let p = monthStart(e + 1), p.end > e + 2, case .monthDay(let mm, let dd?, _) = p.sem {
        return P(start: i, end: p.end, kind: .date, sem: .monthDay(mm, dd, dir < 0 ? -2 : (dir > 0 ? 2 : 0)), rule: "temporal.relative.weekday-date")
      }
      if !ana, isP(e, 44), let p = monthStart(e + 1), p.end > e + 2, case .fixed = p.sem {
        return P(start: i, end: p.end, kind: .date, sem: p.sem, rule: "temporal.relative.weekday-date")
      }
      if let c = w(e), let part = entry(Self.dayPartByID, e), !c.hasSuffix("s") {
        // "last Friday evening" is a time of day, as "Friday evening" (``weekdayStart(_:)``).
        if part == "EV" || part == "AF" {
          return P(start: i, end: e + 1, kind: .time, sem: .part(sem, part), rule: "temporal.relative.weekday-part", anaphoric: ana)
        }
        return P(start: i, end: e + 1, kind: .date, sem: sem, rule: "temporal.relative.weekday-part", anaphoric: ana)
      }
      return P(start: i, end: e, kind: .date, sem: sem, rule: "temporal.relative.weekday", anaphoric: ana)
    }
    if let m = entry(Self.monthByID, j), let (_, e) = month(j, strict: false) {
      if anaphoric { return nil }
      if let p = monthStart(j), p.end > e, case .monthDay(let mm, let d, _) = p.sem {
        return P(start: i, end: p.end, kind: .date, sem: .monthDay(mm, d, dir < 0 ? -2 : 2), rule: "temporal.relative.month-day")
      }
      return P(start: i, end: e, kind: .date, sem: .month(m, dir), rule: "temporal.relative.month")
    }
    if b == "thanksgiving", t[j].cap, dir != 0 {
      let e = isW(j + 1, "day") ? j + 2 : j + 1
      return P(start: i, end: e, kind: .date, sem: .nthWeekday(11, 4, 4, dir < 0 ? -2 : 2), rule: "temporal.holiday.nth-weekday")
    }
    if let s = entry(Self.seasonByID, j) {
      if anaphoric { return nil }
      let thisPast = a == "this" && dir < 0
      return seasonStart(j, s, rel: thisPast ? -2 : dir, start: i).map { p in
        var q = p
        if dir == 0, a == "this" { q.sem = .season(s, 0) }
        return q
      }
    }
    return nil
  }

  /// "as high a dividend this year as last", "this week and last": the unit of the
  /// "this" expression just before, one back.
  func ellipticLast(_ i: Int) -> P? {
    guard i >= 3, let c = w(i - 1), ["as", "and", "than", "or"].contains(c), isW(i - 3, "this"),
      let (u, plural, e, hyphen) = unit(i - 2), e == i - 1, !plural, !hyphen,
      u == .year || u == .month || u == .week || u == .quarter
    else { return nil }
    // Not "this year and last year's": the next word is not a noun of its own.
    if i + 1 < t.count, t[i + 1].kind == .word || isP(i + 1, 39) { return nil }
    return P(start: i, end: i + 1, kind: .date, sem: .shift(u, -1, u), rule: "temporal.relative.elliptic-last")
  }

  /// "early 1990", "mid-August", "late last year", "earlier this month", "the late 1970s".
  func edge(_ i: Int) -> P? {
    guard let a = w(i) else { return nil }
    var j = i + 1
    if glued(j, 45) { j += 1 }
    if a == "middle" {
      guard isW(j, "of") else { return nil }
      j += 1
    }
    if isW(j, "in") && (a == "earlier" || a == "later") { j += 1 }
    let mod: String
    switch Word(a) {
    case "early", "earlier": mod = "START"
    case "mid", "middle": mod = "MID"
    default: mod = "END"
    }
    if let b = w(j), let part = entry(Self.dayPartByID, j), !b.hasSuffix("s"), a != "earlier", a != "later" {
      if let day = dayAfterClock(j + 1) {
        return P(start: i, end: day.end, kind: .time, sem: .part(day.sem, part), mod: mod, rule: "temporal.edge.day-part", anaphoric: day.anaphoric)
      }
      return P(start: i, end: j + 1, kind: .time, sem: .part(.shift(.day, 0, .day), part), mod: mod, rule: "temporal.edge.day-part")
    }
    guard var p = core(j), p.kind == .date || p.kind == .time, p.mod == nil else {
      if a == "mid", isNum(j) , t[j].digits == 4, let (y, e) = year(j) {
        return P(start: i, end: e, kind: .date, sem: .fixed(pad(y, 4)), mod: "MID", rule: "temporal.edge.mid")
      }
      return nil
    }
    // "earlier" + a bare number or reference is not an edge. "Earlier Friday" means earlier
    // on Friday: TimeBank tags the day alone (4 times in 5), so the weekday is left to itself.
    if case .fixed(let v) = p.sem, v.hasSuffix("_REF") { return nil }
    let relative = a == "earlier" || a == "later"
    if relative, p.rule == "temporal.weekday" { return nil }
    p.start = i
    // "earlier this month", "later this year": some time in the period before (after) now, not
    // its first (last) third. TimeBank writes START (END), which TempEval does not score; the
    // third it implies is as often wrong as right ("shot dead earlier this month" on the 11th,
    // written on the 20th), so the whole period stands.
    p.mod = relative ? nil : mod
    p.rule = "temporal.edge." + (relative ? a : "part")
    return p
  }

  /// "every year", "each Thursday", "every two weeks".
  func everySet(_ i: Int) -> P? {
    var j = i + 1
    // "each of the past three years": every one of them.
    if isW(j, "of"), isW(j + 1, "the"), let r = relative(j + 2, the: true), r.kind == .duration, case .fixed(let v) = r.sem,
      let unit = v.last, v.count >= 3, v.dropLast().last?.isNumber == true
    {
      return P(start: i, end: r.end, kind: .set, sem: .fixed((v.hasPrefix("PT") ? "PT1" : "P1") + String(unit)), rule: "temporal.set.each-of")
    }
    if isW(j, "other") {
      j += 1
      if let (u, plural, e, _) = unit(j), !plural { return P(start: i, end: e, kind: .set, sem: .fixed(u.duration(2)), rule: "temporal.set.every") }
      return nil
    }
    if let (u, plural, e, _) = unit(j), !plural {
      return P(start: i, end: e, kind: .set, sem: .fixed(u.duration(1)), rule: "temporal.set.every")
    }
    if let (n, k, _) = count(j), let n, let (u, plural, e, _) = unit(k), plural {
      return P(start: i, end: e, kind: .set, sem: .fixed(u.duration(n)), rule: "temporal.set.every")
    }
    if let wd = entry(Self.weekdayByID, j), let (_, e) = weekday(j) {
      if let part = entry(Self.dayPartByID, e) {
        return P(start: i, end: e + 1, kind: .set, sem: .fixed("XXXX-WXX-\(wd)T\(part)"), rule: "temporal.set.weekday")
      }
      return P(start: i, end: e, kind: .set, sem: .fixed("XXXX-WXX-\(wd)"), rule: "temporal.set.weekday")
    }
    if let m = entry(Self.monthByID, j), let (_, e) = month(j, strict: false) {
      return P(start: i, end: e, kind: .set, sem: .fixed("XXXX-\(pad(m, 2))"), rule: "temporal.set.month")
    }
    if let part = entry(Self.dayPartByID, j) {
      return P(start: i, end: j + 1, kind: .set, sem: .fixed("TXX\(part)".replacingOccurrences(of: "TXX", with: "T")), rule: "temporal.set.part")
    }
    return nil
  }

  /// "fiscal 1989", "fiscal year 2021", "the fiscal first quarter", "fiscal 2022's second half".
  func fiscal(_ i: Int) -> P? {
    var j = i + 1
    if isW(j, "year") { j += 1 }
    if let (y, e) = year(j) {
      if let p = ordinalStart(e, year: y) { return P(start: i, end: p.end, kind: .date, sem: p.sem, rule: p.rule) }
      return P(start: i, end: e, kind: .date, sem: .fixed(pad(y, 4)), rule: "temporal.year.fiscal")
    }
    if let p = ordinalStart(j, year: nil) { return P(start: i, end: p.end, kind: p.kind, sem: p.sem, rule: p.rule) }
    if j > i + 1 {
      // "changed from a fiscal year to a calendar year": a kind of accounting year, no time.
      if isW(i - 1, "a"), let p = w(i - 2), p == "from" || p == "to" { return nil }
      // "for the fiscal year ended June 30", "throughout the fiscal year": the span; "earnings
      // for the fiscal year": the year.
      let c = w(j)
      if c == "ended" || c == "ending" || w(i - 2) == "throughout" {
        return P(start: i, end: j, kind: .duration, sem: .fixed("P1Y"), rule: "temporal.duration.fiscal-year")
      }
      return P(start: i, end: j, kind: .date, sem: .shift(.year, 0, .year), rule: "temporal.year.fiscal")
    }
    return nil
  }

  /// "last year", "this year", "next year" (or "of last year") right after a day and month
  /// ("May 25 last year", "4 June this year"): the year shift and the end; nil before a
  /// possessive ("May 25 last year's winner" is not one date).
  func relativeYear(_ k: Int) -> (shift: Int, end: Int)? {
    let k = isW(k, "of") ? k + 1 : k
    guard let a = w(k), isW(k + 1, "year"), !isP(k + 2, 39) else { return nil }
    switch Word(a) {
    case "this": return (0, k + 2)
    case "last": return (-1, k + 2)
    case "next": return (1, k + 2)
    default: return nil
    }
  }

  /// The date of day `d` of month `m` from token `i`, when a relative year follows at `k`
  /// ("May 25 last year"): its value moves with the anchor's year by the shift.
  func relativeYearDate(_ i: Int, _ m: Int, _ d: Int, after k: Int, rule: String) -> P? {
    guard let (shift, end) = relativeYear(k) else { return nil }
    return P(start: i, end: end, kind: .date, sem: .yearShiftedValue("-\(pad(m, 2))-\(pad(d, 2))", shift), rule: rule)
  }

  /// The end of "a year ago", "a year earlier", "last year", "of last year", "the previous
  /// year" at `k`, nil when none starts there.
  func yearAgoTail(_ k: Int) -> Int? {
    var k = k
    if isW(k, "of") { k += 1 }
    if let a = w(k), a == "a" || a == "one", isW(k + 1, "year"), let b = w(k + 2), b == "ago" || b == "earlier" || b == "before" { return k + 3 }
    if isW(k, "last"), isW(k + 1, "year"), !isP(k + 2, 39) { return k + 2 }
    if isW(k, "the"), let a = w(k + 1), a == "previous" || a == "prior", isW(k + 2, "year") { return k + 3 }
    return nil
  }

  /// "year-end", "year-earlier", "year-ago", "year's end".
  func yearCompound(_ i: Int) -> P? {
    if glued(i + 1, 45), let b = w(i + 2), !t[i + 2].space {
      switch Word(b) {
      case "end": return P(start: i, end: i + 3, kind: .date, sem: .shift(.year, 0, .year), mod: "END", rule: "temporal.edge.year-end")
      case "earlier", "ago":
        if let c = w(i + 3), c == "quarter" || c == "period" {
          return P(start: i, end: i + 4, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago")
        }
        if let (q, e) = ordinalNumber(i + 3), isW(e, "quarter") {
          return P(start: i, end: e + 1, kind: .date, sem: .quarter(q, -1, false), rule: "temporal.quarter.year-ago")
        }
        return P(start: i, end: i + 3, kind: .date, sem: .shift(.year, -1, .year), rule: "temporal.relative.year-ago")
      default: return nil
      }
    }
    if isW(i + 1, "end") {
      return P(start: i, end: i + 2, kind: .date, sem: .shift(.year, 0, .year), mod: "END", rule: "temporal.edge.year-end")
    }
    if isP(i + 1, 39), isW(i + 2, "s"), isW(i + 3, "end") {
      return P(start: i, end: i + 4, kind: .date, sem: .shift(.year, 0, .year), mod: "END", rule: "temporal.edge.year-end")
    }
    return nil
  }

  /// "third quarter", "third-quarter", "the first half of 1990", "second quarter of 2021".
  func ordinalStart(_ i: Int, year given: Int?) -> P? {
    guard let (n, j) = ordinalNumber(i) else { return nil }
    var k = j
    if glued(k, 45) { k += 1 }
    guard let b = w(k) else { return nil }
    let half: Bool
    if b == "quarter" { half = false } else if b == "half" { half = true } else { return nil }
    guard half ? (1...2).contains(n) : (1...4).contains(n) else { return nil }
    var e = k + 1
    var y = given
    if y == nil {
      let k2 = isW(e, "of") ? e + 1 : e
      if let (yy, e2) = year(k2) {
        y = yy
        e = e2
      } else if isW(e, "of"), isW(e + 1, "the"), isW(e + 2, "year") {
        e += 3
      }
    }
    let sem: TemporalSemantics = y.map { .fixed("\(pad($0, 4))-\(half ? "H" : "Q")\(n)") } ?? .quarter(n, 0, half)
    return P(start: i, end: e, kind: .date, sem: sem, rule: half ? "temporal.half.ordinal" : "temporal.quarter.ordinal")
  }

  /// Expressions that start with "the". Before a hyphenated modifier the article belongs to
  /// the noun phrase, not to the expression ("the [third-quarter] results", "the [year-ago]
  /// period" is kept whole only when "period"/"quarter" follows).
  func theStart(_ i: Int) -> P? {
    guard var p = theStartCore(i) else { return nil }
    if p.end > i + 1, glued(i + 2, 45), isW(i + 1, "year") || entry(Self.ordinalByID, i + 1) != nil,
      p.end == i + 4, i + 4 < t.count, t[i + 4].kind == .word, t[i + 4].w == nil
    {
      p.start = i + 1
    }
    return p
  }

  func theStartCore(_ i: Int) -> P? {
    let j = i + 1
    guard let b = w(j) ?? (isNum(j) || isP(j, 39) ? "" : nil) else { return nil }
    var best: P? = nil
    func consider(_ p: P?) {
      if var p, p.end > (best?.end ?? -1) {
        p.start = i
        best = p
      }
    }
    // "today is the eighth day of the blockade", "it's the second day of the strike": the day
    // of the report ("Monday was the second day" is left to the weekday).
    if entry(Self.ordinalByID, j) != nil, isW(j + 1, "day"), isW(j + 2, "of"), isW(i - 1, "is") || isW(i - 1, "s") && isP(i - 2, 39) {
      consider(P(start: i, end: j + 2, kind: .date, sem: .shift(.day, 0, .day), rule: "temporal.deictic.nth-day"))
    }
    // "in the weeks ahead", "the months ahead": a vague span from now on, like "the coming weeks".
    if let (u, plural, e, hyphen) = unit(j), plural, !hyphen, isW(e, "ahead") {
      consider(P(start: i, end: e + 1, kind: .duration, sem: .fixed(u.duration(nil)), rule: "temporal.duration.vague-span"))
    }
    // "down from $450 million the year before.", "the week after, ...", "the year after that.":
    // the unit next to the one the story is on ("the year before the war" is left alone).
    if let (u, plural, e, hyphen) = unit(j), !plural, !hyphen, u == .day || u == .week || u == .month || u == .year,
      let c = w(e), c == "before" || c == "after",
      e + 1 >= t.count || t[e + 1].kind == .punct || isW(e + 1, "that") && (e + 2 >= t.count || t[e + 2].kind == .punct)
    {
      consider(P(start: i, end: e + 1, kind: .date, sem: .shift(u, c == "before" ? -1 : 1, u), rule: "temporal.anaphoric.unit", anaphoric: true))
    }
    switch Word(b) {
    case "future":
      consider(P(start: i, end: j + 1, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.future"))
    case "near", "distant", "foreseeable", "immediate", "short", "long":
      if isW(j + 1, "future") { consider(P(start: i, end: j + 2, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.future")) }
      if isW(j + 1, "term"), b != "distant", b != "foreseeable" { consider(P(start: i, end: j + 2, kind: .date, sem: .fixed("FUTURE_REF"), rule: "temporal.reference.future")) }
    case "present":
      if !(j + 1 < t.count && t[j + 1].kind == .word && !t[j + 1].cap && t[j + 1].w == nil) {
        consider(P(start: i, end: j + 1, kind: .date, sem: .fixed("PRESENT_REF"), rule: "temporal.reference.present"))
      }
    case "past":
      consider(relative(j, the: true))
      // Not "in the past five seasons", "the past three summers": a count of something else.
      if best == nil, count(j + 1) == nil, isW(i - 1, "in") || !(j + 1 < t.count && t[j + 1].kind == .word && t[j + 1].w == nil && !t[j + 1].cap) {
        consider(P(start: i, end: j + 1, kind: .date, sem: .fixed("PAST_REF"), rule: "temporal.reference.past"))
      }
    case "last", "next", "previous", "following", "coming", "current", "prior", "upcoming":
      consider(relative(j, the: true))
      // "the last half of 1989", "the last quarter of 2020".
      if b == "last", let (n, e, _) = count(j + 1), n == 2, let (u, plural, e2, _) = unit(e), plural, u == .quarter, isW(e2, "of"),
        let (y, e3) = year(e2 + 1)
      {
        consider(P(start: i, end: e3, kind: .date, sem: .fixed("\(pad(y, 4))-H2"), rule: "temporal.half.quarters"))
      }
      if b == "last", let c = w(j + 1), c == "half" || c == "quarter", isW(j + 2, "of"), let (y, e) = year(j + 3) {
        consider(P(start: i, end: e, kind: .date, sem: .fixed(c == "half" ? "\(pad(y, 4))-H2" : "\(pad(y, 4))-Q4"), rule: "temporal.quarter.last-of"))
      }
    case "same":
      // "the same quarter last year", "the same period a year ago".
      if let c = w(j + 1), c == "quarter" || c == "period", let e = yearAgoTail(j + 2) {
        consider(P(start: i, end: e, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago"))
      }
      if let (u, plural, e, _) = unit(j + 1), !plural, !u.isClock {
        consider(P(start: i, end: e, kind: .date, sem: .shift(u, 0, u), rule: "temporal.anaphoric.same", anaphoric: true))
      }
    case "full":
      if isW(j + 1, "year") {
        consider(P(start: i, end: j + 2, kind: .date, sem: .shift(.year, 0, .year), rule: "temporal.relative.the-year"))
      }
    case "year":
      // "the year 2000", "the year two thousand".
      if let (y, e) = anyYear(j + 1) {
        consider(P(start: i, end: e, kind: .date, sem: .fixed(pad(y, 4)), rule: "temporal.year.the-year"))
      }
      if let c = w(j + 1), c == "ended" || c == "ending" || w(i - 1) == "throughout" || w(i - 1) == "during" {
        // "for the year ended March 31": the accounting year as a span.
        consider(P(start: i, end: j + 1, kind: .duration, sem: .fixed("P1Y"), rule: "temporal.duration.fiscal-year"))
      } else if !isW(j + 1, "of") || isW(i - 1, "for"), !glued(j + 1, 45), !isW(j + 1, "before"), !isW(j + 1, "after") {
        // "profit for the year rose", "a high for the year of $42": this year.
        // "the year of the flood" names another one; "the year before the war" counts from
        // the war.
        consider(P(start: i, end: j + 1, kind: .date, sem: .shift(.year, 0, .year), rule: "temporal.relative.the-year"))
      }
      consider(yearCompound(j))
      // "the year-earlier nine months": the span a year before.
      if let c = yearCompound(j), let (n, e, _) = count(c.end), let n, let (u, plural, e2, hyphen) = unit(e), plural, !hyphen {
        consider(P(start: i, end: e2, kind: .duration, sem: .fixed(u.duration(n)), rule: "temporal.duration.count"))
      }
    case "day":
      // "the day before last Tuesday's hearing", "the day after Christmas": a day next to a
      // named day.
      if let c = w(j + 1), c == "before" || c == "after", let p = core(j + 2), p.kind == .date, p.mod == nil,
        TemporalValue(p.sem.resolve(Day(2001, 1, 1))).range.map({ $0.length == 1 }) ?? false
      {
        consider(P(start: i, end: p.end, kind: .date, sem: .dayOffset(p.sem, c == "before" ? -1 : 1), rule: "temporal.relative.day-next-to", anaphoric: p.anaphoric))
      }
    case "weekend":
      consider(P(start: i, end: j + 1, kind: .date, sem: .shift(.week, tense(i, j + 1) > 0 ? 0 : -1, .weekend), rule: "temporal.relative.weekend"))
    case "week":
      // "the week of March 6": the ISO week containing that day.
      if isW(j + 1, "of"), let p = monthStart(j + 2), p.end > j + 3, p.kind == .date {
        consider(P(start: i, end: p.end, kind: .date, sem: .weekOf(p.sem), rule: "temporal.relative.week-of", anaphoric: p.anaphoric))
      }
    case "quarter", "period":
      if b == "quarter", !isW(j + 1, "of"), !(glued(j + 1, 45) && isW(j + 2, "to")) {
        consider(P(start: i, end: j + 1, kind: .date, sem: .lastQuarter(0), rule: "temporal.quarter.the-quarter"))
      }
      // "the quarter a year ago", "the period a year earlier".
      if let e = yearAgoTail(j + 1) {
        consider(P(start: i, end: e, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago"))
      }
    case "corresponding", "comparable":
      // "the corresponding period last year", "the comparable year-ago quarter".
      var k = j + 1
      var ago = false
      if isW(k, "year"), glued(k + 1, 45), let c = w(k + 2), c == "ago" || c == "earlier" {
        k += 3
        ago = true
      }
      guard let c = w(k), c == "quarter" || c == "period" else { break }
      if let e = yearAgoTail(k + 1) {
        consider(P(start: i, end: e, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago"))
      } else if ago {
        consider(P(start: i, end: k + 1, kind: .date, sem: .lastQuarter(-1), rule: "temporal.quarter.year-ago"))
      }
    case "latest", "most":
      var k = j + 1
      if b == "most" {
        guard isW(k, "recent") else { return nil }
        k += 1
      }
      if let c = w(k), c == "quarter" || c == "period" {
        consider(P(start: i, end: k + 1, kind: .date, sem: .lastQuarter(0), rule: "temporal.quarter.latest"))
      }
      if let (n, e, _) = count(k), let n, let (u, plural, e2, _) = unit(e), plural {
        _ = n
        consider(P(start: i, end: e2, kind: .duration, sem: .fixed(u.duration(n)), rule: "temporal.duration.span"))
      }
    case "end", "beginning", "start", "middle", "close", "turn":
      guard isW(j + 1, "of") else { break }
      let mod = b == "middle" ? "MID" : (b == "beginning" || b == "start" ? "START" : "END")
      var k = j + 2
      // "the end of the year", "the end of the month", "the end of this week".
      if isW(k, "the"), let (u, plural, e, _) = unit(k + 1), !plural, !u.isClock {
        consider(P(start: i, end: e, kind: .date, sem: .shift(u, 0, u), mod: mod, rule: "temporal.edge.end-of"))
        break
      }
      if isW(k, "the"), let (q, e) = ordinalNumber(k + 1), isW(e, "quarter") || isW(e, "half") {
        _ = q
        k += 1
      }
      if var p = core(k), p.kind == .date, p.mod == nil {
        if case .fixed(let v) = p.sem, v.hasSuffix("_REF") { break }
        p.mod = mod
        p.rule = "temporal.edge.end-of"
        consider(p)
      }
    case "first", "second", "third", "fourth":
      consider(ordinalStart(j, year: nil))
      // "the first nine months (of 1989)", "the first two years".
      if b == "first", let (n, e, _) = count(j + 1), let n, let (u, plural, e2, _) = unit(e), plural {
        // "the first two quarters of 1990" is its first half.
        if u == .quarter, n == 2, isW(e2, "of"), let (y, e3) = year(e2 + 1) {
          consider(P(start: i, end: e3, kind: .date, sem: .fixed("\(pad(y, 4))-H1"), rule: "temporal.half.quarters"))
        }
        let end = e2
        consider(P(start: i, end: end, kind: .duration, sem: .fixed(u.duration(n)), rule: "temporal.duration.first"))
      }
    default:
      // "the 1990s", "the '80s", "the nineties", "the 20th century", "the summer", "the fiscal year".
      if let n = entry(Self.decadeByID, j) {
        consider(P(start: i, end: j + 1, kind: .date, sem: .fixed("19\(n)"), rule: "temporal.decade.word"))
      } else if let s = entry(Self.seasonByID, j) {
        consider(seasonStart(j, s, rel: 0, start: i))
      } else if b == "fiscal" {
        consider(fiscal(j))
      } else if b == "year-earlier" || b == "year" {
        consider(yearCompound(j))
      } else if let n = entry(Self.ordinalByID, j), isW(j + 1, "century") {
        consider(P(start: i, end: j + 2, kind: .date, sem: .fixed(pad(n - 1, 2)), rule: "temporal.century.ordinal"))
      } else if isP(j, 39) {
        consider(apostropheYear(j))
      } else if isNum(j) {
        if let p = numberStart(j), case .fixed(let v) = p.sem, v.count <= 3 || p.rule == "temporal.century.ordinal" {
          consider(p)
        }
        // "the 1988 period", "the 1988 third quarter".
        if let (y, e) = year(j) {
          if let p = ordinalStart(e, year: y) { consider(p) }
          if let c = w(e), c == "quarter" || c == "period" {
            consider(P(start: i, end: e + 1, kind: .date, sem: .fixed(pad(y, 4)), rule: "temporal.year.period"))
          }
        }
        // "the four days", "the nine months".
        if let (n, e, _) = count(j), let n, let (u, plural, e2, hyphen) = unit(e), plural, !hyphen {
          consider(P(start: i, end: e2, kind: .duration, sem: .fixed(u.duration(n)), rule: "temporal.duration.count"))
        }
      } else if let n = entry(Self.cardinalByID, j), n > 1, let (c, e, _) = count(j), let c, let (u, plural, e2, hyphen) = unit(e), plural, !hyphen {
        consider(P(start: i, end: e2, kind: .duration, sem: .fixed(u.duration(c)), rule: "temporal.duration.count"))
      } else if b == "early" || b == "late" || b == "mid" || b == "middle" {
        consider(edge(j))
      } else if let part = entry(Self.dayPartByID, j), !b.hasSuffix("s"), b != "overnight", let prev = w(i - 1),
        ["in", "during", "until", "by"].contains(prev), !(j + 1 < t.count && t[j + 1].kind == .word && t[j + 1].w == nil && !t[j + 1].cap)
      {
        // "orders placed in the morning": that part of the story's day. Not "in the morning
        // papers" (an adjective).
        consider(P(start: i, end: j + 1, kind: .time, sem: .part(.shift(.day, 0, .day), part), rule: "temporal.anaphoric.day-part", anaphoric: true))
      } else if let (u, plural, e, hyphen) = unit(j), plural, !hyphen, !u.isClock, let prev = w(i - 1), prev == "over" || prev == "throughout" {
        // "over the years", "throughout the decades": a vague span.
        consider(P(start: i, end: e, kind: .duration, sem: .fixed(u.duration(nil)), rule: "temporal.duration.vague"))
      }
    }
    return best
  }
}

