import Foundation
import Testing

@testable import Timeline

/// ``Ingestor/pathExtension(_:)`` answers as `NSString.pathExtension` does.
@Suite struct IngestorPathExtensionTests {
  static let paths = [
    "", ".", "..", "a", "a.", ".txt", "a.txt", "doc-000001.txt", "a.b.c", "a..b", "a.tar.gz", "docs/a.txt",
    "docs/sub/a.md", "/abs/x.json", "dir.d/file", "dir.d/file.md", "a/.hidden", "a/..", "a/.", "a/b.", "a./b",
    "x//y.txt", "x///y", "x/", "x.txt/", "x.txt//", "/", "//", "~/a.txt", "é.txt", "ü/a.md", "a.é", "a\r\n.txt",
    "a.t\u{301}xt", "a.\u{301}txt", "name with spaces.html", "UPPER.TXT", "a.jsonl", "no_ext/",
  ]

  @Test(arguments: paths) func answersAsFoundation(_ path: String) {
    #expect(Ingestor.pathExtension(path) == (path as NSString).pathExtension)
  }
}
