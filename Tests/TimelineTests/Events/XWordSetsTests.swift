import Testing

@testable import Timeline

@Suite("XWordSets")
struct XWordSetsTests {
  /// Every word any source names, plus words in no set.
  static let vocabulary: Set<String> = XWordSets.sources.reduce(into: ["zebra", "", "summits", "sAid"]) {
    $0.formUnion($1.words)
  }

  @Test("every flag holds exactly the words of its set")
  func flagsAgreeWithSets() {
    for (flag, words) in XWordSets.sources {
      for w in Self.vocabulary {
        #expect(XWordSets.of(w).contains(flag) == words.contains(w), "\(w)")
      }
    }
  }

  @Test("non-ASCII words match by canonical equivalence, as in the sets")
  func nonASCII() {
    #expect(XWordSets.of("communiqué").contains(.triggerStarts))
    #expect(XWordSets.of("communique\u{301}").contains(.triggerStarts))
    #expect(XWordSets.of("“") == [.quoteMarks])
    #expect(ASCIIWordTable.Hash("zürich") == nil)
    if let said = ASCIIWordTable.Hash("said"), let other = ASCIIWordTable.Hash("unheardofword") {
      #expect(XWordSets.asciiTable.lookup("said", said).sets.contains(.speechVerbs))
      #expect(XWordSets.asciiTable.lookup("unheardofword", other) == XWordInfo())
    }
  }

  @Test("flags are distinct single bits")
  func distinctBits() {
    let flags = XWordSets.sources.map(\.flag.rawValue)
    #expect(flags.allSatisfy { $0 != 0 && $0 & ($0 - 1) == 0 })
    #expect(Set(flags).count == flags.count)
  }

  @Test("tokens carry the sets of their lowercase form, whatever their case")
  func tokens() {
    let toks = ExtractionTokenizer.tokenize("“Said” SAID said Zürich’s Recognized") { o, _ in o }
    #expect(toks.map(\.text) == ["“", "Said", "”", "SAID", "said", "Zürich", "’s", "Recognized"])
    #expect(toks[0].isQuote && toks[2].isQuote && !toks[1].isQuote)
    for k in [1, 3, 4] {
      #expect(toks[k].isIn(.speechCues) && toks[k].isIn(.speechVerbs) && toks[k].isIn(.stopwords))
    }
    #expect(toks[5].sets == XWordSets.of("zürich"))
    #expect(!toks[5].isASCII && toks[4].isASCII && toks[5].textCount == 6 && toks[5].lowerCount == 6)
    #expect(toks[7].isIn(.statusVerbs))
    // The gazetteer tokenizes its own table without sets.
    #expect(ExtractionTokenizer.tokenize("said", classify: false) { o, _ in o }.first?.sets == [])
  }

  @Test("gazetteer, title and trigger lookups start only at flagged words")
  func starts() {
    let toks = ExtractionTokenizer.tokenize("Foreign Minister talks in Moscow") { o, _ in o }
    #expect(Gazetteer.shared.title(toks, at: 0) == 2)
    #expect(TriggerLexicon.match(toks, at: 2)?.1 == 1)
    #expect(Gazetteer.shared.match(toks, at: 4, allCaps: false)?.entry.key == "city:moscow")
    #expect(Gazetteer.shared.match(toks, at: 3, allCaps: false) == nil)
  }
}
