/// A sentence prepared for extraction: its role, span and tokens, with the temporal
/// expressions that fall inside it.
struct XUnit: Sendable {
  var index: Int
  var paragraph: Int
  var role: TextRole
  var span: SourceSpan
  var tokens: [XToken]
  /// Letters mostly uppercase: case carries no signal.
  var allCaps: Bool
  /// Words mostly capitalized (three or more words, six in ten capitalized): title case, whose
  /// capitals tell no names.
  var titleCase = false
  /// The word sets of its tokens together: a rule whose cue words a sentence lacks (a host
  /// verb, a group anaphor) skips the sentence without reading its tokens, mention after
  /// mention.
  var sets: XWordSets = []
  /// Expressions inside this sentence: index into the document's list and token range.
  var timexes: [(expression: Int, lo: Int, hi: Int)] = []
}

extension XUnit {
  /// The clause numbers of a sentence's tokens, read from the tokens (``XToken/clause``).
  struct Clauses: Sendable {
    let tokens: [XToken]
    var count: Int { tokens.count }
    subscript(k: Int) -> Int { Int(tokens[k].clause) }
  }

  /// Whether each token of a sentence is inside quotation marks (``XToken/quoted``).
  struct Quotes: Sendable {
    let tokens: [XToken]
    var last: Bool? { tokens.last?.quoted }
    subscript(k: Int) -> Bool { tokens[k].quoted }
  }

  /// Clause number of each token (subordinate clauses and quotes get their own), set by
  /// ``computeClauses()``.
  var clause: Clauses { Clauses(tokens: tokens) }
  /// Whether each token is inside quotation marks, set by ``computeClauses()``.
  var quoted: Quotes { Quotes(tokens: tokens) }
}

extension XUnit {
  /// Sentences longer than this are cited by a window around each statement, so output stays
  /// linear in the input even for a 100,000-character "sentence".
  static let maxCitedBytes = 2_000

  /// Whether the sentence is cited whole (not longer than ``maxCitedBytes``): then
  /// ``cite(_:around:)`` gives the same citation at every token.
  var isCitedWhole: Bool { span.length <= Self.maxCitedBytes }

  /// The citation for a statement at token `k`: the whole sentence, or for very long sentences
  /// the 30 tokens on either side.
  func cite(_ document: Document, around k: Int) -> Citation {
    guard !isCitedWhole, !tokens.isEmpty else { return document.cite(span) }
    let lo = max(0, min(k, tokens.count - 1) - 30)
    let hi = min(tokens.count - 1, k + 30)
    return document.cite(document.source.span(tokens[lo].start, tokens[hi].end))
  }

  /// The entities of a sentence (sorted by `lo`, non-overlapping) that lie inside tokens
  /// `[lo, hi)`, found by binary search.
  static func window(_ ents: [XEntity], _ lo: Int, _ hi: Int) -> ArraySlice<XEntity> {
    var a = 0
    var b = ents.count
    while a < b {
      let m = (a + b) / 2
      if ents[m].lo < lo { a = m + 1 } else { b = m }
    }
    var e = a
    while e < ents.count, ents[e].lo < hi { e += 1 }
    while e > a, ents[e - 1].hi > hi { e -= 1 }
    return ents[a..<e]
  }

  static let subordinators: Set<String> = [
    "since", "after", "before", "while", "whereas", "although", "though", "because", "which", "who",
    "whom", "whose", "where", "until", "unless", "once",
  ]

  /// Subordinators that are also temporal prepositions: "since 2017", "after October 20" stay
  /// in their clause, while "Kenya, which last month hosted …" opens a relative clause.
  static let temporalPrepositions: Set<String> = ["since", "after", "before", "until", "once"]

  static let relativePronouns: Set<String> = ["which", "who", "whom", "whose", "where"]

  /// Words that join a second relative clause to the first ("which invaded … and whose …").
  static let coordinators: Set<String> = ["and", "or", "but"]

  /// The first token of the clause that holds token `k`.
  func clauseStart(of k: Int) -> Int {
    var j = k
    while j > 0, tokens[j - 1].clause == tokens[k].clause { j -= 1 }
    return j
  }

  /// What a relative clause is about: in "Britain and its allies, which invaded Iraq in 2003
  /// and whose withdrawal came in 2009", token `k` in either relative clause gives Britain —
  /// the last entity ending at most four tokens before the comma
  /// that opens the first clause of the chain.
  func relativeAntecedent(of k: Int, in entities: [XEntity]) -> XEntity? {
    var start = clauseStart(of: k)
    for _ in 0..<3 {
      guard start >= 1, start < tokens.count, tokens[start].isIn(.relativePronouns) || tokens[start].lower == "that"
      else { return nil }
      let prev = start - 1
      if Self.coordinators.contains(tokens[prev].lower), prev >= 1 {
        start = clauseStart(of: prev - 1)
        continue
      }
      guard tokens[prev].text == "," else { return nil }
      return entities.last { $0.hi <= prev && $0.hi >= prev - 4 && $0.kind != .other && !$0.demonym }
    }
    return nil
  }

  static let timeNouns: Set<String> = ["dawn", "dusk", "midnight", "noon", "sunrise", "sunset", "then", "that"]
  /// Words of a short lag before "after" or "before" ("crashed minutes after taking off from
  /// Addis Ababa on Sunday morning", "shortly before landing"): the phrase times the clause's
  /// own event, it opens no clause of its own.
  static let lagWords: Set<String> = ["seconds", "minutes", "moments", "hours", "shortly", "soon", "immediately", "just"]

  /// Assigns clause numbers and quote flags (``XToken/clause``, ``XToken/quoted``) in one pass.
  mutating func computeClauses() {
    var id = 0
    var next = 0
    var outer = 0
    var pendingComma = false
    var inQuote = false
    var inSingle = false
    var sawQuote = false
    var shortQuoteEnd = -1
    for i in tokens.indices {
      // Quotes, semicolons, dashes and commas are punctuation: only those tokens compare text
      // (and only non-ASCII ones with ‘ ’ —).
      let punct = tokens[i].kind == .punct
      let wide = punct && !tokens[i].isASCII
      // British-style single quotes: ‘…’ (a ’ closes only an open ‘; elsewhere it is an
      // apostrophe). Inside double quotes they are nested quotes and change nothing.
      if wide, !inQuote, (tokens[i].text == "‘" && !inSingle) || (tokens[i].text == "’" && inSingle) {
        inSingle = tokens[i].text == "‘"
        next += 1
        id = next
        pendingComma = false
        tokens[i].clause = Int32(id)
        tokens[i].quoted = false
        continue
      }
      if tokens[i].isQuote {
        let text = tokens[i].text
        let opening = text == "“" || text == "«" || text == "„" || (text == "\"" && !inQuote)
        if !opening, !inQuote, !sawQuote {
          // A closing mark with no opening one: the quote began in the previous sentence.
          for k in 0..<i where !tokens[k].isQuote { tokens[k].quoted = true }
        }
        sawQuote = true
        inQuote = opening
        // A short quoted label ("Regional Threat" talks, a "terrorist" organization) stays in
        // its clause; a quoted statement is a clause of its own.
        if opening {
          var k = i + 1
          while k < tokens.count, k - i <= 5, !tokens[k].isQuote { k += 1 }
          if k < tokens.count, tokens[k].isQuote, k - i <= 4 { shortQuoteEnd = k }
        }
        if i > shortQuoteEnd || (opening && shortQuoteEnd < i) {
          next += 1
          id = next
          pendingComma = false
        }
        tokens[i].clause = Int32(id)
        tokens[i].quoted = false
        continue
      }
      let word = tokens[i].kind == .word
      if punct, tokens[i].text == ";" || (wide && tokens[i].text == "—") {
        next += 1
        id = next
        pendingComma = false
      } else if word, tokens[i].isIn(.relativePronouns), pendingComma, i > 0,
        Self.coordinators.contains(tokens[i - 1].lower)
      {
        // "which invaded … and whose withdrawal paved the way …": a second relative clause
        // beside the first, under the same outer clause.
        next += 1
        id = next
      } else if word, tokens[i].isIn(.subordinators), !tokens[i].inTimex, !pendingComma,
        !(Self.temporalPrepositions.contains(tokens[i].lower) && i + 1 < tokens.count
          && (tokens[i + 1].inTimex || Self.timeNouns.contains(tokens[i + 1].lower))),
        !(i > 0 && Self.lagWords.contains(tokens[i - 1].lower) && (tokens[i].lower == "after" || tokens[i].lower == "before"))
      {
        // "since 2017", "before dawn", "after October 20": a temporal preposition, not a clause.
        outer = id
        next += 1
        id = next
        pendingComma = true
      } else if punct, tokens[i].text == ",", pendingComma, !tokens[i].inTimex {
        id = outer
        pendingComma = false
      }
      tokens[i].clause = Int32(id)
      tokens[i].quoted = inQuote || inSingle
    }
  }
}
