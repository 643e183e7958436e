import Foundation
import Timeline

/// `timeline map`: the map side of the map/reduce split (Hadoop Streaming / Spark `pipe`).
///
/// Reads documents as JSON lines on stdin (or corpus paths) and writes `KEY<TAB>JSON` lines:
/// one `d|<document>` line per document and one `m|<class>|<bucket>` line per event mention
/// and blocking key. Input is processed in batches, so memory stays flat on endless streams.
enum MapCommand: Command {
  static let name = "map"
  static let abstract = "Map stage: documents as JSON lines in, keyed mention lines out."
  static let usage = "[--name NAME] [--batch N] [PATH...]"
  static let discussion = """
    Without PATH, reads JSON lines from stdin: one record per line, {"id", "text", and
    optionally "title", "outlet", "url", "author", "published"}. A malformed line is reported
    on stderr with its line number (and as a `g|diagnostics` line, which `merge` puts in the
    timeline's diagnostics) and the rest is processed. With PATHs, reads a corpus as
    `reconcile` does. Pipe the output through `LC_ALL=C sort`, `timeline reduce` and
    `timeline merge`:

      timeline map < docs.jsonl | LC_ALL=C sort | timeline reduce | timeline merge > timeline.json
    """
  static let options = [
    OptionSpec(
      name: "--name", value: "NAME",
      help: "File name for stdin records (document paths, ids of records without \"id\"; default stdin)."),
    OptionSpec(
      name: "--numbered",
      help: "Input lines are LINE<TAB>JSON (line number in the original file), for split inputs (Spark, Hadoop)."),
    OptionSpec(name: "--batch", value: "N", help: "Lines analysed per batch (default 2000)."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    let pipeline = Pipeline()
    let quiet = arguments.flag("--quiet")
    // A corpus's diagnostics on stderr and as lines, then its documents' lines.
    func emit(_ corpus: Corpus) {
      Output.diagnostics(corpus.diagnostics, quiet: quiet)
      Output.write(MapReduce.diagnosticText(corpus.diagnostics))
      for text in MapReduce.mapTexts(pipeline.analyze(corpus.documents)) { Output.write(text) }
    }
    let paths = arguments.positionals.filter { $0 != "-" }
    if !paths.isEmpty {
      emit(try pipeline.ingestor.ingest(paths: paths))
      return 0
    }
    let batch = try arguments.value("--batch").map { try GenerateCommand.integer("--batch", $0, min: 1) } ?? 2000
    let name = arguments.value("--name") ?? "stdin"
    let numbered = arguments.flag("--numbered")
    var reader = LineReader(handle: FileHandle.standardInput)
    var nextLine = 1
    while true {
      let lines = reader.next(batch)
      if lines.isEmpty { break }
      // Each record keeps its line number in the original file (padding newlines), so ids of
      // records without "id", diagnostics and evidence do not depend on how input was split.
      var text = ""
      var line = 1
      for raw in lines {
        var number = nextLine
        var record = Substring(raw)
        if numbered {
          guard let tab = raw.firstIndex(of: "\t"), let n = Int(raw[..<tab]), n >= line else {
            throw TimelineError.invalidStream(
              line: nextLine, reason: "expected LINE<TAB>JSON with increasing line numbers")
          }
          number = n
          record = raw[raw.index(after: tab)...]
        }
        if number > line { text += String(repeating: "\n", count: number - line) }
        text += record
        text += "\n"
        line = number + 1
        nextLine += 1
      }
      emit(pipeline.ingestor.ingest(jsonLines: text, name: name))
    }
    return 0
  }
}

/// Reads a byte stream as lines (without their `\n`), a batch at a time.
///
/// Bytes that are not valid UTF-8 are replaced (the JSON reader then reports the line).
struct LineReader {
  let handle: FileHandle
  private var buffer: [UInt8] = []
  private var start = 0
  /// `buffer[start..<scanned]` holds no newline: a line longer than one read is scanned once,
  /// not again after every read (reduce output has lines of megabytes at 100,000 documents,
  /// and rescanning them was most of `merge`'s time).
  private var scanned = 0
  private var finished = false
  /// Bytes per read (a regular file is not read whole).
  static let readSize = 1 << 20

  init(handle: FileHandle) { self.handle = handle }

  /// Up to `count` lines; empty at the end of the stream.
  mutating func next(_ count: Int) -> [String] {
    var lines: [String] = []
    while lines.count < count {
      let nl = UTF8Bytes.lineEnd(buffer, from: max(start, scanned))
      if nl < buffer.count {
        lines.append(String(decoding: buffer[start..<nl], as: UTF8.self))
        start = nl + 1
        scanned = start
        continue
      }
      if finished {
        if start < buffer.count { lines.append(String(decoding: buffer[start...], as: UTF8.self)) }
        buffer = []
        (start, scanned) = (0, 0)
        break
      }
      buffer.removeFirst(start)
      (start, scanned) = (0, buffer.count)
      let chunk = (try? handle.read(upToCount: Self.readSize)) ?? nil
      if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { finished = true }
    }
    return lines
  }
}
