import Foundation
import Timeline

/// `timeline generate`: a synthetic corpus with its ground truth, for benchmarks and
/// large-scale accuracy tests.
enum GenerateCommand: Command {
  static let name = "generate"
  static let abstract = "Generate a synthetic corpus with its ground truth."
  static let usage = "--docs N [--seed S] [--events K] [--outlets M] --out DIR"
  static let discussion = """
    Writes DIR/docs/*.txt with DIR/docs/manifest.json (a corpus for `timeline reconcile`),
    DIR/docs.jsonl (the same documents as JSON lines, for `timeline map`) and DIR/truth.json
    (which document and sentence reports which event, which conflicts were planted).
    The same options always give byte-identical files.
    """
  static let options = [
    OptionSpec(name: "--docs", value: "N", help: "Number of documents (required)."),
    OptionSpec(name: "--seed", value: "S", help: "Random seed (default 1)."),
    OptionSpec(name: "--events", value: "K", help: "Number of distinct events (default N/25)."),
    OptionSpec(name: "--outlets", value: "M", help: "Number of outlets, at most 16 (default 12)."),
    OptionSpec(name: "--out", short: "-o", value: "DIR", help: "Output directory (required)."),
    OptionSpec(name: "--no-jsonl", help: "Do not write docs.jsonl."),
  ]
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    guard let docsText = arguments.value("--docs") else { throw UsageError(message: "missing '--docs N'") }
    guard let out = arguments.value("--out") else { throw UsageError(message: "missing '--out DIR'") }
    let docs = try integer("--docs", docsText, min: 0)
    let seed = try arguments.value("--seed").map { try integer("--seed", $0, min: 0) } ?? 1
    let events = try arguments.value("--events").map { try integer("--events", $0, min: 1) }
    let outlets = try arguments.value("--outlets").map { try integer("--outlets", $0, min: 1) } ?? 12
    let corpus = CorpusGenerator(documents: docs, seed: UInt64(seed), events: events, outlets: outlets).generate()
    try corpus.write(to: out, jsonLines: !arguments.flag("--no-jsonl"))
    Output.error(
      "generated \(corpus.documents.count) documents (\(corpus.textBytes) bytes), \(corpus.truth.events.count) events, \(corpus.truth.conflicts.count) planted conflicts in \(out)"
    )
    return 0
  }

  /// Parses a non-negative integer option.
  static func integer(_ name: String, _ text: String, min: Int) throws -> Int {
    guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= min else {
      throw UsageError(message: "invalid value '\(text)' for '\(name)': expected an integer ≥ \(min)")
    }
    return n
  }
}
