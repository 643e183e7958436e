import Foundation
import Testing

@testable import Timeline

/// Wire datelines that state the day without the year: "FALMOUTH, England, June 10 (Reuters) -".
@Suite("Wire datelines")
struct WireDatelineTests {
  // Real events (the G7 summit at Carbis Bay, 11-13 June 2021), sentences written for these tests.
  static let opening = """
    G7 leaders open Cornwall summit

    June 11, 2021

    Leaders of the Group of Seven opened their summit in Carbis Bay on Friday with a pledge on vaccines.

    """
  static let preview = """
    G7 leaders head to Cornwall

    FALMOUTH, England, June 10 (Reuters) - Leaders of the Group of Seven will open their summit in Carbis Bay on Friday, the first in person since 2019.

    """

  @Test("the dateline's day is marked; a day later in the lede or a lowercase head is not")
  func marksTheDatelineOnly() throws {
    let pipeline = Pipeline()
    func marked(_ text: String) throws -> [String] {
      try withCorpus(["doc.txt": text]) { path in
        let x = try #require(pipeline.analyze(try pipeline.ingestor.ingest(paths: [path]).documents).first)
        return x.expressions.filter { $0.rule == WireDateline.rule }.map(\.text)
      }
    }
    #expect(try marked(Self.preview) == ["June 10"])
    #expect(try marked("Headline\n\nRIO DE JANEIRO, Oct 28 - The vote was held on Sunday.\n") == ["Oct 28"])
    #expect(try marked("Headline\n\nThe leaders met in London, June 10 (Reuters) - and then left.\n").isEmpty)
    #expect(try marked("Headline\n\nOn June 10 the leaders met in London.\n").isEmpty)
  }

  @Test("an undated wire story takes its dateline's day, in the year its weekdays fit the corpus")
  func datelineDayWithTheCorpusYear() throws {
    let report = try withCorpus(["opening.txt": Self.opening, "preview.txt": Self.preview]) { path in
      try Pipeline().run(paths: [path])
    }
    let preview = try #require(report.documents.first { $0.id == "preview" }?.published)
    #expect(preview.value == "2021-06-10")
    #expect(preview.earliest == "2021-06-10" && preview.latest == "2021-06-10")
    #expect(preview.evidence.contains { $0.rule == "dct.wire-dateline" })
  }

  @Test("with no year anywhere, the dateline alone dates nothing")
  func noYearNoDate() throws {
    let report = try withCorpus(["preview.txt": Self.preview]) { path in try Pipeline().run(paths: [path]) }
    #expect(report.documents.first?.published == nil)
  }
}
