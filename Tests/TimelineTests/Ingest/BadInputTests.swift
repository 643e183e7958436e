import Foundation
import Testing

@testable import Timeline

/// Each bad-input case of the foundation issue: a diagnostic naming the file and the reason,
/// and the other documents still read.
@Suite struct BadInputTests {
  let good = "Storm Hits Coast\n\nA storm hit the coast on Monday. Officials said 3 people died.\n"

  func codes(_ c: Corpus) -> [String] {
    (c.diagnostics + c.documents.flatMap(\.diagnostics)).map(\.code)
  }

  @Test func emptyFileIsReportedAndSkipped() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write("empty.txt", "")
    try t.write("blank.md", "  \n\n \n")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["a"])
    let empties = c.diagnostics.filter { $0.code == "ingest.empty" }
    #expect(empties.map(\.path).sorted() == ["blank.md", "empty.txt"])
    #expect(empties.allSatisfy { $0.message.contains("empty") })
  }

  @Test func fileOverTheSizeLimitIsReportedAndSkipped() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write("big.txt", String(repeating: "A storm hit the coast on Monday. ", count: 40))
    var ingestor = Ingestor()
    ingestor.maximumFileSize = 1000
    let c = try ingestor.ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["a"])
    let d = try #require(c.diagnostics.first { $0.code == "ingest.too-large" })
    #expect(d.path == "big.txt")
    #expect(d.message.contains("1320 bytes"))
  }

  @Test func fileContentsAreReadWhole() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    // Longer than one read's first growth step, with every byte value.
    let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    let path = try t.write("bytes.bin", bytes: bytes)
    #expect(FileBytes.contents(of: path, limit: 1 << 20) == .bytes(bytes))
    #expect(FileBytes.contents(of: path, limit: 9_999) == .tooLarge(10_000))
    #expect(FileBytes.contents(of: try t.write("empty.txt", ""), limit: 10) == .bytes([]))
    #expect(FileBytes.contents(of: t.path, limit: 1 << 20) == .unreadable)  // a directory
    #expect(FileBytes.contents(of: t.path + "/missing.txt", limit: 1 << 20) == .unreadable)
  }

  @Test func binaryFileIsReportedAndSkipped() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write("image.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D])
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["a"])
    let d = try #require(c.diagnostics.first { $0.code == "ingest.binary" })
    #expect(d.path == "image.txt")
    #expect(d.message.contains("NUL"))
  }

  @Test func invalidUTF8IsReadWithReplacementAndExactOffsets() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    var bytes = Array("Caf".utf8) + [0xE9] + Array(" Talks Open\n\nThe caf".utf8) + [0xE9, 0xFF]
    bytes += Array(" meeting began on Friday. It ended late.\n".utf8)
    try t.write("latin1.txt", bytes: bytes)
    let c = try readSegmented([t.path])
    let d = try #require(c.documents.first)
    let diag = try #require(d.diagnostics.first { $0.code == "ingest.invalid-utf8" })
    #expect(diag.message.contains("3 byte(s)"))
    #expect(diag.start == 3)
    #expect(diag.line == 1)
    expectExactOffsets(d)
    let body = d.sentences.filter { $0.role == .body }
    #expect(body.count == 2)
    #expect(body.first?.clean.contains("\u{FFFD}") == true)
    // The second sentence starts right where the original bytes say.
    let second = try #require(body.last)
    #expect(String(decoding: d.source.bytes[second.span.start..<second.span.end], as: UTF8.self) == "It ended late.")
  }

  /// A 50 MB single-line file stays linear.
  ///
  /// 50 MB on one line: ingest reads it as one body block; segmentation (checked on a 5 MB
  /// slice to keep the debug test run short; `timeline inspect` handles the whole file) cuts it
  /// into its sentences. Both are single passes, so neither goes quadratic.
  @Test func hugeSingleLineFileStaysLinear() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    let sentence = Array("The delegation met officials in the capital on Oct. 20 and talks resumed. ".utf8)
    var bytes: [UInt8] = []
    let target = 50 * 1024 * 1024
    bytes.reserveCapacity(target + sentence.count)
    while bytes.count < target { bytes += sentence }
    try t.write("huge.txt", bytes: bytes)
    let c = try Ingestor().ingest(paths: [t.path])
    let d = try #require(c.documents.first)
    #expect(d.source.bytes.count == bytes.count)
    #expect(d.blocks.count == 1)
    #expect(d.blocks.first?.role == .body)
    #expect(d.blocks.first?.span.end == bytes.count - 1)

    let part = Array(bytes[0..<(sentence.count * 70_000)])
    var sink: [Diagnostic] = []
    var s = try #require(Ingestor.article(part, id: "part", path: "part.txt", format: .text, diagnostics: &sink))
    Segmenter().segment(&s)
    #expect(s.sentences.count == 70_000)
    let last = try #require(s.sentences.last)
    #expect(last.text == "The delegation met officials in the capital on Oct. 20 and talks resumed.")
    #expect(last.span.end == part.count - 1)
  }

  @Test func unknownExtensionIsReported() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write("notes.docx", "PK whatever")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.count == 1)
    let d = try #require(c.diagnostics.first { $0.code == "ingest.unsupported-extension" })
    #expect(d.path == "notes.docx")
  }

  @Test func malformedManifestThrowsWithFileAndLine() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write(
      "manifest.json", "{\n  \"documents\": [\n    {\"path\": \"a.txt\", \"published\": \"2024-01-02\"\n  ]\n}\n")
    #expect {
      try Ingestor().ingest(paths: [t.path])
    } throws: { error in
      guard case TimelineError.unreadableInput(let path, let line, let reason) = error else { return false }
      return path.hasSuffix("manifest.json") && line == 4 && reason.contains("malformed manifest")
    }
  }

  @Test func manifestEntryForMissingFileIsReported() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write(
      "manifest.json",
      "{\"documents\": [\n {\"path\": \"a.txt\", \"published\": \"2024-01-02\"},\n {\"path\": \"gone.txt\", \"published\": \"2024-01-03\"}\n]}\n"
    )
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.first?.published?.value == "2024-01-02")
    #expect(c.documents.first?.published?.source == .manifest)
    let d = try #require(c.diagnostics.first { $0.code == "manifest.missing-file" })
    #expect(d.line == 3)
    #expect(d.message.contains("gone.txt"))
  }

  @Test func missingPathThrows() {
    #expect(throws: TimelineError.pathNotFound("/nonexistent/timeline/corpus")) {
      try Ingestor().ingest(paths: ["/nonexistent/timeline/corpus"])
    }
  }

  @Test func symlinkLoopIsReportedAndTheRestIsRead() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("sub/a.txt", good)
    try FileManager.default.createSymbolicLink(atPath: t.path + "/sub/loop", withDestinationPath: t.path)
    try FileManager.default.createSymbolicLink(atPath: t.path + "/self", withDestinationPath: t.path + "/self")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["sub/a"])
    #expect(c.diagnostics.contains { $0.code == "ingest.symlink-loop" && $0.path == "sub/loop" })
    #expect(c.diagnostics.contains { $0.code == "ingest.broken-symlink" && $0.path == "self" })
  }

  @Test func folderEntriesComeSortedWithTheirTypesAndLinksAreFollowed() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("b.txt", good)
    try t.write("sub/c.txt", good)
    try FileManager.default.createSymbolicLink(atPath: t.path + "/a-link.txt", withDestinationPath: t.path + "/b.txt")
    let entries = try #require(Ingestor.entries(of: t.path))
    #expect(entries.map(\.name) == ["a-link.txt", "b.txt", "sub"])
    #expect(entries.map(\.type) == [.other, .file, .folder])  // a link is asked where it leads
    #expect(Ingestor.entries(of: t.path + "/missing") == nil)
    // The link is read as the file it leads to.
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["a-link", "b", "sub/c"])
  }

  @Test func mislabeledHTMLIsSniffed() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write(
      "page.txt", "<!DOCTYPE html><html><body><h1>Dam Opens</h1><p>The dam opened on May 3, 2022.</p></body></html>")
    let c = try Ingestor().ingest(paths: [t.path])
    let d = try #require(c.documents.first)
    #expect(d.diagnostics.contains { $0.code == "ingest.format-sniffed" })
    #expect(d.title == "Dam Opens")
    #expect(d.blocks.contains { $0.role == .body && $0.text == "The dam opened on May 3, 2022." })
  }

  @Test func truncatedJSONIsReportedWithItsLine() throws {
    let t = try TempCorpus()
    defer { t.cleanUp() }
    try t.write("a.txt", good)
    try t.write(
      "records.json", "[\n {\"id\": \"r1\", \"text\": \"A flood hit the town.\"},\n {\"id\": \"r2\", \"text\": \"Rain")
    let c = try Ingestor().ingest(paths: [t.path])
    #expect(c.documents.map(\.id) == ["a"])
    let d = try #require(c.diagnostics.first { $0.code == "ingest.bad-json" })
    #expect(d.path == "records.json")
    #expect(d.line == 3)
  }
}
