import Foundation
import Timeline

/// `timeline reconcile`: many articles in, one cited timeline out.
enum ReconcileCommand: Command {
  static let name = "reconcile"
  static let abstract = "Reconcile a corpus into one timeline of events and conflicts."
  static let usage = "[--format json|markdown|html|csv|timelinejs] [-o FILE] PATH..."
  static let options = [
    OptionSpec(
      name: "--format", value: "FORMAT", help: "Output format: json (default), markdown, html, csv, timelinejs."),
    OptionSpec(
      name: "--output", short: "-o", value: "FILE", help: "Write the result to FILE (atomically) instead of stdout."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]

  static func run(_ arguments: Arguments) throws -> Int32 {
    let name = try arguments.choice("--format", ReportFormat.names, default: "json")
    let format = ReportFormat(rawValue: name) ?? .json
    guard !arguments.positionals.isEmpty else { throw UsageError(message: "missing PATH") }
    let report = try Pipeline().run(paths: arguments.positionals)
    Output.diagnostics(report.diagnostics + report.documents.flatMap(\.diagnostics), quiet: arguments.flag("--quiet"))
    // JSON quotes no source sentences: it is streamed without reading the sources again.
    if format == .json { try Output.deliverJSON(report, to: arguments.value("--output")) }
    else {
      try Output.deliver(
        renderer(for: report, paths: arguments.positionals).render(report, as: format), to: arguments.value("--output"))
    }
    Releases.keepIfExiting(report)
    return 0
  }

  /// A renderer that can quote whole source sentences when the corpus is one folder.
  static func renderer(for report: TimelineReport, paths: [String]) -> ReportRenderer {
    var isDirectory: ObjCBool = false
    guard paths.count == 1, FileManager.default.fileExists(atPath: paths[0], isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return ReportRenderer() }
    return ReportRenderer(report: report, corpusRoot: paths[0])
  }
}
