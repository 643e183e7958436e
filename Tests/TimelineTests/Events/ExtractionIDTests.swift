import Foundation
import Testing

@testable import Timeline

/// Mention and claim ids written in place (``ExtractionID``) against the interpolations they
/// replaced.
@Suite("ExtractionID")
struct ExtractionIDTests {
  static let documents = ["", "d", "doc-7", "g2k-000123", "articles/2024/long-file-name-of-a-report.txt", "Zürich-日本"]
  static let starts = [0, 1, 9, 10, 11, 99, 100, 1204, 99_999, 1_000_000, 123_456_789_012, Int.max, -1, -42, Int.min]
  static let attributes: [String?] = [nil, "", "count", "status.recognized:neg", "quote", "ünïcode"]

  @Test("ids are the interpolated strings")
  func ids() {
    for document in Self.documents {
      for start in Self.starts {
        for attribute in Self.attributes {
          let expected = attribute.map { "\(document)@\(start):\($0)" } ?? document + "@" + String(start)
          let made = ExtractionID.make(document: document, start: start, attribute: attribute)
          #expect(Array(made.utf8) == Array(expected.utf8), "\(expected)")
        }
      }
    }
  }
}
