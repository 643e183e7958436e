/// RFC 4180 CSV (CRLF line ends, quoted fields, header row), neutralized against formula
/// injection: a cell that starts with `=`, `+`, `-` or `@` gets a leading `'`.
enum CSVRenderer {
  /// One row per event: time value, earliest, latest, title, class, place, participants,
  /// sources, outlets, conflict count, id.
  static func events(_ report: TimelineReport) -> String {
    var conflictCount: [String: Int] = [:]
    for c in report.conflicts { if let e = c.event { conflictCount[e, default: 0] += 1 } }
    var rows = [
      [
        "time", "earliest", "latest", "precision", "title", "class", "place", "participants", "sources", "outlets",
        "conflicts", "id",
      ]
    ]
    for e in RenderOrder.events(report.events) {
      let info = TimeInfo(e.time)
      rows.append([
        e.time?.value ?? "", e.time?.earliest ?? "", e.time?.latest ?? "", info.precision, e.title, e.eventClass,
        e.place ?? "", e.participants.sorted().joined(separator: "; "), e.sources.sorted().joined(separator: "; "),
        e.outlets.sorted().joined(separator: "; "), String(conflictCount[e.id] ?? 0), e.id,
      ])
    }
    return table(rows)
  }

  /// One row per side of each conflict (what `audit --format csv` prints).
  static func conflicts(_ report: TimelineReport) -> String {
    var rows = [
      [
        "conflict", "event", "attribute", "kind", "severity", "rule", "side", "value", "document", "line", "start",
        "end", "text", "explanation",
      ]
    ]
    for c in RenderOrder.conflicts(report.conflicts) {
      for (i, side) in c.claims.enumerated() {
        rows.append([
          c.id, c.event ?? "", c.attribute, c.kind.rawValue, c.severity.rawValue, c.rule, String(i + 1), side.value,
          side.document, String(side.line), String(side.start), String(side.end), side.text, c.explanation,
        ])
      }
    }
    return table(rows)
  }

  static func table(_ rows: [[String]]) -> String {
    rows.map { $0.map(Escape.csv).joined(separator: ",") + "\r\n" }.joined()
  }
}
