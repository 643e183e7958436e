/// Finds claims in a document's sentences: counts with units, participant lists, direct quotes
/// with their speaker, titles and roles, and statuses with polarity.
///
/// Each claim cites its sentence and, when one is in reach, the event mention it is about: a
/// mention in the same sentence, else the document's main event.
struct ClaimFinder {
  let document: Document
  let units: [XUnit]
  let entities: [[XEntity]]
  let mentions: [EventMention]

  static let stopwords: Set<String> = [
    "the", "and", "that", "with", "from", "this", "have", "has", "had", "were", "was", "will", "would", "their",
    "they", "them", "which", "said", "also", "about", "into", "been", "being", "after", "before", "since",
    "there", "these", "those", "what", "when", "where", "while", "other", "such", "than", "then", "over",
    "more", "most", "some", "very", "just", "only", "even", "could", "should", "must", "like", "said",
    "says", "according", "its", "it's", "for", "are", "not",
  ]
  static let speechCues: Set<String> = EntityRecognizer.speechVerbs.union([
    "criticized", "criticised", "accused", "called", "according", "urged", "described", "dismissed",
  ])

  /// The claims of every sentence, and notes on what could not be parsed.
  func find() -> (claims: [Claim], diagnostics: [Diagnostic]) {
    var claims: [Claim] = []
    var diagnostics: [Diagnostic] = []
    let mainID = mentions.first { $0.isMain }?.id
    // Mention indices by sentence start, in mention order within a sentence: a sentence's
    // mentions are a run found by binary search (a table of lists hashed every sentence's start
    // and made a list per sentence with mentions). Indices: copying mentions retains every field.
    let byUnitStart = mentions.indices.map { (start: mentions[$0].citation.start, k: $0) }
      .sorted { ($0.start, $0.k) < ($1.start, $1.k) }
    // Whether each mention is of this instance, and whether it is an incident (no consequence
    // class), read once per mention instead of once per filter.
    let own = mentions.map { $0.attributes[EventMention.instanceKey] != EventMention.otherInstance }
    let incident = mentions.map { !TriggerLexicon.consequenceClasses.contains($0.eventClass) }
    var lastPerson: String?
    var byTitle: [String: String] = [:]  // "minister" → the last person so titled
    var lastGroup: String?
    /// Appends a finder's claims (most sentences have none: appending nothing still cost a call).
    func add(_ found: [Claim]) { if !found.isEmpty { claims += found } }
    // Whether each sentence quotes and whether a number or a symbol stands outside its dates:
    // with the word sets its tokens have (``XUnit/sets``), a finder whose cue words a sentence
    // lacks skips it without reading its tokens (most sentences have no status verb, no speech
    // cue, no quote, no count).
    var quoting: [Bool] = []
    var numbered: [Bool] = []
    quoting.reserveCapacity(units.count)
    numbered.reserveCapacity(units.count)
    var paragraphs = 0
    // By index: a unit copied out of the list retained its token and expression lists.
    for u in units.indices {
      var quoted = false
      var number = false
      for k in units[u].tokens.indices {
        quoted = quoted || units[u].tokens[k].quoted
        let kind = units[u].tokens[k].kind
        number = number || (!units[u].tokens[k].inTimex && (kind == .number || kind == .symbol))
      }
      quoting.append(quoted)
      numbered.append(number)
      paragraphs = max(paragraphs, units[u].paragraph + 1)
    }
    // Quote marks by paragraph number (0-based, below the document's block count), with the
    // paragraph's first sentence: a list indexed by the number, in paragraph order, where a table
    // hashed the number at every sentence.
    var paragraphQuotes = [(open: Int, close: Int, straight: Int, unit: Int)?](repeating: nil, count: paragraphs)
    // Trigger starts and ids of a sentence's mentions, one list emptied for each sentence.
    var ms: [(start: Int, id: String)] = []
    // By index: a unit copied out of the list retained its token and expression lists.
    for u in units.indices {
      // The sentence's run of `byUnitStart`.
      let unitStart = units[u].span.start
      let lo = byUnitStart.partitionPoint { $0.start < unitStart }
      var hi = lo
      while hi < byUnitStart.count, byUnitStart[hi].start == unitStart { hi += 1 }
      let inSentence = byUnitStart[lo..<hi]
      // "… urged donors to hold such a summit every year": a mention of another instance
      // does not own the sentence's claims; they fall to the nearest mention of this one, else
      // to the article's main event. An earlier occurrence does ("since a bombing in 2015
      // killed 19 people", "the region was hit by a landslide in 2017 that killed 88 people":
      // the toll is that earlier event's).
      // "The quake killed 2,000 people": a toll belongs to the incident that caused it, not to
      // the consequence verb next to it, when the sentence names one.
      // Trigger starts and ids, in trigger order (none, without a sort, for most sentences).
      // The sentence's own incidents, else its own mentions, in trigger order.
      ms.removeAll(keepingCapacity: true)
      if !inSentence.isEmpty {
        let incidents = inSentence.contains { own[$0.k] && incident[$0.k] }
        for (_, k) in inSentence where own[k] && (!incidents || incident[k]) {
          ms.append((start: mentions[k].triggerSpan.start, id: mentions[k].id))
        }
        ms.sort { $0.start < $1.start }
      }
      func about(_ tokenStart: Int) -> String? {
        guard !ms.isEmpty else { return mainID }
        // The nearest trigger, by binary search: the one starting before `tokenStart` or the
        // one at or after it, the earlier when both are as near.
        var a = 0
        var b = ms.count
        while a < b {
          let m = (a + b) / 2
          if ms[m].start < tokenStart { a = m + 1 } else { b = m }
        }
        if a == ms.count || (a > 0 && abs(ms[a].start - tokenStart) >= abs(ms[a - 1].start - tokenStart)) {
          return ms[a - 1].id
        }
        return ms[a].id
      }
      // The sentence's citation, copied out of the source only once a claim cites it (most
      // sentences have none), and not at all when a mention of the sentence cites it whole
      // already (the same span, so the same text): the claims share that one's text.
      var whole: Citation?
      func cite(_ k: Int) -> Citation {
        if let whole { return whole }
        guard units[u].isCitedWhole else { return units[u].cite(document, around: k) }
        let c =
          inSentence.first { mentions[$0.k].citation.span == units[u].span }.map { mentions[$0.k].citation }
          ?? units[u].cite(document, around: k)
        whole = c
        return c
      }
      var speaker = self.speaker(u, lastPerson: lastPerson, byTitle: byTitle, present: units[u].sets)
      // A quote running on into the next sentence of the paragraph takes that sentence's
      // speaker: “First sentence. Second sentence,” she said.
      if speaker == nil, units[u].quoted.last == true, u + 1 < units.count,
        units[u + 1].paragraph == units[u].paragraph
      {
        speaker = self.speaker(u + 1, lastPerson: lastPerson, byTitle: byTitle, present: units[u + 1].sets)
      }
      let listClaims = lists(u, cite: cite, about: about, hasMention: !inSentence.isEmpty, present: units[u].sets)
      // A count starts outside a date at a number, at a currency symbol before one, at a number
      // word, or at "a"/"an" before a multiplier ("a million"): a sentence with none of these
      // has no count.
      if numbered[u] || units[u].sets.contains(.numberWords) || units[u].sets.contains(.multipliers) {
        let listRanges = listClaims.map { ($0.id, $0.value) }
        add(
          counts(u, cite: cite, about: about, speaker: speaker).filter { c in
            // A counted group inside a list ("and eight other countries") is the list's claim.
            !(c.unit == "countries" && listRanges.contains { $0.1.hasSuffix(c.value) })
          })
      }
      add(listClaims)
      if quoting[u] { add(quotes(u, cite: cite, about: about, speaker: speaker)) }
      add(roles(u, cite: cite, about: about, present: units[u].sets))
      // A status needs a status verb or "(take) part (in)" ("part" is a participation cue).
      if units[u].sets.contains(.statusVerbs) || units[u].sets.contains(.participationCues) {
        add(statuses(u, cite: cite, about: about, lastGroup: lastGroup))
      }
      // By index: an entity copied out of the list retained each of its strings.
      let ents = entities[u]
      for e in ents.indices where ents[e].kind == .group && !units[u].quoted[ents[e].lo] { lastGroup = ents[e].key }
      for e in ents.indices where ents[e].kind == .person && !units[u].quoted[ents[e].lo] {
        lastPerson = ents[e].key
        if let title = ents[e].title {
          for w in Self.titleWords(title) { byTitle[w] = ents[e].key }
        }
      }
      // Counted here, then added under one lookup per sentence (a `default:` value that names
      // the sentence was a closure, made and consumed at every sentence).
      var q = (open: 0, close: 0, straight: 0)
      for k in Self.scan(units[u].tokens, for: .quoteMarks, present: units[u].sets) where units[u].tokens[k].isQuote {
        switch units[u].tokens[k].text {
        case "“", "«", "„": q.open += 1
        case "”", "»": q.close += 1
        default: q.straight += 1
        }
      }
      let p = units[u].paragraph
      if paragraphQuotes[p] != nil {
        paragraphQuotes[p]!.open += q.open
        paragraphQuotes[p]!.close += q.close
        paragraphQuotes[p]!.straight += q.straight
      } else {
        paragraphQuotes[p] = (q.open, q.close, q.straight, u)
      }
    }
    // The paragraphs whose marks do not pair up, counted in place (a list of every paragraph,
    // made to be filtered, grew at each one), and the first of them.
    var unbalanced = 0
    var firstUnbalanced: (open: Int, close: Int, straight: Int, unit: Int)?
    for case let q? in paragraphQuotes where q.open != q.close || q.straight % 2 == 1 {
      if unbalanced == 0 { firstUnbalanced = q }
      unbalanced += 1
    }
    if let q = firstUnbalanced {
      let span = units[q.unit].span
      diagnostics.append(
        Diagnostic(
          .note, code: "events.unbalanced-quote", path: document.path, line: span.line, start: span.start,
          end: span.end,
          message:
            "\(document.path): unbalanced quotation marks in \(unbalanced) paragraph(s) (the first has \(q.open) opening, \(q.close) closing, \(q.straight) straight); quotes were read to the end of their sentence"
        ))
    }
    return (claims, diagnostics)
  }

  /// The lowercase words of a person's title longer than three characters ("foreign",
  /// "minister"), in order.
  ///
  /// An ASCII title without carriage returns (a character is then a byte) is split by bytes;
  /// others by `Character`.
  static func titleWords(_ title: String) -> [String] {
    let lower = UTF8Bytes.lowercased(title)
    let plain = lower.utf8.withContiguousStorageIfAvailable { b -> [String]? in
      guard !b.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
      // The words between spaces longer than three bytes, in one pass (no arrays of pieces).
      var words: [String] = []
      var start = 0
      for end in 0...b.count where end == b.count || b[end] == 0x20 {
        if end - start > 3 {
          words.append(String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self))
        }
        start = end + 1
      }
      return words
    }
    return (plain ?? nil) ?? lower.split(separator: " ").filter { $0.count > 3 }.map(String.init)
  }

  /// A claim's id (``ExtractionID``).
  private func id(_ start: Int, _ attribute: String) -> String {
    ExtractionID.make(document: document.id, start: start, attribute: attribute)
  }

  // MARK: - Speakers

  /// The positions of a sentence's tokens to read for a word of `set`: all of them when the
  /// sentence has one (`present`: the word sets of its tokens), else none, so that a finder
  /// whose cue words a sentence lacks reads none of its tokens.
  @inline(__always) static func scan(_ toks: [XToken], for set: XWordSets, present: XWordSets) -> Range<Int> {
    present.contains(set) ? toks.indices : 0..<0
  }

  /// Who speaks in a sentence: the person next to a speech verb, "he/she said" → the last
  /// person named before, else the only person in the sentence outside the quotes.
  ///
  /// `present` holds the word sets of the sentence's tokens.
  func speaker(_ u: Int, lastPerson: String?, byTitle: [String: String] = [:], present: XWordSets) -> String? {
    // The tokens' quote flags read in place (a `quoted` view of them retained the list again).
    let toks = units[u].tokens
    // A sentence without a speech cue has only the last rule to read.
    for k in Self.scan(toks, for: .speechCues, present: present) where !toks[k].quoted && toks[k].isIn(.speechCues) {
      // The person outside the quotes nearest the cue (the first of equals), read in place.
      let near = XUnit.window(entities[u], max(0, k - 9), k + 10)
      var nearest: Int?
      for j in near.indices where near[j].kind == .person && !toks[near[j].lo].quoted {
        if let n = nearest, abs(near[j].lo - k) >= abs(near[n].lo - k) { continue }
        nearest = j
      }
      if let p = nearest, abs(near[p].lo - k) <= 8 || abs(near[p].hi - k) <= 8 {
        return near[p].key
      }
      func pronoun(_ q: Int) -> Bool { q >= 0 && q < toks.count && (toks[q].lowerIs("he") || toks[q].lowerIs("she")) }
      if pronoun(k - 1) || pronoun(k + 1) { return lastPerson }
      // "the minister said", "said the spokeswoman": the last person with that title.
      for q in max(0, k - 3)..<min(toks.count, k + 4) where q != k && q > 0 && toks[q - 1].lower == "the" {
        if let key = byTitle[toks[q].lower] { return key }
      }
      if let e = XUnit.window(entities[u], max(0, k - 4), k).last(where: { !toks[$0.lo].quoted && $0.kind != .person })
      {
        return MentionFinder.metonym(e)
      }
    }
    // The one person outside the quotes (however often named), read without building a set.
    var only: String?
    let ents = entities[u]
    for e in ents.indices where ents[e].kind == .person && !toks[ents[e].lo].quoted {
      if let o = only, o != ents[e].key { return nil }
      only = ents[e].key
    }
    return only
  }

  // MARK: - Counts

  func counts(_ u: Int, cite: (Int) -> Citation, about: (Int) -> String?, speaker: String?) -> [Claim] {
    let toks = units[u].tokens
    var out: [Claim] = []
    var k = 0
    while k < toks.count {
      defer { k += 1 }
      if toks[k].inTimex { continue }
      var numStart = k
      var value: Double?
      var unitName: String?
      var j = k + 1
      // Tokens are read in place until one starts a number (most tokens do not).
      if toks[k].kind == .symbol, let cur = ClaimRules.currencySymbols[toks[k].text], k + 1 < toks.count,
        toks[k + 1].kind == .number,
        let v = Self.parseNumber(toks[k + 1].lower)
      {
        value = v
        unitName = cur
        j = k + 2
      } else if toks[k].kind == .number, let v = Self.parseNumber(toks[k].lower) {
        value = v
      } else if toks[k].isIn(.numberWords), let v = ClaimRules.numberWords[toks[k].lower],
        !(k + 1 < toks.count && toks[k + 1].text == "-")
      {
        value = v
      } else if toks[k].lowerIs("a") || toks[k].lowerIs("an"), k + 1 < toks.count, toks[k + 1].isIn(.multipliers),
        let m = ClaimRules.multipliers[toks[k + 1].lower],
        m >= 1000
      {
        value = 1
      } else {
        continue
      }
      guard var v = value else { continue }
      // The words' flags before the tables (``XWordSets``): most words are no multiplier, unit
      // or people noun, and the flag answers without hashing the word.
      if j < toks.count, toks[j].isIn(.multipliers), let m = ClaimRules.multipliers[toks[j].lower] {
        v *= m
        j += 1
      }
      // Magnitude: "magnitude 7.8", "7.8-magnitude", "magnitude-7.8".
      let prev = k > 0 ? toks[k - 1].lower : ""
      let prev2 = k > 1 ? toks[k - 2].lower : ""
      if prev == "magnitude" || (prev == "-" && prev2 == "magnitude")
        || (j + 1 < toks.count && toks[j].text == "-" && toks[j + 1].lower == "magnitude")
        || (j < toks.count && toks[j].lower == "magnitude")
      {
        out.append(
          Claim(
            id: id(toks[k].start, "magnitude"), document: document.id, mention: about(toks[k].start),
            attribute: "magnitude", value: toks[k].text, number: v, unit: "magnitude", citation: cite(k)))
        continue
      }
      // Not a count: hyphenated measures, ranges, percentages, years.
      if j < toks.count, toks[j].text == "-", !toks[j].spaceBefore { continue }
      if prev == "-" || prev == "+" || prev == "no." || prev == "#" || (k > 0 && toks[k - 1].isIn(.months)) { continue }
      if j < toks.count, toks[j].text == "%" || toks[j].lower == "percent" || toks[j].lower == "per" { continue }
      if toks[k].kind == .number, !toks[k].lower.utf8.contains(0x2C), v >= 1000, v <= 2199, v == v.rounded(),
        unitName == nil
      {
        let nextUnit = j < toks.count && toks[j].isIn(.countUnits) ? ClaimRules.units[toks[j].lower] : nil
        if nextUnit == nil { continue }
      }
      // An ASCII number's characters are its bytes: letters are `a`–`z` once lowercased.
      if toks[k].kind == .number,
        toks[k].isASCII
          ? toks[k].lower.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
          : toks[k].lower.contains(where: { $0.isLetter })
      {
        continue
      }
      // Unit: a unit noun ahead, a currency word, or a people noun with a verb around it.
      var end = j
      if unitName == nil {
        var p = j
        var steps = 0
        while p < toks.count, steps < 5 {
          let w = toks[p].lower
          if toks[p].isIn(.countUnits), let un = ClaimRules.units[w] {
            unitName = un
            end = p + 1
            break
          }
          if toks[p].isIn(.peopleNouns) {
            end = p + 1
            // "2,000 people homeless", "five people missing", "12 people dead".
            if p + 1 < toks.count, toks[p + 1].isIn(.countUnits), let direct = ClaimRules.units[toks[p + 1].lower],
              !direct.hasPrefix("money:")
            {
              unitName = direct
              end = p + 2
              break
            }
            // "50 people were killed", "killing 50 people", "killed up to 2 million Afghans".
            var q = p + 1
            while q < min(toks.count, p + 5), !toks[q].isQuote, toks[q].text != "." {
              if toks[q].isIn(.killVerbs) && toks[q].lower != "left" && toks[q].lower != "claimed" {
                unitName = "killed"
                break
              }
              if toks[q].isIn(.woundVerbs) {
                unitName = "wounded"
                break
              }
              if toks[q].isIn(.voteVerbs) {
                unitName = "voters"
                break
              }
              // Only auxiliaries may stand between the noun and its verb ("were reportedly killed").
              guard
                ["were", "was", "are", "is", "have", "has", "had", "been", "reportedly", "also", "later"].contains(
                  toks[q].lower)
              else { break }
              q += 1
            }
            if unitName == nil {
              var b = numStart - 1
              while b >= max(0, numStart - 5) {
                if toks[b].isIn(.killVerbs) { unitName = "killed"; break }
                if toks[b].isIn(.woundVerbs) { unitName = "wounded"; break }
                b -= 1
              }
            }
            break
          }
          guard toks[p].isWord, !toks[p].inTimex, !toks[p].isIn(.countGapStops) else { break }
          p += 1
          steps += 1
        }
      }
      if unitName == nil, end == j {
        // "killing at least 50.", "killed 12 and wounded 30": the verb right before the number.
        var b = numStart - 1
        while b >= max(0, numStart - 3), ClaimRules.qualifiers.contains(where: { $0.words.contains(toks[b].lower) }) {
          b -= 1
        }
        if b >= 0 {
          let w = toks[b].lower
          if toks[b].isIn(.killVerbs) && !["left", "claimed", "dead", "death", "deaths"].contains(w) {
            unitName = "killed"
          }
          if toks[b].isIn(.woundVerbs) { unitName = "wounded" }
        }
      }
      if unitName == nil, numStart >= 1,
        toks[numStart - 1].isIn(.riseWords)
          || (numStart >= 2 && toks[numStart - 2].isIn(.riseWords)
            && ["to", "at"].contains(toks[numStart - 1].lower))
      {
        // "The number of people killed in the earthquake that hit Morocco rose to 2,122".
        var b = numStart - 2
        while b >= max(0, numStart - 16) {
          let w = toks[b].lower
          if w == "toll" || w == "killed" || w == "dead" || w == "deaths" || w == "death" { unitName = "killed"; break }
          if toks[b].isIn(.woundVerbs) || w == "injuries" { unitName = "wounded"; break }
          b -= 1
        }
      }
      if unitName == nil {
        // "the death toll rose to 5,100", "a toll of 50".
        var b = k - 1
        while b >= max(0, k - 10) {
          if toks[b].lower == "toll" { unitName = "killed"; break }
          b -= 1
        }
      }
      guard let un = unitName else { continue }
      // Qualifier before the number.
      var qualifier: String?
      for q in ClaimRules.qualifiers {
        let n = q.words.count
        guard numStart - n >= 0 else { continue }
        var ok = true
        for (o, w) in q.words.enumerated() where toks[numStart - n + o].lower != w {
          ok = false
          break
        }
        if ok {
          qualifier = q.code
          numStart -= n
          break
        }
      }
      if un.hasPrefix("money:"), k > 0, toks[k].kind == .symbol { numStart = min(numStart, k) }
      let valueText = EntityRecognizer.text(toks, numStart, max(end, j))
      // "delegates from ten countries", "attended by 40 nations": how many took part, the same
      // attribute as a list of named participants.
      var attribute = "count"
      if un == "countries",
        toks[max(0, numStart - 4)..<numStart].contains(where: {
          $0.isIn(.participationCues) || $0.lower == "from" || $0.lower == "by"
        })
      {
        attribute = "participants"
      }
      out.append(
        Claim(
          id: id(toks[numStart].start, attribute), document: document.id, mention: about(toks[k].start),
          attribute: attribute,
          value: valueText, number: v, unit: un, holder: toks[k].quoted ? speaker : speakerIfReported(u, speaker),
          qualifier: qualifier, citation: cite(k)))
      k = max(k, end - 1)
    }
    return out
  }

  /// Counts in reported speech ("Putin warned that IS had about 2,000 militants") are the
  /// speaker's; elsewhere the outlet's.
  private func speakerIfReported(_ u: Int, _ speaker: String?) -> String? {
    guard let speaker else { return nil }
    let toks = units[u].tokens
    for k in toks.indices where toks[k].isIn(.speechCues) || toks[k].lower == "warned" {
      return speaker
    }
    return nil
  }

  static let riseWords: Set<String> = [
    "rose", "risen", "rises", "reached", "reaches", "climbed", "climbs", "stood", "stands", "passed", "passes",
    "topped", "tops", "exceeded", "exceeds", "surpassed", "jumped", "increased", "grew", "hit", "hits",
  ]
  static let countGapStops: Set<String> = [
    "of", "and", "or", "in", "on", "at", "to", "were", "was", "are", "is", "from", "by", "with", "for", "into",
    "than", "more", "their", "his", "her", "its", "the", "a", "an", "that", "who", "which", "per", "each",
  ]

  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
    "nov.", "dec.",
  ]

  static func parseNumber(_ s: String) -> Double? {
    if let whole = wholeNumber(s) { return whole }
    if s.contains(where: { $0.isLetter }) { return nil }
    return Double(String(decoding: s.utf8.filter { $0 != 0x2C }, as: UTF8.self))  // no NSString bridging
  }

  /// The value of `s` when it is digits and commas only ("2,000", "12", "2023": most numbers a
  /// count reads), with at most 15 digits: what ``parseNumber(_:)`` gives it, read from the
  /// bytes (an integer below 2^53 is a `Double` exactly, as `Double(_:)` parses it) without its
  /// walk over the characters for a letter, the list of bytes without the commas and the
  /// string made of them. Nil for any other string (a decimal point, a letter, no digit).
  static func wholeNumber(_ s: String) -> Double? {
    var value = 0
    var digits = 0
    for b in s.utf8 {
      if b == 0x2C { continue }  // ","
      guard b >= 0x30 && b <= 0x39, digits < 15 else { return nil }
      value = value * 10 + Int(b - 0x30)
      digits += 1
    }
    return digits > 0 ? Double(value) : nil
  }

  // MARK: - Participant lists

  static let memberCues: Set<String> = [
    "consisting", "consists", "encompasses", "encompassing", "comprising", "comprises", "members", "membership",
  ]
  static let participationCues: Set<String> = [
    "attended", "joined", "participated", "part", "officials", "representatives", "delegations", "delegates",
    "envoys", "ministers", "participants", "leaders",
  ]

  ///
  /// `present` holds the word sets of the sentence's tokens.
  func lists(_ u: Int, cite: (Int) -> Citation, about: (Int) -> String?, hasMention: Bool, present: XWordSets)
    -> [Claim]
  {
    let all = entities[u]
    func listed(_ e: Int) -> Bool { (all[e].kind == .country || all[e].kind == .group) && !all[e].demonym }
    // A list counts three distinct countries or groups, or ends in a counted group of countries
    // ("and eight other countries": a count unit): a sentence with fewer of these entities and
    // no count unit has no list, and is not read further (most sentences: the filtered list
    // below was an allocation for every sentence with an entity).
    var listedCount = 0
    for e in all.indices where listed(e) {
      listedCount += 1
      if listedCount == 3 { break }
    }
    guard listedCount >= 3 || (listedCount > 0 && present.contains(.countUnits)) else { return [] }
    let toks = units[u].tokens
    // The countries and groups by their number in `all`: a filtered list of entities copied
    // each one, retaining its strings.
    let ents = all.indices.filter(listed)
    var out: [Claim] = []
    var a = 0
    while a < ents.count {
      var b = a
      // Extend the run while only "," / "and" / ", and" / "&" separate entities (read in
      // place: the gap's words as an array cost an allocation per pair of entities).
      while b + 1 < ents.count {
        let g = all[ents[b]].hi
        let gap = all[ents[b + 1]].lo - g
        let joined =
          gap == 1 ? toks[g].lower == "," || toks[g].lower == "and" || toks[g].lower == "&"
          : gap == 2 && toks[g].lower == "," && toks[g + 1].lower == "and"
        if joined { b += 1 } else { break }
      }
      let items = ents[a...b]
      // Distinct keys, counted without a set when the run is short (most are: a few entities);
      // a long run (a list of a hundred thousand names) takes the set, so the count stays linear.
      var count = 0
      if items.count <= 16 {
        for i in items.indices where !items[a..<i].contains(where: { all[$0].key == all[items[i]].key }) { count += 1 }
      } else {
        count = Set(items.map { all[$0].key }).count
      }
      var qualifier: String?
      var end = all[items[b]].hi
      // A trailing counted group: "and eight other countries", "and five former Soviet states".
      var p = end
      if p < toks.count, toks[p].text == "," { p += 1 }
      if p < toks.count, toks[p].lower == "and" {
        p += 1
        var q = p
        var number: Double?
        if q < toks.count, let n = ClaimRules.numberWords[toks[q].lower] ?? Self.parseNumber(toks[q].lower) {
          number = n
          q += 1
        }
        var steps = 0
        while q < toks.count, steps < 6 {
          if toks[q].isIn(.countUnits), ClaimRules.units[toks[q].lower] == "countries" {
            if let n = number { count += Int(n) } else { qualifier = "MIN" }
            end = q + 1
            break
          }
          guard toks[q].isWord else { break }
          q += 1
          steps += 1
        }
      }
      defer { a = b + 1 }
      guard count >= 3 || (end > all[items[b]].hi && items.count >= 1) else { continue }
      let first = all[items[a]].lo
      let isMembers = (max(0, first - 5)..<first).contains { Self.memberCues.contains(toks[$0].lower) }
      let cue = (max(0, first - 8)..<min(toks.count, end + 6)).contains { toks[$0].isIn(.participationCues) }
      guard isMembers || hasMention || cue else { continue }
      let attribute = isMembers ? "members" : "participants"
      var seen: Set<String> = []
      let keys = items.map { all[$0].key }.filter { seen.insert($0).inserted }.sorted()
      out.append(
        Claim(
          id: id(toks[first].start, attribute), document: document.id, mention: about(toks[first].start),
          attribute: attribute, value: EntityRecognizer.text(toks, first, end), number: Double(count),
          unit: "countries", items: keys, qualifier: qualifier, citation: cite(first)))
    }
    return out
  }

  // MARK: - Quotes

  /// The lowercase words of a title-case quote ("Regional Threat of the Year").
  static let titleJoiners = ["of", "the", "and", "in", "for", "a"]

  func quotes(_ u: Int, cite: (Int) -> Citation, about: (Int) -> String?, speaker: String?) -> [Claim] {
    let toks = units[u].tokens
    let quoted = units[u].quoted
    var out: [Claim] = []
    var k = 0
    while k < toks.count {
      guard quoted[k] else {
        k += 1
        continue
      }
      var e = k
      while e < toks.count, quoted[e] { e += 1 }
      // By index: a filtered list of the quote's words copied every token.
      var words = 0
      var capitalized = true
      for j in k..<e where toks[j].isWord {
        words += 1
        if !toks[j].isCap, !Self.titleJoiners.contains(toks[j].lower) { capitalized = false }
      }
      let titleCase = words <= 5 && capitalized
      // Words need spaces between them: a quoted URL or code is not speech.
      let spaced = (k + 1..<e).contains { toks[$0].spaceBefore }
      if words >= 2, !titleCase, spaced {
        let span = document.source.span(toks[k].start, toks[e - 1].end)
        let text = document.source.text(span)
        out.append(
          Claim(
            id: id(span.start, "quote"), document: document.id, mention: about(span.start), attribute: "quote",
            value: text, holder: speaker, subject: speaker, citation: cite(k)))
      }
      k = e
    }
    return out
  }

  // MARK: - Titles and roles

  /// Titles of the sentence's persons, and heads of delegation (`present`: the word sets of the
  /// sentence's tokens).
  func roles(_ u: Int, cite: (Int) -> Citation, about: (Int) -> String?, present: XWordSets) -> [Claim] {
    let toks = units[u].tokens
    var out: [Claim] = []
    let ents = entities[u]
    for e in ents.indices where ents[e].kind == .person {
      if let title = ents[e].title {
        let start = toks[ents[e].titleLo ?? ents[e].lo].start
        out.append(
          Claim(
            id: id(start, "title"), document: document.id, mention: about(start), attribute: "title", value: title,
            holder: nil, subject: ents[e].key, citation: cite(ents[e].lo)))
      }
    }
    for k in Self.scan(toks, for: .headVerbs, present: present) where toks[k].isIn(.headVerbs) {
      let w = toks[k].lower
      var head: XEntity?
      if (w == "headed" || w == "led"), k + 1 < toks.count, toks[k + 1].lower == "by" {
        head = XUnit.window(entities[u], k + 1, k + 13).first { $0.kind == .person }
      } else if k + 2 < toks.count,
        toks[k + 1].lower == "the", toks[k + 2].lower == "delegation"
      {
        head = XUnit.window(entities[u], max(0, k - 20), k).last { $0.kind == .person }
      }
      if let h = head {
        out.append(
          Claim(
            id: id(toks[k].start, "role"), document: document.id, mention: about(toks[k].start), attribute: "role",
            value: "head of delegation", holder: nil, subject: h.key, object: "delegation", citation: cite(k)))
      }
    }
    return out
  }

  // MARK: - Statuses

  /// Subjects that stand for everyone rather than one actor: "governments around the world",
  /// "the international community", "no country", "world leaders".
  static let universalPhrases: [[String]] = [
    ["around", "the", "world"], ["international", "community"], ["no", "country"], ["no", "government"],
    ["no", "nation"], ["no", "state"], ["world", "governments"], ["world", "leaders"], ["world", "powers"],
    ["all", "countries"], ["most", "countries"], ["foreign", "governments"],
  ]

  static func universalSubject(_ toks: [XToken], from lo: Int, to hi: Int) -> Bool {
    for p in lo..<hi {
      for phrase in universalPhrases where p + phrase.count <= hi {
        if phrase.indices.allSatisfy({ toks[p + $0].lower == phrase[$0] }) { return true }
      }
    }
    return false
  }

  /// Nouns for the group a designation is about: "designated the group a terror organization".
  static let groupNouns: Set<String> = ["group", "movement", "militants", "organization", "organisation", "insurgents"]

  func statuses(_ u: Int, cite: (Int) -> Citation, about: (Int) -> String?, lastGroup: String? = nil) -> [Claim] {
    let toks = units[u].tokens
    let quoted = units[u].quoted
    let clauses = units[u].clause
    var out: [Claim] = []
    // Only a status verb or "(take) part (in)" can state a status.
    for k in toks.indices where !quoted[k] && (toks[k].isIn(.statusVerbs) || toks[k].lowerIs("part")) {
      let prev = k > 0 ? toks[k - 1].lower : ""
      let takesPart =
        toks[k].lower == "part" && ["take", "takes", "took", "taking", "taken"].contains(prev) && k + 1 < toks.count
        && toks[k + 1].lower == "in"
      guard var verb = takesPart ? "attended" : ClaimRules.statusVerbs[toks[k].lower] else { continue }
      let clause = clauses[k]
      if ["internationally", "widely", "globally"].contains(prev) { continue }
      if ["of", "about", "on"].contains(prev), !(k > 1 && toks[k - 2].lower == "short") { continue }
      if k + 1 < toks.count, toks[k + 1].lower == "as", verb == "recognized" { verb = "designated" }
      var polarity = true
      for b in stride(from: k - 1, through: max(0, k - 5), by: -1)
      where clauses[b] == clause || toks[b].lower == "short" {
        if ClaimRules.negations.contains(toks[b].lower) || toks[b].lower.hasSuffix("n't") {
          polarity = false
          break
        }
      }
      var passive = false
      for b in stride(from: k - 1, through: max(0, k - 3), by: -1) where ClaimRules.passiveAux.contains(toks[b].lower) {
        passive = true
      }
      if k + 1 < toks.count, toks[k + 1].lower == "by" { passive = true }
      let before = XUnit.window(entities[u], max(0, k - 25), k).filter {
        $0.kind != .other && clauses[$0.lo] == clause
      }
      // The object sits before the next comma: "did not attend the summit, and Premier Li
      // Qiang led …" has no entity object.
      let stop = (k + 1..<min(toks.count, k + 11)).first { [",", ";", ":"].contains(toks[$0].text) } ?? min(toks.count, k + 11)
      let after = XUnit.window(entities[u], k + 1, stop).filter { $0.kind != .other && clauses[$0.lo] == clause }
      var subjects: [String] = []
      var object: String?
      if passive {
        object = before.last.map(MentionFinder.metonym)
        if let byIdx = (k + 1..<min(toks.count, k + 10)).first(where: {
          toks[$0].lower == "by" || toks[$0].lower == "in"
        }) {
          // The agent may sit after a quoted label: recognized as a "terrorist organization" in Russia.
          let agents = XUnit.window(entities[u], byIdx + 1, byIdx + 12).filter { $0.kind != .other }
          subjects =
            verb == "attended" ? agents.map(MentionFinder.metonym) : agents.prefix(1).map(MentionFinder.metonym)
        }
      } else {
        // The clause's subject comes first: "Scholz, chancellor of the
        // German government, takes part in" is Scholz's attendance, not Germany's.
        if Self.universalSubject(toks, from: max(0, k - 12), to: k) {
          // "the international community has not recognized the junta": everyone, no one actor.
          subjects = []
        } else if let s = before.first(where: { $0.kind == .person && !$0.demonym })
          ?? before.first(where: { !$0.demonym }) ?? before.first
        {
          subjects = [MentionFinder.metonym(s)]
        } else if let s = units[u].relativeAntecedent(of: k, in: entities[u]) {
          // "envoys from Turkey, which last year recognized the government": the relative pronoun's
          // antecedent is the subject.
          subjects = [MentionFinder.metonym(s)]
        } else if k > 0,
          ["it", "they"].contains(toks[max(0, k - 1)].lower) || (k > 1 && ["it", "they"].contains(toks[k - 2].lower))
        {
          // "Russia had worked …, even though it designated the group": "it" is the
          // sentence's first actor.
          if let s = XUnit.window(entities[u], max(0, k - 40), k).first(where: {
            !quoted[$0.lo] && ($0.kind == .country || $0.kind == .organization || $0.kind == .group) && !$0.demonym
          }) {
            subjects = [MentionFinder.metonym(s)]
          }
        }
        if let o = after.first {
          let possessive = o.hi < toks.count && toks[o.hi].isPossessive
          if possessive && verb == "recognized" { continue }
          object = MentionFinder.metonym(o)
        }
      }
      // "designated the group a terror organization", "the group is classified as": the last
      // armed or political group named.
      if object == nil {
        let range = passive ? max(0, k - 6)..<k : (k + 1)..<min(toks.count, k + 3)
        if range.contains(where: {
          $0 > 0 && toks[$0 - 1].lower == "the" && Self.groupNouns.contains(toks[$0].lower)
        }) {
          object =
            XUnit.window(entities[u], max(0, k - 40), k).last { $0.kind == .group && !quoted[$0.lo] }?.key
            ?? lastGroup
        }
      }
      if verb == "recognized" && object == nil { continue }
      // A city that is not a capital cannot attend or recognize anything.
      subjects = subjects.filter { !$0.hasPrefix("city:") }
      if verb == "attended" && subjects.isEmpty { continue }
      if verb == "designated" && object == nil && subjects.isEmpty { continue }
      var e = k + 1
      while e < toks.count, e - k < 12, clauses[e] == clause || quoted[e] || toks[e].isQuote {
        if toks[e].text == "." || toks[e].text == "," { break }
        e += 1
      }
      let value = EntityRecognizer.text(toks, k, e)
      for s in subjects.isEmpty ? [nil] : subjects.map(Optional.some) {
        out.append(
          Claim(
            id: id(toks[k].start, "status.\(verb)") + (s.map { ":" + $0 } ?? ""), document: document.id,
            mention: about(toks[k].start), attribute: "status.\(verb)", value: value, subject: s, object: object,
            polarity: polarity, citation: cite(k)))
      }
    }
    return out
  }
}
