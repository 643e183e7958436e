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
}
