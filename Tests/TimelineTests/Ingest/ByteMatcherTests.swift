import Foundation
import Testing

@testable import Timeline

/// The byte-level fast paths of Ingest answer as the code they stand in for: per-phrase byte
/// searches, Foundation's `contains`, and the `Character` properties of date parsing.
@Suite struct ByteMatcherTests {
  static let texts = PhraseListTests.texts + [
    "the mayor (left) speaks to reporters", "pictured: (l-r) the envoys", "seen from left to right",
    "in this file photo, in this photo", "a/b", "a/\u{301}b", "\u{600}/x", "http://x.org", "://", "x:/\u{301}/",
    "x://\u{301}", "you'll see", "your", "yours truly", "byou", "café you", "é/é", "a.b", "a.\u{301}b", "..",
  ]

  @Test func phraseSearchFindsTheFirstPhraseInListOrder() {
    let phrases = [
      "(left)", "pictured", " from left", "left to right", "in this photo", "in this file photo", "a", "é", "/",
      "you", "your", "you'll", "\u{301}", "x",
    ]
    let search = PhraseSearch(phrases)
    for text in Self.texts {
      #expect(
        search.firstIndex(in: text) == phrases.indices.first { text.ingestContains(phrases[$0]) },
        "\(text.debugDescription)")
      #expect(search.occurs(in: text) == phrases.contains { text.ingestContains($0) })
    }
    #expect(search.firstPhrase(in: "in this file photo (left)") == "(left)")
    #expect(search.firstIndex(in: "") == nil)
  }

  /// ASCII texts in mixed case, with the classifier's phrases and near misses in them.
  static func mixedCaseTexts() -> [String] {
    var generator = SeededGenerator(seed: 5)
    let pieces =
      Boilerplate.positionalCues + Boilerplate.captionLabels + Boilerplate.promotionWords
      + Boilerplate.commentFormPhrases + ["(LEFT)", "Pictured", "PiCtUrEd:", "From Left", "(", ",", " ", "x", "Q"]
    var texts = ["", "A", "(L)", "IMAGE CAPTION, rescuers", "Caption: X", "TOP PHOTO: a", "top photo"]
    for _ in 0..<400 {
      let n = Int.random(in: 1...6, using: &generator)
      let text = (0..<n).map { _ in pieces.randomElement(using: &generator)! }.joined(separator: " ")
      // Each letter upper or lower case at random.
      texts.append(
        String(
          decoding: text.utf8.map { c in
            c &- 0x61 < 26 && Bool.random(using: &generator) ? c & ~0x20 : c
          }, as: UTF8.self))
    }
    return texts
  }

  @Test func caseFoldingSearchesFindWhatTheirLowercaseCopyHolds() {
    for search in [Boilerplate.positionalCueSearch, Boilerplate.promotionWordSearch, Boilerplate.commentFormSearch] {
      let plain = PhraseSearch(search.phrases)
      for text in Self.mixedCaseTexts() {
        let lower = UTF8Bytes.lowercased(text)
        #expect(search.firstIndex(in: text) == plain.firstIndex(in: lower), "\(text.debugDescription)")
        #expect(search.firstIndex(in: lower) == plain.firstIndex(in: lower), "\(text.debugDescription)")
      }
    }
    for text in Self.mixedCaseTexts() {
      let lower = UTF8Bytes.lowercased(text)
      #expect(
        Boilerplate.captionLabelList.firstPhrase(prefixingLowercased: text)
          == Boilerplate.captionLabelList.firstPhrase(prefixing: lower), "\(text.debugDescription)")
    }
  }

  @Test func phraseSearchTakesOnlyAcceptedMatches() {
    // Whole words, as the classifier's credit-name test asks: every occurrence is tried.
    let phrases = ["you", "your", "you'll", "ap"]
    let search = PhraseSearch(phrases)
    // No ASCII letter and no byte of a non-ASCII character next to the match.
    func edge(_ c: UInt8) -> Bool { !(c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) && c < 0x80 }
    func wholeWord(_ text: String) -> Int? {
      let h = Array(text.utf8)
      return phrases.indices.first { k in
        let n = Array(phrases[k].utf8)
        var from = 0
        while let at = ByteSearch.find(n, in: h, from: from) {
          let before = at == 0 ? 0x20 : h[at - 1]
          let after = at + n.count >= h.count ? 0x20 : h[at + n.count]
          if edge(before) && edge(after) { return true }
          from = at + 1
        }
        return false
      }
    }
    for text in Self.texts + ["yours and you", "byou your", "ap photo", "apé ap", "youé you'll"] {
      let found = search.firstIndex(in: text) { _, r, h in
        let before = r.lowerBound == 0 ? 0x20 : h[r.lowerBound - 1]
        let after = r.upperBound >= h.count ? 0x20 : h[r.upperBound]
        return edge(before) && edge(after)
      }
      #expect(found == wholeWord(text), "\(text.debugDescription)")
    }
  }

  @Test func phraseSearchHoldsSixtyFourPhrases() {
    let phrases = (0..<64).map { "w\($0)." }
    let search = PhraseSearch(phrases)
    #expect(search.firstIndex(in: "a w63. b") == 63)
    #expect(search.firstIndex(in: "w63. w0.") == 0)
    #expect(search.firstIndex(in: "w64") == nil)
  }

  @Test func plainContainmentAgreesWithFoundationWhenItDecides() {
    for text in Self.texts {
      for needle in ["/", "://", ".", ".."] {
        let decided = text.ingestContainsIfPlain(needle)
        if let decided {
          #expect(decided == text.contains(needle), "\(text.debugDescription) \(needle)")
          #expect(decided == (text.firstRange(of: needle) != nil), "\(text.debugDescription) \(needle)")
        }
        if let at = text.ingestFindIfPlain(needle) {
          #expect(at == text.ingestFind(needle))
        }
      }
    }
    #expect("a/b".ingestContainsIfPlain("/") == true)
    #expect("ab".ingestContainsIfPlain("/") == false)
    #expect("a/\u{301}b".ingestContainsIfPlain("/") == nil)
    #expect("\u{600}/x".ingestContainsIfPlain("/") == nil)
    #expect("".ingestContainsByte(0x2F) == false)
    #expect("é/".ingestContainsByte(0x2F))
  }

  @Test func asciiDateUnitsHaveTheCharacterProperties() {
    for b in UInt8(0)..<0x80 {
      let c = Character(Unicode.Scalar(b))
      #expect(b.isDigitLike == c.isNumber, "\(b)")
      #expect(b.isLetterLike == c.isLetter, "\(b)")
      #expect(b.isSpaceLike == c.isWhitespace, "\(b)")
      #expect(b.asciiDigit == c.asciiDigit, "\(b)")
      #expect(b.isOne(of: "-/.") == c.isOne(of: "-/."), "\(b)")
    }
    #expect(UInt8.string([0x41, 0x62][...]) == Character.string(["A", "b"][...]))
  }

  @Test func plainDatesReadAsByCharacters() {
    let lines = [
      "Published: September 29, 2023", "29 Sept. 2023 10:32 GMT", "2023-09-29", "Updated 13/09/2023", "13.09.2023",
      "Friday, 29th of September, 2023", "Sep 29th, 2023 | Updated", "03/09/2023", "31/02/2023", "no date here 2023",
      "Posted on Oct 20 2021 at 3 p.m. EDT", "september292023", "a2023-09-29", "1 2 2023", "",
    ]
    #expect(MetadataDate.isPlain("Posted 2023-09-29"))
    #expect(!MetadataDate.isPlain("Posted\r\n2023-09-29"))
    #expect(!MetadataDate.isPlain("Publié 2023-09-29"))
    for line in lines {
      // " ·" is a date-line word and not ASCII: the same line read by characters.
      let wide = line + " ·"
      #expect(!MetadataDate.isPlain(wide))
      #expect(MetadataDate.first(in: line) == MetadataDate.first(in: wide), "\(line)")
      #expect(MetadataDate.dateLine(line) == MetadataDate.dateLine(wide), "\(line)")
    }
    #expect(MetadataDate.dateLine("Published: September 29, 2023")?.iso == "2023-09-29")
    #expect(MetadataDate.first(in: "Friday, 29th of September, 2023")?.range == 8..<31)
  }

  @Test func plainBytesAreThoseCopiedUnchanged() {
    for b in UInt8(0)...UInt8(255) {
      let expected = b > 0x20 && b < 0x7F && !"<&\\*_![]".utf8.contains(b)
      #expect(MarkupCleaner.isPlain(b) == expected, "\(b)")
      #expect(MarkupCleaner.plainBytes[Int(b)] == expected)
      let c = Character(Unicode.Scalar(b))
      #expect(MarkupCleaner.isAlnum(b) == (b < 0x80 && (c.isLetter || c.isNumber)), "\(b)")
    }
    let text = Array("Plain words, one space: then *emphasis* and [a link](http://x.org) &amp; more.".utf8)
    #expect(
      MarkupCleaner.clean(text, 0, text.count).string == "Plain words, one space: then emphasis and a link & more.")
    #expect(MarkupCleaner.plainRunEnd(text, 0, text.count) == 28)  // stops before " *"
  }

  @Test func plainRunEndEightAtATimeAnswersAsTheByteLoop() {
    // The byte loop the eight-byte scan stands in for: plain bytes, and single spaces between.
    func reference(_ b: [UInt8], _ from: Int, _ end: Int) -> Int {
      var j = from
      while j < end {
        if MarkupCleaner.isPlain(b[j]) {
          j += 1
        } else if b[j] == 0x20, j + 1 < end, MarkupCleaner.isPlain(b[j + 1]) {
          j += 2
        } else {
          break
        }
      }
      return j
    }
    // Letters, digits, the edges of the symbol ranges, spaces (single, double, last), markup
    // and bytes of UTF-8 and control characters, in deterministic random strings.
    let alphabet = Array("aAzZ09 +;:,./-@[`{~<&*_!]\\\n\t\"'".utf8) + [0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0xFF]
    var seed: UInt64 = 41
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    for _ in 0..<3000 {
      let length = next(40)
      // Mostly plain words, so runs reach past eight bytes.
      let b = (0..<length).map { _ in next(4) == 0 ? alphabet[next(alphabet.count)] : UInt8(ascii: next(6) == 0 ? " " : "e") }
      for from in 0..<min(4, length) {
        #expect(MarkupCleaner.plainRunEnd(b, from, length) == reference(b, from, length), "\(b) from \(from)")
      }
    }
  }

  @Test func abbreviationLengthBoundCoversEveryAbbreviation() {
    for w in Abbreviations.titles.union(Abbreviations.beforeNumber).union(Abbreviations.ambiguous) {
      #expect(w.utf8.count <= Abbreviations.longest)
      #expect(Abbreviations.isKnown(w))
    }
    #expect(!Abbreviations.isKnown("talks"))
  }
}
