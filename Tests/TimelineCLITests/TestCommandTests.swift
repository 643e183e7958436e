import Foundation
import Testing

/// `timeline test` end to end: the built binary on temporary fixture cases.
@Suite struct TestCommandTests {
  func makeCases() throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-cli-test-\(UUID().uuidString)")
    for name in ["first", "second"] {
      let docs = root.appendingPathComponent(name).appendingPathComponent("docs")
      try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
      try Data("River festival\n\nThe river festival opened on June 5, 2022 in Lorne.\n".utf8).write(
        to: docs.appendingPathComponent("\(name).txt"))
    }
    return root
  }

  @Test func updateThenPassThenOneBrokenGoldenFailsThatCaseOnly() throws {
    let root = try makeCases()
    defer { try? FileManager.default.removeItem(at: root) }

    let unblessed = try runTimeline(["test", root.path])
    #expect(unblessed.status == 1)
    #expect(unblessed.stdout.hasSuffix("0 passed, 2 failed\n"))

    let update = try runTimeline(["test", root.path, "--update"])
    #expect(update.status == 0)
    #expect(update.stdout.contains("created expected/timeline.json"))
    #expect(update.stdout.hasSuffix("2 passed, 0 failed\n"))

    let clean = try runTimeline(["test", root.path])
    #expect(clean.status == 0)
    #expect(clean.stdout.hasSuffix("2 passed, 0 failed\n"))
    #expect(clean.stdout.split(separator: "\n").last == "2 passed, 0 failed")

    let golden = root.appendingPathComponent("second/expected/timeline.json")
    let text = try String(contentsOf: golden, encoding: .utf8)
    try Data(text.replacingOccurrences(of: "\"second.txt\"", with: "\"edited.txt\"").utf8).write(to: golden)
    let broken = try runTimeline(["test", root.path])
    #expect(broken.status == 1)
    #expect(broken.stdout.contains("PASS first"))
    #expect(broken.stdout.contains("FAIL second"))
    #expect(broken.stdout.contains("documents[id=second].path"))
    #expect(broken.stdout.contains("expected: \"edited.txt\""))
    #expect(broken.stdout.contains("actual:   \"second.txt\""))
    #expect(broken.stdout.hasSuffix("1 passed, 1 failed\n"))

    let filtered = try runTimeline(["test", root.path, "--filter", "first"])
    #expect(filtered.status == 0)
    #expect(filtered.stdout.hasSuffix("1 passed, 0 failed\n"))
    #expect(!filtered.stdout.contains("second"))
  }

  @Test func missingFolderExitsThreeAndBadOptionTwo() throws {
    let missing = try runTimeline(["test", "/nonexistent/fixtures"])
    #expect(missing.status == 3)
    #expect(missing.stderr.contains("/nonexistent/fixtures"))
    let bad = try runTimeline(["test", "--updte"])
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("Did you mean '--update'?"))
  }

  @Test func repositoryFixturesRunAndEndWithTheSummaryLine() throws {
    let r = try runTimeline(["test", repositoryRoot.appendingPathComponent("fixtures").path])
    let last = r.stdout.split(separator: "\n").last.map(String.init) ?? ""
    #expect(last.wholeMatch(of: /\d+ passed, \d+ failed/) != nil)
    #expect(r.status == (last.hasSuffix(" 0 failed") ? 0 : 1))
  }
}
