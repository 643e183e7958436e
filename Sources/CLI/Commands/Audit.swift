import Timeline

/// `timeline audit`: the conflicts between sources, each with every side cited; the exit
/// status says whether `--fail-on` matched (for scripts and CI).
enum AuditCommand: Command {
  static let name = "audit"
  static let abstract = "List the conflicts between sources, with citations."
  static let usage = "[--fail-on contradiction|any] [--min-severity high|medium|low|info] [--format text|json] [-o FILE] PATH..."
  static let discussion = """
    Prints the conflicts of the reconciled corpus (contradictions, reporting-time revisions,
    precision differences, wording variants), most severe first. With --fail-on the exit
    status is 1 when a listed conflict matches: 'contradiction' (any contradiction) or 'any'.
    """
  static let options = [
    OptionSpec(name: "--fail-on", value: "KIND", help: "Exit 1 when a listed conflict matches: contradiction or any."),
    OptionSpec(name: "--min-severity", value: "SEVERITY", help: "List only conflicts at least this severe: high, medium, low, info (default)."),
    OptionSpec(name: "--format", value: "FORMAT", help: "Output format: text (default) or json."),
    OptionSpec(name: "--output", short: "-o", value: "FILE", help: "Write the result to FILE (atomically) instead of stdout."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]

  struct AuditReport: Encodable {
    var schema = TimelineReport.schemaVersion
    var conflicts: [Conflict]
  }

  static func run(_ arguments: Arguments) throws -> Int32 {
    let failOn = try arguments.choice("--fail-on", ["contradiction", "any", "none"], default: "none")
    let minSeverity = try arguments.choice("--min-severity", Conflict.Severity.allCases.map(\.rawValue), default: "info")
    let format = try arguments.choice("--format", ["text", "json"], default: "text")
    guard !arguments.positionals.isEmpty else { throw UsageError(message: "missing PATH") }
    let floor = Conflict.Severity(rawValue: minSeverity) ?? .info
    let report = try Pipeline().run(paths: arguments.positionals)
    Output.diagnostics(report.diagnostics + report.documents.flatMap(\.diagnostics), quiet: arguments.flag("--quiet"))
    let listed = report.conflicts.filter { $0.severity >= floor }
      .sorted { (rank($0.severity), $0.event ?? "~", $0.id) < (rank($1.severity), $1.event ?? "~", $1.id) }
    let text = format == "json" ? JSONOutput.encode(AuditReport(conflicts: listed)) : render(listed, report: report)
    try Output.deliver(text, to: arguments.value("--output"))
    switch failOn {
    case "contradiction": return listed.contains { $0.kind == .contradiction } ? 1 : 0
    case "any": return listed.isEmpty ? 0 : 1
    default: return 0
    }
  }

  /// 0 for the most severe.
  static func rank(_ s: Conflict.Severity) -> Int { Conflict.Severity.allCases.firstIndex(of: s) ?? 0 }

  static func render(_ conflicts: [Conflict], report: TimelineReport) -> String {
    guard !conflicts.isEmpty else { return "No conflicts.\n" }
    let titles = Dictionary(report.events.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    var lines: [String] = []
    for c in conflicts {
      let about = c.event.map { "\($0) (\(oneLine(titles[$0] ?? "")))" } ?? "corpus-wide"
      lines.append("\(c.id) [\(c.kind.rawValue), \(c.severity.rawValue)] \(c.attribute) — \(about) — rule \(c.rule)")
      lines.append("  \(oneLine(c.explanation))")
      for s in c.claims {
        lines.append("  - \"\(oneLine(s.value))\" — \(s.document):\(s.line) [\(s.start)..\(s.end)]: \(oneLine(s.text))")
      }
      lines.append("")
    }
    lines.append("\(conflicts.count) conflict(s).")
    return lines.joined(separator: "\n") + "\n"
  }

  /// Untrusted text on one line, control characters removed.
  static func oneLine(_ s: String) -> String {
    String(String.UnicodeScalarView(s.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
  }
}
