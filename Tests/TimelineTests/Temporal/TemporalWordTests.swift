import Testing

@testable import Timeline

/// `TemporalGrammar.Word` compares a rule's literal with a token's word by byte count first:
/// exact only while every word a token can carry is ASCII (the rules' literals are).
@Suite struct TemporalWordTests {
  @Test func vocabularyIsASCII() {
    let other = TemporalTokenizer.words.filter { $0.utf8.contains { $0 >= 0x80 } }
    #expect(other.isEmpty, "words outside ASCII: \(other)")
  }

  @Test func wordMatchesAsEquality() {
    let words = TemporalTokenizer.words + ["", "s", "the", "year", "years", "yesterday"]
    for w in words {
      for pattern in ["", "s", "the", "year", "last", "next", w] {
        #expect((pattern ~= TemporalGrammar.Word(w)) == (w == pattern), "\(w) / \(pattern)")
      }
    }
  }
}
