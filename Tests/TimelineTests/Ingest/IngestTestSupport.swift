import Foundation
import Testing

@testable import Timeline

/// A fresh temporary folder for one test; removed by `cleanUp()`.
struct TempCorpus {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-ingest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  var path: String { url.path }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    try write(name, bytes: Array(text.utf8))
  }

  @discardableResult
  func write(_ name: String, bytes: [UInt8]) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: file)
    return file.path
  }

  func cleanUp() {
    try? FileManager.default.removeItem(at: url)
  }
}

/// The repository root, found from this file's path.
let ingestRepositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

let seedsPath = ingestRepositoryRoot.appendingPathComponent("fixtures/seeds/docs").path

/// Every sentence's and token's byte slice equals its text; clean offsets map inside the span.
func expectExactOffsets(_ doc: Document, sourceLocation: SourceLocation = #_sourceLocation) {
  for s in doc.sentences {
    let slice = String(decoding: doc.source.bytes[s.span.start..<s.span.end], as: UTF8.self)
    #expect(slice == s.text, "sentence \(s.index) of \(doc.id)", sourceLocation: sourceLocation)
    #expect(s.span.line == doc.source.line(at: s.span.start), sourceLocation: sourceLocation)
    for t in s.tokens {
      #expect(t.start >= s.span.start && t.end <= s.span.end && t.start < t.end, sourceLocation: sourceLocation)
      let clean = Array(s.clean.utf8)
      #expect(String(decoding: clean[t.cleanStart..<t.cleanEnd], as: UTF8.self) == t.text, sourceLocation: sourceLocation)
    }
  }
}

/// Ingests and segments `paths`.
func readSegmented(_ paths: [String]) throws -> Corpus {
  var corpus = try Ingestor().ingest(paths: paths)
  for k in corpus.documents.indices { Segmenter().segment(&corpus.documents[k]) }
  return corpus
}
