import Foundation
import Timeline

/// `timeline merge`: joins the partial events of every reducer into the final timeline.
///
/// The same merge `reconcile` runs in-process: cannot-links, corpus DCT propagation,
/// canonical values and conflicts. Output is the `timeline/1` JSON of `reconcile`.
enum MergeCommand: Command {
  static let name = "merge"
  static let abstract = "Merge partial events into the final timeline."
  static let usage = "[-o FILE] [FILE...|-]"
  static let discussion = """
    Input: the output lines of one or more `timeline reduce` runs, in any order (stdin, or
    FILEs concatenated).
    """
  static let options = [
    OptionSpec(name: "--output", short: "-o", value: "FILE", help: "Write the result to FILE (atomically)."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]
  static let hidden = true

  static func run(_ arguments: Arguments) throws -> Int32 {
    // Lines are decoded a batch at a time: the text of all reduce output is never held.
    var input = MapReduce.MergeInput()
    func read(_ handle: FileHandle) throws {
      var reader = LineReader(handle: handle)
      while true {
        let lines = reader.next(ReduceCommand.batch)
        if lines.isEmpty { return }
        try input.add(lines)
      }
    }
    let files = arguments.positionals.filter { $0 != "-" }
    if files.isEmpty { try read(FileHandle.standardInput) }
    for path in files {
      guard let handle = FileHandle(forReadingAtPath: path) else { throw TimelineError.pathNotFound(path) }
      try read(handle)
    }
    let report = MapReduce.merge(
      documents: input.documents, partials: input.partials, diagnostics: input.diagnostics.sorted())
    Output.diagnostics(report.diagnostics + report.documents.flatMap(\.diagnostics), quiet: arguments.flag("--quiet"))
    try Output.deliverJSON(report, to: arguments.value("--output"))
    Releases.keepIfExiting((report, input))
    return 0
  }
}
