import Testing

@testable import Timeline

@Suite struct ProperWordsTests {
  @Test func capitalizedWordsAfterTheFirstMinusCalendarTitlesAndParentheses() {
    #expect(
      ProperWords.of("Lion Air flight JT610, which crashed into the Java Sea on October 29 (Reuters), killed 189.")
        == ["air", "java", "jt610", "sea"])
    #expect(ProperWords.of("\"The talks failed,\" Prime Minister Mark Rutte said on Monday.") == ["mark", "rutte"])
    // Non-ASCII words: an uppercase first letter is read from its scalar, the word lowercased.
    #expect(
      ProperWords.of("Helfer von Ärzte ohne Grenzen erreichten Garmisch-Partenkirchen am Freitag.")
        == ["freitag", "garmisch", "grenzen", "partenkirchen", "ärzte"])
    #expect(ProperWords.of("no names here at all") == [])
    #expect(ProperWords.of("") == [])
  }

  @Test func headlinesAndCaptionsGiveNone() {
    let text = "Carbis Bay Summit Opens With Vaccine Pledge"
    #expect(ProperWords.of(mention("a", 0, role: .headline, text: text)) == [])
    #expect(ProperWords.of(mention("a", 0, role: .caption, text: text)) == [])
    #expect(ProperWords.of(mention("a", 0, role: .body, text: text)) == ["bay", "opens", "pledge", "summit", "vaccine"])
  }

  /// A year-only background mention ("the Carbis Bay summit last year") meets the dated report
  /// of the same meeting only through the names both sentences give.
  @Test func sharedProperNamesJoinAYearOnlyMentionToItsDatedReport() {
    let resolver = EventResolver()
    let dated = mention(
      "day1", 100, time: "2021-06-11", text: "Leaders met at the Carbis Bay hotel in Cornwall on Friday.")
    let background = mention(
      "wrap", 900, time: "2021", text: "The plan was unveiled at the Carbis Bay summit in Cornwall last year.")
    let other = mention("wrap", 900, time: "2021", text: "The plan was unveiled at a summit in Brussels last year.")
    let need = resolver.threshold(for: "meeting")
    let joined = resolver.pairScore(dated, background)
    #expect((joined?.0 ?? 0) >= need)
    #expect(joined?.1.contains { $0.rule == "resolve.shared-proper-names" && $0.note.contains("carbis") } == true)
    #expect((resolver.pairScore(dated, other)?.0 ?? 0) < need)
    // The prepared features agree with the reference scorer.
    let f = PairFeatures.prepare([dated, background, other])
    #expect(resolver.score(f[0], f[1], singular: false, need: need) == joined?.0)
    #expect((resolver.score(f[0], f[2], singular: false, need: need) ?? 0) < need)
  }

  /// Names count only at times that overlap: the 2023 meeting at the same hotel is another.
  @Test func sharedProperNamesNeedOverlappingTimes() {
    let resolver = EventResolver()
    let a = mention("a", 100, time: "2021-06-11", text: "Leaders met at the Carbis Bay hotel in Cornwall on Friday.")
    let b = mention("b", 100, time: "2023", text: "Ministers met at the Carbis Bay hotel in Cornwall in 2023.")
    #expect(resolver.pairScore(a, b) == nil)
  }
}
