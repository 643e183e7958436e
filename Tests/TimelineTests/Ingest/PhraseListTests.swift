import Testing

@testable import Timeline

/// The byte-level matchers of the block classifier answer as the character-level code they
/// replaced, on ASCII and on the non-ASCII edge cases (combining marks, Unicode spaces).
@Suite struct PhraseListTests {
  /// Texts with marks and spaces where bytes and characters could disagree.
  static let texts = [
    "", " ", "share this story", "share", "share on x", "sharé on", "share\u{301} this", "share this\u{301}",
    "© 2024 Example Media", "(c) 2024", "copyright 2024", "follow us on", "read more: the talks",
    "read more:\u{0301}", "\u{00A0}share this", "e\u{301}dition", "édition", "photo: ana ruiz", "photo",
    "related: \u{2014} more", "  padded  ", "\t\ttabbed\r\n", "\u{2003}em space\u{2003}", " \u{301}mark",
    "tail \u{301}", "ends.", "ends?!*: ", "ends.\u{301}", "café", "cafe\u{301}", "\r\n", "ümlaut ",
  ]

  @Test func firstPrefixAgreesWithHasPrefixInListOrder() {
    let phrases = [
      "share this", "share", "sharé", "©", "copyright", "read more:", "édition", "e\u{301}dition", "photo:", "photo",
      "", "follow us", "cafe", "café",
    ]
    let list = PhraseList(phrases)
    for text in Self.texts {
      #expect(list.firstPrefix(of: text) == phrases.indices.first { text.hasPrefix(phrases[$0]) }, "\(text.debugDescription)")
      // With a filter: the first accepted phrase, as `first(where:)` gives it.
      let long = list.firstPrefix(of: text) { phrases[$0].count > 5 }
      #expect(long == phrases.indices.first { text.hasPrefix(phrases[$0]) && phrases[$0].count > 5 })
    }
    // Without the empty phrase nothing matches an empty text.
    #expect(PhraseList(["a", "©"]).firstPrefix(of: "") == nil)
    #expect(PhraseList(["share on", "share"]).firstPrefix(of: "share on x") == 0)
  }

  @Test func trimmingByBytesMatchesTrimmingByCharacters() {
    func reference(_ s: String) -> String {
      var t = Substring(s)
      while let f = t.first, f.isWhitespace { t.removeFirst() }
      while let l = t.last, l.isWhitespace { t.removeLast() }
      return String(t)
    }
    for text in Self.texts {
      #expect(text.ingestTrimmed() == reference(text), "\(text.debugDescription)")
      #expect(text[...].ingestTrimmed() == reference(text))
    }
    #expect("  padded  ".ingestTrimmed() == "padded")
    #expect("\u{2003}em space\u{2003}".ingestTrimmed() == "em space")
  }
}
