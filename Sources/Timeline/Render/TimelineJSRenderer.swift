/// Knight Lab TimelineJS3 JSON: `{"title": …, "events": [{"start_date", "end_date", "text",
/// "group", "unique_id"}]}`, ready for TimelineJS unchanged.
///
/// TimelineJS renders `headline` and `text` as HTML, so both are HTML-escaped here. A day is
/// a point (`start_date` only); coarser values (month, year, decade) get an `end_date` and a
/// `display_date` with the stated value. Events without a calendar range cannot be placed;
/// the title slide says how many were left out.
enum TimelineJSRenderer {
  struct DateParts: Codable, Hashable {
    var year: Int
    var month: Int?
    var day: Int?
    var display_date: String?
  }

  struct Text: Codable, Hashable {
    var headline: String
    var text: String
  }

  struct Slide: Codable, Hashable {
    var start_date: DateParts
    var end_date: DateParts?
    var text: Text
    var group: String
    var unique_id: String
    var display_date: String?
  }

  struct Title: Codable, Hashable {
    var text: Text
  }

  struct Document: Codable, Hashable {
    var title: Title
    var events: [Slide]
    var scale = "human"
  }

  static func render(_ report: TimelineReport, conflictsOnly: Bool) -> String {
    var conflictsByEvent: [String: [Conflict]] = [:]
    for c in report.conflicts { if let e = c.event { conflictsByEvent[e, default: []].append(c) } }
    var outlets: [String: String] = [:]
    for d in report.documents { if let o = d.outlet { outlets[d.id] = o } }
    var slides: [Slide] = []
    var undated = 0
    for e in RenderOrder.events(report.events) where !conflictsOnly || conflictsByEvent[e.id] != nil {
      let info = TimeInfo(e.time)
      guard let first = info.earliest, let last = info.latest else {
        undated += 1
        continue
      }
      let precision = info.precision
      let (start, end) = parts(first, last, precision: precision)
      var body = "<p>\(Escape.html(e.eventClass))"
      if let p = e.place { body += " · \(Escape.html(p))" }
      body += " · \(Escape.html(e.time?.value ?? "")) (\(Escape.html(precision)))</p>"
      if !e.participants.isEmpty {
        body += "<p>Participants: \(Escape.html(e.participants.sorted().joined(separator: ", ")))</p>"
      }
      let sources = e.sources.sorted().map { id in outlets[id].map { "\(id) (\($0))" } ?? id }
      body += "<p>Sources: \(Escape.html(sources.joined(separator: ", ")))</p>"
      for c in RenderOrder.conflicts(conflictsByEvent[e.id] ?? []) {
        body +=
          "<p>Conflict (\(Escape.html(c.kind.rawValue)), \(Escape.html(c.severity.rawValue))) on \(Escape.html(c.attribute)): "
        body += Escape.html(c.claims.map { "“\($0.value)” (\($0.document))" }.joined(separator: " vs ")) + "</p>"
      }
      if let m = e.mentions.sorted(by: { ($0.document, $0.start) < ($1.document, $1.start) }).first {
        body +=
          "<blockquote>\(Escape.html(m.text.truncated(300)))</blockquote><p>— \(Escape.html(m.document)), line \(m.line)</p>"
      }
      slides.append(
        Slide(
          start_date: start, end_date: end, text: Text(headline: Escape.html(e.title), text: body),
          group: e.eventClass, unique_id: Escape.anchor("", e.id),
          display_date: precision == "day" ? nil : info.label))
    }
    var intro =
      "<p>\(report.documents.count) documents, \(report.events.count) events, \(report.conflicts.count) conflicts.</p>"
    if undated > 0 { intro += "<p>\(undated) events without a calendar date are not shown.</p>" }
    let doc = Document(
      title: Title(text: Text(headline: conflictsOnly ? "Conflicts" : "Timeline", text: intro)), events: slides)
    return JSONOutput.encode(doc)
  }

  /// Start and end parts at the value's precision: a day is a point; a month gives
  /// year+month; a year or decade gives years only.
  static func parts(_ first: Day, _ last: Day, precision: String) -> (DateParts, DateParts?) {
    switch precision {
    case "day", "time of day":
      return (DateParts(year: first.year, month: first.month, day: first.day), nil)
    case "month":
      return (DateParts(year: first.year, month: first.month), DateParts(year: last.year, month: last.month))
    case "year", "decade", "century":
      return (DateParts(year: first.year), first.year == last.year ? nil : DateParts(year: last.year))
    default:
      if first == last { return (DateParts(year: first.year, month: first.month, day: first.day), nil) }
      return (
        DateParts(year: first.year, month: first.month, day: first.day),
        DateParts(year: last.year, month: last.month, day: last.day)
      )
    }
  }
}
