/// The vocabulary tables and word sets the rules ask about, indexed by word id
/// (``TToken/wid``).
///
/// A rule only ever asks about a token's word, and every word a table or a set holds that a
/// token can carry is in ``TemporalTokenizer/words``: the entry at the token's id is the entry
/// of its word. One array read instead of a `Dictionary<String, _>` or `Set<String>` lookup,
/// each of which hashed the word (SipHash) and compared strings; a set written in a rule's
/// body was also built again on every call.
///
/// ```swift
/// // "the fourth day of the strike": `t[j].w` is "fourth"
/// entry(Self.ordinalByID, j)    // 4, as TemporalVocabulary.ordinals["fourth"]
/// has(Self.pastVerbByID, j - 1) // false for a token outside the vocabulary
/// ```
extension TemporalGrammar {
  /// `table`'s entry for each word of the vocabulary, in ``TemporalTokenizer/words`` order.
  ///
  /// Made from the table's own entries, one lookup each (asking the table about every word of
  /// the vocabulary hashed the whole vocabulary once per table).
  static func byID<V>(_ table: [String: V]) -> [V?] {
    var out = [V?](repeating: nil, count: TemporalTokenizer.words.count)
    for (w, v) in table {
      if let id = TemporalTokenizer.index[w] { out[id] = v }
    }
    return out
  }

  /// Whether each word of the vocabulary is in `words`, in ``TemporalTokenizer/words`` order.
  static func byID(_ words: Set<String>) -> [Bool] {
    var out = Array(repeating: false, count: TemporalTokenizer.words.count)
    for w in words {
      if let id = TemporalTokenizer.index[w] { out[id] = true }
    }
    return out
  }

  static let monthByID = byID(TemporalVocabulary.months)
  static let weekdayByID = byID(TemporalVocabulary.weekdays)
  static let weekdaysPluralByID = byID(TemporalVocabulary.weekdaysPlural)
  static let unitByID = byID(TemporalVocabulary.units)
  static let cardinalByID = byID(TemporalVocabulary.cardinals)
  static let ordinalByID = byID(TemporalVocabulary.ordinals)
  static let seasonByID = byID(TemporalVocabulary.seasons)
  static let dayPartByID = byID(TemporalVocabulary.dayParts)
  static let decadeByID = byID(TemporalVocabulary.decadeWords)
  static let frequencyByID = byID(TemporalVocabulary.frequencies)
  static let approximatorByID = byID(TemporalVocabulary.approximators)
  static let movableHolidayByID = byID(TemporalVocabulary.movableHolidays)
  static let pastVerbByID = byID(pastVerbs)
  static let aheadBeforeToByID = byID(aheadBeforeTo)

  /// Words before a bare year that make it read as a year ("in 1998", "since 2001").
  static let yearPrepositions: Set<String> = [
    "in", "since", "of", "by", "until", "from", "to", "before", "after", "during", "through", "the",
    "and", "or", "early", "late", "mid", "fiscal", "year", "around", "circa", "about", "for", "at",
    "on", "spring", "summer", "fall", "autumn", "winter", "between", "than", "throughout", "ca",
  ]

  /// Words before "May" (or a sentence-initial "March") that make it the month.
  static let monthCues: Set<String> = [
    "in", "of", "since", "until", "by", "last", "next", "this", "early", "mid", "late", "before", "after",
    "during", "from", "to", "through", "that", "each", "every", "and", "or", "between", "beginning", "end",
    "middle",
  ]

  /// Words between a count and its unit: "two more weeks", "eight trading days".
  static let countUnitFillerByID = byID([
    "more", "additional", "trading", "business", "calendar", "straight", "consecutive", "full", "long",
  ])

  /// Words before a plural unit that make it a vague span: "for years", "within weeks".
  static let vagueSpanPrepositionByID = byID(["for", "over", "within", "after", "in"])

  /// The entry of token `i`'s word in `table` (one of the tables above); nil for a token
  /// outside the vocabulary or past either end.
  @inline(__always) func entry<V>(_ table: [V?], _ i: Int) -> V? {
    guard i >= 0, i < t.count, t[i].wid >= 0 else { return nil }
    return table[Int(t[i].wid)]
  }

  /// Whether token `i`'s word is in the set `table` (one of the sets above).
  @inline(__always) func has(_ table: [Bool], _ i: Int) -> Bool {
    guard i >= 0, i < t.count, t[i].wid >= 0 else { return false }
    return table[Int(t[i].wid)]
  }
}
