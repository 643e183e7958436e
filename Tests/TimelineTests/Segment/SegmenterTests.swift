import Foundation
import Testing

@testable import Timeline

/// Sentences of `text` read as one plain-text document (blocks from the ingest rules).
func sentences(_ text: String) -> [Sentence] {
  var sink: [Diagnostic] = []
  guard var doc = Ingestor.article(Array(text.utf8), id: "t", path: "t.txt", format: .text, diagnostics: &sink) else {
    return []
  }
  Segmenter().segment(&doc)
  expectExactOffsets(doc)
  return doc.sentences
}

/// Sentence texts of one paragraph given as the second block (the first line is a title).
func split(_ paragraph: String) -> [String] {
  sentences("Title Line\n\n" + paragraph + "\n").filter { $0.role != .headline }.map(\.text)
}

@Suite struct SegmenterTests {
  @Test(
    arguments: [
      ("Mr. Lavrov met Dr. Smith in Moscow. They talked.", ["Mr. Lavrov met Dr. Smith in Moscow.", "They talked."]),
      ("U.S. forces left Kabul. The Taliban took over.", ["U.S. forces left Kabul.", "The Taliban took over."]),
      ("Troops returned to the U.S. The war ended.", ["Troops returned to the U.S.", "The war ended."]),
      ("The U.S. Department of State said no.", ["The U.S. Department of State said no."]),
      (
        "Talks were held on Oct. 20 in Moscow. Delegates came.",
        ["Talks were held on Oct. 20 in Moscow.", "Delegates came."]
      ),
      (
        "J. R. R. Tolkien wrote it. George W. Bush read it.", ["J. R. R. Tolkien wrote it.", "George W. Bush read it."]
      ),
      (
        "Aid rose to $6.5 billion. It was 3.2 percent more.", ["Aid rose to $6.5 billion.", "It was 3.2 percent more."]
      ),
      ("He paused... Then he spoke.", ["He paused...", "Then he spoke."]),
      ("The sooner…the better, he said.", ["The sooner…the better, he said."]),
      ("\"We will win.\" The crowd cheered.", ["\"We will win.\"", "The crowd cheered."]),
      ("“Is it over?” she asked. Nobody knew.", ["“Is it over?” she asked.", "Nobody knew."]),
      ("The group (formed in 2017.) met again. It grew.", ["The group (formed in 2017.) met again.", "It grew."]),
      ("Acme Inc. said profits fell. Shares dropped.", ["Acme Inc. said profits fell.", "Shares dropped."]),
      ("See No. 5 on the list. Done.", ["See No. 5 on the list.", "Done."]),
      ("The answer was no. Officials left.", ["The answer was no.", "Officials left."]),
      ("It ended at 10 a.m. The talks resumed at noon.", ["It ended at 10 a.m.", "The talks resumed at noon."]),
      ("What happened? Nobody knows! Really.", ["What happened?", "Nobody knows!", "Really."]),
    ] as [(String, [String])])
  func sentenceBoundaries(_ input: String, _ expected: [String]) {
    #expect(split(input) == expected)
  }

  @Test func headlineWithoutFullStopIsOneSentence() {
    let s = sentences("Floods Kill Dozens In Northern Region\n\nRain fell for days. Rivers rose.\n")
    #expect(s.map(\.text) == ["Floods Kill Dozens In Northern Region", "Rain fell for days.", "Rivers rose."])
    #expect(s.first?.role == .headline)
    #expect(s.map(\.span.line) == [1, 3, 3])
  }

  @Test func paragraphsAlwaysEndSentences() {
    let s = split("The first paragraph has no stop\n\nThe second one does.")
    #expect(s == ["The first paragraph has no stop", "The second one does."])
  }

  @Test func aSentenceCutByAnInsertedBylineIsReadWhole() throws {
    let s = sentences(
      """
      Floods Hit The Valley

      The river rose for three days and finally burst its banks near the

      Written by Ana Ruiz on May 3, 2024

      old mill, officials said.

      Rescue teams arrived.
      """)
    let body = s.filter { $0.role == .body }
    #expect(body.count == 2)
    let first = try #require(body.first)
    #expect(first.clean == "The river rose for three days and finally burst its banks near the old mill, officials said.")
    #expect(first.text.contains("Written by Ana Ruiz"))  // the span is exact, so it covers the byline
    #expect(body.last?.text == "Rescue teams arrived.")
    // A closed sentence before the inserted block stays closed.
    let t = sentences("Rain Again\n\nThe river rose.\n\nWritten by Ana Ruiz on May 3, 2024\n\nofficials expect more rain.\n")
    #expect(t.filter { $0.role == .body }.map(\.clean) == ["The river rose.", "officials expect more rain."])
  }

  @Test func tokensKeepAbbreviationsNumbersAndPossessives() throws {
    let s = try #require(
      split("Since U.S. forces left on Aug. 15, 2021, the Taliban’s 2,000-strong unit won't pay $1.2 billion.").first)
    let found = try #require(sentences("T\n\n" + s + "\n").last?.tokens.map(\.text))
    #expect(
      found == [
        "Since", "U.S.", "forces", "left", "on", "Aug.", "15", ",", "2021", ",", "the", "Taliban", "’s", "2,000-strong",
        "unit", "won't", "pay", "$", "1.2", "billion", ".",
      ])
  }

  @Test func tokenKindsAndOffsets() throws {
    let text = "Headline\n\nOn 2023-09-29 at 10:32, 5 people met.\n"
    let s = try #require(sentences(text).last)
    let kinds = s.tokens.map { "\($0.text):\($0.kind.rawValue)" }
    #expect(
      kinds == [
        "On:word", "2023-09-29:number", "at:word", "10:32:number", ",:punctuation", "5:number", "people:word",
        "met:word", ".:punctuation",
      ])
    let bytes = Array(text.utf8)
    for t in s.tokens {
      #expect(String(decoding: bytes[t.start..<t.end], as: UTF8.self) == t.text)
    }
  }

  @Test func markupIsCleanedAndMappedBack() throws {
    let text = "Headline\n\nAs <u>The New American</u> reported, **talks** cost \\$6.5 billion &amp; more.\n"
    let s = try #require(sentences(text).last)
    #expect(s.clean == "As The New American reported, talks cost $6.5 billion & more.")
    #expect(s.text == "As <u>The New American</u> reported, **talks** cost \\$6.5 billion &amp; more.")
    let bytes = Array(text.utf8)
    let amp = try #require(s.tokens.first { $0.text == "&" })
    #expect(String(decoding: bytes[amp.start..<amp.end], as: UTF8.self) == "&amp;")
    let dollar = try #require(s.tokens.first { $0.text == "$" })
    #expect(String(decoding: bytes[dollar.start..<dollar.end], as: UTF8.self) == "$")
    let talks = try #require(s.tokens.first { $0.text == "talks" })
    #expect(String(decoding: bytes[talks.start..<talks.end], as: UTF8.self) == "talks")
    // The sentence's own offset map sends clean offsets back to the file.
    let cleanBytes = Array(s.clean.utf8)
    let at = try #require(cleanBytes.firstIndex(of: UInt8(ascii: "$")))
    #expect(bytes[s.offsets.original(at)] == UInt8(ascii: "$"))
  }

  @Test func whitespaceAndLineBreaksCollapseInCleanText() throws {
    let s = try #require(sentences("Headline\n\nThe talks were held\nin Moscow on\u{00A0}Friday.\n").last)
    #expect(s.clean == "The talks were held in Moscow on Friday.")
    #expect(s.text == "The talks were held\nin Moscow on\u{00A0}Friday.")
  }

  @Test func longUnpunctuatedTextIsCutAtSpaces() {
    let words = String(repeating: "word ", count: 3000)
    var sink: [Diagnostic] = []
    guard
      var doc = Ingestor.article(
        Array(("T\n\n" + words).utf8), id: "w", path: "w.txt", format: .text, diagnostics: &sink)
    else {
      Issue.record("no document")
      return
    }
    Segmenter().segment(&doc)
    #expect(doc.sentences.count >= 3)
    #expect(doc.sentences.allSatisfy { $0.clean.utf8.count <= 5000 })
    #expect(doc.diagnostics.contains { $0.code == "segment.long-sentence" })
    expectExactOffsets(doc)
  }

  @Test func controlCharactersAreNotText() throws {
    let s = split("Leaders met on April 22, 2016.\u{07} +1 delegations attended.")
    #expect(s == ["Leaders met on April 22, 2016.", "+1 delegations attended."])
  }
}
