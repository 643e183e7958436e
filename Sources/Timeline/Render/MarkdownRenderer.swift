/// A Markdown report with footnote-style citations (`[^3]`).
///
/// Readable as plain text and in any CommonMark/GFM viewer. All untrusted text is escaped: no raw HTML passes through.
struct MarkdownRenderer {
  var report: TimelineReport
  var context: SourceContext

  /// Footnotes collected while rendering, numbered in order of first use.
  private final class Notes {
    var lines: [String] = []
    var index: [String: Int] = [:]

    func cite(_ key: String, _ text: String) -> String {
      if let n = index[key] { return "[^\(n)]" }
      lines.append(text)
      index[key] = lines.count
      return "[^\(lines.count)]"
    }
  }

  func render() -> String {
    let notes = Notes()
    var out = "# Timeline\n\n"
    out +=
      "\(plural(report.documents.count, "document")), \(plural(report.events.count, "event")), "
      + "\(plural(report.conflicts.count, "conflict")).\n\n"
    out += "## Events\n\n"
    let conflictsByEvent = Dictionary(grouping: report.conflicts.filter { $0.event != nil }) { $0.event ?? "" }
    for e in RenderOrder.events(report.events) {
      out += event(e, conflicts: conflictsByEvent[e.id] ?? [], notes: notes)
    }
    if report.events.isEmpty { out += "No events.\n\n" }
    out += "## Conflicts\n\n" + conflictList(RenderOrder.conflicts(report.conflicts), notes: notes)
    out += documents()
    out += diagnostics()
    out += footnotes(notes)
    return out
  }

  func renderConflicts() -> String {
    let notes = Notes()
    var out =
      "# Conflicts\n\n\(plural(report.conflicts.count, "conflict")) across \(plural(report.documents.count, "document")).\n\n"
    out += conflictList(RenderOrder.conflicts(report.conflicts), notes: notes)
    out += footnotes(notes)
    return out
  }

  private func event(_ e: Event, conflicts: [Conflict], notes: Notes) -> String {
    let info = TimeInfo(e.time)
    let when = e.time == nil ? "undated" : info.label
    var out = "### \(Escape.markdown(when)) — \(Escape.markdown(e.title))\n\n"
    out +=
      e.time == nil
      ? "- Time: not stated"
      : "- Time: \(Escape.markdown(when)) (\(info.precision), value \(Escape.markdown(e.time?.value ?? "")); "
        + "\(Escape.markdown(info.rangeText)))"
    if let mod = e.time?.mod { out += ", mod \(Escape.markdown(mod))" }
    out += "\n- Class: \(Escape.markdown(e.eventClass))\n"
    if let place = e.place { out += "- Place: \(Escape.markdown(place))\n" }
    if !e.participants.isEmpty {
      out += "- Participants: \(e.participants.sorted().map(Escape.markdown).joined(separator: ", "))\n"
    }
    let outlets = outletsByDocument
    let sources = e.sources.sorted().map { id in
      Escape.markdown(id) + (outlets[id].map { " (\(Escape.markdown($0)))" } ?? "")
    }
    out += "- Sources: \(sources.joined(separator: ", "))\n"
    for key in e.attributes.keys.sorted() {
      if let v = e.attributes[key] { out += "- \(Escape.markdown(key)): \(Escape.markdown(JSONOutput.line(v)))\n" }
    }
    if !conflicts.isEmpty {
      let list = RenderOrder.conflicts(conflicts).map {
        "\(Escape.markdown($0.attribute)) (\($0.kind.rawValue), \($0.severity.rawValue))"
      }
      out += "- Conflicts: \(list.joined(separator: "; "))\n"
    }
    let mentions = e.mentions.sorted { ($0.document, $0.start, $0.end) < ($1.document, $1.start, $1.end) }
    if !mentions.isEmpty {
      out += "- Reported as:\n"
      for m in mentions {
        let ref = notes.cite("\(m.document)#\(m.start)-\(m.end)", citation(m.document, m.line, m.start, m.end, m.text))
        out += "  - “\(Escape.markdown(m.text.truncated(240)))”\(ref)\n"
      }
    }
    return out + "\n"
  }

  private func conflictList(_ conflicts: [Conflict], notes: Notes) -> String {
    guard !conflicts.isEmpty else { return "No conflicts.\n\n" }
    let titles = Dictionary(report.events.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    var out = ""
    for c in conflicts {
      let on =
        c.event.map { id in titles[id].map { "“\(Escape.markdown($0))”" } ?? Escape.markdown(id) } ?? "the corpus"
      out += "- **\(c.severity.rawValue)** \(c.kind.rawValue) on \(Escape.markdown(c.attribute)) of \(on): "
      out += Escape.markdown(c.explanation) + " (rule \(Escape.markdown(c.rule)))\n"
      for side in c.claims {
        let ref = notes.cite(
          "\(side.document)#\(side.start)-\(side.end)",
          citation(side.document, side.line, side.start, side.end, side.text))
        out += "  - “\(Escape.markdown(side.value))” in \(Escape.markdown(side.document))\(ref)\n"
      }
    }
    return out + "\n"
  }

  private func documents() -> String {
    var out = "## Documents\n\n"
    for d in RenderOrder.documents(report.documents) {
      out += "- \(Escape.markdown(d.id))"
      if let t = d.title { out += ": “\(Escape.markdown(t))”" }
      var facts: [String] = []
      if let o = d.outlet { facts.append(Escape.markdown(o)) }
      if let a = d.author { facts.append("by \(Escape.markdown(a))") }
      if let p = d.published {
        facts.append(
          "published \(Escape.markdown(p.value)) (\(p.source.rawValue), confidence \(formatConfidence(p.confidence)))")
      } else {
        facts.append("publication date unknown")
      }
      if let u = d.url {
        facts.append("URL `\(u.replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "\n", with: " "))`")
      }
      out += " — " + facts.joined(separator: ", ") + "\n"
      for ev in d.published?.evidence.sorted() ?? [] {
        out += "  - evidence: \(Escape.markdown(ev.note)) (rule \(Escape.markdown(ev.rule)))"
        if let c = ev.citation { out += ": “\(Escape.markdown(c.text.truncated(200)))”, line \(c.line)" }
        out += "\n"
      }
    }
    return out + "\n"
  }

  private func diagnostics() -> String {
    let all = (report.diagnostics + report.documents.flatMap(\.diagnostics)).sorted()
    guard !all.isEmpty else { return "" }
    var out = "## Diagnostics\n\n"
    for d in all { out += "- \(Escape.markdown(d.description))\n" }
    return out + "\n"
  }

  private func footnotes(_ notes: Notes) -> String {
    guard !notes.lines.isEmpty else { return "" }
    var out = "## Citations\n\n"
    for (i, line) in notes.lines.enumerated() { out += "[^\(i + 1)]: \(line)\n" }
    return out
  }

  private func citation(_ document: String, _ line: Int, _ start: Int, _ end: Int, _ text: String) -> String {
    let s = context.sentence(document: document, start: start, end: end, text: text)
    var quote = Escape.markdown(s.before) + "**" + Escape.markdown(s.cited) + "**" + Escape.markdown(s.after)
    if s.before.isEmpty && s.after.isEmpty { quote = Escape.markdown(text) }
    return "\(Escape.markdown(document)), line \(line), bytes \(start)–\(end): “\(quote)”"
  }

  private var outletsByDocument: [String: String] {
    var m: [String: String] = [:]
    for d in report.documents { if let o = d.outlet { m[d.id] = o } }
    return m
  }
}

func formatConfidence(_ c: Double) -> String {
  let r = (c * 100).rounded() / 100
  return String(r)
}
