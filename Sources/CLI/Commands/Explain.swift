import Timeline

/// `timeline explain`: why an event was merged, why a conflict was raised, or how a
/// document's publication date was found.
enum ExplainCommand: Command {
  static let name = "explain"
  static let abstract = "Explain why an event was merged or a conflict raised."
  static let usage = "[--format text|json] PATH... ID"
  static let discussion = """
    ID is an event id (ev-…), a conflict id (cf-…) or a document id, as `timeline reconcile`
    prints them. Events list every merge reason with the sentence it rests on; conflicts
    their rule, explanation and cited sides; documents how their publication date was found.
    """
  static let options = [
    OptionSpec(name: "--format", value: "FORMAT", help: "Output format: text (default) or json."),
    OptionSpec(name: "--quiet", short: "-q", help: "Print no notes on stderr."),
  ]

  static func run(_ arguments: Arguments) throws -> Int32 {
    let format = try arguments.choice("--format", ["text", "json"], default: "text")
    guard arguments.positionals.count >= 2, let id = arguments.positionals.last else {
      throw UsageError(message: "expected PATH... ID")
    }
    let report = try Pipeline().run(paths: Array(arguments.positionals.dropLast()))
    Output.diagnostics(report.diagnostics + report.documents.flatMap(\.diagnostics), quiet: arguments.flag("--quiet"))
    let o = AuditCommand.oneLine
    var lines: [String] = []
    if let e = report.events.first(where: { $0.id == id }) {
      if format == "json" { return deliver(JSONOutput.encode(e)) }
      lines.append("\(e.id): \(o(e.title))")
      lines.append("  class \(e.eventClass); time \(e.time.map { $0.value + ($0.earliest.map { " (\($0)…\(e.time?.latest ?? ""))" } ?? "") } ?? "unknown"); place \(o(e.place ?? "unknown"))")
      lines.append("  sources: \(e.sources.joined(separator: ", "))")
      lines.append("  \(e.mentions.count) mention(s):")
      for m in e.mentions.prefix(50) {
        lines.append("  - \(m.document):\(m.line) [\(m.role?.rawValue ?? "body")] \(m.time.map { "\($0.value) " } ?? "")\(o(m.text))")
      }
      lines.append(e.evidence.isEmpty ? "  No merges: every mention above is the only report of this event in its block." : "  Why merged:")
      for ev in e.evidence {
        lines.append("  - [\(ev.rule)] \(o(ev.note))\(ev.citation.map { " — \($0.document):\($0.line): \(o($0.text))" } ?? "")")
      }
    } else if let c = report.conflicts.first(where: { $0.id == id }) {
      if format == "json" { return deliver(JSONOutput.encode(c)) }
      lines.append("\(c.id): \(c.kind.rawValue) (\(c.severity.rawValue)) on \(c.attribute) of \(c.event ?? "the corpus")")
      lines.append("  rule \(c.rule): \(o(c.explanation))")
      for s in c.claims { lines.append("  - \"\(o(s.value))\" — \(s.document):\(s.line) [\(s.start)..\(s.end)]: \(o(s.text))") }
    } else if let d = report.documents.first(where: { $0.id == id }) {
      if format == "json" { return deliver(JSONOutput.encode(d)) }
      lines.append("\(d.id) (\(d.path))")
      if let p = d.published {
        lines.append("  published \(p.value) (\(p.source.rawValue), confidence \(p.confidence)\(p.earliest.map { ", window \($0)…\(p.latest ?? "")" } ?? ""))")
        for ev in p.evidence {
          lines.append("  - [\(ev.rule)] \(o(ev.note))\(ev.citation.map { " — \($0.document):\($0.line): \(o($0.text))" } ?? "")")
        }
      } else {
        lines.append("  no publication date")
      }
      lines.append("  main event: \(d.mainEvent ?? "none")")
    } else {
      var message = "no event, conflict or document with the id '\(id)'"
      let all = report.events.map(\.id) + report.conflicts.map(\.id) + report.documents.map(\.id)
      if let hint = Arguments.suggestion(for: id, among: all) { message += "\nDid you mean '\(hint)'?" }
      throw UsageError(message: message)
    }
    return deliver(lines.joined(separator: "\n") + "\n")
  }

  private static func deliver(_ text: String) -> Int32 {
    Output.write(text)
    return 0
  }
}
