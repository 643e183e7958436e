import Foundation
import Testing

@testable import Timeline

@Suite struct FixtureRunnerTests {
  func json(_ s: String) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: Data(s.utf8))
  }

  /// A temporary case with two small documents about an invented event.
  func makeCase(_ name: String = "sample") throws -> (root: URL, fixture: FixtureCase) {
    let root = try FixturePaths.temporaryDirectory("runner")
    let dir = root.appendingPathComponent(name)
    let docs = dir.appendingPathComponent("docs")
    try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
    try Data("Lake Tarn ferry resumes\n\nThe ferry resumed service on March 3, 2022, after a storm.\n".utf8)
      .write(to: docs.appendingPathComponent("a.txt"))
    try Data("Ferry back\n\nService on the Lake Tarn ferry restarted on 3 March 2022.\n".utf8)
      .write(to: docs.appendingPathComponent("b.txt"))
    return (root, FixtureCase(name: name, directory: dir.path))
  }

  @Test func arraysWithIDsMatchByIDSoOneChangeIsOneDifference() throws {
    let expected = try json(
      #"{"events":[{"id":"a","time":{"value":"2021-10-20"},"mentions":[{"document":"d1","line":4,"start":10,"end":20,"text":"met on Oct 20"}]},{"id":"b","title":"B"}]}"#
    )
    let actual = try json(
      #"{"events":[{"id":"b","title":"B"},{"id":"a","time":{"value":"2021-10-21"},"mentions":[{"document":"d1","line":4,"start":10,"end":20,"text":"met on Oct 20"}]},{"id":"c","title":"C"}]}"#
    )
    let diffs = JSONDiff.diff(expected, actual)
    #expect(diffs.count == 2)
    let time = try #require(diffs.first { $0.path == "events[id=a].time.value" })
    #expect(time.expected == "\"2021-10-20\"")
    #expect(time.actual == "\"2021-10-21\"")
    #expect(time.citation == "d1:4 “met on Oct 20”")
    let extra = try #require(diffs.first { $0.path == "events[id=c]" })
    #expect(extra.expected == JSONDiff.missing)
  }

  @Test func scalarsCompareByValueAndTypeNotByText() throws {
    #expect(JSONDiff.diff(try json(#"{"n":5,"x":0.85}"#), try json(#"{"x":0.850,"n":5.0}"#)).isEmpty)
    #expect(JSONDiff.diff(try json(#"{"n":1}"#), try json(#"{"n":true}"#)).count == 1)
    #expect(JSONDiff.diff(try json(#"{"n":null}"#), try json(#"{}"#)).map(\.actual) == [JSONDiff.missing])
    let byIndex = JSONDiff.diff(try json(#"{"p":["a","b"]}"#), try json(#"{"p":["a","c","d"]}"#))
    #expect(byIndex.map(\.path) == ["p[1]", "p[2]"])
  }

  @Test func checksMatchPartiallyAndExplainFailures() throws {
    let output = try json(
      #"""
      {"events":[
        {"id":"e1","title":"Talks in Kazan","place":"Kazan","time":{"value":"2023-09-29"},"sources":["a","b","c"]},
        {"id":"e2","title":"Talks in Moscow","place":"Moscow","time":{"value":"2021-10-20"},"sources":["d"]}],
       "conflicts":[{"id":"c1","kind":"wording","attribute":"quote"}]}
      """#)
    let pass = FixtureCheck(
      in: "events", match: try json(#"{"place":"Kazan","sources":["c","a"],"title":"~KAZAN"}"#), count: 1)
    #expect(pass.failure(in: output, index: 0) == nil)
    let none = FixtureCheck(
      description: "no contradiction", in: "conflicts", match: try json(#"{"kind":"contradiction"}"#), count: 0)
    #expect(none.failure(in: output, index: 1) == nil)
    let wrong = FixtureCheck(
      description: "Moscow talks by three outlets", in: "events",
      match: try json(#"{"place":"Moscow","sources":["d","e"]}"#))
    let message = try #require(wrong.failure(in: output, index: 2))
    #expect(message.contains("check 3 (Moscow talks by three outlets)"))
    #expect(message.contains("found 0"))
    #expect(message.contains("nearest: e2"))
    #expect(message.contains("differs in sources"))
    let tooMany = FixtureCheck(in: "events", match: nil, max: 1)
    #expect(tooMany.failure(in: output, index: 3)?.contains("matched: e1") == true)
    #expect(FixtureCheck(in: "nope", match: nil).failure(in: output, index: 4)?.contains("not an array") == true)
  }

  @Test func updateBlessesThenPassesThenABrokenGoldenFailsWithPathAndValues() throws {
    let (root, fixture) = try makeCase()
    defer { try? FileManager.default.removeItem(at: root) }
    let runner = FixtureRunner()
    let missing = runner.run(fixture)
    #expect(!missing.passed)
    #expect(missing.errors.first?.contains("--update") == true)

    let blessed = runner.run(fixture, update: true)
    #expect(blessed.passed)
    #expect(blessed.updates == ["created expected/timeline.json"])
    #expect(runner.run(fixture).passed)
    #expect(runner.run(fixture, update: true).updates.isEmpty)  // nothing to rewrite

    // Break one golden value: exactly that path fails, with both values.
    let golden = URL(fileURLWithPath: fixture.expected).appendingPathComponent("timeline.json")
    let text = try String(contentsOf: golden, encoding: .utf8)
    #expect(text.contains("\"path\" : \"a.txt\""))
    try Data(text.replacingOccurrences(of: "\"path\" : \"a.txt\"", with: "\"path\" : \"zzz.txt\"").utf8).write(
      to: golden)
    let broken = runner.run(fixture)
    #expect(!broken.passed)
    #expect(broken.differences.map(\.path) == ["documents[id=a].path"])
    #expect(broken.differences.first?.expected == "\"zzz.txt\"")
    #expect(broken.differences.first?.actual == "\"a.txt\"")
    let report = broken.report()
    #expect(report.hasPrefix("FAIL sample\n"))
    #expect(report.contains("documents[id=a].path"))
    #expect(report.contains("citation: document a (a.txt)"))

    // --update rewrites it and says what changed.
    let fixed = runner.run(fixture, update: true)
    #expect(fixed.passed)
    #expect(fixed.updates.first == "updated expected/timeline.json: 1 change")
    #expect(fixed.updates.contains { $0.contains("documents[id=a].path: \"zzz.txt\" → \"a.txt\"") })
    #expect(runner.run(fixture).passed)
    #expect(FixtureRunner.summary([fixed, broken]) == "1 passed, 1 failed")
  }

  @Test func checksAloneCanDefineACaseAndFailingChecksFailIt() throws {
    let (root, fixture) = try makeCase()
    defer { try? FileManager.default.removeItem(at: root) }
    try Data(#"{"checks":[{"description":"both documents read","in":"documents","match":{},"count":2}]}"#.utf8)
      .write(to: URL(fileURLWithPath: fixture.checks))
    #expect(FixtureRunner().run(fixture).passed)
    try Data(#"[{"in":"documents","match":{"id":"nope"}}]"#.utf8).write(to: URL(fileURLWithPath: fixture.checks))
    let r = FixtureRunner().run(fixture)
    #expect(!r.passed)
    #expect(r.checkFailures.count == 1)
    try Data(#"[{"in":"documents","match":{"id":"nope"},"open":"not read yet"},{"in":"documents","open":"x"}]"#.utf8)
      .write(to: URL(fileURLWithPath: fixture.checks))
    let open = FixtureRunner().run(fixture)
    #expect(open.passed)
    #expect(open.notes.contains { $0.hasPrefix("open (not read yet): check 1") })
    #expect(open.notes.contains { $0.hasPrefix("check 2 now holds") })
    try Data("{not json".utf8).write(to: URL(fileURLWithPath: fixture.checks))
    #expect(FixtureRunner().run(fixture).errors.first?.contains("checks.json") == true)
  }

  @Test func discoverFindsCasesAndFolderOfCasesAndFilters() throws {
    let (root, fixture) = try makeCase("alpha")
    defer { try? FileManager.default.removeItem(at: root) }
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("beta/docs"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("notacase"), withIntermediateDirectories: true)
    #expect(try FixtureRunner.discover([root.path]).map(\.name) == ["alpha", "beta"])
    #expect(try FixtureRunner.discover([root.path], filter: "bet").map(\.name) == ["beta"])
    #expect(try FixtureRunner.discover([fixture.directory + "/"]).map(\.name) == ["alpha"])
    #expect(throws: TimelineError.self) { try FixtureRunner.discover([root.path + "/missing"]) }
  }
}
