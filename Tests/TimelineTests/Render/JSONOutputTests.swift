import Foundation
import Testing

@testable import Timeline

/// ``PrettyJSONEncoder`` must write exactly what `JSONEncoder` writes with sorted keys,
/// pretty printing and unescaped slashes: every output's bytes depend on it.
@Suite struct JSONOutputTests {
  enum Shade: String, Codable { case light, dark }

  struct Inner: Codable {
    var name: String
    var tags: [String]
    var score: Double?
  }

  struct Sample: Codable {
    var text =
      "quote \" backslash \\ slash / newline \n return \r tab \t bell \u{07} unit \u{1F} del \u{7F} é 😀 \u{2028}"
    var empty: [Int] = []
    var emptyObject: [String: Int] = [:]
    var keys: [String: Int] = ["aB": 1, "aa": 2, "a10": 3, "a9": 4, "B": 5, "a": 6, "_x": 7, "ä": 8, "e": 9]
    var doubles: [Double] = [0.1, 1.0, 0.75, 0.30000000000000004, -0.0, 100, 2.5e-5, 1e15, 1e16, 1.5e20, 1e-7]
    var integers: (Int8, UInt16, Int32, Int64, UInt) = (-8, 16, -32, 64, 7)
    var missing: String? = nil
    var flag = false
    var shade = Shade.dark
    var nested: [[String: [Inner]]] = [["x": []], [:], ["y": [Inner(name: "n", tags: [], score: 0.5)]]]
    var value: JSONValue = .object(["k": .array([.number(2), .number(2.5), .null, .bool(true), .string("s")])])
    var date = Date(timeIntervalSinceReferenceDate: 12.5)
    var url = URL(string: "https://example.org/a?b=c")!

    enum CodingKeys: String, CodingKey {
      case text, empty, emptyObject, keys, doubles, missing, flag, shade, nested, value, date, url
      case i8, u16, i32, i64, u
    }

    init() {}

    init(from decoder: Decoder) throws { self.init() }

    func encode(to encoder: Encoder) throws {
      var c = encoder.container(keyedBy: CodingKeys.self)
      try c.encode(text, forKey: .text)
      try c.encode(empty, forKey: .empty)
      try c.encode(emptyObject, forKey: .emptyObject)
      try c.encode(keys, forKey: .keys)
      try c.encode(doubles, forKey: .doubles)
      try c.encodeIfPresent(missing, forKey: .missing)
      try c.encode(flag, forKey: .flag)
      try c.encode(shade, forKey: .shade)
      try c.encode(nested, forKey: .nested)
      try c.encode(value, forKey: .value)
      try c.encode(date, forKey: .date)
      try c.encode(url, forKey: .url)
      try c.encode(integers.0, forKey: .i8)
      try c.encode(integers.1, forKey: .u16)
      try c.encode(integers.2, forKey: .i32)
      try c.encode(integers.3, forKey: .i64)
      try c.encode(integers.4, forKey: .u)
      try c.encodeNil(forKey: .missing)  // a key given twice keeps its last value
    }
  }

  @Test func edgeCasesMatchJSONEncoder() throws {
    let ours = String(decoding: try PrettyJSONEncoder.encode(Sample()), as: UTF8.self) + "\n"
    #expect(ours == JSONOutput.foundation(Sample()))
  }

  /// Mentions, evidence and citations write themselves (``PrettyJSONEncoder/Direct``): every
  /// optional present and absent, escapes, nested at several depths and at the top.
  @Test func directlyWrittenValuesMatchJSONEncoder() throws {
    let span = SourceSpan(start: 3, end: 40, line: 2)
    let citation = Citation(document: "a/b", span: span, text: "He said \"no\"\tthen\\left.")
    let mentions = [
      Event.Mention(document: "d1", line: 1, start: 0, end: 5, text: "Talks."),
      Event.Mention(
        document: "d2", line: 9, start: -1, end: 12, text: "“Quoted”", expression: "on Friday",
        time: Event.Time(value: "2021-10-22", mod: "APPROX", earliest: "2021-10-22", latest: "2021-10-22"),
        trigger: "talks", role: .caption),
      Event.Mention(document: "d3", line: 2, start: 4, end: 9, text: "x", time: Event.Time(value: "PRESENT_REF")),
    ]
    let evidence = [
      Evidence(rule: "r", note: "n"), Evidence(rule: "resolve.identical", note: "[a + b] Same.", citation: citation),
    ]
    struct Nested: Encodable {
      var mentions: [Event.Mention]
      var evidence: [Evidence]
      var deeper: [[Evidence]]
      var citation: Citation
    }
    let nested = Nested(mentions: mentions, evidence: evidence, deeper: [evidence, []], citation: citation)
    #expect(
      String(decoding: try PrettyJSONEncoder.encode(nested), as: UTF8.self) + "\n" == JSONOutput.foundation(nested))
    #expect(
      String(decoding: try PrettyJSONEncoder.encode(mentions[1]), as: UTF8.self) + "\n"
        == JSONOutput.foundation(mentions[1]))
    #expect(
      String(decoding: try PrettyJSONEncoder.encode(nested, depth: 2), as: UTF8.self).hasPrefix("    {\n      \""))
    // Events: empty and full arrays, attributes of every kind, at the top and nested.
    let events = [
      Event(id: "e1", eventClass: "meeting", title: "Talks"),
      Event(
        id: "e2", eventClass: "attack", title: "A \"raid\"", time: Event.Time(value: "2021-10", earliest: "2021-10-01"),
        place: "city:kabul", participants: ["country:x", "org:y"], sources: ["d1", "d2"], outlets: ["Wire"],
        attributes: [
          "count": .number(12), "list": .array([.string("a"), .object(["k": .bool(true)])]), "none": .null,
          "zero": .number(-0.0), "half": .number(2.5), "huge": .number(1e20), "B": .array([]), "é": .object([:]),
        ],
        mentions: mentions, evidence: evidence),
    ]
    for event in events {
      #expect(
        String(decoding: try PrettyJSONEncoder.encode(event), as: UTF8.self) + "\n" == JSONOutput.foundation(event))
      let indented = String(decoding: try PrettyJSONEncoder.encode(event, depth: 2), as: UTF8.self)
      let lines = JSONOutput.foundation(event).dropLast().split(separator: "\n", omittingEmptySubsequences: false)
      #expect(indented == lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))  // blank lines stay blank
    }
    #expect(
      String(decoding: try PrettyJSONEncoder.encode(events), as: UTF8.self) + "\n" == JSONOutput.foundation(events))
  }

  /// Documents, conflicts and diagnostics are written compact and laid out pretty
  /// (``PrettyJSONEncoder/appendPretty(_:depth:into:)``): brackets, commas, colons and
  /// escapes inside strings stay as they are, empty containers get their blank line, and a
  /// value at depth 2 is indented as the report indents it.
  @Test func compactValuesLaidOutPrettyMatchJSONEncoder() throws {
    let tricky = "a {b} [c], d: \"e, {f}: [g]\" \\ h\n{}[]:,\\"
    let citation = Citation(document: "d/x", span: SourceSpan(start: 0, end: 9, line: 2), text: tricky)
    let diagnostic = Diagnostic(.warning, code: "x.y", path: "d/x.txt", line: 3, column: 1, message: tricky)
    let values: [any Encodable] = [
      TimelineReport.DocumentSummary(id: "d/x", path: "d/x.txt"),
      TimelineReport.DocumentSummary(
        id: "d/x", path: "d/x.txt", title: tricky, outlet: "[Wire]", url: "https://x.org/{a}", author: ":",
        published: PublishedDate(value: "2021-10-20", source: .inferred, earliest: "2021-10-18", evidence: [
          Evidence(rule: "r", note: tricky, citation: citation), Evidence(rule: "s", note: "n"),
        ], confidence: 0.85),
        mainEvent: "e1", diagnostics: [diagnostic, diagnostic]),
      TimelineReport.DocumentSummary(
        id: "d/y", path: "d/y.txt", published: PublishedDate(value: "2021", source: .text, evidence: [])),
      Conflict(
        id: "c1", event: nil, attribute: "count:killed", kind: .reportingTime, severity: .info,
        claims: [Conflict.Side(value: "12", citation: citation), Conflict.Side(value: tricky, citation: citation)],
        rule: "conflict.count", explanation: tricky),
      Conflict(id: "c2", event: "e1", attribute: "a", kind: .wording, severity: .low, claims: [], rule: "r", explanation: ""),
      diagnostic,
    ]
    func check<T: Encodable>(_ value: T) throws {
      let expected = JSONOutput.foundation(value)
      #expect(String(decoding: try PrettyJSONEncoder.encode(value), as: UTF8.self) + "\n" == expected)
      let lines = expected.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
      #expect(
        String(decoding: try PrettyJSONEncoder.encode(value, depth: 2), as: UTF8.self)
          == lines.map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n"))
    }
    for value in values { try check(value) }
  }

  @Test func topLevelArraysAndScalarsMatchJSONEncoder() throws {
    let values: [[JSONValue]] = [[], [.string("a/b")], [.number(3), .object([:])]]
    for v in values {
      #expect(String(decoding: try PrettyJSONEncoder.encode(v), as: UTF8.self) + "\n" == JSONOutput.foundation(v))
    }
    #expect(JSONOutput.encode("x\"y") == JSONOutput.foundation("x\"y"))
  }

  /// ``JSONOutput/line(_:)`` (compacted ``PrettyJSONEncoder`` bytes) must equal `JSONEncoder`'s
  /// compact encoding: `map` and `reduce` write it, and strings full of spaces, quotes and
  /// escapes must come through whole.
  @Test func compactLinesMatchJSONEncoder() throws {
    #expect(JSONOutput.line(Sample()) == JSONOutput.foundationLine(Sample()))
    let spaced = ["  two  spaces ", "quote \" then : colon , comma", "back\\slash\\", "\\\"", "tab\tnew\nline", ""]
    #expect(JSONOutput.line(spaced) == JSONOutput.foundationLine(spaced))
    #expect(JSONOutput.line([String: [Int]]()) == "{}")
    #expect(JSONOutput.line(["a": [Int](), "b": [1, 2]]) == #"{"a":[],"b":[1,2]}"#)
    #expect(JSONOutput.line("x y") == JSONOutput.foundationLine("x y"))
  }

  /// Every map record and reduce line of a generated corpus, against `JSONEncoder`.
  @Test func mapAndReduceLinesMatchJSONEncoder() throws {
    let corpus = CorpusGenerator(documents: 60, seed: 9).generate()
    #expect(JSONOutput.line(corpus.truth) == JSONOutput.foundationLine(corpus.truth))
    let pipeline = Pipeline()
    let extractions = pipeline.analyze(
      pipeline.ingestor.ingest(jsonLines: corpus.jsonLines, name: "gen.jsonl").documents)
    var records = 0
    var groups: [String: [EventMention]] = [:]
    for x in extractions {
      // `map` encodes each mention once for all its keys: the same lines as record by record.
      #expect(
        MapReduce.map(x).map(\.line)
          == MapReduce.mapRecords(x).map { $0.key + "\t" + JSONOutput.foundationLine($0.record) })
      for (key, record) in MapReduce.mapRecords(x) {
        #expect(JSONOutput.line(record) == JSONOutput.foundationLine(record))
        records += 1
        if case .mention(let m) = record { groups[key, default: []].append(m) }
      }
    }
    #expect(records > 200)
    var partials = 0
    for (key, mentions) in groups {
      for p in EventResolver().resolveBlock(key: key, mentions: mentions) {
        #expect(JSONOutput.line(p) == JSONOutput.foundationLine(p))
        partials += 1
      }
    }
    #expect(partials > 20)
  }

  /// The map records' direct writers (``CompactJSON``) against `JSONEncoder`: every record of
  /// every fixture, and hand-made values with each optional field present and absent, numbers
  /// on both sides of the integer and `description` rules, escapes, non-ASCII text and
  /// dictionary keys whose order is not their insertion order.
  @Test func compactWritersMatchJSONEncoder() throws {
    let pipeline = Pipeline()
    var records = 0
    for name in try FixturePaths.caseNames() {
      let docs = try FixturePaths.fixtureCase(name).docs
      for x in pipeline.analyze(try pipeline.ingestor.ingest(paths: [docs]).documents) {
        for (_, record) in MapReduce.mapRecords(x) {
          #expect(JSONOutput.line(record) == JSONOutput.foundationLine(record), "\(name)")
          records += 1
        }
      }
    }
    #expect(records > 400)

    let odd = "tab\tquote\"back\\slash/é 😀 \u{07}"
    let span = SourceSpan(start: 3, end: 9, line: 2)
    let citation = Citation(document: "d/x", span: span, text: odd)
    let evidence = [Evidence(rule: "dct.a", note: odd, citation: citation), Evidence(rule: "dct.b", note: "n")]
    let anchor = RelativeSpec(form: "offset:week:-1", anaphoric: true)
    let mention = EventMention(
      id: "d/x@3", document: "d/x", eventClass: "meeting", trigger: "talks", triggerSpan: span, citation: citation,
      role: .caption,
      time: MentionTime(expression: "last week", span: span, value: "2021-W42", mod: "APPROX", rule: "r", stated: true, anchor: anchor),
      place: "city:geneva", participants: ["org:un"], host: "country:ch", ordinal: -5, isMain: true, keywords: ["k"],
      attributes: ["b": "1", "a": odd, "B": "2", "é": "3", "aa": ""], names: [])
    let bareMention = EventMention(
      id: "d/y@0", document: "d/y", eventClass: "attack", trigger: "raid", triggerSpan: span, citation: citation, role: .body)
    let claims = [2_000_000, 2.5, 0.85, -0.0, 1e20, 0.00001, 123_456_789_012_345_680].map { n in
      Claim(
        id: "d/x@3:count", document: "d/x", mention: "d/x@3", attribute: "count", value: odd, number: n, unit: "killed",
        items: ["a", "b"], holder: "person:x", subject: "s", object: "o", polarity: false, qualifier: "MIN",
        citation: citation)
    } + [Claim(id: "c", document: "d", attribute: "quote", value: "v", citation: citation)]
    let full = DocumentExtraction(
      document: "d/x", path: "d/x.txt", title: odd, outlet: "Wire", url: "https://x.org/a/b", author: "A. B.",
      published: PublishedDate(
        value: "2021-10-20", source: .inferred, earliest: "2021-10-18", latest: "2021-10-21", evidence: evidence,
        confidence: 0.85),
      expressions: [
        TemporalExpression(kind: .date, text: "last week", span: span, value: "2021-W42", mod: "APPROX", rule: "r", anchor: anchor),
        TemporalExpression(kind: .duration, text: "two days", span: span, value: "P2D", rule: "d"),
      ],
      entities: [Entity(key: "city:geneva", name: "Geneva", kind: .city, aliases: ["Genf", odd]), Entity(key: "x", name: "X", kind: .other)],
      entityMentions: [EntityMention(entity: "city:geneva", surface: "Genf", span: span, role: .headline)],
      mentions: [mention, bareMention], claims: claims,
      diagnostics: [
        Diagnostic(.warning, code: "dct.missing", path: "d/x.txt", line: 1, column: 2, start: 0, end: 4, message: odd),
        Diagnostic(.note, code: "n", path: "p", message: "m"),
      ])
    let bare = DocumentExtraction(document: "d/y", path: "d/y.txt")
    for record in [MapReduce.Record.document(full), .document(bare), .mention(mention), .mention(bareMention), .diagnostic(full.diagnostics[0])] {
      #expect(JSONOutput.line(record) == JSONOutput.foundationLine(record))
    }
    var edge = PartialCluster.Edge(a: "d/x@3", b: "d/y@0", score: -7, evidence: [])
    edge.deferred = true
    edge.spansDays = true
    let cluster = PartialCluster(
      key: "m|meeting|2021", mentions: ["d/x@3", "d/y@0"],
      edges: [edge, PartialCluster.Edge(a: "a", b: "b", score: 10, evidence: evidence)])
    for p in [cluster, PartialCluster(key: "k", mentions: [], edges: [])] {
      #expect(JSONOutput.line(p) == JSONOutput.foundationLine(p))
    }
  }

  @Test("the seed timeline, byte for byte")
  func seedTimelineMatchesJSONEncoder() throws {
    let fixture = try FixturePaths.fixtureCase("seeds")
    let report = try Pipeline().run(paths: [fixture.docs])
    #expect(!report.events.isEmpty)
    #expect(JSONOutput.encode(report) == JSONOutput.foundation(report))
    // Compact through the tree, whose events, documents and conflicts write themselves.
    #expect(JSONOutput.line(report) == JSONOutput.foundationLine(report))
  }

  @Test("a generated 300-document timeline, byte for byte")
  func generatedTimelineMatchesJSONEncoder() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("json-output-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    try CorpusGenerator(documents: 300, seed: 5).generate().write(to: dir, jsonLines: false)
    let report = try Pipeline().run(paths: [(dir as NSString).appendingPathComponent("docs")])
    #expect(report.events.count > 50)
    #expect(!report.conflicts.isEmpty)
    #expect(JSONOutput.encode(report) == JSONOutput.foundation(report))
    // Handed on in small chunks (the 1 MB flush, scaled down) and written by the writer
    // thread: the same bytes, in order.
    var chunks: [[UInt8]] = []
    JSONOutput.write(report, flushBytes: 4096) { chunks.append($0) }
    #expect(chunks.count > 20)
    #expect(String(decoding: Array(chunks.joined()), as: UTF8.self) == JSONOutput.encode(report))
    // Seven elements a batch: dozens of batches, two encoded at a time, still in order.
    var small: [UInt8] = []
    JSONOutput.write(report, flushBytes: 4096, batch: 7) { small += $0 }
    #expect(String(decoding: small, as: UTF8.self) == JSONOutput.encode(report))
    let file = dir + "/timeline.json"
    #expect(JSONOutput.write(report, toFile: file))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == JSONOutput.encode(report))
  }

  /// Work run on other threads is taken by number, whichever finishes first.
  @Test func backgroundWorkIsTakenByNumber() {
    let work = BackgroundWork<Int>()
    for k in 0..<20 {
      work.submit {
        usleep(UInt32((20 - k) * 500))  // later numbers finish first
        return k * k
      }
    }
    #expect((0..<20).reversed().map { work.take($0) } == (0..<20).reversed().map { $0 * $0 })
  }

  /// One at a time, the work runs on at most one other thread until its results are asked
  /// for: work 1 never starts while work 0 waits for it, and work 0 gives up. A thread waiting
  /// for a result runs work not yet started: work 0 then ends once the caller has run work 1.
  @Test func backgroundWorkOneAtATimeAndTheWaiterHelps() {
    func pair(_ wait: Double) -> (BackgroundWork<Int>, DispatchSemaphore) {
      let work = BackgroundWork<Int>(oneAtATime: true)
      let signal = DispatchSemaphore(value: 0)
      work.submit { signal.wait(timeout: .now() + wait) == .success ? 0 : -1 }
      work.submit {
        signal.signal()
        return 1
      }
      return (work, signal)
    }
    let (alone, _) = pair(0.3)
    usleep(500_000)  // nobody asks: only the one other thread runs, and it is in work 0
    #expect(alone.results() == [-1, 1])
    let (helped, _) = pair(20)
    #expect(helped.take(1) == 1)
    #expect(helped.take(0) == 0)
  }

  @Test func fileWriterWritesChunksInOrderAndReportsFailure() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    let writer = JSONOutput.FileWriter(handle.fileDescriptor, inFlight: 2)
    var expected: [UInt8] = []
    for k in 0..<200 {
      let chunk = Array("chunk \(k);".utf8) + [UInt8](repeating: UInt8(65 + k % 26), count: k * 37)
      expected += chunk
      writer.write(chunk)
    }
    #expect(writer.finish())
    try handle.close()
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    // A closed descriptor: the failure is reported, later chunks are dropped, no crash.
    let broken = JSONOutput.FileWriter(-1)
    broken.write(Array("lost".utf8))
    broken.write(Array("also lost".utf8))
    #expect(!broken.finish())
  }

  /// A reserving writer reserves the file's blocks ahead of its writes (a 1,000-byte step
  /// here: many reservations, the last beyond the data) and cuts the file back to the bytes
  /// written; a writer that does not reserve appends where the descriptor stands.
  @Test func fileWriterReservesAheadAndCutsBack() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("reserve-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    var handle = try #require(FileHandle(forWritingAtPath: path))
    let writer = JSONOutput.FileWriter(handle.fileDescriptor, reserving: true, reserveStep: 1000)
    var expected: [UInt8] = []
    for k in 0..<50 {
      let chunk = [UInt8](repeating: UInt8(97 + k % 26), count: 10 + k * 13)
      expected += chunk
      writer.write(chunk)
    }
    #expect(writer.finish())
    try handle.close()
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected))
    // Standard output redirected with `>>`: the descriptor stands after earlier bytes.
    handle = try #require(FileHandle(forWritingAtPath: path))
    try handle.seekToEnd()
    let appending = JSONOutput.FileWriter(handle.fileDescriptor)
    appending.write(Array("more".utf8))
    #expect(appending.finish())
    try handle.close()
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(expected + Array("more".utf8)))
    // Reserving on a closed descriptor: the write failure is still reported.
    let broken = JSONOutput.FileWriter(-1, reserving: true)
    broken.write(Array("lost".utf8))
    #expect(!broken.finish())
  }

  /// A direct writer (``JSONOutput/FileWriter/Direct``) stages chunks of any size in an
  /// aligned buffer and writes it whole; the file holds exactly the bytes given, in order:
  /// chunks smaller than the buffer, one larger than two buffers, a last partial block. Where
  /// the descriptor refuses `O_DIRECT` (`/dev/null` does), the bytes are written as usual.
  @Test func directWriterWritesEveryByteInOrder() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("direct-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(FileManager.default.createFile(atPath: path, contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path))
    let writer = JSONOutput.FileWriter(handle.fileDescriptor, reserving: true, reserveStep: 3 << 20, direct: true)
    var expected: [UInt8] = []
    var sizes = (0..<30).map { 1 + $0 * 30_011 }  // 1 byte to 0.9 MB, no size a block multiple
    sizes.insert(2 * JSONOutput.directBuffer + 12_345, at: 17)
    for (k, size) in sizes.enumerated() {
      let chunk = Array("<\(k)>".utf8) + [UInt8](repeating: UInt8(65 + k % 26), count: size)
      expected += chunk
      writer.write(chunk)
    }
    #expect(writer.finish())
    try handle.close()
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written.count == expected.count)
    let same = written == Data(expected)  // compared outside `#expect`: no diff of megabytes
    #expect(same)
    // Refused: written as usual, no failure.
    let null = try #require(FileHandle(forWritingAtPath: "/dev/null"))
    let refused = JSONOutput.FileWriter(null.fileDescriptor, direct: true)
    refused.write(Array("ignored".utf8))
    refused.write([UInt8](repeating: 1, count: JSONOutput.directBuffer + 1))
    #expect(refused.finish())
    try null.close()
    // A closed descriptor: the failure is reported.
    let broken = JSONOutput.FileWriter(-1, direct: true)
    broken.write([UInt8](repeating: 2, count: JSONOutput.directBuffer * 2))
    #expect(!broken.finish())
  }
}
