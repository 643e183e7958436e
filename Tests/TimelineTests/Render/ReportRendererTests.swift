import Foundation
import Testing

@testable import Timeline

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Collects elements, attributes and text of an XML document; records parse errors.
final class XMLCollector: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var attributes: [(element: String, name: String, value: String)] = []
  var text = ""
  var error: String?

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes attrs: [String: String] = [:]
  ) {
    elements.append(name)
    for (k, v) in attrs.sorted(by: { $0.key < $1.key }) { attributes.append((name, k, v)) }
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

  func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
    error = "line \(parser.lineNumber): \(parseError)"
  }

  static func parse(_ s: String) -> XMLCollector {
    let c = XMLCollector()
    let p = XMLParser(data: Data(s.utf8))
    p.delegate = c
    if !p.parse(), c.error == nil { c.error = "parse failed at line \(p.lineNumber)" }
    return c
  }
}

/// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF).
func parseCSV(_ s: String) -> [[String]] {
  var rows: [[String]] = []
  var row: [String] = []
  var field = ""
  var quoted = false
  var chars = Array(s.unicodeScalars)[...]
  while let c = chars.popFirst() {
    if quoted {
      if c == "\"" {
        if chars.first == "\"" {
          field.unicodeScalars.append("\"")
          chars.removeFirst()
        } else {
          quoted = false
        }
      } else {
        field.unicodeScalars.append(c)
      }
    } else if c == "\"" {
      quoted = true
    } else if c == "," {
      row.append(field)
      field = ""
    } else if c == "\r" {
      continue
    } else if c == "\n" {
      row.append(field)
      rows.append(row)
      row = []
      field = ""
    } else {
      field.unicodeScalars.append(c)
    }
  }
  if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
  return rows
}

@Suite struct ReportRendererTests {
  let renderer = ReportRenderer()

  @Test func htmlIsWellFormedXMLAndShowsEveryEventAndConflict() throws {
    let report = SampleReports.basic
    let html = renderer.render(report, as: .html)
    let xml = XMLCollector.parse(html)
    #expect(xml.error == nil)
    let ids = Set(xml.attributes.filter { $0.name == "id" }.map(\.value))
    for e in report.events { #expect(ids.contains(Escape.anchor("ev-", e.id)), "event \(e.id) missing") }
    for c in report.conflicts { #expect(ids.contains(Escape.anchor("cf-", c.id)), "conflict \(c.id) missing") }
    for d in report.documents { #expect(ids.contains(Escape.anchor("doc-", d.id)), "document \(d.id) missing") }
    #expect(xml.elements.contains("svg"))
    #expect(xml.text.contains("Harbor bridge opens"))
  }

  @Test func htmlReferencesNothingOutsideItselfAndEscapesUntrustedText() throws {
    let html = renderer.render(SampleReports.basic, as: .html)
    let xml = XMLCollector.parse(html)
    #expect(xml.error == nil)
    #expect(!xml.elements.contains("script"))
    #expect(!xml.elements.contains("img"))
    #expect(!xml.elements.contains("b"))  // the outlet name "Bay <b>Daily</b>" stays text
    for a in xml.attributes {
      #expect(!["src", "srcset", "action", "onerror", "onload", "xlink:href"].contains(a.name))
      if a.name == "href" { #expect(a.value.hasPrefix("#"), "external href \(a.value)") }
      #expect(!a.value.lowercased().contains("javascript:"))
    }
    #expect(!html.contains("url("))
    #expect(!html.contains("@import"))
    #expect(!html.contains("://"))  // no namespace or resource URLs at all, not even as text
    #expect(!html.lowercased().contains("javascript:"))
    // The hostile title and javascript: URL are shown as text.
    #expect(xml.text.contains("<script>alert(\"x\")</script>"))
    #expect(xml.text.contains("javascript:alert(1)"))
    #expect(!html.contains("\u{07}"))
  }

  @Test func htmlDrawsPointsForDaysAndSpansForCoarserValues() throws {
    let chart = TimelineChart(events: SampleReports.basic.events, conflicted: [])
    let layout = chart.layoutItems()
    let byID = Dictionary(uniqueKeysWithValues: layout.items.map { ($0.event.id, $0) })
    let day = try #require(byID["ev-open-2019"] as TimelineChart.Item?)
    let decade = try #require(byID["ev-plan-1980s"] as TimelineChart.Item?)
    #expect(day.x1 == day.x0)
    #expect(decade.x1 - decade.x0 > 20)
    #expect(layout.undated.map(\.id) == ["ev-undated"])
    let svg = chart.svg()
    #expect(svg.contains("<circle"))
    #expect(svg.contains("rx=\"3\""))
    #expect(svg.contains("stroke-dasharray"))  // mid-August is approximate
  }

  @Test func longGapsBecomeAxisBreaksSoRecentEventsKeepRoom() {
    let layout = TimelineChart(events: SampleReports.basic.events, conflicted: []).layoutItems()
    #expect(layout.segments.count == 3)  // 1980s, 2009, 2019
    for seg in layout.segments { #expect(seg.x1 - seg.x0 >= 60) }
    let sorted = layout.segments.sorted { $0.x0 < $1.x0 }
    for (a, b) in zip(sorted, sorted.dropFirst()) {
      #expect(a.x1 < b.x0)
      #expect(a.end <= b.start)
    }
  }

  @Test func denseMonthsDoNotOverprint() {
    let layout = TimelineChart(events: SampleReports.dense.events, conflicted: []).layoutItems()
    #expect(layout.items.count == 25)
    let byLane = Dictionary(grouping: layout.items, by: \.lane)
    #expect(byLane.count > 1)
    for (_, items) in byLane {
      let sorted = items.sorted { $0.left < $1.left }
      for (a, b) in zip(sorted, sorted.dropFirst()) {
        #expect(a.right < b.left, "\(a.event.id) overlaps \(b.event.id)")
      }
    }
    for item in layout.items {
      #expect(item.left >= 0)
      #expect(item.right <= TimelineChart.width)
    }
  }

  @Test func bigReportsDrawTheMostReportedEventsAndListThemAll() throws {
    var report = SampleReports.dense
    let base = report.events
    report.events = (0..<(HTMLRenderer.chartLimit + 50)).map { i in
      var e = base[i % base.count]
      e.id = String(format: "ev-%04d", i)
      e.sources = i == 7 ? ["d", "e", "f"] : ["d"]
      return e
    }
    let html = renderer.render(report, as: .html)
    let xml = XMLCollector.parse(html)
    #expect(xml.error == nil)
    #expect(html.contains("The chart shows the \(HTMLRenderer.chartLimit) events reported by the most sources"))
    let chartLinks = Set(
      xml.attributes.filter { $0.element == "a" && $0.name == "href" && $0.value.hasPrefix("#ev-") }.map(\.value))
    #expect(chartLinks.contains("#ev-ev-0007"))  // the most reported event is drawn
    #expect(chartLinks.count == HTMLRenderer.chartLimit)
    let ids = Set(xml.attributes.filter { $0.name == "id" }.map(\.value))
    #expect(ids.filter { $0.hasPrefix("ev-") }.count == HTMLRenderer.chartLimit + 50)
  }

  @Test func timelineJSHasTheTimelineJS3FieldStructure() throws {
    let text = renderer.render(SampleReports.basic, as: .timelinejs)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let events = try #require(json["events"] as? [[String: Any]])
    #expect(events.count == 3)  // the undated event cannot be placed
    let title = try #require(json["title"] as? [String: Any])
    let titleText = try #require(title["text"] as? [String: Any])
    #expect((titleText["text"] as? String)?.contains("1 events without a calendar date") == true)
    for e in events {
      let start = try #require(e["start_date"] as? [String: Any])
      #expect(start["year"] is Int)
      let t = try #require(e["text"] as? [String: Any])
      #expect(t["headline"] is String)
      #expect(t["text"] is String)
      #expect((e["group"] as? String)?.isEmpty == false)
      #expect(!((t["text"] as? String) ?? "").contains("<img"))
      #expect(!((t["text"] as? String) ?? "").contains("<b>"))
    }
    let byID = Dictionary(uniqueKeysWithValues: events.compactMap { e in (e["unique_id"] as? String).map { ($0, e) } })
    let day = try #require(byID["ev-open-2019"])
    #expect(day["end_date"] == nil)
    #expect((day["start_date"] as? [String: Any])?["day"] as? Int == 4)
    let month = try #require(byID["ev-tender-2009"])
    #expect((month["end_date"] as? [String: Any])?["month"] as? Int == 8)
    #expect((month["start_date"] as? [String: Any])?["day"] == nil)
    let decade = try #require(byID["ev-plan-1980s"])
    #expect((decade["end_date"] as? [String: Any])?["year"] as? Int == 1989)
  }

  @Test func csvRoundTripsWithTheSameFieldCountAndNeutralizesFormulas() {
    let report = SampleReports.basic
    let events = parseCSV(renderer.render(report, as: .csv))
    #expect(events.count == report.events.count + 1)
    #expect(Set(events.map(\.count)).count == 1)
    #expect(events.first?.first == "time")
    let conflicts = parseCSV(renderer.renderConflicts(report, as: .csv))
    #expect(conflicts.count == report.conflicts.reduce(0) { $0 + $1.claims.count } + 1)
    #expect(Set(conflicts.map(\.count)).count == 1)
    let values = conflicts.dropFirst().map { $0[7] }
    #expect(values.contains("'=2000+1"))
    #expect(!values.contains("=2000+1"))
    for row in events + conflicts {
      for cell in row { #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? "")) }
    }
    #expect(Escape.csv("-1") == "'-1")
    #expect(Escape.csv("@cmd") == "'@cmd")
    #expect(Escape.csv("a,\"b\"") == "\"a,\"\"b\"\"\"")
  }

  @Test func markdownHasFootnotesAndNoRawHTML() {
    let md = renderer.render(SampleReports.basic, as: .markdown)
    #expect(!md.contains("<script"))
    #expect(!md.contains("<b>"))
    #expect(!md.contains("<img"))
    #expect(md.contains("&lt;script&gt;"))
    // Every footnote reference has a definition.
    let refs = Set(md.matches(of: /\[\^(\d+)\](?!:)/).map { String($0.1) })
    let defs = Set(md.matches(of: /\n\[\^(\d+)\]:/).map { String($0.1) })
    #expect(!refs.isEmpty)
    #expect(refs == defs)
    #expect(md.contains("## Conflicts"))
    #expect(md.contains("Construction contract signed"))
  }

  @Test func conflictsOnlyOutputsListOnlyConflicts() throws {
    let report = SampleReports.basic
    let json = renderer.renderConflicts(report, as: .json)
    let decoded = try JSONDecoder().decode(ConflictsOutput.self, from: Data(json.utf8))
    #expect(decoded.conflicts.map(\.id) == ["cf-attendance", "cf-time"])  // high before info
    #expect(decoded.schema == "timeline/1")
    let html = renderer.renderConflicts(report, as: .html)
    #expect(XMLCollector.parse(html).error == nil)
    #expect(!html.contains("Engineers praise design"))
  }

  @Test(arguments: ReportFormat.allCases)
  func everyFormatIsIndependentOfInputOrder(format: ReportFormat) {
    let report = SampleReports.basic
    var shuffled = report
    shuffled.events.reverse()
    shuffled.conflicts.reverse()
    shuffled.documents.reverse()
    if format != .json {
      #expect(renderer.render(report, as: format) == renderer.render(shuffled, as: format))
      #expect(renderer.renderConflicts(report, as: format) == renderer.renderConflicts(shuffled, as: format))
    }
    #expect(renderer.render(report, as: format) == renderer.render(report, as: format))
  }

  @Test func citationsAreShownInsideTheirSentenceWhenSourcesAreKnown() {
    let text = "Intro line.\n\nThe council met on Monday. It voted 7-2 to close the pier. Then it adjourned.\n"
    let bytes = Array(text.utf8)
    let cited = "voted 7-2"
    let start = text.utf8.count - "voted 7-2 to close the pier. Then it adjourned.\n".utf8.count
    let ctx = SourceContext(sources: ["doc": bytes])
    let s = ctx.sentence(document: "doc", start: start, end: start + cited.utf8.count, text: cited)
    #expect(s.before == "It ")
    #expect(s.cited == "voted 7-2")
    #expect(s.after == " to close the pier.")
    // Offsets that disagree with the text fall back to the text alone.
    let bad = ctx.sentence(document: "doc", start: 0, end: 5, text: "other")
    #expect(bad.before.isEmpty && bad.cited == "other" && bad.after.isEmpty)
  }

  @Test func aCitationInAnHTMLPageIsShownWithoutTheMarkupAroundIt() {
    let text = "<html><head><title>Pier closes</title></head><body>\n<h1>Pier closes</h1>\n<p>The council voted to close the pier.</p>\n</body></html>"
    let cited = "voted to close the pier"
    let start = text.utf8.count - "voted to close the pier.</p>\n</body></html>".utf8.count
    let s = SourceContext(sources: ["doc": Array(text.utf8)]).sentence(
      document: "doc", start: start, end: start + cited.utf8.count, text: cited)
    #expect(s.before == "The council ")
    #expect(s.after == ".")
  }

  @Test func inputPathsLetTheHTMLShowTheWholeSentence() throws {
    let dir = try FixturePaths.temporaryDirectory("render-sources")
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = "Title\n\nThe mayor spoke first. The ferry resumed on March 3. Crowds cheered.\n"
    let file = dir.appendingPathComponent("a.txt")
    try Data(text.utf8).write(to: file)
    let cited = "resumed on March 3"
    let start = try #require(text.utf8.firstRange(of: Array(cited.utf8))).lowerBound
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: start)
    let report = TimelineReport(
      documents: [TimelineReport.DocumentSummary(id: "a", path: "a.txt")],
      events: [
        Event(
          id: "ev-1", eventClass: "resumption", title: "Ferry resumes",
          time: Event.Time(value: "2022-03-03", earliest: "2022-03-03", latest: "2022-03-03"), sources: ["a"],
          mentions: [SampleReports.mention("a", 3, offset, cited)])
      ])
    for paths in [[file.path], [dir.path]] {
      let html = ReportRenderer(report: report, inputPaths: paths).render(report, as: .html)
      #expect(html.contains("The ferry <mark>resumed on March 3</mark>."))
    }
    #expect(!ReportRenderer().render(report, as: .html).contains("The ferry "))
  }

  @Test func highlightMarksEveryOccurrenceOnce() {
    let pieces = highlightPieces("Talks in Kazan; kazan hosted talks.", needles: ["Kazan", "talks"])
    #expect(pieces.filter(\.1).map(\.0) == ["Talks", "Kazan", "kazan", "talks"])
    #expect(pieces.map(\.0).joined() == "Talks in Kazan; kazan hosted talks.")
    let words = highlightPieces("Neighbors wary of a war-torn country at war.", needles: ["war"])
    #expect(words.filter(\.1).count == 2)  // "war-torn" and "war", not "wary"
  }

  @Test func conflictValuesAreFoundInTheirSentenceAsWritten() {
    #expect(HTMLRenderer.dateWordings("2021-10-20").contains("October 20"))
    #expect(HTMLRenderer.dateWordings("2021-10-20").contains("20 October"))
    #expect(HTMLRenderer.dateWordings("2021-08") == ["August"])
    #expect(HTMLRenderer.dateWordings("2021-08 (MID)") == ["August"])
    #expect(HTMLRenderer.dateWordings("2,000 people").isEmpty)
    let pieces = highlightPieces("They met on October 20 in Moscow.", needles: HTMLRenderer.dateWordings("2021-10-20"))
    #expect(pieces.filter(\.1).map(\.0) == ["October 20"])
  }

  @Test func segmentCaptionsNameTheStretchTheyCover() {
    #expect(TimelineChart.caption(Day(1980, 1, 1), Day(1989, 12, 31)) == "1980–1989")
    #expect(TimelineChart.caption(Day(2021, 1, 1), Day(2021, 12, 31)) == "2021")
    #expect(TimelineChart.caption(Day(2001, 8, 11), Day(2001, 8, 21)) == "Aug 2001")
    #expect(TimelineChart.caption(Day(2023, 1, 1), Day(2023, 5, 1)) == "Jan–May 2023")
  }

  @Test func precisionWordsFollowTheTimexValue() {
    func p(_ v: String, _ e: String?, _ l: String?) -> String {
      TimeInfo(Event.Time(value: v, earliest: e, latest: l)).precision
    }
    #expect(p("2021-10-20", "2021-10-20", "2021-10-20") == "day")
    #expect(p("2021-10", "2021-10-01", "2021-10-31") == "month")
    #expect(p("198X", "1980-01-01", "1989-12-31") == "decade")
    #expect(p("2021", "2021-01-01", "2021-12-31") == "year")
    #expect(p("2021-W42", "2021-10-18", "2021-10-24") == "week")
    #expect(p("2021-Q3", "2021-07-01", "2021-09-30") == "quarter")
    #expect(p("PAST_REF", nil, nil) == "undated")
    #expect(TimeInfo(Event.Time(value: "198", earliest: "1980-01-01", latest: "1989-12-31")).label == "1980s")
    #expect(TimeInfo(Event.Time(value: "198X", earliest: "1980-01-01", latest: "1989-12-31")).label == "1980s")
    #expect(TimeInfo(Event.Time(value: "2021-08", earliest: "2021-08-01", latest: "2021-08-31")).label == "2021-08")
  }
}

/// Writes the sample reports in every format to `$TIMELINE_RENDER_SAMPLE_DIR` (for looking at
/// them in a browser); does nothing otherwise.
@Test func writeSamplesWhenAsked() throws {
  guard let dir = ProcessInfo.processInfo.environment["TIMELINE_RENDER_SAMPLE_DIR"] else { return }
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  for (name, report) in [("basic", SampleReports.basic), ("dense", SampleReports.dense)] {
    for f in ReportFormat.allCases {
      let text = ReportRenderer().render(report, as: f)
      try Data(text.utf8).write(
        to: URL(fileURLWithPath: dir).appendingPathComponent("\(name).\(f.rawValue).\(f.fileExtension)"))
    }
  }
}
