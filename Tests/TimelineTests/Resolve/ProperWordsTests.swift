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

  /// The features intern a sentence's ASCII proper words by their bytes (stop words told by
  /// their bytes, words sorted by their bytes): the same words as ``ProperWords/of(_:)``, new
  /// ones given ids in its sorted order; a sentence with a non-ASCII proper word takes the
  /// string path.
  @Test func internedByBytesAsByStrings() {
    var sentences = [
      "Lion Air flight JT610, which crashed into the Java Sea on October 29 (Reuters), killed 189.",
      "\"The talks failed,\" Prime Minister Mark Rutte said on Monday.",
      "Then The Summit At Carbis Bay And The Carbis Bay Hotel Met In June.",
      "Helfer von Ärzte ohne Grenzen erreichten Garmisch-Partenkirchen am Freitag.",
      "no names here at all", "", "A B C Dd Ee Dd ee EE", "Officials from Xx1 and X1x and XX1 and Aa met.",
      "He met President Secretary September Septembers Presidents of Zz.",
    ]
    let words = ["Alpha", "Beta", "Gamma", "May", "Mr", "Queen", "Queens", "Delta2", "Épée", "Omega", "The", "Of"]
    var seed: UInt64 = 7
    for _ in 0..<200 {
      var text = "Then"
      for _ in 0..<8 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += " " + words[Int(seed >> 33) % words.count]
      }
      sentences.append(text + ".")
    }
    var table = PairFeatures.Strings()
    for (k, text) in sentences.enumerated() {
      let m = mention("d\(k)", 0, time: "2021-06-11", text: text)
      let before = table.keys.count
      let proper = table.features(m).proper
      #expect(proper.map { table.keys[Int($0)].string }.sorted() == ProperWords.of(m))
      let fresh = proper.filter { Int($0) >= before }.map { table.keys[Int($0)].string }
      #expect(fresh == fresh.sorted())
    }
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
