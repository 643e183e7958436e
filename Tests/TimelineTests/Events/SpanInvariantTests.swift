import Foundation
import Testing

@testable import Timeline

/// On every fixture corpus: every trigger, entity mention and citation points at the exact
/// bytes it quotes.
@Suite("SpanInvariants")
struct SpanInvariantTests {
  static func cases() throws -> [String] {
    let root = Seeds.root.appendingPathComponent("fixtures")
    let names = try FileManager.default.contentsOfDirectory(atPath: root.path)
    return names.filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0 + "/docs").path) }
      .sorted()
  }

  @Test("spans quote their bytes", arguments: try cases())
  func spans(_ name: String) throws {
    let p = Pipeline()
    let corpus = try p.ingestor.ingest(paths: [Seeds.root.appendingPathComponent("fixtures/\(name)/docs").path])
    for doc in corpus.documents {
      let x = p.analyze(doc)
      let src = doc.source
      for m in x.mentions {
        let raw = src.text(m.triggerSpan)
        #expect(
          raw.filter(\.isLetter).lowercased() == m.trigger.filter(\.isLetter).lowercased(),
          "\(doc.id): \(m.trigger) vs \(raw)")
        #expect(m.citation.text == src.text(m.citation.span), "\(doc.id)")
        #expect(m.citation.span.start <= m.triggerSpan.start && m.triggerSpan.end <= m.citation.span.end, "\(doc.id)")
      }
      for e in x.entityMentions {
        #expect(src.text(e.span).filter(\.isLetter) == e.surface.filter(\.isLetter), "\(doc.id): \(e.surface)")
      }
      for c in x.claims {
        #expect(c.citation.text == src.text(c.citation.span), "\(doc.id)")
      }
    }
  }
}
