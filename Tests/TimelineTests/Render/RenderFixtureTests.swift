import Foundation
import Testing

@testable import Timeline

/// Every format, on the real pipeline output of every fixture case: the HTML parses as XML,
/// shows every event and conflict and references nothing outside itself; CSV and TimelineJS
/// keep their structure; Markdown carries no raw HTML.
@Suite struct RenderFixtureTests {
  func report(_ name: String) throws -> (TimelineReport, ReportRenderer) {
    let fixture = try FixturePaths.fixtureCase(name)
    let report = try Pipeline().run(paths: [fixture.docs])
    return (report, ReportRenderer(report: report, inputPaths: [fixture.docs]))
  }

  @Test("HTML of every case", arguments: try FixturePaths.caseNames())
  func html(_ name: String) throws {
    let (report, renderer) = try report(name)
    for html in [renderer.render(report, as: .html), renderer.renderConflicts(report, as: .html)] {
      let xml = XMLCollector.parse(html)
      #expect(xml.error == nil, "\(name): \(xml.error ?? "")")
      #expect(!xml.elements.contains { ["script", "img", "iframe", "object", "link", "embed"].contains($0) })
      #expect(xml.elements.filter { $0 == "style" }.count == 1)  // ours, in <head>
      for a in xml.attributes {
        #expect(!["src", "srcset", "action", "onerror", "onload", "onclick"].contains(a.name))
        if a.name == "href" { #expect(a.value.hasPrefix("#"), "\(name): external href \(a.value)") }
      }
      // Not even as text: untrusted text cannot spell a URL, a CSS url( or javascript: in the source.
      #expect(!html.contains("url("))
      #expect(!html.contains("://"))
      #expect(!html.lowercased().contains("javascript:"))
    }
    let xml = XMLCollector.parse(renderer.render(report, as: .html))
    let ids = Set(xml.attributes.filter { $0.name == "id" }.map(\.value))
    for e in report.events { #expect(ids.contains(Escape.anchor("ev-", e.id)), "\(name): event \(e.id) not shown") }
    for c in report.conflicts {
      #expect(ids.contains(Escape.anchor("cf-", c.id)), "\(name): conflict \(c.id) not shown")
    }
    for d in report.documents {
      #expect(ids.contains(Escape.anchor("doc-", d.id)), "\(name): document \(d.id) not shown")
    }
  }

  @Test("CSV, TimelineJS and Markdown of every case", arguments: try FixturePaths.caseNames())
  func otherFormats(_ name: String) throws {
    let (report, renderer) = try report(name)
    let events = parseCSV(renderer.render(report, as: .csv))
    #expect(events.count == report.events.count + 1)
    #expect(Set(events.map(\.count)).count == 1)
    let sides = parseCSV(renderer.renderConflicts(report, as: .csv))
    #expect(sides.count == report.conflicts.reduce(0) { $0 + $1.claims.count } + 1)
    #expect(Set(sides.map(\.count)).count == 1)
    for cell in (events + sides).joined() {
      #expect(!(cell.first.map { "=+-@".contains($0) } ?? false), "\(name): formula cell \(cell)")
    }
    let tl = try #require(
      try JSONSerialization.jsonObject(with: Data(renderer.render(report, as: .timelinejs).utf8)) as? [String: Any])
    let slides = try #require(tl["events"] as? [[String: Any]])
    let dated = report.events.filter { TimeInfo($0.time).earliest != nil }
    #expect(slides.count == dated.count)
    let md = renderer.render(report, as: .markdown)
    #expect(md.firstMatch(of: /<[A-Za-z\/!?]/) == nil, "\(name): raw HTML in Markdown")
  }
}
