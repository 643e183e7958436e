import Testing

@testable import Timeline

/// The tokenizer's words, read eight bytes at a time and looked up by packed key, are the words
/// a byte-at-a-time reading finds, with the vocabulary index of their lowercase spelling.
@Suite struct TemporalTokenizerTests {
  /// A fixed pseudo-random sequence (SplitMix64), so a failure repeats.
  struct Rng {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((z ^ (z >> 31)) % UInt64(n))
    }
  }

  /// Pieces of text: vocabulary words in any case, other words short and long, non-ASCII
  /// letters, the typographic apostrophe, the no-break space, numbers and punctuation.
  static func pieces() -> [String] {
    let vocabulary = TemporalTokenizer.words
    return vocabulary + vocabulary.map { $0.uppercased() } + vocabulary.map { $0.prefix(1).uppercased() + $0.dropFirst() }
      + [
        "morning", "Evening", "everything", "singing", "ending", "militants", "Boeing", "internationalization",
        "abcdefgh", "abcdefghi", "abcdefghijklmn", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
        "café", "Zürich", "naïve", "straße", "ñ", "é", "\u{2019}", "\u{00A0}", "'", "-", ".", ",", "(", ")", "@",
        "[", "`", "{", "\u{2014}", "2,000", "6.5", "8.49pm", "1990s", "’s", "\t", "\n", " ", " ", " ", "",
      ]
  }

  @Test func wordsAndKeysAgreeWithAByteAtATimeReading() {
    let pieces = Self.pieces()
    let index = Dictionary(uniqueKeysWithValues: TemporalTokenizer.words.enumerated().map { ($1, Int16($0)) })
    let ingNouns = Set(
      [
        "morning", "evening", "meeting", "building", "during", "nothing", "something", "anything", "everything",
        "spring", "opening", "hearing", "briefing", "funding", "ceiling", "landing", "ruling", "signing",
        "shooting", "bombing", "killing", "uprising", "wedding", "warning", "setting", "beginning", "ending",
        "gathering", "offering", "painting", "clothing", "housing", "training", "spending",
      ])
    var rng = Rng(state: 2026)
    var tokens: [TToken] = []
    var words = 0
    for _ in 0..<1500 {
      // Pieces run together (one long word) or stand apart.
      var text = ""
      for _ in 0..<rng.next(16) { text += pieces[rng.next(pieces.count)] + (rng.next(2) == 0 ? " " : "") }
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { TemporalTokenizer.tokenize($0, into: &tokens) }
      for t in tokens where t.kind == .word {
        words += 1
        // The word ends where a byte-at-a-time reading ends it.
        var j = t.start
        while j < bytes.count {
          let d = bytes[j]
          if d < 0x80, !(d | 0x20 >= 97 && d | 0x20 <= 122) { break }
          if d == 0xE2, j + 2 < bytes.count, bytes[j + 1] == 0x80, bytes[j + 2] == 0x99 { break }
          if d == 0xC2, j + 1 < bytes.count, bytes[j + 1] == 0xA0 { break }
          j += 1
        }
        #expect(t.end == j, "\(text)")
        let lower = String(decoding: bytes[t.start..<t.end].map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, as: UTF8.self)
        let short = t.end - t.start <= 14
        #expect(t.wid == (short ? index[lower] ?? -1 : -1), "\(lower) in \(text)")
        #expect(t.flags == (t.wid >= 0 ? TemporalTokenizer.lexicon[lower] ?? 0 : 0), "\(lower)")
        let ing = t.end - t.start >= 6 && lower.hasSuffix("ing")
        #expect(t.ing == (ing && !(short && ingNouns.contains(lower))), "\(lower)")
      }
    }
    #expect(words > 5000)
  }
}
