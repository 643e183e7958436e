import Foundation
import Testing

/// Runs the built `timeline` binary with stdin, stdout and stderr in temporary files, so large
/// inputs and outputs cannot deadlock on pipe buffers.
func runTimelineBuffered(_ args: [String], stdin: String? = nil) throws -> (
  status: Int32, stdout: String, stderr: String
) {
  var dir = Bundle.main.bundleURL
  var binary = dir.appendingPathComponent("timeline")
  while !FileManager.default.fileExists(atPath: binary.path), dir.pathComponents.count > 1 {
    dir = dir.deletingLastPathComponent()
    binary = dir.appendingPathComponent("timeline")
  }
  let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-run-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: tmp) }
  let files = ["in", "out", "err"].map { tmp.appendingPathComponent($0) }
  try Data((stdin ?? "").utf8).write(to: files[0])
  for f in files.dropFirst() { try Data().write(to: f) }
  let process = Process()
  process.executableURL = binary
  process.arguments = args
  process.standardInput = try FileHandle(forReadingFrom: files[0])
  process.standardOutput = try FileHandle(forWritingTo: files[1])
  process.standardError = try FileHandle(forWritingTo: files[2])
  try process.run()
  process.waitUntilExit()
  let out = try String(contentsOf: files[1], encoding: .utf8)
  let err = try String(contentsOf: files[2], encoding: .utf8)
  return (process.terminationStatus, out, err)
}

/// `timeline map | sort | timeline reduce | timeline merge` must equal `timeline reconcile`.
@Suite struct MapReduceEquivalenceTests {
  /// Sorts map output as `LC_ALL=C sort` does (byte order of whole lines).
  static func sortedLines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
      .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }

  static func key(_ line: String) -> String {
    String(line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
  }

  /// Runs map → sort → reduce (in `reducers` partitions, split at key boundaries) → merge.
  static func mapReduce(mapArgs: [String], stdin: String? = nil, reducers: Int = 1) throws -> String {
    let mapped = try runTimelineBuffered(["map", "--quiet"] + mapArgs, stdin: stdin)
    #expect(mapped.status == 0, "map: \(mapped.stderr)")
    let lines = sortedLines(mapped.stdout)
    // Partition by key hash, as a shuffle does; each partition stays sorted.
    var partitions = Array(repeating: [String](), count: reducers)
    for line in lines {
      let h = key(line).utf8.reduce(UInt32(2_166_136_261)) { ($0 ^ UInt32($1)) &* 16_777_619 }
      partitions[Int(h % UInt32(reducers))].append(line)
    }
    var reduced = ""
    for p in partitions.reversed() {
      let r = try runTimelineBuffered(["reduce"], stdin: p.map { $0 + "\n" }.joined())
      #expect(r.status == 0, "reduce: \(r.stderr)")
      reduced += r.stdout
    }
    let merged = try runTimelineBuffered(["merge", "--quiet"], stdin: reduced)
    #expect(merged.status == 0, "merge: \(merged.stderr)")
    return merged.stdout
  }

  static var fixtureCorpora: [String] {
    let root = repositoryRoot.appendingPathComponent("fixtures").path
    let cases = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
    return cases.sorted().map { "\(root)/\($0)/docs" }.filter { FileManager.default.fileExists(atPath: $0) }
  }

  @Test(arguments: fixtureCorpora)
  func fixtureCorpusGivesTheSameTimeline(_ corpus: String) throws {
    let reference = try runTimelineBuffered(["reconcile", "--quiet", corpus])
    #expect(reference.status == 0)
    let viaMapReduce = try Self.mapReduce(mapArgs: [corpus], reducers: 3)
    #expect(viaMapReduce == reference.stdout, "map/reduce differs from reconcile on \(corpus)")
  }

  @Test func generatedJSONLinesGiveTheSameTimelineWithOneOrManyReducers() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-mr-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let g = try runTimelineBuffered(["generate", "--docs", "160", "--seed", "9", "--events", "8", "--out", dir])
    #expect(g.status == 0)
    let jsonl = try String(contentsOfFile: dir + "/docs.jsonl", encoding: .utf8)
    let reference = try runTimelineBuffered(["reconcile", "--quiet", dir + "/docs.jsonl"])
    #expect(reference.status == 0)
    #expect(reference.stdout.contains("\"events\""))
    let one = try Self.mapReduce(mapArgs: ["--name", "docs.jsonl"], stdin: jsonl, reducers: 1)
    #expect(one == reference.stdout)
    let four = try Self.mapReduce(mapArgs: ["--name", "docs.jsonl", "--batch", "37"], stdin: jsonl, reducers: 4)
    #expect(four == reference.stdout)
  }

  /// Lines longer than one read of the line reader (1 MB): a 1.1 MB article in, its document
  /// line (longer still) through reduce and merge.
  @Test func linesLongerThanOneReadGiveTheSameTimeline() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-long-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let filler = String(repeating: "The river ran quietly past the old mill and the green fields. ", count: 10)
    let text = "Delegates met in Vienna for water talks on March 19, 2019.\\n\\n"
      + String(repeating: filler + "\\n\\n", count: 1800)
    let long = #"{"id":"long","published":"2019-03-20","text":""# + text + #""}"#
    let short = #"{"id":"short","text":"An earthquake struck Quito on May 5, 2019."}"#
    let jsonl = long + "\n" + short + "\n"
    #expect(jsonl.utf8.count > 1_100_000)
    try jsonl.write(toFile: dir + "/docs.jsonl", atomically: true, encoding: .utf8)
    let reference = try runTimelineBuffered(["reconcile", "--quiet", dir + "/docs.jsonl"])
    #expect(reference.status == 0)
    #expect(reference.stdout.contains("\"long\""))
    #expect(try Self.mapReduce(mapArgs: ["--name", "docs.jsonl"], stdin: jsonl) == reference.stdout)
  }

  /// A malformed JSON line is in the streamed timeline's diagnostics, as in `reconcile`'s.
  @Test func malformedLineReachesTheStreamedTimeline() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("timeline-bad-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let jsonl = [
      #"{"id":"a","text":"Talks were held in Geneva on March 3, 2020."}"#, "{not json",
      #"{"id":"b","text":"An earthquake struck Quito on May 5, 2019."}"#,
    ].map { $0 + "\n" }.joined()
    try jsonl.write(toFile: dir + "/docs.jsonl", atomically: true, encoding: .utf8)
    let reference = try runTimelineBuffered(["reconcile", "--quiet", dir + "/docs.jsonl"])
    #expect(reference.stdout.contains("\"ingest.bad-json\""))
    #expect(try Self.mapReduce(mapArgs: ["--name", "docs.jsonl"], stdin: jsonl, reducers: 2) == reference.stdout)
  }

  @Test func unsortedReduceInputExitsThreeWithTheLine() throws {
    let dir = repositoryRoot.appendingPathComponent("fixtures/seeds/docs").path
    let mapped = try runTimelineBuffered(["map", "--quiet", dir])
    let lines = Self.sortedLines(mapped.stdout)
    let keys = Set(lines.map(Self.key))
    try #require(keys.count >= 2)
    // Put the first line at the end: its key comes back after the others.
    let unsorted = (Array(lines.dropFirst()) + [lines[0]]).map { $0 + "\n" }.joined()
    let r = try runTimelineBuffered(["reduce"], stdin: unsorted)
    #expect(r.status == 3)
    #expect(r.stderr.contains("not sorted"))
    #expect(r.stderr.contains(":\(lines.count):"))
  }

  @Test func malformedJSONLineIsReportedAndTheRestMapped() throws {
    let good = #"{"id":"a","text":"Talks were held in Geneva on March 3, 2020."}"#
    let other = #"{"id":"b","text":"An earthquake struck Quito on May 5, 2019."}"#
    let r = try runTimelineBuffered(["map", "--name", "in.jsonl"], stdin: good + "\n{not json\n" + other + "\n")
    #expect(r.status == 0)
    #expect(r.stderr.contains("in.jsonl:2"))
    #expect(r.stdout.contains("d|a\t"))
    #expect(r.stdout.contains("d|b\t"))
  }

  @Test func numberedInputKeepsOriginalLineNumbers() throws {
    let record = #"{"text":"Talks were held in Geneva on March 3, 2020."}"#
    let r = try runTimelineBuffered(
      ["map", "--quiet", "--numbered", "--name", "in.jsonl"], stdin: "7\t" + record + "\n")
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("d|in#7\t"))
    let plain = try runTimelineBuffered(["map", "--quiet", "--name", "in.jsonl"], stdin: "\n" + record + "\n")
    #expect(plain.stdout.contains("d|in#2\t"))
    let bad = try runTimelineBuffered(["map", "--numbered"], stdin: record + "\n")
    #expect(bad.status == 3)
  }
}
