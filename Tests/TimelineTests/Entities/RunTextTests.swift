import Foundation
import Testing

@testable import Timeline

/// The text of a run of tokens written at its byte count (``EntityRecognizer/text(_:_:_:)``)
/// against the tokens' texts appended one by one, with a space where the text has one.
@Suite("RunText")
struct RunTextTests {
  /// Words of every length around the 15 bytes a string holds inline, in both cases, with
  /// apostrophes, periods, digits, punctuation without spaces and non-ASCII letters.
  static let sentences = [
    "Summit summits summitry SUMMIT Summiteers summit's agreement, agreements (agree) agreed.",
    "São Paulo Zürich Düsseldorf Ålesund Ærø éclair — “quoted” «guillemets» and O’Brien’s",
    "U.S. officials O'Brien 2,000 people 10km internationalization counterrevolutionaries",
    "The deal, signed in Doha on Saturday, ended talks between Washington and the Taliban.",
    "a\u{301}bc ﬁne 한국어 日本語のテキスト",
  ]

  @Test("a run's text is its tokens' texts appended", arguments: sentences)
  func runText(_ text: String) {
    let toks = ExtractionTokenizer.tokenize(text) { offset, _ in offset }
    for lo in 0..<toks.count {
      for hi in lo...min(toks.count + 1, lo + 12) {
        var appended = ""
        for k in lo..<min(hi, toks.count) {
          if k > lo, toks[k].spaceBefore { appended += " " }
          appended += toks[k].text
        }
        #expect(Array(EntityRecognizer.text(toks, lo, hi).utf8) == Array(appended.utf8))
      }
    }
  }
}
