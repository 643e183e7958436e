import Foundation
import Testing

@testable import Timeline

/// Ambiguous numeric dates ("11/09/2020") read in the convention the article's spelling shows.
@Suite struct SpellingLocaleTests {
  static func document(_ text: String) throws -> Document {
    let dir = try FixturePaths.temporaryDirectory("spelling-locale")
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(text.utf8).write(to: dir.appendingPathComponent("a.txt"))
    var doc = try #require(try Ingestor().ingest(paths: [dir.path]).documents.first)
    Segmenter().segment(&doc)
    return doc
  }

  static func article(_ verb: String, _ unit: String) -> String {
    """
    Bahrain to \(verb) ties with Israel

    Published: 11/09/2020

    Bahrain agreed on Friday to \(verb) relations with Israel, a month after the United Arab Emirates reached a similar deal.

    Trade between the two could grow by 20 \(unit) next year, officials said.

    """
  }

  @Test func spellingChoosesTheOrder() {
    #expect(SpellingLocale.dateOrder(of: ["The ministers will normalise relations, the defence chief said."]) == .dayFirst)
    #expect(SpellingLocale.dateOrder(of: ["Prices rose 3 per cent."]) == .dayFirst)
    #expect(SpellingLocale.dateOrder(of: ["The ministers will normalize relations at the center."]) == .monthFirst)
    #expect(SpellingLocale.dateOrder(of: ["Prices rose 3 percent while wages fell."]) == .monthFirst)
    // Words both conventions write ("while", "program") say nothing.
    #expect(SpellingLocale.dateOrder(of: ["The program ran while talks went on."]) == nil)
  }

  @Test func onlyDatesWhoseNumbersCouldBothBeTheMonth() throws {
    func ambiguous(_ text: String) throws -> Bool {
      SpellingLocale.isAmbiguousNumeric(try #require(TemporalTagger().tag(text, dct: nil).first))
    }
    #expect(try ambiguous("on 11/09/2020"))
    #expect(try !ambiguous("on 29/09/2020"))
    #expect(try !ambiguous("on 09/09/2020"))
    #expect(try !ambiguous("on September 11, 2020"))
  }

  @Test func theTaggerAndTheDateLineReadBritishTextDayFirst() throws {
    let british = try Self.document(Self.article("normalise", "per cent"))
    #expect(british.published?.value == "2020-09-11")
    #expect(TemporalTagger().tag(british, dct: nil).contains { $0.text == "11/09/2020" && $0.value == "2020-09-11" })
    let american = try Self.document(Self.article("normalize", "percent"))
    #expect(american.published?.value == "2020-11-09")
    #expect(TemporalTagger().tag(american, dct: nil).contains { $0.text == "11/09/2020" && $0.value == "2020-11-09" })
    // Neither: the date line gives no date (a guess could be months off); the tagger keeps
    // its default order.
    let neutral = try Self.document(Self.article("restore", "points"))
    #expect(neutral.published == nil)
    #expect(TemporalTagger().tag(neutral, dct: nil).contains { $0.text == "11/09/2020" && $0.value == "2020-11-09" })
  }
}
