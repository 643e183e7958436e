import Foundation
import Timeline

/// `timeline bench`: throughput, memory, growth and accuracy on generated corpora.
///
/// Per stage MB/s and documents/s; meant for release builds (`swift build -c release`).
enum BenchCommand: Command {
  static let name = "bench"
  static let abstract = "Benchmark the pipeline on a generated corpus (release builds)."
  static let usage = "[--docs 1000,10000,100000] [--seed S] [--repeat N] [--json] [--work DIR] [--in-process]"
  static let discussion = """
    For each size (ascending), generates a corpus with `timeline generate`'s generator, writes
    it to a temporary folder, times every stage on all cores (ingest, segment, temporal,
    extraction incl. DCT inference, resolution, reconcile, render), then the whole
    `reconcile` path end to end as fresh `timeline reconcile` processes (three times when a
    run takes under 10 s, or `--repeat N` times at every size: the median is reported, every
    run listed; their output is checked byte for byte against the stages' timeline), and
    scores the result against the generated truth (pairwise merge precision/recall, conflict
    recall). Peak memory is each process's maxrss.
    """
  static let options = [
    OptionSpec(name: "--docs", value: "LIST", help: "Comma-separated corpus sizes (default 1000,10000,100000)."),
    OptionSpec(name: "--seed", value: "S", help: "Generator seed (default 1)."),
    OptionSpec(
      name: "--events", value: "K",
      help: "Distinct events per corpus (default documents/25; 1 = one event reported N times)."),
    OptionSpec(
      name: "--repeat", value: "N",
      help: "End-to-end runs at every size, the median reported (default: 3 under 10 s, else 1)."),
    OptionSpec(name: "--json", help: "Print the report as JSON instead of a table."),
    OptionSpec(name: "--work", value: "DIR", help: "Where to write the temporary corpora (default: the temp folder)."),
    OptionSpec(name: "--stages-only", help: "Skip the end-to-end run (halves the time)."),
    OptionSpec(
      name: "--in-process",
      help: "Time the end-to-end runs in the bench process (its heap already grown) instead of fresh processes."),
  ]
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    var sizes: [Int] = [1000, 10000, 100_000]
    if let list = arguments.value("--docs") {
      sizes = try list.split(separator: ",").map { try GenerateCommand.integer("--docs", String($0), min: 1) }
      guard !sizes.isEmpty else { throw UsageError(message: "'--docs' needs at least one size") }
    }
    let seed = try arguments.value("--seed").map { try GenerateCommand.integer("--seed", $0, min: 0) } ?? 1
    var bench = Benchmark(sizes: sizes, seed: UInt64(seed))
    if let work = arguments.value("--work") { bench.workDirectory = work }
    bench.events = try arguments.value("--events").map { try GenerateCommand.integer("--events", $0, min: 1) }
    bench.endToEnd = !arguments.flag("--stages-only")
    bench.repeats = try arguments.value("--repeat").map { try GenerateCommand.integer("--repeat", $0, min: 1) }
    if !arguments.flag("--in-process") { bench.command = [try executablePath()] }
    #if DEBUG
      Output.error("warning: debug build; build with `swift build -c release` for meaningful numbers")
    #endif
    let report = try bench.run { Output.error($0) }
    Output.write(arguments.flag("--json") ? JSONOutput.encode(report) : report.table)
    return 0
  }

  /// This very executable, for the end-to-end processes.
  static func executablePath() throws -> String {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
    let argv0 = CommandLine.arguments.first ?? "timeline"
    let url = URL(fileURLWithPath: argv0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw UsageError(message: "cannot find this executable for the end-to-end runs; use --in-process")
    }
    return url.path
  }
}
