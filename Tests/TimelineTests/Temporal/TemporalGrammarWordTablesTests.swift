import Testing

@testable import Timeline

/// The grammar's tables by word id give, for every token, what the vocabulary tables give for
/// its word.
@Suite struct TemporalGrammarWordTablesTests {
  /// Every word of the vocabulary, a few words outside it, numbers and punctuation, as tokens.
  static let text =
    TemporalTokenizer.words.joined(separator: " ") + " militants Boeing 747 2,000 6.5 ’s (left) — zzz"

  @Test func tablesAgreeWithTheVocabulary() {
    var copy = Self.text
    var tokens: [TToken] = []
    copy.withUTF8 { TemporalTokenizer.tokenize($0, into: &tokens) }
    let g = TemporalGrammar(t: tokens, dayFirst: false)
    #expect(tokens.indices.contains { g.entry(TemporalGrammar.monthByID, $0) == 10 })
    for i in -1...tokens.count {
      let word = g.w(i)
      #expect(g.entry(TemporalGrammar.monthByID, i) == word.flatMap { TemporalVocabulary.months[$0] })
      #expect(g.entry(TemporalGrammar.weekdayByID, i) == word.flatMap { TemporalVocabulary.weekdays[$0] })
      #expect(g.entry(TemporalGrammar.weekdaysPluralByID, i) == word.flatMap { TemporalVocabulary.weekdaysPlural[$0] })
      #expect(g.entry(TemporalGrammar.unitByID, i)?.0 == word.flatMap { TemporalVocabulary.units[$0] }?.0)
      #expect(g.entry(TemporalGrammar.unitByID, i)?.plural == word.flatMap { TemporalVocabulary.units[$0] }?.plural)
      #expect(g.entry(TemporalGrammar.cardinalByID, i) == word.flatMap { TemporalVocabulary.cardinals[$0] })
      #expect(g.entry(TemporalGrammar.ordinalByID, i) == word.flatMap { TemporalVocabulary.ordinals[$0] })
      #expect(g.entry(TemporalGrammar.seasonByID, i) == word.flatMap { TemporalVocabulary.seasons[$0] })
      #expect(g.entry(TemporalGrammar.dayPartByID, i) == word.flatMap { TemporalVocabulary.dayParts[$0] })
      #expect(g.entry(TemporalGrammar.decadeByID, i) == word.flatMap { TemporalVocabulary.decadeWords[$0] })
      #expect(g.entry(TemporalGrammar.frequencyByID, i) == word.flatMap { TemporalVocabulary.frequencies[$0] })
      #expect(g.entry(TemporalGrammar.approximatorByID, i) == word.flatMap { TemporalVocabulary.approximators[$0] })
      #expect(
        (g.entry(TemporalGrammar.movableHolidayByID, i) != nil)
          == (word.flatMap { TemporalVocabulary.movableHolidays[$0] } != nil))
      #expect(g.has(TemporalGrammar.pastVerbByID, i) == (word.map { TemporalGrammar.pastVerbs.contains($0) } ?? false))
      #expect(
        g.has(TemporalGrammar.aheadBeforeToByID, i) == (word.map { TemporalGrammar.aheadBeforeTo.contains($0) } ?? false))
    }
  }

  /// A word's family bits, asked of every table in turn: what the lexicon, marked table by
  /// table, must give.
  static func flags(of w: String) -> UInt16 {
    typealias F = TemporalTokenizer.Family
    typealias V = TemporalVocabulary
    var f: UInt16 = 0
    if V.months[w] != nil { f |= F.month | F.starter }
    if V.weekdays[w] != nil { f |= F.weekday | F.starter }
    if let u = V.units[w] {
      f |= F.unit
      if u.plural { f |= F.starter | F.wordRule }
    }
    if V.cardinals[w] != nil { f |= F.count | F.starter }
    if ["a", "an", "few", "several", "many", "couple"].contains(w) { f |= F.count | F.starter }
    if V.ordinals[w] != nil { f |= F.ordinal | F.starter }
    if V.seasons[w] != nil || V.decadeWords[w] != nil || V.weekdaysPlural[w] != nil || V.frequencies[w] != nil
      || TemporalTokenizer.wordRuleWords.contains(w) || V.movableHolidays[w] != nil
    {
      f |= F.wordRule | F.starter
    }
    if V.approximators[w] != nil || TemporalTokenizer.otherStarters.contains(w) { f |= F.starter }
    if V.approximators[w] != nil || ["more", "less", "fewer", "at", "up", "no", "just"].contains(w) { f |= F.prefix }
    return f
  }

  @Test func lexiconHoldsEveryTableWordWithItsFamilies() {
    var words = Set<String>()
    for keys in [
      Array(TemporalVocabulary.months.keys), Array(TemporalVocabulary.weekdays.keys),
      Array(TemporalVocabulary.weekdaysPlural.keys), Array(TemporalVocabulary.units.keys),
      Array(TemporalVocabulary.cardinals.keys), Array(TemporalVocabulary.ordinals.keys),
      Array(TemporalVocabulary.seasons.keys), Array(TemporalVocabulary.dayParts.keys),
      Array(TemporalVocabulary.decadeWords.keys), Array(TemporalVocabulary.references.keys),
      Array(TemporalVocabulary.frequencies.keys), Array(TemporalVocabulary.approximators.keys),
      Array(TemporalVocabulary.presentAgeNouns), Array(TemporalVocabulary.movableHolidays.keys),
      Array(TemporalVocabulary.vehicleMakes), Array(TemporalGrammar.functionWords),
    ] {
      words.formUnion(keys)
    }
    #expect(Set(TemporalTokenizer.lexicon.keys) == words)
    for w in words {
      #expect(TemporalTokenizer.lexicon[w] == Self.flags(of: w), "\(w)")
    }
    #expect(TemporalTokenizer.words.indices.allSatisfy { TemporalTokenizer.index[TemporalTokenizer.words[$0]] == $0 })
  }
}
