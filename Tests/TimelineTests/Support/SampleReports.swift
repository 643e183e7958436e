import Foundation

@testable import Timeline

/// Hand-built reports for renderer tests: invented events (not the seed corpus), every date
/// precision, a dense month, conflicts of every kind, and hostile strings in every field.
enum SampleReports {
  static let hostile = "<script>alert(\"x\")</script> & ]]> \u{07}bell =SUM(A1)"

  static func cite(_ doc: String, _ line: Int, _ start: Int, _ text: String) -> Citation {
    Citation(document: doc, span: SourceSpan(start: start, end: start + text.utf8.count, line: line), text: text)
  }

  static func mention(
    _ doc: String, _ line: Int, _ start: Int, _ text: String, expression: String? = nil, trigger: String? = nil
  )
    -> Event.Mention
  {
    Event.Mention(
      document: doc, line: line, start: start, end: start + text.utf8.count, text: text, expression: expression,
      trigger: trigger)
  }

  /// A small report: a decade, a month with mod, a day with a conflict, and hostile text.
  static var basic: TimelineReport {
    let docs = [
      TimelineReport.DocumentSummary(
        id: "harbor/a", path: "harbor/a.txt", title: "Harbor bridge opens after ten years", outlet: "Coast Herald",
        url: "https://example.org/bridge", author: "R. Diaz",
        published: PublishedDate(value: "2019-05-04", source: .manifest)),
      TimelineReport.DocumentSummary(
        id: "harbor/b", path: "harbor/b.txt", title: hostile, outlet: "Bay <b>Daily</b>", url: "javascript:alert(1)",
        published: PublishedDate(
          value: "2019-05-06", source: .inferred, earliest: "2019-05-05", latest: "2019-05-08",
          evidence: [
            Evidence(
              rule: "dct.yesterday-plus-weekday", note: "\"yesterday\" is the Saturday opening",
              citation: cite("harbor/b", 3, 40, "yesterday's opening"))
          ],
          confidence: 0.7),
        diagnostics: [
          Diagnostic(
            .warning, code: "ingest.not-utf8", path: "harbor/b.txt", line: 9,
            message: "harbor/b.txt: byte 0xFF is not UTF-8; replaced")
        ]),
      TimelineReport.DocumentSummary(id: "harbor/c", path: "harbor/c.txt", title: nil, outlet: nil, published: nil),
    ]
    let opening = Event(
      id: "ev-open-2019", eventClass: "opening", title: "Harbor bridge opens",
      time: Event.Time(value: "2019-05-04", earliest: "2019-05-04", latest: "2019-05-04"),
      place: "Port Alma", participants: ["Mayor Lina Ortiz", "Governor K. Abe"], sources: ["harbor/a", "harbor/b"],
      outlets: ["Bay <b>Daily</b>", "Coast Herald"],
      attributes: ["attendance": .number(12000)],
      mentions: [
        mention(
          "harbor/a", 5, 120, "The bridge opened on Saturday, May 4, with thousands watching.",
          expression: "Saturday, May 4", trigger: "opened"),
        mention(
          "harbor/b", 4, 80, "Officials opened the span yesterday <img src=x onerror=alert(1)>.",
          expression: "yesterday", trigger: "opened"),
      ],
      evidence: [Evidence(rule: "resolve.same-day", note: "both place the opening on 2019-05-04")])
    let planning = Event(
      id: "ev-plan-1980s", eventClass: "plan", title: "First bridge plans drawn up",
      time: Event.Time(value: "198X", earliest: "1980-01-01", latest: "1989-12-31"),
      sources: ["harbor/a"], outlets: ["Coast Herald"],
      mentions: [mention("harbor/a", 8, 400, "Plans date back to the 1980s.", expression: "the 1980s")])
    let tender = Event(
      id: "ev-tender-2009", eventClass: "agreement", title: "Construction contract signed",
      time: Event.Time(value: "2009-08", mod: "MID", earliest: "2009-08-11", latest: "2009-08-20"),
      place: "Port Alma", sources: ["harbor/c"],
      mentions: [
        mention(
          "harbor/c", 2, 10, "The contract was signed in mid-August 2009.", expression: "mid-August 2009",
          trigger: "signed")
      ])
    let undated = Event(
      id: "ev-undated", eventClass: "statement", title: "Engineers praise design", sources: ["harbor/c"])
    let conflicts = [
      Conflict(
        id: "cf-attendance", event: "ev-open-2019", attribute: "attendance", kind: .contradiction, severity: .high,
        claims: [
          Conflict.Side(value: "12,000", citation: cite("harbor/a", 6, 200, "About 12,000 people crossed on foot.")),
          Conflict.Side(
            value: "=2000+1", citation: cite("harbor/b", 6, 150, "Only =2000+1 people came, <b>police</b> said.")),
        ],
        rule: "reconcile.count-mismatch", explanation: "The counts differ by more than the reporting-time rule allows."),
      Conflict(
        id: "cf-time", event: "ev-open-2019", attribute: "time", kind: .precision, severity: .info,
        claims: [
          Conflict.Side(value: "2019-05", citation: cite("harbor/c", 3, 20, "It opened in May.")),
          Conflict.Side(
            value: "2019-05-04",
            citation: cite("harbor/a", 5, 120, "The bridge opened on Saturday, May 4, with thousands watching.")),
        ],
        rule: "reconcile.precision", explanation: "May contains May 4: not a disagreement."),
    ]
    return TimelineReport(
      documents: docs, events: [opening, planning, tender, undated], conflicts: conflicts,
      diagnostics: [
        Diagnostic(.note, code: "dct.missing", path: "harbor/c.txt", message: "harbor/c.txt: no publication date found")
      ])
  }

  /// Many events in one month (for overprinting) plus one far in the past.
  static var dense: TimelineReport {
    var events: [Event] = []
    for i in 0..<24 {
      let day = 1 + (i % 6)
      let iso = String(format: "2022-03-%02d", day)
      events.append(
        Event(
          id: String(format: "ev-dense-%02d", i), eventClass: ["meeting", "attack", "statement"][i % 3],
          title: "Dense event number \(i) with a long title",
          time: Event.Time(value: iso, earliest: iso, latest: iso), sources: ["d"],
          mentions: [mention("d", i + 1, i * 100, "Event \(i) happened.")]))
    }
    events.append(
      Event(
        id: "ev-old", eventClass: "war", title: "Old war",
        time: Event.Time(value: "1914", earliest: "1914-01-01", latest: "1914-12-31"), sources: ["d"]))
    return TimelineReport(documents: [TimelineReport.DocumentSummary(id: "d", path: "d.txt")], events: events)
  }
}
