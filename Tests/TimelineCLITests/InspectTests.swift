import Foundation
import Testing

/// End-to-end tests of `timeline inspect` on the built binary.
@Suite struct InspectTests {
  var seeds: String { repositoryRoot.appendingPathComponent("fixtures/seeds/docs").path }

  @Test func jsonReportHasContractFieldsAndExactOffsets() throws {
    let r = try runTimeline(["inspect", seeds])
    #expect(r.status == 0)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
    #expect(json["schema"] as? String == "timeline/1")
    let docs = try #require(json["documents"] as? [[String: Any]])
    #expect(docs.count == 5)
    for key in [
      "id", "path", "title", "outlet", "url", "author", "published", "sentences", "boilerplate", "captions",
      "diagnostics",
    ] {
      #expect(docs.allSatisfy { $0.keys.contains(key) }, "missing \(key)")
    }
    let first = try #require(docs.first)
    #expect(first["author"] as? String == "Luis Miguel")
    let published = try #require(first["published"] as? [String: Any])
    #expect(published["value"] as? String == "2023-09-29")
    #expect(published["source"] as? String == "text")
    #expect(docs[2]["published"] is NSNull)
    // Every sentence's byte range slices the original file to its text.
    for doc in docs {
      let path = try #require(doc["path"] as? String)
      let bytes = try Data(contentsOf: URL(fileURLWithPath: seeds).appendingPathComponent(path))
      for s in try #require(doc["sentences"] as? [[String: Any]]) {
        let start = try #require(s["start"] as? Int)
        let end = try #require(s["end"] as? Int)
        #expect(String(decoding: bytes[start..<end], as: UTF8.self) == s["text"] as? String)
      }
    }
  }

  @Test func textFormatShowsRolesAndReasons() throws {
    let r = try runTimeline(["inspect", "--format", "text", seeds + "/003_b3ef63307a06d20e.txt"])
    #expect(r.status == 0)
    #expect(r.stdout.contains("== 003_b3ef63307a06d20e"))
    #expect(r.stdout.contains("caption"))
    #expect(r.stdout.contains("comment section heading: Leave A Reply"))
  }

  @Test func malformedManifestExitsThreeWithFileAndLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-inspect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Title\n\nText here.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
    try Data("{\"documents\": [\n  {\"path\": \"a.txt\",,}\n]}".utf8).write(
      to: dir.appendingPathComponent("manifest.json"))
    let r = try runTimeline(["inspect", dir.path])
    #expect(r.status == 3)
    #expect(r.stderr.contains("manifest.json:2:"))
    #expect(r.stdout.isEmpty)
  }

  @Test func diagnosticsGoToStderrAndTheRestIsPrinted() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-inspect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("Title\n\nText here.\n".utf8).write(to: dir.appendingPathComponent("a.txt"))
    try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("b.txt"))
    let r = try runTimeline(["inspect", dir.path])
    #expect(r.status == 0)
    #expect(r.stderr.contains("b.txt"))
    #expect(r.stderr.contains("[ingest.binary]"))
    #expect(r.stdout.contains("\"id\" : \"a\""))
  }

  @Test func usageErrors() throws {
    let none = try runTimeline(["inspect"])
    #expect(none.status == 2)
    let badFormat = try runTimeline(["inspect", "--format", "xml", seeds])
    #expect(badFormat.status == 2)
    #expect(badFormat.stderr.contains("json, text"))
    let missing = try runTimeline(["inspect", "/nonexistent/inspect/path"])
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("/nonexistent/inspect/path"))
  }
}
