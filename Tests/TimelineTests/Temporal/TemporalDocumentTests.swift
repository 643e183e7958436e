import Foundation
import Testing

@testable import Timeline

/// The tagger on real ingested and segmented documents (the seed corpus): spans point at the
/// original bytes, and the dates the seeds state are found.
@Suite struct TemporalDocumentTests {
  static let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("fixtures/seeds/docs").path

  func documents() throws -> [Document] {
    var docs = try Ingestor().ingest(paths: [Self.seeds]).documents
    for k in docs.indices { Segmenter().segment(&docs[k]) }
    return docs
  }

  @Test func everySpanQuotesTheOriginalBytes() throws {
    let tagger = TemporalTagger()
    var total = 0
    for doc in try documents() {
      let found = tagger.tag(doc, dct: nil)
      total += found.count
      for e in found {
        #expect(e.span.start < e.span.end && e.span.end <= doc.source.bytes.count, "\(doc.id): \(e.span)")
        #expect(e.text == doc.source.text(e.span), "\(doc.id): \(e.text)")
        #expect(e.span.line == doc.source.line(at: e.span.start))
        #expect(!e.value.isEmpty)
      }
      #expect(found.map(\.span) == found.map(\.span).sorted(), "\(doc.id): spans out of order")
    }
    #expect(total > 10)
  }

  @Test func seedDatesAreNormalized() throws {
    let tagger = TemporalTagger()
    let values = Set(try documents().flatMap { tagger.tag($0, dct: nil).map(\.value) })
    #expect(values.contains("2023-09-29"))
    #expect(values.contains("198"))
  }
}
